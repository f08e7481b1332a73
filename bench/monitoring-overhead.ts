// What the monitoring instrumentation costs: the spine's scenarios (bench/run.ts) against this
// build and against a build of the revision before monitoring (BENCH_BASE_REV, default e05d9e4).
// Both servers are loaded at the same time in each round, so whatever else the machine does in
// that round falls on both alike; the overhead is the median over rounds of the paired ratio of
// CPU time per request (from /proc/<pid>/stat, worker threads included), which does not swing
// with throughput. req/s is shown beside it. Writes the medians into docs/performance.md.
//
// BENCH_DURATION (seconds per round, default 3) and BENCH_ROUNDS (default 9) tune the run.
import { type ChildProcess, execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_PASSWORD, type Scenario, SCENARIOS, format, measure, seedStrata, start, stop, strataApiKey } from './run.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const BASE_REV = process.env.BENCH_BASE_REV ?? 'e05d9e4';
const CURRENT_PORT = 18411;
const BASE_PORT = 18412;
/** Built assets (not in git) the base build needs, copied from this tree. */
const ASSETS = ['engine/storage/sqlite/native/strata_interrupt.so', 'server/docs/graphiql/graphiql.bundle.js', 'server/docs/graphiql/graphiql.bundle.css'];

/** Checks out and compiles the base revision into dir, sharing this tree's node_modules. */
function buildBase(dir: string): void {
  execSync(`git archive ${BASE_REV} | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const asset of ASSETS) copyFileSync(asset, join(dir, asset));
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  execFileSync('npx', ['tsx', 'tools/build-assets.ts', '--copy-to', 'dist'], { cwd: dir, stdio: 'inherit' });
}

function startStrata(root: string, port: number, dataDir: string): Promise<ChildProcess> {
  return start('node', [join(root, 'dist/server/main.js'), '--port', String(port), '--data-dir', dataDir, '--log-level', 'info', '--admin-password', ADMIN_PASSWORD, '--rate-limit', '0'], /listening on/);
}

/** CPU seconds the process has used, user and system (Linux clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Run {
  requestsPerSecond: number;
  /** CPU microseconds the server spent per request. */
  cpuMicros: number;
}

/** Loads both servers at once for one round: CPU microseconds per request and req/s of each. */
async function pairedRound(servers: Array<{ child: ChildProcess; port: number; headers: Record<string, string> }>, scenario: Scenario): Promise<Run[]> {
  const before = servers.map(({ child }) => cpuSeconds(child.pid!));
  const measured = await Promise.all(servers.map(({ port, headers }) => measure(port, scenario, DURATION, headers)));
  return servers.map(({ child }, index) => {
    const cpu = cpuSeconds(child.pid!) - before[index]!;
    const { requestsPerSecond } = measured[index]!;
    return { requestsPerSecond, cpuMicros: (cpu * 1e6) / (requestsPerSecond * DURATION) };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'strata-overhead-'));
  const baseDir = join(scratch, 'base');
  execSync(`mkdir -p ${baseDir}`);
  buildBase(baseDir);
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const current = await startStrata(resolve('.'), CURRENT_PORT, join(scratch, 'current-data'));
  const base = await startStrata(baseDir, BASE_PORT, join(scratch, 'base-data'));
  const rows: string[] = [];
  const overheads: number[] = [];
  try {
    const currentAuth = await strataApiKey(CURRENT_PORT);
    const baseAuth = await strataApiKey(BASE_PORT);
    await seedStrata(CURRENT_PORT, currentAuth);
    await seedStrata(BASE_PORT, baseAuth);
    for (const scenario of SCENARIOS) {
      await measure(CURRENT_PORT, scenario, 2, currentAuth);
      await measure(BASE_PORT, scenario, 2, baseAuth);
      const ours: Run[] = [];
      const theirs: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const [mine, other] = await pairedRound([{ child: current, port: CURRENT_PORT, headers: currentAuth }, { child: base, port: BASE_PORT, headers: baseAuth }], scenario);
        ours.push(mine!);
        theirs.push(other!);
      }
      const ratios = ours.map((run, index) => run.cpuMicros / theirs[index]!.cpuMicros - 1);
      const overhead = median(ratios);
      overheads.push(overhead);
      const percent = (value: number) => `${format(value * 100, 1)}%`;
      const line = `| ${scenario.name} | ${format(median(theirs.map((r) => r.cpuMicros)), 1)} | ${format(median(ours.map((r) => r.cpuMicros)), 1)} | ${percent(overhead)} | ${percent(Math.min(...ratios))} to ${percent(Math.max(...ratios))} | ${format(median(theirs.map((r) => r.requestsPerSecond)))} | ${format(median(ours.map((r) => r.requestsPerSecond)))} |`;
      console.log(line);
      rows.push(line);
    }
  } finally {
    await stop(current);
    await stop(base);
    rmSync(scratch, { recursive: true, force: true });
  }
  const mean = overheads.reduce((sum, value) => sum + value, 0) / overheads.length;
  const section = [
    '<!-- bench:monitoring:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/monitoring-overhead.ts\` on this machine (${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end), Node ${process.versions.node}:`,
    `both builds loaded at the same time in each of ${ROUNDS} rounds of ${DURATION} s per scenario. Overhead = median over rounds of (CPU per request with / without - 1); CPU and req/s are medians.`,
    '',
    `| Scenario | CPU µs/request without monitoring (${BASE_REV}) | with | Overhead | Rounds ranged | req/s without | req/s with |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| Mean | | | ${format(mean * 100, 1)}% | | | |`,
    '<!-- bench:monitoring:end -->',
  ].join('\n');
  const file = 'docs/performance.md';
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.includes('<!-- bench:monitoring:start -->') ? text.replace(/<!-- bench:monitoring:start -->[\s\S]*<!-- bench:monitoring:end -->/, section) : `${text.trimEnd()}\n\n## Monitoring: what the instrumentation costs\n\n${section}\n`);
  console.log(`\nMean overhead ${format(mean * 100, 1)}%; written to ${file}.`);
}

await main();
