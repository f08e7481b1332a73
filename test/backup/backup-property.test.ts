// Property: for random write histories, schema changes included (CREATE TABLE, ALTER TABLE ADD
// COLUMN, each in one commit with row changes around it), a backup followed by more writes, then
// a restore or a point-in-time recovery to any SCN since, gives exactly the tables, columns and
// rows a model of the history says (values compared with their SQLite types, doubles bit for
// bit, BLOBs byte for byte). And a
// backup with any byte of it changed is refused, leaving the database as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
});

afterAll(() => engine.close());

const CREATE_P = 'CREATE TABLE p (k INTEGER PRIMARY KEY, v TEXT, r REAL, b BLOB, UNIQUE (v))';

interface ModelRow {
  k: number;
  v: string | null;
  r: number | null;
  b: string | null;
  /** Values of the columns added since (x1, x2, ...). */
  extra: Record<string, number | null>;
}
interface Model {
  rows: Map<number, ModelRow>;
  /** Columns added to p, with their defaults, in order. */
  added: Array<{ name: string; default: number | null }>;
  /** Tables created since, with their rows' values in id order. */
  tables: Map<string, string[]>;
}

type Op =
  | { kind: 'insert'; row: Omit<ModelRow, 'extra'> }
  | { kind: 'update'; k: number; r: number | null; b: string | null }
  | { kind: 'delete'; k: number }
  | { kind: 'rekey'; k: number; to: number }
  | { kind: 'bump' }
  | { kind: 'addColumn'; default: number | null }
  | { kind: 'createTable'; values: string[] };

const key = fc.integer({ min: 1, max: 12 });
const real = fc.oneof(fc.constant(null), fc.double({ noNaN: true }));
const blob = fc.oneof(fc.constant(null), fc.uint8Array({ maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('hex')));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), row: fc.record({ k: key, v: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })), r: real, b: blob }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('update' as const), k: key, r: real, b: blob }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), k: key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rekey' as const), k: key, to: key }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bump' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addColumn' as const), default: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('createTable' as const), values: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) }) },
);

let names = 0;
const sqlText = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** Applies an op to the database and, when the database took it, to the model; answers whether it changed anything. */
async function apply(model: Model, step: Op): Promise<boolean> {
  switch (step.kind) {
    case 'insert': {
      const { row } = step;
      if (model.rows.has(row.k) || (row.v !== null && [...model.rows.values()].some((other) => other.v === row.v))) return false;
      await engine.data.insertRow('p', { k: row.k, v: row.v, r: row.r, b: row.b === null ? null : { $hex: row.b } });
      model.rows.set(row.k, { ...row, extra: Object.fromEntries(model.added.map((column) => [column.name, column.default])) });
      return true;
    }
    case 'update': {
      const row = model.rows.get(step.k);
      if (!row) return false;
      await engine.data.updateRow('p', String(step.k), { r: step.r, b: step.b === null ? null : { $hex: step.b } });
      model.rows.set(step.k, { ...row, r: step.r, b: step.b });
      return true;
    }
    case 'delete':
      if (!model.rows.delete(step.k)) return false;
      await engine.data.deleteRow('p', String(step.k));
      return true;
    case 'rekey': {
      const row = model.rows.get(step.k);
      if (!row || model.rows.has(step.to)) return false;
      await engine.data.updateRow('p', String(step.k), { k: step.to });
      model.rows.delete(step.k);
      model.rows.set(step.to, { ...row, k: step.to });
      return true;
    }
    case 'bump': {
      // One commit changing several rows.
      const rows = [...model.rows.values()].filter((row) => row.r !== null && row.k % 2 === 0);
      if (rows.length === 0) return false;
      await engine.query.executeSql({ sql: 'UPDATE p SET r = r * 2 WHERE r IS NOT NULL AND k % 2 = 0' });
      for (const row of rows) model.rows.set(row.k, { ...row, r: row.r! * 2 });
      return true;
    }
    case 'addColumn': {
      // One commit: a row change, the DDL, then row changes that use the new column.
      const name = `x${++names}`;
      await engine.query.executeSql({
        sql: `UPDATE p SET r = -r WHERE k = 1; ALTER TABLE p ADD COLUMN ${name} INTEGER DEFAULT ${step.default ?? 'NULL'}; UPDATE p SET ${name} = k WHERE k % 3 = 0`,
      });
      const first = model.rows.get(1);
      if (first && first.r !== null) model.rows.set(1, { ...first, r: -first.r });
      model.added.push({ name, default: step.default });
      for (const row of model.rows.values()) row.extra = { ...row.extra, [name]: row.k % 3 === 0 ? row.k : step.default };
      return true;
    }
    case 'createTable': {
      // One commit: the table and its first rows.
      const name = `q${++names}`;
      const inserts = step.values.map((value) => `; INSERT INTO ${name} (v) VALUES (${sqlText(value)})`).join('');
      await engine.query.executeSql({ sql: `CREATE TABLE ${name} (id INTEGER PRIMARY KEY, v TEXT)${inserts}` });
      model.tables.set(name, [...step.values]);
      return true;
    }
  }
}

/** The model as it stands, to compare with the database later (rows deep-copied). */
function snapshot(model: Model) {
  const extras = model.added.map((column) => column.name);
  return {
    columns: ['k', 'v', 'r', 'b', ...extras],
    tables: Object.fromEntries([...model.tables].map(([name, values]) => [name, values.map((v, index) => ({ id: index + 1, v }))])),
    rows: [...model.rows.values()]
      .sort((a, b) => a.k - b.k)
      .map((row) => ({
        k: row.k, tk: 'integer', v: row.v, tv: row.v === null ? 'null' : 'text', r: row.r, tr: row.r === null ? 'null' : 'real', b: row.b ?? '', tb: row.b === null ? 'null' : 'blob',
        ...Object.fromEntries(extras.flatMap((name) => [[name, row.extra[name] ?? null], [`t${name}`, row.extra[name] === null ? 'null' : 'integer']])),
      })),
  };
}

/** The database as stored: p's columns, each value with its SQLite type (REALs exact, BLOBs as hex), and the other tables. */
async function stored(): Promise<ReturnType<typeof snapshot>> {
  const sql = async (text: string) => (await engine.query.executeSql({ sql: text, maxRows: 1000 })).rows as Array<Record<string, unknown>>;
  const columns = (await sql("SELECT name FROM pragma_table_info('p') ORDER BY cid")).map((row) => row.name as string);
  const extras = columns.slice(4).map((name) => `, ${name}, typeof(${name}) AS t${name}`).join('');
  const rows = await sql(`SELECT k, typeof(k) AS tk, v, typeof(v) AS tv, r, typeof(r) AS tr, lower(hex(b)) AS b, typeof(b) AS tb${extras} FROM p ORDER BY k`);
  const tables: Record<string, Array<{ id: number; v: string }>> = {};
  for (const { name } of await sql("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'q%' ORDER BY name")) {
    tables[name as string] = (await sql(`SELECT id, v FROM ${name as string} ORDER BY id`)) as Array<{ id: number; v: string }>;
  }
  return { columns, tables, rows: rows as ReturnType<typeof snapshot>['rows'] };
}

/** Same schema and rows; doubles compare bit for bit (Object.is tells 0 from -0). */
function same(actual: ReturnType<typeof snapshot>, wanted: ReturnType<typeof snapshot>): boolean {
  const rows = actual.rows.length === wanted.rows.length && actual.rows.every((row, index) => Object.entries(wanted.rows[index]!).every(([column, value]) => Object.is((row as Record<string, unknown>)[column], value)));
  return rows && JSON.stringify(actual.columns) === JSON.stringify(wanted.columns) && JSON.stringify(actual.tables) === JSON.stringify(wanted.tables);
}

/** Back to one empty table p: the schema changes of earlier runs go too. */
async function reset(): Promise<Model> {
  const tables = (await engine.query.executeSql({ sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND (name = 'p' OR name LIKE 'q%')" })).rows as Array<{ name: string }>;
  await engine.query.executeSql({ sql: [...tables.map(({ name }) => `DROP TABLE ${name}`), CREATE_P].join('; ') });
  return { rows: new Map(), added: [], tables: new Map() };
}

describe('backup, more writes and schema changes, then restore or recovery', () => {
  it('equals the model at the point: tables, columns and rows, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.array(op, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.nat(), async (before, after, incrementalMidway, pick) => {
        const model = await reset();
        for (const step of before) await apply(model, step);
        const full = await engine.backup.createFullBackup({ compression: pick % 2 === 0 ? 'gzip' : 'none' });
        const points = [{ scn: full.scn!, state: snapshot(model) }];
        for (const [index, step] of after.entries()) {
          if (await apply(model, step)) points.push({ scn: engine.flashback.currentScn().scn, state: snapshot(model) });
          if (incrementalMidway && index === Math.floor(after.length / 2)) await engine.backup.createIncrementalBackup({ parentId: full.id });
        }
        const point = points[pick % points.length]!;
        const recovered = await engine.backup.recoverToPointInTime({ to: { scn: point.scn }, mode: 'in-place' });
        expect(recovered.scn).toBe(point.scn);
        const actual = await stored();
        if (!same(actual, point.state)) expect(actual).toEqual(point.state);
        // And the full backup alone restores to its own SCN.
        await engine.backup.restoreBackup(full.id, { mode: 'in-place' });
        const restored = await stored();
        if (!same(restored, points[0]!.state)) expect(restored).toEqual(points[0]!.state);
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

describe('damaged and wrong-key backups', () => {
  it('refuses a backup with any byte changed, and leaves the database alone', async () => {
    await reset();
    await engine.query.executeSql({ sql: "INSERT INTO p (k, v) VALUES (1, 'kept')" });
    const backup = await engine.backup.createFullBackup({});
    const file = engine.backup['catalog'].payloadFile(backup.id);
    const pristine = readFileSync(file);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pristine.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, flip) => {
        const damaged = Buffer.from(pristine);
        damaged[position]! ^= flip;
        writeFileSync(file, damaged);
        await engine.query.executeSql({ sql: "UPDATE p SET v = 'live' WHERE k = 1" });
        expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'in-place' }))).toBe('CONFLICT');
        expect((await stored()).rows).toMatchObject([{ k: 1, v: 'live' }]);
        expect((await engine.backup.verifyBackup(backup.id, {})).valid).toBe(false);
        await engine.query.executeSql({ sql: "UPDATE p SET v = 'kept' WHERE k = 1" });
      }),
      { numRuns: 5 },
    );
    writeFileSync(file, pristine);
    expect((await engine.backup.verifyBackup(backup.id, {})).valid).toBe(true);
  }, 120_000);

  it('refuses any other passphrase', async () => {
    const backup = await engine.backup.createFullBackup({ encryption: { passphrase: 'the right one' } });
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }).filter((guess) => guess !== 'the right one'), async (guess) => {
        expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'in-place', encryption: { passphrase: guess } }))).toBe('VALIDATION_FAILED');
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});
