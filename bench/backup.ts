// Backup throughput: a full backup (VACUUM INTO on a worker, then stored, with or without gzip
// and AES-256-GCM) against a plain copy of the database files, on a database of about 64 MB on
// disk; then verify, restore and a backup while writes go on. Writes the figures into
// docs/performance.md between the bench:backup markers. Run: npx tsx bench/backup.ts
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../engine/index.js';

const ROWS = 200_000;
const RUNS = 3;
const KEY = 'cd'.repeat(32);

const dataDir = mkdtempSync(join(tmpdir(), 'strata-bench-backup-'));
const engine = await Engine.open({ dataDir, backupEncryptionKey: KEY, adminPassword: 'bench-password-long', onError: (error, context) => console.error(context, error) });
const databaseFile = join(dataDir, 'databases', 'default.db');

await engine.query.executeSql({ sql: 'CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT, body TEXT, amount REAL, tag BLOB)' });
for (let done = 0; done < ROWS; done += 50_000) {
  await engine.query.executeSql({
    sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
          INSERT INTO events (kind, body, amount, tag) SELECT 'kind-' || (i % 17), hex(randomblob(100)), i * 1.5, randomblob(64) FROM n`,
    timeoutMs: 120_000,
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number): number => bytes / 1e6;
async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

const liveBytes = statSync(databaseFile).size + statSync(`${databaseFile}-wal`).size;
const copySeconds: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const target = join(dataDir, `copy-${run}`);
  copySeconds.push(await timed(() => {
    copyFileSync(databaseFile, `${target}.db`);
    copyFileSync(`${databaseFile}-wal`, `${target}.db-wal`);
  }));
  rmSync(`${target}.db`);
  rmSync(`${target}.db-wal`);
}

interface Row {
  what: string;
  seconds: number;
  bytes: number;
  stored: number | null;
}
const rows: Row[] = [{ what: 'plain file copy (database + WAL; not consistent while writes go on)', seconds: median(copySeconds), bytes: liveBytes, stored: liveBytes }];
let payloadBytes = 0;
let lastId = '';
for (const [what, request] of [
  ['full backup, uncompressed', { compression: 'none' as const }],
  ['full backup, gzip', { compression: 'gzip' as const }],
  ['full backup, gzip + AES-256-GCM', { compression: 'gzip' as const, encryption: { configuredKey: true as const } }],
] as const) {
  const seconds: number[] = [];
  let stored = 0;
  for (let run = 0; run < RUNS; run++) {
    const backup = await engine.backup.createFullBackup(request);
    seconds.push(backup.durationMs! / 1000);
    payloadBytes = backup.payloadBytes!;
    stored = backup.storedBytes!;
    lastId = backup.id;
  }
  rows.push({ what, seconds: median(seconds), bytes: payloadBytes, stored });
}
rows.push({ what: 'verify (checksum, decrypt, gunzip, integrity_check, hashes)', seconds: (await engine.backup.verifyBackup(lastId, {})).durationMs / 1000, bytes: payloadBytes, stored: null });
rows.push({ what: 'restore into a new database', seconds: (await engine.backup.restoreBackup(lastId, { mode: 'new-database', database: 'restored' })).durationMs / 1000, bytes: payloadBytes, stored: null });
rows.push({ what: 'restore in place', seconds: (await engine.backup.restoreBackup(lastId, { mode: 'in-place' })).durationMs / 1000, bytes: payloadBytes, stored: null });

// Online: a backup while a writer inserts rows as fast as it can.
let writing = true;
let writes = 0;
const writer = (async () => {
  while (writing) {
    await engine.data.insertRow('events', { kind: 'live', body: 'during the backup', amount: 1 });
    writes += 1;
  }
})();
const writesBefore = writes;
const online = await engine.backup.createFullBackup({ compression: 'gzip' });
const writesDuring = writes - writesBefore;
writing = false;
await writer;
await engine.close();
rmSync(dataDir, { recursive: true, force: true });

const format = (value: number, digits = 1): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  '| Operation | Time s | MB/s | Stored MB |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((row) => `| ${row.what} | ${format(row.seconds, 2)} | ${format(mb(row.bytes) / row.seconds)} | ${row.stored === null ? '' : format(mb(row.stored))} |`),
].join('\n');
const section = `<!-- bench:backup:start -->
Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/backup.ts\` on this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}), shared with other work;
a table of ${ROWS.toLocaleString('en-US')} rows, ${format(mb(payloadBytes))} MB of database (${format(mb(liveBytes))} MB of files with the WAL), data in ${tmpdir()}; medians of ${RUNS} runs for copies and backups.
MB/s is megabytes of database per second (for the copy, of files).

${table}

While a writer inserted rows one by one as fast as it could, a gzip backup took ${format(online.durationMs! / 1000, 2)} s and ${writesDuring.toLocaleString('en-US')} inserts committed during it (${format(writesDuring / (online.durationMs! / 1000), 0)}/s); the backup holds SCN ${online.scn}, a consistent snapshot.
<!-- bench:backup:end -->`;
console.log(section);
const file = 'docs/performance.md';
const current = readFileSync(file, 'utf8');
writeFileSync(
  file,
  current.includes('<!-- bench:backup:start -->')
    ? current.replace(/<!-- bench:backup:start -->[\s\S]*<!-- bench:backup:end -->/, section)
    : `${current.trimEnd()}\n\n## Backup and recovery\n\n${section}\n`,
);
