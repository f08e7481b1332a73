// The cost of flashback (npx tsx bench/flashback.ts): write throughput of the engine with row
// versions kept for 24 h against versions purged as soon as possible (retention 0), in
// alternating rounds so both see the same machine; what the change-log triggers cost a bare
// SQLite insert; and how long flashback takes over 10,000 rows. Writes its section of
// docs/performance.md.
//
// BENCH_DURATION (seconds per round, default 5), BENCH_ROUNDS (default 3) and BENCH_WRITERS
// (concurrent writers, default 16) tune the run. Data lives in a scratch directory on disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Engine } from '../engine/index.js';
import { INTERNAL_SCHEMA, triggersFor } from '../engine/storage/sqlite/sqlite-changelog.js';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 5) * 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 16);
const HISTORY_ROWS = 10_000;
const HISTORY_UPDATES = 1_000;

const COLUMNS = [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'name', type: 'TEXT' }, { name: 'qty', type: 'INTEGER' }];

async function openEngine(dataDir: string, retentionSeconds: number): Promise<Engine> {
  return Engine.open({ dataDir, flashbackRetentionSeconds: retentionSeconds, onError: (error, context) => console.error(context, error) });
}

/** Writes per second for one round: WRITERS loops inserting a row, then updating one. */
async function writeRound(engine: Engine, table: string): Promise<{ writesPerSecond: number; historyChanges: number }> {
  let writes = 0;
  const deadline = performance.now() + DURATION_MS;
  const writer = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const row = await engine.data.insertRow(table, { name: `row ${writes}`, qty: writes % 100 });
      await engine.data.updateRow(table, row.id, { qty: (writes % 100) + 1 });
      writes += 2;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, writer));
  const seconds = (performance.now() - started) / 1000;
  return { writesPerSecond: writes / seconds, historyChanges: (await engine.flashback.flashbackStats()).history.changes };
}

async function writeThroughput(scratch: string): Promise<string[]> {
  const variants = [
    { label: 'versions kept 24 h (default)', retentionSeconds: 86_400 },
    { label: 'versions purged (retention 0, purge every second)', retentionSeconds: 0 },
  ];
  const results = variants.map(() => ({ rates: [] as number[], changes: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, variant] of variants.entries()) {
      const engine = await openEngine(join(scratch, `retention-${variant.retentionSeconds}`), variant.retentionSeconds);
      try {
        if (round === 0) await engine.schema.createTable({ name: 'items', columns: COLUMNS });
        const { writesPerSecond, historyChanges } = await writeRound(engine, 'items');
        results[index]!.rates.push(writesPerSecond);
        results[index]!.changes = historyChanges;
        console.log(`round ${round + 1}: ${variant.label}: ${Math.round(writesPerSecond)} writes/s, ${historyChanges} changes in the log`);
      } finally {
        await engine.close();
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const base = median(results[0]!.rates);
  return variants.map((variant, index) => {
    const rate = median(results[index]!.rates);
    return `| ${variant.label} | ${fmt(rate)} | ${results[index]!.rates.map(fmt).join(', ')} | ${fmt(results[index]!.changes)} | ${(rate / base).toFixed(2)} |`;
  });
}

/** A bare SQLite insert per transaction, with and without the capture triggers. */
function triggerCost(scratch: string): string[] {
  const inserts = 50_000;
  const measure = (withTriggers: boolean): number => {
    const db = new Database(join(scratch, `raw-${withTriggers}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, qty INTEGER)');
    if (withTriggers) {
      db.exec(INTERNAL_SCHEMA);
      for (const sql of triggersFor({ name: 'items', columns: ['id', 'name', 'qty'], primaryKey: ['id'] }).values()) db.exec(sql);
    }
    const insert = db.prepare('INSERT INTO items (name, qty) VALUES (?, ?)');
    const started = performance.now();
    for (let n = 0; n < inserts; n++) insert.run(`row ${n}`, n % 100);
    const perSecond = inserts / ((performance.now() - started) / 1000);
    db.close();
    return perSecond;
  };
  const plain = measure(false);
  const captured = measure(true);
  return [`| bare SQLite insert, autocommit | ${fmt(plain)} |`, `| the same with the change-log trigger | ${fmt(captured)} (${(captured / plain).toFixed(2)}) |`];
}

/** Flashback over a table of 10,000 rows with 1,000 updates after the point. */
async function flashbackLatency(scratch: string): Promise<string[]> {
  const engine = await openEngine(join(scratch, 'latency'), 86_400);
  try {
    await engine.schema.createTable({ name: 'items', columns: COLUMNS });
    for (let start = 0; start < HISTORY_ROWS; start += 1000) {
      await engine.data.insertRows('items', Array.from({ length: 1000 }, (_, n) => ({ name: `row ${start + n}`, qty: n % 100 })));
    }
    const point = engine.flashback.currentScn().scn;
    for (let n = 0; n < HISTORY_UPDATES; n++) await engine.data.updateRow('items', String((n * 7) % HISTORY_ROWS + 1), { qty: -n });
    const time = async (work: () => Promise<unknown>): Promise<number> => {
      const samples: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        await work();
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[2]!;
    };
    const query = await time(() => engine.flashback.flashbackQuery({ table: 'items', asOf: { scn: point }, limit: 10_000 }));
    const versions = await time(() => engine.flashback.flashbackVersions({ table: 'items', from: { scn: point }, to: { scn: engine.flashback.currentScn().scn }, limit: 10_000 }));
    const restoreStarted = performance.now();
    const restored = await engine.flashback.flashbackTable({ table: 'items', to: { scn: point } });
    const restore = performance.now() - restoreStarted;
    return [
      `| flashbackQuery: all ${fmt(HISTORY_ROWS)} rows as of ${fmt(HISTORY_UPDATES)} updates ago (median of 5) | ${milliseconds(query)} |`,
      `| flashbackVersions: the ${fmt(HISTORY_ROWS)} rows' versions over those updates (median of 5) | ${milliseconds(versions)} |`,
      `| flashbackTable: undoing them (${fmt(restored.rowsChanged)} rows changed, one transaction) | ${milliseconds(restore)} |`,
    ];
  } finally {
    await engine.close();
  }
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function milliseconds(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'strata-bench-flashback-'));
  const load = loadavg()[0]!.toFixed(1);
  try {
    const throughput = await writeThroughput(scratch);
    const triggers = triggerCost(scratch);
    const latency = await flashbackLatency(scratch);
    const section = [
      '<!-- bench:flashback:start -->',
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/flashback.ts\` on this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average ${load} at the start),`,
      `${WRITERS} concurrent writers through the engine (no HTTP), ${ROUNDS} alternating rounds of ${DURATION_MS / 1000} s per variant, data on disk. Each write is an insert or an update committed on its own (group commit batches them).`,
      '',
      '| Row versions | Writes/s (median) | Rounds | Changes in the log at the end | Ratio |',
      '| --- | ---: | --- | ---: | ---: |',
      ...throughput,
      '',
      '| What the change log costs one insert | Inserts/s |',
      '| --- | ---: |',
      ...triggers,
      '',
      '| Flashback over 10,000 rows | Time |',
      '| --- | ---: |',
      ...latency,
      '<!-- bench:flashback:end -->',
    ].join('\n');
    const file = 'docs/performance.md';
    const current = readFileSync(file, 'utf8');
    writeFileSync(file, current.replace(/<!-- bench:flashback:start -->[\s\S]*<!-- bench:flashback:end -->/, section));
    console.log(`${section}\n\nWritten to ${file}.`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
