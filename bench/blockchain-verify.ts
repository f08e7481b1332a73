// How fast a blockchain table is verified (rows/s), and what appending to its chain costs.
// Builds a table of ROWS rows in blocks of BLOCK_ROWS on a scratch database, verifies it a few
// times, and writes the figures into docs/performance.md between the bench:blockchain markers.
// Run: npx tsx bench/blockchain-verify.ts [rows]
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Engine } from '../engine/index.js';
import { callerNamed } from '../test/helpers/caller.js';

const ROWS = Number(process.argv[2] ?? 20_000);
const BLOCK_ROWS = 1_000;
const VERIFY_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const engine = await Engine.open({ memory: true, adminPassword: 'bench-password-not-used' });
  try {
    const { blockchain } = engine;
    await blockchain.createBlockchainTable({ name: 'bench_ledger', columns: [{ name: 'account', type: 'TEXT', nullable: false }, { name: 'amount', type: 'INTEGER' }, { name: 'memo', type: 'TEXT' }] }, callerNamed('bench'));
    const insertStarted = performance.now();
    for (let seq = 1; seq <= ROWS; seq += 1) {
      await blockchain.insertBlockchainRow('bench_ledger', { account: `acct-${seq % 997}`, amount: seq * 7, memo: `transfer number ${seq}` }, callerNamed('bench'));
      if (seq % BLOCK_ROWS === 0) await blockchain.finalizeBlock('bench_ledger', callerNamed('bench'));
    }
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    const runs: number[] = [];
    for (let run = 0; run < VERIFY_RUNS; run += 1) {
      const report = await blockchain.verifyBlockchainTable('bench_ledger', callerNamed('bench'));
      if (!report.valid || report.rowsChecked !== ROWS) throw new Error(`verification failed: ${JSON.stringify(report)}`);
      runs.push(report.elapsedMs);
    }
    const readStarted = performance.now();
    await engine.query.executeSql({ sql: 'SELECT rowid, * FROM bench_ledger', maxRows: ROWS });
    const plainReadMs = performance.now() - readStarted;
    const verifyMs = median(runs);
    const section = [
      '<!-- bench:blockchain:start -->',
      `Measured with \`npx tsx bench/blockchain-verify.ts ${ROWS}\` (${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)} on a machine shared with other work):`,
      '',
      '| What | Figure |',
      '| --- | --- |',
      `| verify ${ROWS.toLocaleString('en')} rows in ${ROWS / BLOCK_ROWS} blocks (median of ${VERIFY_RUNS}) | ${Math.round(verifyMs).toLocaleString('en')} ms: **${Math.round(ROWS / (verifyMs / 1000)).toLocaleString('en')} rows/s** |`,
      `| the same rows read with one plain SELECT | ${Math.round(plainReadMs).toLocaleString('en')} ms |`,
      `| appending one row at a time (chain hash, guard trigger, change log), blocks sealed every ${BLOCK_ROWS.toLocaleString('en')} | ${Math.round(ROWS / insertSeconds).toLocaleString('en')} rows/s |`,
      '<!-- bench:blockchain:end -->',
    ].join('\n');
    console.log(section);
    const file = 'docs/performance.md';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<!-- bench:blockchain:start -->[\s\S]*<!-- bench:blockchain:end -->/, section));
  } finally {
    await engine.close();
  }
}

await main();
