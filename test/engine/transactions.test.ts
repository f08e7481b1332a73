import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine({ maxTransactions: 4, busyTimeoutMs: 200 });
  await engine.schema.createTable({ name: 'accounts', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'owner', type: 'TEXT' }, { name: 'balance', type: 'INTEGER', nullable: false }] });
  await engine.data.insertRows('accounts', [
    { owner: 'ada', balance: 100 },
    { owner: 'bob', balance: 50 },
  ]);
});

afterAll(() => engine.close());

const balance = async (id: string, transactionId?: string) => (await engine.data.row('accounts', id, { transactionId }))!.data.balance;

describe('interactive transactions', () => {
  it('keeps its work invisible to others until commit, then commits it with one SCN', async () => {
    const transaction = await engine.transactions.beginTransaction();
    expect(transaction).toMatchObject({ state: 'active', mode: 'deferred', statements: 0, scn: null });
    await engine.transactions.executeInTransaction(transaction.id, { sql: 'UPDATE accounts SET balance = balance - 30 WHERE id = 1' });
    await engine.data.updateRow('accounts', '2', { balance: 80 }, { transactionId: transaction.id });
    expect(await balance('1', transaction.id)).toBe(70);
    expect(await balance('1')).toBe(100);
    const before = engine.flashback.currentScn().scn;
    const committed = await engine.transactions.commitTransaction(transaction.id);
    // Three statements: the two writes and the read of the balance inside the transaction.
    expect(committed).toMatchObject({ state: 'committed', statements: 3, scn: before + 1 });
    expect(await balance('1')).toBe(70);
    expect(await balance('2')).toBe(80);
    // Finished transactions stay readable, and refuse more work.
    expect(engine.transactions.transaction(transaction.id).state).toBe('committed');
    expect(await errorCode(engine.transactions.executeInTransaction(transaction.id, { sql: 'SELECT 1' }))).toBe('TRANSACTION_NOT_ACTIVE');
    expect(await errorCode(engine.data.row('accounts', '1', { transactionId: transaction.id }))).toBe('TRANSACTION_NOT_ACTIVE');
  });

  it('rolls back, leaving no trace and no SCN', async () => {
    const before = engine.flashback.currentScn().scn;
    const transaction = await engine.transactions.beginTransaction();
    await engine.data.insertRow('accounts', { owner: 'ghost', balance: 1 }, { transactionId: transaction.id });
    expect((await engine.transactions.rollbackTransaction(transaction.id)).state).toBe('rolled_back');
    expect(await engine.data.count('accounts', [{ field: 'owner', operator: 'eq', value: 'ghost' }])).toBe(0);
    expect(engine.flashback.currentScn().scn).toBe(before);
  });

  it('commits nothing and gets no SCN when it changed nothing', async () => {
    const transaction = await engine.transactions.beginTransaction();
    await engine.transactions.executeInTransaction(transaction.id, { sql: 'SELECT * FROM accounts' });
    expect((await engine.transactions.commitTransaction(transaction.id)).scn).toBeNull();
  });

  it('makes each request atomic: a failing request leaves the transaction as it was', async () => {
    const transaction = await engine.transactions.beginTransaction();
    await engine.transactions.executeInTransaction(transaction.id, { sql: 'UPDATE accounts SET balance = 1 WHERE id = 1' });
    expect(await errorCode(engine.transactions.executeInTransaction(transaction.id, { sql: 'UPDATE accounts SET balance = 2 WHERE id = 1; UPDATE accounts SET balance = NULL' }))).toBe('CONSTRAINT_VIOLATION');
    expect(await balance('1', transaction.id)).toBe(1);
    expect(engine.transactions.transaction(transaction.id).state).toBe('active');
    await engine.transactions.rollbackTransaction(transaction.id);
  });

  it('rolls back to savepoints and releases them', async () => {
    const transaction = await engine.transactions.beginTransaction();
    await engine.data.updateRow('accounts', '1', { balance: 1 }, { transactionId: transaction.id });
    await engine.transactions.createSavepoint(transaction.id, 'first');
    await engine.data.updateRow('accounts', '1', { balance: 2 }, { transactionId: transaction.id });
    await engine.transactions.createSavepoint(transaction.id, 'second');
    await engine.data.updateRow('accounts', '1', { balance: 3 }, { transactionId: transaction.id });
    expect(engine.transactions.savepoints(transaction.id).map((savepoint) => savepoint.name)).toEqual(['first', 'second']);

    const afterRollback = await engine.transactions.rollbackToSavepoint(transaction.id, 'first');
    expect(afterRollback.savepoints.map((savepoint) => savepoint.name)).toEqual(['first']);
    expect(await balance('1', transaction.id)).toBe(1);
    expect(await errorCode(engine.transactions.rollbackToSavepoint(transaction.id, 'second'))).toBe('NOT_FOUND');

    await engine.data.updateRow('accounts', '1', { balance: 4 }, { transactionId: transaction.id });
    expect((await engine.transactions.releaseSavepoint(transaction.id, 'first')).savepoints).toEqual([]);
    await engine.transactions.commitTransaction(transaction.id);
    expect(await balance('1')).toBe(4);
  });

  it('runs DDL inside a transaction and sees its own new table', async () => {
    const transaction = await engine.transactions.beginTransaction();
    await engine.transactions.executeInTransaction(transaction.id, { sql: 'CREATE TABLE drafts (id INTEGER PRIMARY KEY, body TEXT)' });
    const row = await engine.data.insertRow('drafts', { body: 'hello' }, { transactionId: transaction.id });
    expect(row.scn).toBeUndefined();
    expect(await errorCode(engine.data.count('drafts'))).toBe('NOT_FOUND');
    const committed = await engine.transactions.commitTransaction(transaction.id);
    expect(committed.scn).toBe(engine.flashback.currentScn().scn);
    expect(await engine.data.count('drafts')).toBe(1);
  });

  it('lets one writer at a time: a second writer waits for the lock, then fails with a conflict', async () => {
    const holder = await engine.transactions.beginTransaction({ mode: 'immediate' });
    const started = performance.now();
    expect(await errorCode(engine.data.updateRow('accounts', '2', { balance: 0 }))).toBe('TRANSACTION_CONFLICT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    // Readers are not blocked by the writer.
    expect(await balance('2')).toBe(80);
    await engine.transactions.rollbackTransaction(holder.id);
    await engine.data.updateRow('accounts', '2', { balance: 81 });
  });

  it('fails a deferred transaction whose first write meets a newer commit (snapshot isolation)', async () => {
    const transaction = await engine.transactions.beginTransaction();
    expect(await balance('2', transaction.id)).toBe(81);
    await engine.data.updateRow('accounts', '2', { balance: 82 });
    expect(await errorCode(engine.data.updateRow('accounts', '2', { balance: 0 }, { transactionId: transaction.id }))).toBe('TRANSACTION_CONFLICT');
    await engine.transactions.rollbackTransaction(transaction.id);
  });

  it('rolls back a transaction left idle past its timeout', async () => {
    const transaction = await engine.transactions.beginTransaction({ idleTimeoutMs: 150 });
    await engine.data.insertRow('accounts', { owner: 'idle', balance: 1 }, { transactionId: transaction.id });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(engine.transactions.transaction(transaction.id)).toMatchObject({ state: 'timed_out', endReason: 'idle for 150 ms' });
    expect(await engine.data.count('accounts', [{ field: 'owner', operator: 'eq', value: 'idle' }])).toBe(0);
  });

  it('fails the whole transaction when a statement in it times out', async () => {
    const transaction = await engine.transactions.beginTransaction();
    await engine.data.insertRow('accounts', { owner: 'doomed', balance: 1 }, { transactionId: transaction.id });
    const long = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000000) SELECT count(*) FROM c';
    expect(await errorCode(engine.transactions.executeInTransaction(transaction.id, { sql: long, timeoutMs: 200 }))).toBe('STATEMENT_TIMEOUT');
    expect(engine.transactions.transaction(transaction.id).state).toBe('failed');
    expect(await engine.data.count('accounts', [{ field: 'owner', operator: 'eq', value: 'doomed' }])).toBe(0);
  });

  it('limits how many transactions are open, and lists them', async () => {
    const open = await Promise.all(Array.from({ length: 4 }, () => engine.transactions.beginTransaction()));
    expect(engine.transactions.activeTransactions().map((transaction) => transaction.id).sort()).toEqual(open.map((transaction) => transaction.id).sort());
    expect(await errorCode(engine.transactions.beginTransaction())).toBe('UNAVAILABLE');
    await Promise.all(open.map((transaction) => engine.transactions.rollbackTransaction(transaction.id)));
    expect(engine.transactions.activeTransactions()).toEqual([]);
  });

  it('does not know made-up transactions', async () => {
    expect(await errorCode(() => engine.transactions.transaction('nope'))).toBe('NOT_FOUND');
    expect(await errorCode(engine.transactions.commitTransaction('nope'))).toBe('NOT_FOUND');
  });
});
