// What the monitoring instrumentation costs: the spine's scenarios (bench/run.ts) against this
// build and against a build of the revision before monitoring (BENCH_BASE_REV, default e05d9e4),
// both running at once, measured in alternating rounds so that the machine's other load falls on
// both alike. On a machine shared with other work, throughput swings with everyone else's load;
// the CPU time each server spends per request (from /proc/<pid>/stat, worker threads included)
// does not, so the overhead is computed from that, and req/s is shown beside it. Writes the
// medians and the overhead into docs/performance.md.
//
// BENCH_DURATION (seconds per round, default 5) and BENCH_ROUNDS (default 3) tune the run.
import { type ChildProcess, execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_PASSWORD, type Scenario, SCENARIOS, format, measure, seedStrata, start, stop, strataApiKey } from './run.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

async function run(server: ChildProcess, port: number, scenario: Scenario, headers: Record<string, string>): Promise<Run> {
  const before = cpuSeconds(server.pid!);
  const measured = await measure(port, scenario, DURATION, headers);
  const cpu = cpuSeconds(server.pid!) - before;
  return { requestsPerSecond: measured.requestsPerSecond, cpuMicros: (cpu * 1e6) / (measured.requestsPerSecond * DURATION) };
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
        // Alternate which goes first, so neither always gets the quieter machine.
        const pair = [async () => ours.push(await run(current, CURRENT_PORT, scenario, currentAuth)), async () => theirs.push(await run(base, BASE_PORT, scenario, baseAuth))];
        for (const step of round % 2 === 0 ? pair : pair.reverse()) await step();
      }
      const cpu = { ours: median(ours.map((r) => r.cpuMicros)), theirs: median(theirs.map((r) => r.cpuMicros)) };
      const overhead = cpu.ours / cpu.theirs - 1;
      overheads.push(overhead);
      const line = `| ${scenario.name} | ${format(cpu.theirs, 1)} | ${format(cpu.ours, 1)} | ${format(overhead * 100, 1)}% | ${format(median(theirs.map((r) => r.requestsPerSecond)))} | ${format(median(ours.map((r) => r.requestsPerSecond)))} |`;
      console.log(line, 'CPU µs per round:', ours.map((r) => format(r.cpuMicros, 1)).join('/'), 'vs', theirs.map((r) => format(r.cpuMicros, 1)).join('/'));
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
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/monitoring-overhead.ts\` on this machine (${cpus().length} cores, shared with other work), Node ${process.versions.node}:`,
    `both builds running at once, ${ROUNDS} alternating rounds of ${DURATION} s per scenario, medians. Overhead = CPU per request with / without - 1.`,
    '',
    `| Scenario | CPU µs/request without monitoring (${BASE_REV}) | with | Overhead | req/s without | req/s with |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| Mean | | | ${format(mean * 100, 1)}% | | |`,
    '<!-- bench:monitoring:end -->',
  ].join('\n');
  const file = 'docs/performance.md';
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.includes('<!-- bench:monitoring:start -->') ? text.replace(/<!-- bench:monitoring:start -->[\s\S]*<!-- bench:monitoring:end -->/, section) : `${text.trimEnd()}\n\n## Monitoring: what the instrumentation costs\n\n${section}\n`);
  console.log(`\nMean overhead ${format(mean * 100, 1)}%; written to ${file}.`);
}

await main();
