// What the statement registry and its consumers (slow-query log, incidents, profiles) cost per
// statement: the engine's fastest read (a row by key on the control connection) timed as it
// runs, against the same instrumentation wrapped around no work at all. Run with
// `npx tsx bench/diagnostics-overhead.ts`; prints microseconds per statement and the share.
import { Engine } from '../engine/index.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const ROUNDS = 5;

async function timeEach(calls: number, run: (n: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let n = 0; n < calls; n++) await run(n);
  return ((performance.now() - started) * 1000) / calls;
}

const engine = await Engine.open({ memory: true, poolSize: 2 });
try {
  await engine.schema.createTable({ name: 'items', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'name', type: 'TEXT' }] });
  await engine.data.insertRows('items', Array.from({ length: 1000 }, (_, index) => ({ name: `item ${index}` })));
  const registry = engine.database.statements;
  const lookups: number[] = [];
  const instrumentation: number[] = [];
  // Alternate the two, so load from elsewhere on the machine weighs on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    lookups.push(await timeEach(CALLS, (n) => engine.data.row('items', String((n % 1000) + 1))));
    instrumentation.push(
      await timeEach(CALLS, async () => {
        const statement = registry.open('SELECT * FROM "items" WHERE "id" = ?', null, 'reader-session', null);
        statement.onStart();
        statement.end(1);
      }),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lookup = median(lookups);
  const cost = median(instrumentation);
  console.log(`row by key, instrumented: ${lookup.toFixed(2)} µs per statement`);
  console.log(`instrumentation alone:    ${cost.toFixed(2)} µs per statement (${((cost / lookup) * 100).toFixed(1)}% of the engine's fastest statement)`);
} finally {
  await engine.close();
}
