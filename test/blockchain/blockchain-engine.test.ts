// The blockchain module on a real database file: chains, blocks, proofs, retention, holds,
// digests, and tampering through a second SQLite connection that the API never sees.
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import type { BlockchainEvent } from '../../engine/modules/blockchain/blockchain-types.js';
import { verifyMerkleProof } from '../../engine/modules/blockchain/chain-hash.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';
import { callerNamed } from '../helpers/caller.js';

let engine: Engine;
let dataDir: string;
let counter = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'strata-blockchain-'));
  engine = await openTestEngine({ memory: false, dataDir });
});

afterAll(async () => {
  await engine.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A second connection to the database file, as an intruder would open it. */
function openFile(): BetterSqlite3.Database {
  return new BetterSqlite3(join(dataDir, 'databases', 'default.db'));
}

/**
 * Tampers through a connection of its own, with the table's triggers out of the way. They come
 * back after, but for the change capture after an ALTER (it names the old columns; the server
 * would rebuild it at its next start).
 */
function tamper(table: string, sql: string, ...params: unknown[]): void {
  const db = openFile();
  try {
    const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?").all(table) as Array<{ name: string; sql: string }>;
    const restored = /^ALTER/i.test(sql) ? triggers.filter((trigger) => trigger.name.startsWith('_strata_guard_')) : triggers;
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      db.prepare(sql).run(...params);
      for (const trigger of restored) db.exec(trigger.sql);
    })();
  } finally {
    db.close();
  }
}

async function ledger(rows = 5): Promise<string> {
  const name = `ledger${++counter}`;
  await engine.blockchain.createBlockchainTable({ name, columns: [{ name: 'account', type: 'TEXT', nullable: false }, { name: 'amount', type: 'INTEGER' }, { name: 'note', type: 'ANY' }] }, callerNamed('alice'));
  for (let index = 1; index <= rows; index += 1) await engine.blockchain.insertBlockchainRow(name, { account: `acct-${index}`, amount: index * 10, note: index % 2 === 0 ? { $hex: 'C0FFEE' } : 1.5 }, callerNamed('alice'));
  return name;
}

describe('inserting and chaining', () => {
  it('chains each row to the one before and answers its receipt', async () => {
    const name = await ledger(0);
    const first = await engine.blockchain.insertBlockchainRow(name, { account: 'a', amount: 1 }, callerNamed('alice'));
    const second = await engine.blockchain.insertBlockchainRow(name, { account: 'b', amount: 2, note: 'x' }, callerNamed('bob'));
    expect(first).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), insertedBy: 'alice', data: { account: 'a', amount: 1, note: null } });
    expect(second).toMatchObject({ seq: 2, prevHash: first.rowHash, insertedBy: 'bob' });
    expect(second.scn).toBeGreaterThan(first.scn!);
    expect(await engine.blockchain.blockchainTable(name)).toMatchObject({ headSeq: 2, headHash: second.rowHash, purgedThroughSeq: 0 });
  });

  it('keeps the order of concurrent inserts in one unbroken chain', async () => {
    const name = await ledger(0);
    await Promise.all(Array.from({ length: 20 }, (_, index) => engine.blockchain.insertBlockchainRow(name, { account: `c${index}`, amount: index }, callerNamed('alice'))));
    const report = await engine.blockchain.verifyBlockchainTable(name, callerNamed('alice'));
    expect(report).toMatchObject({ valid: true, rowsChecked: 20, headSeq: 20 });
  });

  it('refuses values of the wrong type, unknown columns and nulls in NOT NULL columns', async () => {
    const name = await ledger(0);
    expect(await errorCode(engine.blockchain.insertBlockchainRow(name, { account: 'a', amount: '5' }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.insertBlockchainRow(name, { account: 'a', amount: 1.5 }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.insertBlockchainRow(name, { account: 'a', nope: 1 }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.insertBlockchainRow(name, { amount: 1 }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.insertBlockchainRow(name, { account: 'a', note: { $hex: 'abc' } }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.insertBlockchainRow('nosuch', { account: 'a' }, null))).toBe('NOT_FOUND');
    expect((await engine.blockchain.blockchainTable(name)).headSeq).toBe(0);
  });

  it('refuses bad definitions and a second table of the same name', async () => {
    const name = await ledger(0);
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name, columns: [{ name: 'a', type: 'TEXT' }] }, null))).toBe('ALREADY_EXISTS');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: 'x1', columns: [{ name: 'rowid', type: 'TEXT' }] }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: 'x2', columns: [{ name: 'a', type: 'TEXT' }, { name: 'A', type: 'TEXT' }] }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: 'x3', columns: [{ name: 'a', type: 'TEXT' }], retentionPolicy: 'nosuch' }, null))).toBe('NOT_FOUND');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: '_strata_x', columns: [{ name: 'a', type: 'TEXT' }] }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: 'x4', columns: [{ name: 'a b', type: 'TEXT' }] }, null))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.createBlockchainTable({ name: 'x5', columns: [] }, null))).toBe('VALIDATION_FAILED');
  });
});

describe('insert-only, whatever the surface', () => {
  it('refuses UPDATE and DELETE through SQL, transactions and the row API', async () => {
    const name = await ledger(2);
    expect(await errorCode(engine.query.executeSql({ sql: `UPDATE ${name} SET amount = 0` }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.query.executeSql({ sql: `DELETE FROM ${name}` }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.query.executeSql({ sql: `INSERT INTO ${name} (account) VALUES ('sneaky')` }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.query.executeSql({ sql: `DROP TRIGGER _strata_guard_update_${name}` }))).toBe('STATEMENT_NOT_ALLOWED');
    expect(await errorCode(engine.data.deleteRow(name, '1'))).toBe('CONSTRAINT_VIOLATION');
    const transaction = await engine.transactions.beginTransaction({ mode: 'immediate' });
    expect(await errorCode(engine.transactions.executeInTransaction(transaction.id, { sql: `UPDATE ${name} SET note = 'x' WHERE rowid = 1` }))).toBe('CONSTRAINT_VIOLATION');
    await engine.transactions.rollbackTransaction(transaction.id);
    // Reading is fine.
    const read = await engine.query.executeSql({ sql: `SELECT rowid, account FROM ${name} ORDER BY rowid` });
    expect(read.rows).toEqual([{ rowid: 1, account: 'acct-1' }, { rowid: 2, account: 'acct-2' }]);
    expect((await engine.blockchain.verifyBlockchainTable(name, null)).valid).toBe(true);
  });

  it('keeps its guards through ALTER TABLE of other tables, and refuses another SQLite client too', async () => {
    const name = await ledger(1);
    await engine.query.executeSql({ sql: `CREATE TABLE plain${counter} (a INTEGER); ALTER TABLE plain${counter} ADD COLUMN b TEXT` });
    expect(await errorCode(engine.query.executeSql({ sql: `UPDATE ${name} SET amount = 0` }))).toBe('CONSTRAINT_VIOLATION');
    const db = openFile();
    try {
      expect(() => db.prepare(`DELETE FROM ${name}`).run()).toThrow(/blockchain table/);
    } finally {
      db.close();
    }
  });
});

describe('blocks and proofs', () => {
  it('seals the rows since the last block, chains blocks and proves any row', async () => {
    const name = await ledger(5);
    const first = await engine.blockchain.finalizeBlock(name, callerNamed('alice'));
    expect(first).toMatchObject({ blockId: 1, firstSeq: 1, lastSeq: 5, rowCount: 5, prevBlockHash: '0'.repeat(64), purged: false });
    expect(await errorCode(engine.blockchain.finalizeBlock(name, callerNamed('alice')))).toBe('CONFLICT');
    await engine.blockchain.insertBlockchainRow(name, { account: 'late', amount: 6 }, callerNamed('alice'));
    const second = await engine.blockchain.finalizeBlock(name, callerNamed('alice'));
    expect(second).toMatchObject({ blockId: 2, firstSeq: 6, lastSeq: 6, prevBlockHash: first.blockHash });
    for (let seq = 1; seq <= 5; seq += 1) {
      const { proof } = await engine.blockchain.blockchainBlock(name, 1, seq);
      expect(verifyMerkleProof(proof!.rowHash, proof!.steps, first.merkleRoot)).toBe(true);
      expect(verifyMerkleProof(proof!.rowHash, proof!.steps, second.merkleRoot)).toBe(false);
    }
    expect(await errorCode(engine.blockchain.blockchainBlock(name, 1, 6))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.blockchain.blockchainBlock(name, 3))).toBe('NOT_FOUND');
  });
});

describe('verify detects tampering behind the API', () => {
  it('a modified row', async () => {
    const name = await ledger(5);
    tamper(name, `UPDATE ${name} SET amount = 999 WHERE rowid = 3`);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 3, problem: 'modified' } });
  });

  it('a deleted row', async () => {
    const name = await ledger(5);
    tamper(name, `DELETE FROM ${name} WHERE rowid = 2`);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 2, problem: 'deleted' } });
  });

  it('a deleted row and its chain entry', async () => {
    const name = await ledger(5);
    tamper(name, `DELETE FROM ${name} WHERE rowid = 4`);
    tamper(name, 'DELETE FROM _strata_blockchain_rows WHERE table_name = ? AND seq = 4', name);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 4, problem: 'deleted' } });
  });

  it('the last rows cut off, chain and all', async () => {
    const name = await ledger(5);
    tamper(name, `DELETE FROM ${name} WHERE rowid = 5`);
    tamper(name, 'DELETE FROM _strata_blockchain_rows WHERE table_name = ? AND seq = 5', name);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 5, problem: 'deleted' } });
  });

  it('an inserted row', async () => {
    const name = await ledger(5);
    tamper(name, `INSERT INTO ${name} (rowid, account, amount) VALUES (100, 'forged', 1)`);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 100, problem: 'inserted' } });
  });

  it('reordered rows, hashes and all', async () => {
    const name = await ledger(5);
    // Swap rows 2 and 3 with their chain entries, as if they had been inserted the other way round.
    tamper(name, `UPDATE ${name} SET rowid = -rowid WHERE rowid IN (2, 3)`);
    tamper(name, `UPDATE ${name} SET rowid = CASE rowid WHEN -2 THEN 3 ELSE 2 END WHERE rowid IN (-2, -3)`);
    tamper(name, 'UPDATE _strata_blockchain_rows SET seq = -seq WHERE table_name = ? AND seq IN (2, 3)', name);
    tamper(name, 'UPDATE _strata_blockchain_rows SET seq = CASE seq WHEN -2 THEN 3 ELSE 2 END WHERE table_name = ? AND seq IN (-2, -3)', name);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 2, problem: 'reordered' } });
  });

  it('swapped contents of two rows', async () => {
    const name = await ledger(5);
    tamper(name, `UPDATE ${name} SET account = CASE rowid WHEN 1 THEN 'acct-2' ELSE 'acct-1' END WHERE rowid IN (1, 2)`);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 1, problem: 'modified' } });
  });

  it('a sealed block whose rows were rewritten with fresh hashes', async () => {
    const name = await ledger(3);
    await engine.blockchain.finalizeBlock(name, null);
    tamper(name, 'UPDATE _strata_blockchain_rows SET row_hash = ? WHERE table_name = ? AND seq = 2', 'f'.repeat(64), name);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenBlock: { blockId: 1, problem: 'merkle_root_mismatch' } });
  });

  it('a dropped column', async () => {
    const name = await ledger(2);
    tamper(name, `ALTER TABLE ${name} DROP COLUMN note`);
    expect((await engine.blockchain.verifyBlockchainTable(name, null))).toMatchObject({ valid: false, firstBrokenRow: { seq: 1, problem: 'modified' } });
  });

  it('finds the first tampered row, whatever the kind and place (property)', async () => {
    // Each kind of tampering, at a random row of a random chain, some of it sealed in blocks.
    const kinds = ['modify', 'delete', 'insert', 'reorder'] as const;
    const expected = { modify: 'modified', delete: 'deleted', insert: 'inserted', reorder: 'reordered' } as const;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.nat(), fc.constantFrom(...kinds), fc.boolean(), async (rows, pick, kind, sealed) => {
        const name = await ledger(rows);
        if (sealed) await engine.blockchain.finalizeBlock(name, null);
        const seq = 1 + (pick % (rows - 1));
        if (kind === 'modify') tamper(name, `UPDATE ${name} SET account = account || '!' WHERE rowid = ?`, seq);
        if (kind === 'delete') tamper(name, `DELETE FROM ${name} WHERE rowid = ?`, seq);
        if (kind === 'insert') tamper(name, `INSERT INTO ${name} (rowid, account) VALUES (?, 'forged')`, rows + 1 + pick);
        if (kind === 'reorder') {
          // Rows seq and seq + 1 change places, chain entries and all.
          tamper(name, 'UPDATE _strata_blockchain_rows SET seq = -seq WHERE table_name = ? AND seq IN (?, ?)', name, seq, seq + 1);
          tamper(name, 'UPDATE _strata_blockchain_rows SET seq = CASE seq WHEN ? THEN ? ELSE ? END WHERE table_name = ? AND seq < 0', -seq, seq + 1, seq, name);
          tamper(name, `UPDATE ${name} SET rowid = -rowid WHERE rowid IN (?, ?)`, seq, seq + 1);
          tamper(name, `UPDATE ${name} SET rowid = CASE rowid WHEN ? THEN ? ELSE ? END WHERE rowid < 0`, -seq, seq + 1, seq);
        }
        const report = await engine.blockchain.verifyBlockchainTable(name, null);
        expect(report.valid).toBe(false);
        expect(report.firstBrokenRow).toMatchObject({ seq: kind === 'insert' ? rows + 1 + pick : seq, problem: expected[kind] });
      }),
      { numRuns: 24 },
    );
  }, 120_000);

  it('reports the verification on the bus and in the audit and stats', async () => {
    const name = await ledger(2);
    const events: BlockchainEvent[] = [];
    const stop = engine.events.subscribe('blockchain.event', (event) => events.push(event));
    await engine.blockchain.verifyBlockchainTable(name, callerNamed('carol'));
    stop();
    expect(events.map((event) => event.type)).toEqual(['verification_completed']);
    const audit = await engine.blockchain.blockchainAudit(name, 1);
    expect(audit.entries[0]).toMatchObject({ action: 'verified', actor: 'carol', detail: { valid: true, rowsChecked: 2 } });
    expect(audit.nextCursor).not.toBeNull();
    const next = await engine.blockchain.blockchainAudit(name, 10, audit.nextCursor!);
    expect(next.entries.map((entry) => entry.action)).toEqual(['table_created']);
    const stats = await engine.blockchain.blockchainStats(name);
    expect(stats).toMatchObject({ rowCount: 2, blockCount: 0, openRows: 2, headSeq: 2, lastVerification: { valid: true, rowsChecked: 2 } });
    expect(stats.dataBytes).toBeGreaterThan(0);
  });
});

describe('retention and legal holds', () => {
  it('purges whole expired blocks only, never under a legal hold, and still verifies', async () => {
    const name = await ledger(4);
    expect(await errorCode(engine.blockchain.purgeBlockchainTable(name, null))).toBe('CONFLICT');
    const policy = `now${counter}`;
    await engine.blockchain.createRetentionPolicy({ name: policy, retentionDays: 0 });
    expect(await errorCode(engine.blockchain.createRetentionPolicy({ name: policy, retentionDays: 1 }))).toBe('ALREADY_EXISTS');
    await engine.blockchain.assignRetentionPolicy(name, policy, callerNamed('admin'));
    // No block yet: nothing is old enough.
    expect(await engine.blockchain.purgeBlockchainTable(name, null)).toMatchObject({ blocksPurged: 0, rowsPurged: 0 });
    await engine.blockchain.finalizeBlock(name, null);
    await engine.blockchain.insertBlockchainRow(name, { account: 'open' }, null);
    const hold = await engine.blockchain.createLegalHold({ tableName: name, reason: 'litigation' }, callerNamed('admin'));
    expect(await errorCode(engine.blockchain.purgeBlockchainTable(name, null))).toBe('CONFLICT');
    expect((await engine.blockchain.blockchainTable(name)).activeLegalHolds.map((held) => held.id)).toEqual([hold.id]);
    expect(await engine.blockchain.releaseLegalHold(hold.id, callerNamed('admin'))).toMatchObject({ releasedBy: 'admin' });
    expect(await errorCode(engine.blockchain.releaseLegalHold(hold.id, callerNamed('admin')))).toBe('CONFLICT');
    const purged = await engine.blockchain.purgeBlockchainTable(name, null);
    expect(purged).toMatchObject({ blocksPurged: 1, rowsPurged: 4, purgedThroughSeq: 4 });
    expect((await engine.query.executeSql({ sql: `SELECT count(*) AS n FROM ${name}` })).rows).toEqual([{ n: 1 }]);
    expect(await engine.blockchain.verifyBlockchainTable(name, null)).toMatchObject({ valid: true, rowsChecked: 1 });
    expect((await engine.blockchain.blockchainBlock(name, 1)).purged).toBe(true);
    expect(await errorCode(engine.blockchain.blockchainBlock(name, 1, 2))).toBe('CONFLICT');
    expect(await engine.blockchain.blockchainStats(name)).toMatchObject({ purgedRows: 4, purgedBlocks: 1, rowCount: 1, openRows: 1 });
  });

  it('keeps blocks younger than retention', async () => {
    const name = await ledger(2);
    await engine.blockchain.createRetentionPolicy({ name: `year${counter}`, retentionDays: 365 });
    await engine.blockchain.assignRetentionPolicy(name, `year${counter}`, null);
    await engine.blockchain.finalizeBlock(name, null);
    expect(await engine.blockchain.purgeBlockchainTable(name, null)).toMatchObject({ blocksPurged: 0 });
    expect(await errorCode(engine.blockchain.createLegalHold({ tableName: 'nosuch', reason: 'x' }, null))).toBe('NOT_FOUND');
    expect(await errorCode(engine.blockchain.releaseLegalHold('nosuch', null))).toBe('NOT_FOUND');
  });
});

describe('signed digests', () => {
  it('signs the head, verifies later, and catches a rewritten history', async () => {
    const name = await ledger(3);
    const digest = await engine.blockchain.blockchainDigest(name, callerNamed('alice'));
    expect(digest).toMatchObject({ tableName: name, headSeq: 3, algorithm: 'Ed25519' });
    await engine.blockchain.insertBlockchainRow(name, { account: 'later' }, null);
    expect(await engine.blockchain.verifyBlockchainDigest(digest, null)).toMatchObject({ valid: true, signatureValid: true, headMatches: true });
    expect(await engine.blockchain.verifyBlockchainDigest({ ...digest, headSeq: 2 }, null)).toMatchObject({ valid: false, signatureValid: false });
    // A rewritten history ends in another head hash than the one the witness holds.
    tamper(name, 'UPDATE _strata_blockchain_rows SET row_hash = ? WHERE table_name = ? AND seq = 3', 'e'.repeat(64), name);
    const checked = await engine.blockchain.verifyBlockchainDigest(digest, null);
    expect(checked).toMatchObject({ valid: false, signatureValid: true, headMatches: false });
  });

  it('keeps the server key, and the chain, across restarts', async () => {
    const name = await ledger(2);
    const digest = await engine.blockchain.blockchainDigest(name, null);
    await engine.close();
    engine = await openTestEngine({ memory: false, dataDir });
    expect(await engine.blockchain.verifyBlockchainDigest(digest, null)).toMatchObject({ valid: true, signatureValid: true });
    expect(await engine.blockchain.insertBlockchainRow(name, { account: 'after restart' }, null)).toMatchObject({ seq: 3, prevHash: digest.headHash });
  });
});
