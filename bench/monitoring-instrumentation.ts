// What the monitoring instrumentation adds to each request, timed in isolation: the request
// middleware with its counters and latency window, a row change and a finished statement
// reaching the monitoring listeners, and a GraphQL root field wrapped for its counters. Each is run a million times in
// repeated batches and the fastest batch counts (a batch the OS preempted is slower, never
// faster), so the figure holds on a machine busy with other work. Compared with the time the
// spine's benchmark spends per request (docs/performance.md), it gives the share of throughput
// the instrumentation costs.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Engine } from '../engine/index.js';
import { format } from './run.js';

const CALLS = 1_000_000;
const BATCHES = 7;

/** Nanoseconds per call of the fastest batch. */
async function time(name: string, call: (index: number) => unknown): Promise<number> {
  let best = Infinity;
  for (let batch = 0; batch < BATCHES; batch++) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < CALLS; index++) await call(index);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / CALLS);
  }
  console.log(`${name}: ${format(best, 1)} ns per call`);
  return best;
}

async function main(): Promise<void> {
  const engine = await Engine.open({ memory: true, poolSize: 2 });
  try {
    const operations = ['row', 'insertRow', 'executeSql', 'graphql'];
    // What request-state reports of each request it answers.
    const request = await time('a request through the monitoring counters', (index) => engine.monitoring.recordRequest(operations[index % 4]!, 'GET', 200, 0.001));
    const change = { table: 'items', operation: 'INSERT' as const, scn: 1, rowId: '1', row: null, oldRow: null, transactionId: null, committedAt: '' };
    const rowChanged = await time('a row change through the monitoring listeners', () => engine.events.publish('row.changed', change as never));
    const finished = { queryId: 'q', sql: 'SELECT 1', transactionId: null, actor: null, requestId: null, operation: null, outcome: 'completed' as const, durationMs: 0.4, rows: 1, errorCode: null, finishedAtMs: Date.now() };
    const statement = await time('a finished statement through the monitoring listeners', () => engine.events.publish('query.finished', finished));
    // What the guard of a GraphQL root field reports of each field it serves.
    const graphqlField = await time('a GraphQL root field through the monitoring counters', () => engine.monitoring.recordGraphQLField('query', 'row', 200, 0.001));
    const spine = spineMicros();
    const rows = [
      // Counted as if every request ran a statement that reports query.finished (its producer
      // is on another branch): the upper bound.
      row('GET row by id', spine['GET row by id']!, request + statement),
      row('POST insert row', spine['POST insert row']!, request + statement + rowChanged),
      row('POST /api/v1/query/execute (select by key)', spine['POST /api/v1/query/execute (select by key)']!, request + statement),
      row('GraphQL row query', spine['GraphQL row query']!, request + graphqlField + statement),
    ];
    const section = [
      '<!-- bench:instrumentation:start -->',
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/monitoring-instrumentation.ts\` (${cpus().length} cores, Node ${process.versions.node}), fastest of ${BATCHES} batches of ${format(CALLS)} calls:`,
      `the request middleware with its counters ${format(request, 0)} ns, a finished statement reaching the monitoring listeners ${format(statement, 0)} ns, a row change ${format(rowChanged, 0)} ns, a measured GraphQL root field ${format(graphqlField, 0)} ns.`,
      'Against the time the spine benchmark spends per request on its one server core (1 / its req/s above), counting a finished statement for every request:',
      '',
      '| Scenario | µs per request (spine) | Instrumentation µs | Share of throughput |',
      '| --- | ---: | ---: | ---: |',
      ...rows.map((line) => line.text),
      '<!-- bench:instrumentation:end -->',
    ].join('\n');
    console.log(section);
    const file = 'docs/performance.md';
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.includes('<!-- bench:instrumentation:start -->') ? text.replace(/<!-- bench:instrumentation:start -->[\s\S]*<!-- bench:instrumentation:end -->/, section) : `${text.trimEnd()}\n\n## Monitoring: what the instrumentation costs\n\n${section}\n`);
  } finally {
    await engine.close();
  }
}

/** µs per request of each spine scenario, from its req/s in docs/performance.md. */
function spineMicros(): Record<string, number> {
  const table = /<!-- bench:spine:start -->([\s\S]*)<!-- bench:spine:end -->/.exec(readFileSync('docs/performance.md', 'utf8'))![1]!;
  const micros: Record<string, number> = {};
  for (const line of table.split('\n').filter((candidate) => candidate.startsWith('| ') && !candidate.startsWith('| Scenario') && !candidate.startsWith('| ---'))) {
    const [name, requestsPerSecond] = line.split('|').slice(1, 3).map((cell) => cell.trim());
    micros[name!] = 1e6 / Number(requestsPerSecond!.replace(/,/g, ''));
  }
  return micros;
}

function row(name: string, spineMicrosPerRequest: number, instrumentationNs: number): { text: string } {
  const micros = instrumentationNs / 1000;
  return { text: `| ${name} | ${format(spineMicrosPerRequest, 1)} | ${format(micros, 2)} | ${format((micros / spineMicrosPerRequest) * 100, 1)}% |` };
}

await main();
