// The realtime benchmark (npx tsx bench/realtime.ts; not part of npm test): one server process, one
// process for the subscribing clients (this file, run with the argument `clients`) and this one,
// which writes and measures, all on loopback; three measurements in one run, each bounded in time:
//   1. idle WebSocket connections held on /api/v1/ws/events: the server's memory per connection;
//   2. fan-out of committed row changes to channel subscribers: delivered messages/s and the
//      latency from commit to client (p50, p95, p99);
//   3. tableChanges subscribers over graphql-ws, one change per second: the server's CPU and the
//      latency (p50, p95, p99), measured after a few warm-up commits (reported apart): the first
//      changes after 10,000 subscriptions opened within seconds meet a cold JIT and the
//      collection of the subscribing's garbage, which a server that has been running has behind it.
// Writes the figures into docs/performance.md between the bench:realtime markers.
//
// Latency is the time from the commit (the SQLite timestamp stamped inside the committing
// transaction) to the message parsed by a client. The clients live in a process of their own so
// that parsing tens of thousands of messages a second does not delay the writer's clock (which
// would turn its steady commits into bursts); the writer commits on a fixed schedule, each commit
// sent at its time whether or not the ones before it were answered.
//
// BENCH_IDLE (10000), BENCH_FANOUT (1000), BENCH_FANOUT_RATE (commits/s, 50), BENCH_GQL (10000
// subscriptions), BENCH_GQL_PER_CONNECTION (10), BENCH_GQL_WARMUP (warm-up commits, 3) and
// BENCH_SECONDS (10 per measurement) tune it;
// BENCH_PORT (18411) is the server's port; BENCH_SERVER_ARGS adds node options to the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const IDLE = Number(process.env.BENCH_IDLE ?? 10_000);
const FANOUT = Number(process.env.BENCH_FANOUT ?? 1000);
const FANOUT_RATE = Number(process.env.BENCH_FANOUT_RATE ?? 50);
const GQL = Number(process.env.BENCH_GQL ?? 10_000);
const GQL_PER_CONNECTION = Number(process.env.BENCH_GQL_PER_CONNECTION ?? 10);
const GQL_WARMUP = Number(process.env.BENCH_GQL_WARMUP ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 18411);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN_PASSWORD = 'bench-admin-password';
const CLOCK_TICKS = 100;

let auth: Record<string, string> = {};

async function rest(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${BASE}${path}`, { method, headers: { 'content-type': 'application/json', ...auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function startServer(): Promise<ChildProcess> {
  const env = {
    ...process.env,
    STRATA_PORT: String(PORT),
    STRATA_MEMORY: 'true',
    STRATA_LOG_LEVEL: 'warn',
    STRATA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STRATA_RATE_LIMIT: '0',
    STRATA_WS_CONNECTIONS_PER_USER: '0',
    STRATA_SUBSCRIPTIONS_PER_CONNECTION: '0',
  };
  const child = spawn('node', [...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output)) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

/** The server's resident memory (bytes) and CPU time (seconds), from /proc. */
function usage(pid: number): { rss: number; cpuSeconds: number } {
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rss, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function openSocket(path: string): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${PORT}${path}`, { headers: auth, perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function openMany(count: number, path: string): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < count; start += 250) sockets.push(...(await Promise.all(Array.from({ length: Math.min(250, count - start) }, () => openSocket(path)))));
  return sockets;
}

async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(sockets.map((ws) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : (ws.once('close', () => resolve()), ws.close())))));
}

async function idleConnections(pid: number) {
  const before = usage(pid);
  const sockets = await openMany(IDLE, '/api/v1/ws/events?table=idle');
  await sleep(2000);
  const held = (await rest('GET', '/api/v1/ws/status')).active_connections as number;
  const after = usage(pid);
  await closeAll(sockets);
  return { held, bytesPerConnection: (after.rss - before.rss) / IDLE };
}

/** Commits `count` rows, one every 1/rate s on a fixed schedule; returns the commits made. */
async function writeRows(table: string, rate: number, count = Math.round(SECONDS * rate)): Promise<number> {
  const started = performance.now();
  const commits: Array<Promise<unknown>> = [];
  for (let index = 0; index < count; index += 1) {
    const wait = started + (index * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    commits.push(rest('POST', `/api/v1/tables/${table}/rows`, { n: index }));
  }
  await Promise.all(commits);
  return count;
}

// The clients' process and what it answers.
type ClientTask =
  | { kind: 'events'; count: number; path: string; auth: Record<string, string> }
  | { kind: 'graphql'; subscriptions: number; perConnection: number; query: string; auth: Record<string, string> }
  | { kind: 'collect'; expected: number; timeoutMs: number; keepOpen?: boolean };
interface Collected {
  received: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU seconds the clients' process used from the end of opening to the end of collecting. */
  cpuSeconds: number;
}

class Clients {
  private constructor(private readonly child: ChildProcess) {}

  static start(): Clients {
    return new Clients(fork(new URL(import.meta.url).pathname, ['clients'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }));
  }

  /** Sends a task; resolves with the answer. */
  run<T>(task: ClientTask): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the clients' process exited with ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (answer) => {
        this.child.off('exit', onExit);
        resolve(answer as T);
      });
      this.child.send(task);
    });
  }

  stop(): void {
    this.child.kill('SIGTERM');
  }
}

async function fanOut(pid: number, clients: Clients) {
  await clients.run({ kind: 'events', count: FANOUT, path: '/api/v1/ws/events?table=fanout', auth });
  const before = usage(pid);
  const started = Date.now();
  const commits = await writeRows('fanout', FANOUT_RATE);
  const expected = commits * FANOUT;
  const collected = await clients.run<Collected>({ kind: 'collect', expected, timeoutMs: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  const after = usage(pid);
  return { commits, expected, ...collected, messagesPerSecond: collected.received / seconds, cpu: (after.cpuSeconds - before.cpuSeconds) / seconds, clientCpu: collected.cpuSeconds / seconds };
}

async function graphqlSubscribers(pid: number, clients: Clients) {
  const connections = Math.ceil(GQL / GQL_PER_CONNECTION);
  const { subscribed } = await clients.run<{ subscribed: number }>({ kind: 'graphql', subscriptions: GQL, perConnection: GQL_PER_CONNECTION, query: 'subscription { tableChanges(table: "live") { timestamp } }', auth });
  // Wait until the server holds every subscription.
  const deadline = Date.now() + 120_000;
  while ((await rest('GET', '/api/v1/ws/status')).total_subscriptions < subscribed && Date.now() < deadline) await sleep(500);
  const holding = (await rest('GET', '/api/v1/ws/status')).total_subscriptions as number;
  const warmup = await writeRows('live', 1, GQL_WARMUP);
  const cold = await clients.run<Collected>({ kind: 'collect', expected: warmup * subscribed, timeoutMs: 30_000, keepOpen: true });
  const before = usage(pid);
  const started = Date.now();
  const commits = await writeRows('live', 1);
  const expected = commits * subscribed;
  const collected = await clients.run<Collected>({ kind: 'collect', expected, timeoutMs: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  const after = usage(pid);
  return { subscribed: holding, connections, commits, expected, ...collected, cpu: (after.cpuSeconds - before.cpuSeconds) / seconds, clientCpu: collected.cpuSeconds / seconds, rss: after.rss, cold: { commits: warmup, p50: cold.p50, p95: cold.p95, p99: cold.p99 } };
}

/** The clients' process: opens the connections it is told to, and reports what reached them. */
async function serveClients(): Promise<void> {
  let sockets: WebSocket[] = [];
  let graphqlClients: Client[] = [];
  let latencies: number[] = [];
  let errors = 0;
  let cpuAtStart = process.cpuUsage();
  const answer = (message: unknown) => process.send!(message);
  process.on('message', async (task: ClientTask) => {
    if (task.kind === 'events') {
      auth = task.auth;
      sockets = await openMany(task.count, task.path);
      for (const ws of sockets) {
        ws.on('message', (raw) => {
          const message = JSON.parse(raw.toString()) as { message_type: string; data: { changed_at: string } };
          if (message.message_type !== 'table_modified') return;
          // changed_at is stamped by SQLite inside the committing transaction.
          latencies.push(Date.now() - Date.parse(message.data.changed_at));
        });
      }
      cpuAtStart = process.cpuUsage();
      answer({ opened: sockets.length });
    } else if (task.kind === 'graphql') {
      const connections = Math.ceil(task.subscriptions / task.perConnection);
      graphqlClients = Array.from({ length: connections }, () =>
        createClient({ url: `ws://127.0.0.1:${PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: task.auth, lazy: false, retryAttempts: 0 }),
      );
      let subscribed = 0;
      for (const [index, client] of graphqlClients.entries()) {
        for (let sub = 0; sub < task.perConnection && subscribed < task.subscriptions; sub += 1) {
          client.subscribe(
            { query: task.query },
            {
              // timestamp is the commit's time.
              next: (result) => void latencies.push(Date.now() - Date.parse((result.data as { tableChanges: { timestamp: string } }).tableChanges.timestamp)),
              error: () => void (errors += 1),
              complete: () => undefined,
            },
          );
          subscribed += 1;
        }
        if (index % 100 === 99) await sleep(200);
      }
      cpuAtStart = process.cpuUsage();
      answer({ subscribed });
    } else {
      const deadline = Date.now() + task.timeoutMs;
      while (latencies.length < task.expected && Date.now() < deadline) await sleep(50);
      const cpu = process.cpuUsage(cpuAtStart);
      const sorted = latencies.sort((a, b) => a - b);
      const collected: Collected = { received: sorted.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), cpuSeconds: (cpu.user + cpu.system) / 1e6 };
      latencies = [];
      errors = 0;
      cpuAtStart = process.cpuUsage();
      if (task.keepOpen) return answer(collected);
      // Closed before answering, so that the next measurement starts on a server without them.
      await closeAll(sockets);
      await Promise.all(graphqlClients.map((client) => client.dispose()));
      answer(collected);
      sockets = [];
      graphqlClients = [];
    }
  });
}

async function main(): Promise<void> {
  const server = await startServer();
  const pid = server.pid!;
  const clients = Clients.start();
  try {
    const { access_token: token } = await rest('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    auth = { authorization: `Bearer ${token}` };
    auth = { 'x-api-key': (await rest('POST', '/api/v1/auth/api-keys', { name: 'bench' })).api_key };
    for (const name of ['fanout', 'live']) await rest('POST', '/api/v1/tables', { name, columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'n', type: 'INTEGER' }] });

    const idle = await idleConnections(pid);
    console.log('idle', idle);
    const fan = await fanOut(pid, clients);
    console.log('fan-out', fan);
    const gql = await graphqlSubscribers(pid, clients);
    console.log('graphql-ws', gql);
    writeResults(idle, fan, gql);
  } finally {
    clients.stop();
    server.kill('SIGTERM');
  }
}

const loadAtStart = loadavg()[0]!;

function writeResults(idle: Awaited<ReturnType<typeof idleConnections>>, fan: Awaited<ReturnType<typeof fanOut>>, gql: Awaited<ReturnType<typeof graphqlSubscribers>>): void {
  const number = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/realtime.ts\` on this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}),`,
    `server in its own process (in-memory database), the subscribing clients in a second, the writer in a third, all on loopback; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (which counts the benchmark's own busy processes).`,
    '',
    '| Measurement | Result |',
    '| --- | --- |',
    `| Idle WebSocket connections held (\`/api/v1/ws/events\`) | ${number(idle.held)} of ${number(IDLE)}, ${number(idle.bytesPerConnection / 1024, 1)} KiB of server memory (RSS) each |`,
    `| Fan-out: ${number(fan.commits)} commits at ${FANOUT_RATE}/s to ${number(FANOUT)} channel subscribers | ${number(fan.received)} of ${number(fan.expected)} delivered, ${number(fan.messagesPerSecond)} messages/s; commit to client p50 ${number(fan.p50)} ms, p95 ${number(fan.p95)} ms, p99 ${number(fan.p99)} ms; server CPU ${number(fan.cpu * 100)}% of one core, clients ${number(fan.clientCpu * 100)}% |`,
    `| ${number(gql.subscribed)} \`tableChanges\` subscriptions over graphql-ws (${number(gql.connections)} connections), one change per second | ${number(gql.received)} of ${number(gql.expected)} delivered, ${gql.errors} errors; p50 ${number(gql.p50)} ms, p95 ${number(gql.p95)} ms, p99 ${number(gql.p99)} ms; server CPU ${number(gql.cpu * 100)}% of one core, clients ${number(gql.clientCpu * 100)}%, server RSS ${number(gql.rss / 2 ** 20)} MiB; the ${gql.cold.commits} warm-up commits before: p50 ${number(gql.cold.p50)} ms, p95 ${number(gql.cold.p95)} ms, p99 ${number(gql.cold.p99)} ms |`,
  ].join('\n');
  const file = 'docs/performance.md';
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:realtime:start -->';
  const end = '<!-- bench:realtime:end -->';
  const block = `${start}\n${table}\n${end}`;
  writeFileSync(file, text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*${end}`), block) : `${text.trimEnd()}\n\n## Realtime: connections, fan-out, subscriptions\n\n${block}\n`);
  console.log(table);
}

if (process.argv[2] === 'clients') await serveClients();
else await main();
