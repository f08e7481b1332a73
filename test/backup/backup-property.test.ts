// Property: for random write histories, a backup followed by more writes, then a restore or a
// point-in-time recovery to any SCN since, gives exactly the rows a model of the history says
// (values compared with their SQLite types, doubles bit for bit, BLOBs byte for byte). And a
// backup with any byte of it changed is refused, leaving the database as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
  await engine.query.executeSql({ sql: 'CREATE TABLE p (k INTEGER PRIMARY KEY, v TEXT, r REAL, b BLOB, UNIQUE (v))' });
});

afterAll(() => engine.close());

interface ModelRow {
  k: number;
  v: string | null;
  r: number | null;
  b: string | null;
}
type Model = Map<number, ModelRow>;

type Op =
  | { kind: 'insert'; row: ModelRow }
  | { kind: 'update'; k: number; r: number | null; b: string | null }
  | { kind: 'delete'; k: number }
  | { kind: 'rekey'; k: number; to: number }
  | { kind: 'bump' };

const key = fc.integer({ min: 1, max: 12 });
const real = fc.oneof(fc.constant(null), fc.double({ noNaN: true }));
const blob = fc.oneof(fc.constant(null), fc.uint8Array({ maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('hex')));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), row: fc.record({ k: key, v: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })), r: real, b: blob }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('update' as const), k: key, r: real, b: blob }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), k: key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rekey' as const), k: key, to: key }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bump' as const }) },
);

/** Applies an op to the database and, when the database took it, to the model; answers whether it changed anything. */
async function apply(model: Model, step: Op): Promise<boolean> {
  switch (step.kind) {
    case 'insert': {
      const { row } = step;
      if (model.has(row.k) || (row.v !== null && [...model.values()].some((other) => other.v === row.v))) return false;
      await engine.data.insertRow('p', { k: row.k, v: row.v, r: row.r, b: row.b === null ? null : { $hex: row.b } });
      model.set(row.k, { ...row });
      return true;
    }
    case 'update': {
      const row = model.get(step.k);
      if (!row) return false;
      await engine.data.updateRow('p', String(step.k), { r: step.r, b: step.b === null ? null : { $hex: step.b } });
      model.set(step.k, { ...row, r: step.r, b: step.b });
      return true;
    }
    case 'delete':
      if (!model.delete(step.k)) return false;
      await engine.data.deleteRow('p', String(step.k));
      return true;
    case 'rekey': {
      const row = model.get(step.k);
      if (!row || model.has(step.to)) return false;
      await engine.data.updateRow('p', String(step.k), { k: step.to });
      model.delete(step.k);
      model.set(step.to, { ...row, k: step.to });
      return true;
    }
    case 'bump': {
      // One commit changing several rows.
      const rows = [...model.values()].filter((row) => row.r !== null && row.k % 2 === 0);
      if (rows.length === 0) return false;
      await engine.query.executeSql({ sql: 'UPDATE p SET r = r * 2 WHERE r IS NOT NULL AND k % 2 = 0' });
      for (const row of rows) model.set(row.k, { ...row, r: row.r! * 2 });
      return true;
    }
  }
}

/** The table as stored: each value with its SQLite type; REALs as numbers (exact), BLOBs as hex. */
async function stored(): Promise<unknown[]> {
  const { rows } = await engine.query.executeSql({ sql: "SELECT k, typeof(k) AS tk, v, typeof(v) AS tv, r, typeof(r) AS tr, lower(hex(b)) AS b, typeof(b) AS tb FROM p ORDER BY k", maxRows: 1000 });
  return rows;
}

function expected(model: Model): unknown[] {
  return [...model.values()]
    .sort((a, b) => a.k - b.k)
    .map((row) => ({ k: row.k, tk: 'integer', v: row.v, tv: row.v === null ? 'null' : 'text', r: row.r, tr: row.r === null ? 'null' : 'real', b: row.b ?? '', tb: row.b === null ? 'null' : 'blob' }));
}

/** Doubles compare bit for bit (Object.is tells 0 from -0). */
function sameRows(actual: unknown[], wanted: unknown[]): boolean {
  return actual.length === wanted.length && actual.every((row, index) => Object.entries(wanted[index] as object).every(([column, value]) => Object.is((row as Record<string, unknown>)[column], value)));
}

describe('backup, more writes, then restore or recovery', () => {
  it('equals the model at the point, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.array(op, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.nat(), async (before, after, incrementalMidway, pick) => {
        await engine.query.executeSql({ sql: 'DELETE FROM p' });
        const model: Model = new Map();
        for (const step of before) await apply(model, step);
        const full = await engine.backup.createFullBackup({ compression: pick % 2 === 0 ? 'gzip' : 'none' });
        const points: Array<{ scn: number; rows: unknown[] }> = [{ scn: full.scn!, rows: expected(model) }];
        for (const [index, step] of after.entries()) {
          if (await apply(model, step)) points.push({ scn: engine.flashback.currentScn().scn, rows: expected(model) });
          if (incrementalMidway && index === Math.floor(after.length / 2)) await engine.backup.createIncrementalBackup({ parentId: full.id });
        }
        const point = points[pick % points.length]!;
        const recovered = await engine.backup.recoverToPointInTime({ to: { scn: point.scn }, mode: 'in-place' });
        expect(recovered.scn).toBe(point.scn);
        const actual = await stored();
        if (!sameRows(actual, point.rows)) expect(actual).toEqual(point.rows);
        // And the full backup alone restores to its own SCN.
        await engine.backup.restoreBackup(full.id, { mode: 'in-place' });
        const restored = await stored();
        if (!sameRows(restored, points[0]!.rows)) expect(restored).toEqual(points[0]!.rows);
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

describe('damaged and wrong-key backups', () => {
  it('refuses a backup with any byte changed, and leaves the database alone', async () => {
    await engine.query.executeSql({ sql: "DELETE FROM p; INSERT INTO p (k, v) VALUES (1, 'kept')" });
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
        expect(await stored()).toMatchObject([{ k: 1, v: 'live' }]);
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
