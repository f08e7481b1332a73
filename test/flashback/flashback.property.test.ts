// Property: after any history of writes, flashback to any point equals what a model replaying the
// same writes says the table held at that point; restoring a table to a point makes it so, and
// reversing the restore brings back the present.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { openTestEngine } from '../helpers/engine.js';

let engine: Engine;
let tables = 0;

beforeAll(async () => {
  engine = await openTestEngine();
});

afterAll(() => engine.close());

type Values = Record<string, string | number>;
type Snapshot = Map<string, Values>;

/** How keys look in a table, and how to make one. */
interface KeyShape {
  columns: Array<{ name: string; type: string; primaryKey?: boolean }>;
  /** The key columns' values for key number `index` of a small domain, and the id the API gives that row. */
  key(index: number): { values: Values; id: string };
  domain: number;
}

const SHAPES: Record<string, KeyShape> = {
  integerKey: {
    columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }, { name: 'n', type: 'INTEGER' }],
    key: (index) => ({ values: { id: index + 1 }, id: String(index + 1) }),
    domain: 12,
  },
  compositeKey: {
    columns: [{ name: 'a', type: 'TEXT', primaryKey: true }, { name: 'b', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }, { name: 'n', type: 'INTEGER' }],
    key: (index) => {
      const values = { a: index % 2 === 0 ? 'x' : 'y', b: Math.floor(index / 2) };
      return { values, id: JSON.stringify([values.a, values.b]) };
    },
    domain: 12,
  },
};

const operation = fc.record({ kind: fc.constantFrom('insert', 'update', 'move', 'delete'), pick: fc.nat(), v: fc.string({ maxLength: 4 }), n: fc.integer({ min: -3, max: 3 }) });
/** Commits of one to three writes; more than one go in an interactive transaction. */
const history = fc.array(fc.array(operation, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 });

async function replay(table: string, shape: KeyShape, commits: Array<Array<{ kind: string; pick: number; v: string; n: number }>>): Promise<Array<{ scn: number; rows: Snapshot }>> {
  const model: Snapshot = new Map();
  const points = [{ scn: engine.flashback.currentScn().scn, rows: new Map(model) }];
  for (const writes of commits) {
    const transactionId = writes.length > 1 ? (await engine.transactions.beginTransaction()).id : undefined;
    const options = { transactionId };
    for (const write of writes) {
      const present = [...model.keys()];
      const free = Array.from({ length: shape.domain }, (_, index) => shape.key(index)).filter((key) => !model.has(key.id));
      const kind = present.length === 0 ? 'insert' : free.length === 0 && (write.kind === 'insert' || write.kind === 'move') ? 'update' : write.kind;
      const existing = present[write.pick % Math.max(1, present.length)]!;
      const freeKey = free[write.pick % Math.max(1, free.length)]!;
      if (kind === 'insert') {
        const values = { ...freeKey.values, v: write.v, n: write.n };
        await engine.data.insertRow(table, values, options);
        model.set(freeKey.id, values);
      } else if (kind === 'update') {
        await engine.data.updateRow(table, existing, { v: write.v, n: write.n }, options);
        model.set(existing, { ...model.get(existing)!, v: write.v, n: write.n });
      } else if (kind === 'move') {
        await engine.data.updateRow(table, existing, freeKey.values, options);
        model.set(freeKey.id, { ...model.get(existing)!, ...freeKey.values });
        model.delete(existing);
      } else {
        await engine.data.deleteRow(table, existing, options);
        model.delete(existing);
      }
    }
    if (transactionId) await engine.transactions.commitTransaction(transactionId);
    points.push({ scn: engine.flashback.currentScn().scn, rows: new Map(model) });
  }
  return points;
}

const asSnapshot = (rows: Array<{ id: string; data: Record<string, unknown> }>): Snapshot => new Map(rows.map((row) => [row.id, row.data as Values]));
const liveRows = async (table: string) => asSnapshot((await engine.data.queryTable(table, { limit: 1000 })).rows);

describe.each(Object.keys(SHAPES))('flashback against a replayed model (%s)', (shapeName) => {
  const shape = SHAPES[shapeName]!;

  it('rebuilds every point, lists the versions current at the end of a range, and restores and un-restores a table', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.nat(), fc.nat(), async (commits, first, second) => {
        const table = `prop_${++tables}`;
        await engine.schema.createTable({ name: table, columns: shape.columns });
        const points = await replay(table, shape, commits);
        for (const point of points) {
          const past = await engine.flashback.flashbackQuery({ table, asOf: { scn: point.scn } });
          expect(asSnapshot(past.rows)).toEqual(point.rows);
        }
        const [from, to] = [points[first % points.length]!, points[second % points.length]!].sort((a, b) => a.scn - b.scn);
        const versions = await engine.flashback.flashbackVersions({ table, from: { scn: from!.scn }, to: { scn: to!.scn } });
        const currentAtEnd = versions.versions.filter((version) => version.endScn === null && version.operation !== 'DELETE');
        expect(asSnapshot(currentAtEnd.map((version) => ({ id: version.rowId, data: version.data })))).toEqual(to!.rows);

        const present = points.at(-1)!.rows;
        const restored = await engine.flashback.flashbackTable({ table, to: { scn: from!.scn } });
        expect(await liveRows(table)).toEqual(from!.rows);
        if (restored.scn !== null) {
          await engine.flashback.flashbackTransaction({ transactionId: restored.transactionId });
          expect(await liveRows(table)).toEqual(present);
        }
      }),
      { numRuns: 15, endOnFailure: true },
    );
  }, 240_000);
});
