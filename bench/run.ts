// The spine benchmark (npm run bench): autocannon against Strata and against the baseline
// (bench/baseline-server.ts), side by side in one run, for four requests. Prints req/s, p50,
// p99 and the ratio Strata/baseline, and writes them into docs/performance.md.
//
// BENCH_DURATION (seconds per scenario and server, default 10) and BENCH_CONNECTIONS
// (default 10) tune the run. Both servers listen on loopback only.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROWS = 10_000;
const STRATA_PORT = 18401;
const BASELINE_PORT = 18402;

export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  /** The request for the nth call (ids cycle through the rows). */
  request(n: number): { path: string; body?: string };
  expectedStatus: number;
}

const json = (value: unknown) => JSON.stringify(value);

export const SCENARIOS: Scenario[] = [
  { name: 'GET row by id', method: 'GET', request: (n) => ({ path: `/api/v1/tables/items/rows/${(n % ROWS) + 1}` }), expectedStatus: 200 },
  { name: 'POST insert row', method: 'POST', request: (n) => ({ path: '/api/v1/tables/items/rows', body: json({ name: `new ${n}`, qty: n % 100 }) }), expectedStatus: 201 },
  {
    name: 'POST /api/v1/query/execute (select by key)',
    method: 'POST',
    request: (n) => ({ path: '/api/v1/query/execute', body: json({ sql: 'SELECT * FROM items WHERE id = ?', params: [(n % ROWS) + 1] }) }),
    expectedStatus: 200,
  },
  {
    name: 'GraphQL row query',
    method: 'POST',
    request: (n) => ({ path: '/graphql', body: json({ query: 'query Row($id: ID!) { row(table: "items", id: $id) { id data } }', variables: { id: String((n % ROWS) + 1) } }) }),
    expectedStatus: 200,
  },
];

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Strata's credentials (an API key of the admin); the baseline ignores them. */
let auth: Record<string, string> = {};

/** An API key of the admin of the Strata server on this port. */
export async function strataApiKey(port: number): Promise<Record<string, string>> {
  const base = `http://127.0.0.1:${port}/api/v1/auth`;
  const login = await fetch(`${base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const key = await fetch(`${base}/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ name: 'bench' }) });
  return { 'x-api-key': ((await key.json()) as { api_key: string }).api_key };
}

export const ADMIN_PASSWORD = 'bench-admin-password';

export function start(command: string, args: string[], readyText: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (readyText.test(output)) {
        // From here on its output (request logs included) is read and dropped.
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${output}`)));
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function measure(port: number, scenario: Scenario, duration: number, headers: Record<string, string> = auth): Promise<Measurement> {
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: scenario.method,
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, ...scenario.request(n++) }),
      },
    ],
  });
  const wrongStatus = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => Number(status) !== scenario.expectedStatus)
    .reduce((total, [, stats]) => total + (stats as { count: number }).count, 0);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + wrongStatus };
}

export async function seedStrata(port = STRATA_PORT, headers: Record<string, string> = auth): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`seeding ${path}: ${response.status} ${await response.text()}`);
  };
  await post('/api/v1/tables', { name: 'items', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'name', type: 'TEXT', nullable: false }, { name: 'qty', type: 'INTEGER' }] });
  for (let first = 1; first <= ROWS; first += 1000) {
    await post('/api/v1/tables/items/rows/batch', { rows: Array.from({ length: 1000 }, (_, index) => ({ name: `item ${first + index}`, qty: (first + index) % 100 })) });
  }
}

export function format(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'strata-bench-'));
  const strata = await start('node', ['dist/server/main.js', '--port', String(STRATA_PORT), '--data-dir', join(scratch, 'strata'), '--log-level', 'info', '--admin-password', ADMIN_PASSWORD, '--rate-limit', '0'], /listening on/);
  auth = await strataApiKey(STRATA_PORT);
  const baseline = await start('node', ['--import', 'tsx', 'bench/baseline-server.ts', String(BASELINE_PORT), join(scratch, 'baseline.db')], /ready/);
  const rows: string[] = [];
  try {
    await seedStrata();
    for (const scenario of SCENARIOS) {
      // A short warm-up of each, then the measured runs back to back.
      await measure(STRATA_PORT, scenario, 2);
      await measure(BASELINE_PORT, scenario, 2);
      const ours = await measure(STRATA_PORT, scenario, DURATION);
      const theirs = await measure(BASELINE_PORT, scenario, DURATION);
      const ratio = ours.requestsPerSecond / theirs.requestsPerSecond;
      const line = `| ${scenario.name} | ${format(ours.requestsPerSecond)} | ${ours.p50} | ${ours.p99} | ${format(theirs.requestsPerSecond)} | ${theirs.p50} | ${theirs.p99} | ${format(ratio, 2)} | ${ours.errors + theirs.errors} |`;
      console.log(line);
      rows.push(line);
    }
  } finally {
    await stop(strata);
    await stop(baseline);
    rmSync(scratch, { recursive: true, force: true });
  }
  const section = [
    '<!-- bench:spine:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}),`,
    `autocannon with ${CONNECTIONS} connections for ${DURATION} s per server and scenario, load generator on the same machine.`,
    '',
    '| Scenario | Strata req/s | p50 ms | p99 ms | Baseline req/s | p50 ms | p99 ms | Strata / baseline | Errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '<!-- bench:spine:end -->',
  ].join('\n');
  const file = 'docs/performance.md';
  const current = readFileSync(file, 'utf8');
  writeFileSync(file, current.replace(/<!-- bench:spine:start -->[\s\S]*<!-- bench:spine:end -->/, section));
  console.log(`\nWritten to ${file}.`);
}

// Other benchmarks import the pieces above; run directly, this is npm run bench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
