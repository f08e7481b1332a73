import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupProgressEvent } from '../../engine/modules/backup/backup.js';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';
import { callerNamed } from '../helpers/caller.js';

let engine: Engine;
const progress: BackupProgressEvent[] = [];
const CONFIGURED_KEY = 'ab'.repeat(32);

beforeAll(async () => {
  engine = await openTestEngine({ backupEncryptionKey: CONFIGURED_KEY });
  engine.events.subscribe('backup.progress', (event) => progress.push(event));
  await engine.query.executeSql({
    sql: `CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT NOT NULL UNIQUE, balance REAL, photo BLOB);
          CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER) WITHOUT ROWID;
          CREATE TABLE notes (body TEXT);
          CREATE INDEX accounts_by_balance ON accounts (balance);
          CREATE VIEW rich AS SELECT owner FROM accounts WHERE balance > 100`,
  });
  await engine.query.executeSql({
    sql: `INSERT INTO accounts (owner, balance, photo) VALUES ('ada', 120.5, x'00ff'), ('bob', 3, NULL), ('cy', 0.1, x'');
          INSERT INTO tags VALUES ('a', 1), ('b', 9007199254740993);
          INSERT INTO notes VALUES ('first'), ('second')`,
  });
});

afterAll(() => engine.close());

const contentOf = async (): Promise<unknown> =>
  (await engine.query.executeSql({ sql: "SELECT json_group_array(json_array(id, owner, balance, hex(photo))) AS a, (SELECT json_group_array(json_array(name, CAST(uses AS TEXT))) FROM tags) AS t, (SELECT json_group_array(json_array(rowid, body)) FROM notes) AS n FROM accounts" })).rows;

describe('full backups', () => {
  it('writes a manifest with SCN, tables, row counts, sizes and checksum, and verifies', async () => {
    const backup = await engine.backup.createFullBackup({});
    expect(backup).toMatchObject({ kind: 'full', status: 'completed', scn: engine.flashback.currentScn().scn, compression: 'gzip', encryption: null, parentId: null });
    expect(backup.tables).toEqual([
      { name: 'accounts', rows: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { name: 'notes', rows: 2, sha256: expect.any(String) },
      { name: 'tags', rows: 2, sha256: expect.any(String) },
    ]);
    expect(backup.storedBytes).toBeGreaterThan(0);
    expect(backup.storedBytes).toBeLessThan(backup.payloadBytes!);
    const verified = await engine.backup.verifyBackup(backup.id, {});
    expect(verified.valid).toBe(true);
    expect(verified.checks.map((check) => check.name)).toEqual(['chain', `checksum ${backup.id}`, 'integrity', 'scn', 'row-counts', 'content-hash']);
    const events = progress.filter((event) => event.backupId === backup.id && event.operation === 'backup');
    expect(events.at(0)).toMatchObject({ status: 'running', phase: 'snapshot' });
    expect(events.at(-1)).toMatchObject({ status: 'completed', percentage: 100, etaSeconds: 0 });
    expect(events.at(-1)!.bytesProcessed).toBe(events.at(-1)!.bytesTotal);
    expect(engine.backup.backupStatus(backup.id)).toMatchObject({ status: 'completed', progress: { operation: 'verify', status: 'completed' } });
  });

  it('restores in place: content as backed up, a new SCN that records the restore', async () => {
    const before = await contentOf();
    const backup = await engine.backup.createFullBackup({ compression: 'none' });
    await engine.query.executeSql({ sql: "UPDATE accounts SET balance = balance * 2; DELETE FROM tags; INSERT INTO notes VALUES ('third'); CREATE TABLE later (x)" });
    expect(await contentOf()).not.toEqual(before);
    const scnBefore = engine.flashback.currentScn().scn;
    const restored = await engine.backup.restoreBackup(backup.id, { mode: 'in-place' });
    expect(restored).toMatchObject({ backupId: backup.id, mode: 'in-place', scn: backup.scn, restoreScn: scnBefore + 1, contentHash: backup.contentHash });
    expect(await contentOf()).toEqual(before);
    expect(engine.flashback.currentScn().scn).toBe(scnBefore + 1);
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT * FROM later' }))).toBe('SQL_ERROR');
    // The change log still works after the restore.
    const row = await engine.data.insertRow('accounts', { owner: 'dee', balance: 1 });
    expect(row.scn).toBe(scnBefore + 2);
    await engine.data.deleteRow('accounts', row.id);
  });

  it('refuses to restore in place while a transaction is open', async () => {
    const backup = engine.backup.backups().at(-1)!;
    const transaction = await engine.transactions.beginTransaction({});
    expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'in-place' }))).toBe('CONFLICT');
    await engine.transactions.rollbackTransaction(transaction.id);
  });

  it('restores into a new database file', async () => {
    const backup = engine.backup.backups().at(-1)!;
    const restored = await engine.backup.restoreBackup(backup.id, { mode: 'new-database', database: 'copy' });
    expect(restored).toMatchObject({ mode: 'new-database', database: 'copy', restoreScn: null, contentHash: backup.contentHash });
    expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'new-database', database: 'copy' }))).toBe('ALREADY_EXISTS');
    expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'new-database' }))).toBe('VALIDATION_FAILED');
  });
});

describe('encryption', () => {
  it('encrypts with a passphrase and refuses the wrong one cleanly', async () => {
    const backup = await engine.backup.createFullBackup({ encryption: { passphrase: 'correct horse' } });
    expect(backup.encryption).toMatchObject({ algorithm: 'aes-256-gcm', key: 'passphrase', kdf: { name: 'scrypt' } });
    expect(readFileSync(engine.backup['catalog'].payloadFile(backup.id)).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(await errorCode(engine.backup.verifyBackup(backup.id, { encryption: { passphrase: 'wrong horse' } }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.backup.verifyBackup(backup.id, {}))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'in-place', encryption: { passphrase: 'wrong horse' } }))).toBe('VALIDATION_FAILED');
    const verified = await engine.backup.verifyBackup(backup.id, { encryption: { passphrase: 'correct horse' } });
    expect(verified.valid).toBe(true);
    expect(verified.checks.map((check) => check.name)).toContain(`decrypt ${backup.id}`);
  });

  it('encrypts with the configured key', async () => {
    const backup = await engine.backup.createFullBackup({ encryption: { configuredKey: true } });
    expect(backup.encryption).toMatchObject({ key: 'configured', kdf: null });
    expect((await engine.backup.verifyBackup(backup.id, {})).valid).toBe(true);
  });
});

describe('damage', () => {
  it('finds a corrupted stored file in verify, and restore refuses it', async () => {
    const backup = await engine.backup.createFullBackup({});
    const file = engine.backup['catalog'].payloadFile(backup.id);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(file, bytes);
    const verified = await engine.backup.verifyBackup(backup.id, {});
    expect(verified.valid).toBe(false);
    expect(verified.checks.at(-1)).toMatchObject({ name: 'readable', passed: false, detail: expect.stringContaining('damaged') });
    expect(await errorCode(engine.backup.restoreBackup(backup.id, { mode: 'in-place' }))).toBe('CONFLICT');
  });

  it('refuses tampering that keeps the checksum right: the GCM tag does not match', async () => {
    const backup = await engine.backup.createFullBackup({ encryption: { configuredKey: true } });
    const catalog = engine.backup['catalog'];
    const file = catalog.payloadFile(backup.id);
    const bytes = readFileSync(file);
    bytes[10]! ^= 0x01;
    writeFileSync(file, bytes);
    catalog.save({ ...backup, sha256: createHash('sha256').update(bytes).digest('hex') });
    const verified = await engine.backup.verifyBackup(backup.id, {});
    expect(verified.valid).toBe(false);
    expect(verified.checks.at(-1)!.detail).toContain('cannot be read back');
  });
});

describe('incremental backups', () => {
  it('holds the change log since its parent; restore applies the chain', async () => {
    const full = await engine.backup.createFullBackup({});
    await engine.query.executeSql({ sql: "INSERT INTO accounts (owner, balance) VALUES ('eve', 5); UPDATE accounts SET owner = owner || '!' WHERE owner = 'bob'; DELETE FROM notes WHERE body = 'first'" });
    // Keys swapped within one commit replay by net effect.
    await engine.query.executeSql({ sql: "UPDATE tags SET name = 'tmp' WHERE name = 'a'; UPDATE tags SET name = 'a' WHERE name = 'b'; UPDATE tags SET name = 'b' WHERE name = 'tmp'" });
    const first = await engine.backup.createIncrementalBackup({});
    expect(first).toMatchObject({ kind: 'incremental', parentId: full.id, fromScn: full.scn, commits: 2, rowChanges: 6 });
    await engine.data.insertRow('notes', { body: 'fourth' });
    const second = await engine.backup.createIncrementalBackup({ encryption: { passphrase: 'pw' } });
    expect(second).toMatchObject({ parentId: first.id, fromScn: first.scn, commits: 1, rowChanges: 1 });
    const expected = await contentOf();
    await engine.query.executeSql({ sql: 'DELETE FROM accounts; DELETE FROM notes' });
    const restored = await engine.backup.restoreBackup(second.id, { mode: 'in-place', encryption: { passphrase: 'pw' } });
    expect(restored.chain).toEqual([full.id, first.id, second.id]);
    expect(await contentOf()).toEqual(expected);
    expect((await engine.backup.verifyBackup(second.id, { encryption: { passphrase: 'pw' } })).valid).toBe(true);
  });

  it('carries schema changes in an incremental, replayed in order with the rows around them', async () => {
    const full = await engine.backup.createFullBackup({});
    await engine.query.executeSql({ sql: "INSERT INTO notes VALUES ('before'); CREATE TABLE ddl_after (x); INSERT INTO ddl_after VALUES (1); ALTER TABLE notes ADD COLUMN mood TEXT DEFAULT 'fine'" });
    await engine.query.executeSql({ sql: "UPDATE notes SET mood = 'glad' WHERE body = 'before'" });
    const incremental = await engine.backup.createIncrementalBackup({ parentId: full.id });
    expect(await engine.backup.verifyBackup(incremental.id, {})).toMatchObject({ valid: true });
    const restored = await engine.backup.restoreBackup(incremental.id, { mode: 'new-database', database: 'with_ddl' });
    expect(restored.contentHash).toBe(incremental.contentHash);
    await engine.query.executeSql({ sql: "DELETE FROM notes WHERE body = 'before'; DROP TABLE ddl_after; ALTER TABLE notes DROP COLUMN mood" });
  });

  it('refuses an incremental across schema changes the log cannot redo: an in-place restore, a blockchain table', async () => {
    const beforeRestore = await engine.backup.createFullBackup({});
    await engine.backup.restoreBackup(beforeRestore.id, { mode: 'in-place' });
    await expect(engine.backup.createIncrementalBackup({ parentId: beforeRestore.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/without a record of its DDL/) });
    const beforeLedger = await engine.backup.createFullBackup({});
    await engine.blockchain.createBlockchainTable({ name: 'backup_ledger', columns: [{ name: 'entry', type: 'TEXT' }] }, callerNamed('tester'));
    await expect(engine.backup.createIncrementalBackup({ parentId: beforeLedger.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Strata's own objects/) });
  });

  it('deletes only with its dependents, and refuses a broken chain', async () => {
    const full = await engine.backup.createFullBackup({});
    await engine.data.insertRow('notes', { body: 'x' });
    const incremental = await engine.backup.createIncrementalBackup({ parentId: full.id });
    expect(await errorCode(engine.backup.deleteBackup(full.id))).toBe('CONFLICT');
    engine.backup['catalog'].remove(full.id);
    expect(await errorCode(engine.backup.restoreBackup(incremental.id, { mode: 'in-place' }))).toBe('CONFLICT');
    const verified = await engine.backup.verifyBackup(incremental.id, {});
    expect(verified).toMatchObject({ valid: false, checks: [{ name: 'readable', passed: false }] });
    expect(await engine.backup.deleteBackup(incremental.id)).toEqual({ deleted: [incremental.id] });
    expect(await errorCode(engine.backup.deleteBackup(incremental.id))).toBe('NOT_FOUND');
  });
});

describe('point-in-time recovery', () => {
  it('replays the change log from the latest backup before the point', async () => {
    await engine.backup.createFullBackup({});
    const target = await engine.data.insertRow('notes', { body: 'keep me' });
    const expected = await contentOf();
    await engine.data.insertRow('notes', { body: 'too late' });
    await engine.data.updateRow('notes', target.id, { body: 'changed' });
    const recovered = await engine.backup.recoverToPointInTime({ to: { scn: target.scn! }, mode: 'in-place' });
    expect(recovered).toMatchObject({ scn: target.scn, commitsReplayed: 1, rowChangesReplayed: 1 });
    expect(await contentOf()).toEqual(expected);
    expect(await errorCode(engine.backup.recoverToPointInTime({ to: { scn: 10 ** 9 }, mode: 'in-place' }))).toBe('VALIDATION_FAILED');
  });

  it('refuses a point before any backup', async () => {
    expect(await errorCode(engine.backup.recoverToPointInTime({ to: { scn: 1 }, mode: 'new-database', database: 'early' }))).toBe('CONFLICT');
  });
});

describe('blockchain tables through restores', () => {
  it('keeps their guard triggers through a PITR and a restore in place: they stay insert-only', async () => {
    await engine.blockchain.createBlockchainTable({ name: 'kept_ledger', columns: [{ name: 'entry', type: 'TEXT' }] }, callerNamed('tester'));
    await engine.blockchain.insertBlockchainRow('kept_ledger', { entry: 'first' }, callerNamed('tester'));
    const full = await engine.backup.createFullBackup({});
    const second = await engine.blockchain.insertBlockchainRow('kept_ledger', { entry: 'second' }, callerNamed('tester'));
    const refused = async () => [
      await errorCode(engine.query.executeSql({ sql: "UPDATE kept_ledger SET entry = 'rewritten'" })),
      await errorCode(engine.query.executeSql({ sql: 'DELETE FROM kept_ledger' })),
    ];
    // Replay lifts the guards to put the rows back, and must put them back too.
    await engine.backup.recoverToPointInTime({ to: { scn: second.scn! }, mode: 'in-place' });
    expect(await refused()).toEqual(['CONSTRAINT_VIOLATION', 'CONSTRAINT_VIOLATION']);
    expect((await engine.blockchain.verifyBlockchainTable('kept_ledger', callerNamed('tester'))).valid).toBe(true);
    // A restore in place drops and recreates every user table: the guards come back with it.
    await engine.backup.restoreBackup(full.id, { mode: 'in-place' });
    expect(await refused()).toEqual(['CONSTRAINT_VIOLATION', 'CONSTRAINT_VIOLATION']);
  });
});
