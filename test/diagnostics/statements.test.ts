// The registry of running statements: query.started/finished for every statement, in and out
// of transactions, and kill stopping each kind of work for real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryFinishedEvent, QueryStartedEvent, TransactionEvent } from '../../engine/events/bus.js';
import type { Engine } from '../../engine/index.js';
import type { Caller } from '../../engine/work/caller.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

/** Runs for minutes unless stopped. */
const ENDLESS = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n';
const ENDLESS_WRITE = 'INSERT INTO items (label) SELECT i FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n)';

let engine: Engine;
const started: QueryStartedEvent[] = [];
const finished: QueryFinishedEvent[] = [];
const transactionEvents: TransactionEvent[] = [];

beforeAll(async () => {
  engine = await openTestEngine();
  engine.events.subscribe('query.started', (event) => started.push(event));
  engine.events.subscribe('query.finished', (event) => finished.push(event));
  engine.events.subscribe('transaction.begun', (event) => transactionEvents.push(event));
  engine.events.subscribe('transaction.ended', (event) => transactionEvents.push(event));
  await engine.schema.createTable({ name: 'items', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'label', type: 'TEXT' }] });
});

afterAll(() => engine.close());

/** Waits until a statement with this SQL is running, and answers it. */
async function runningStatement(sql: string) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const found = engine.database.statements.list().find((statement) => statement.sql === sql && statement.state === 'running');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${sql} never ran`);
}

const actor = { userId: 'u1', username: 'ada', sessionId: 's1' };
const ada: Caller = { actor, requestId: 'r1', operation: 'executeSql', origin: { via: 'token', ip: null, surface: 'rest' } };

describe('the statement registry', () => {
  it('publishes query.started and query.finished with actor, outcome, rows and duration', async () => {
    await engine.query.executeSql({ sql: "INSERT INTO items (label) VALUES ('a'), ('b')", caller: ada });
    await engine.query.executeSql({ sql: 'SELECT * FROM items', caller: ada });
    const insert = finished.find((event) => event.sql.startsWith('INSERT INTO items (label) VALUES'))!;
    expect(insert).toMatchObject({ outcome: 'completed', rows: 2, errorCode: null, transactionId: null, actor });
    expect(started.find((event) => event.queryId === insert.queryId)).toMatchObject({ sql: insert.sql, actor });
    expect(finished.find((event) => event.sql === 'SELECT * FROM items')).toMatchObject({ outcome: 'completed', rows: 2 });
    expect(insert.durationMs).toBeGreaterThan(0);
    expect(engine.database.statements.list()).toEqual([]);
  });

  it('reports failures with their error code, and statements the engine runs for its own APIs', async () => {
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT * FROM nowhere' }))).toBe('SQL_ERROR');
    expect(finished.at(-1)).toMatchObject({ sql: 'SELECT * FROM nowhere', outcome: 'failed', errorCode: 'SQL_ERROR', actor: null });
    await engine.data.row('items', '1');
    expect(finished.at(-1)!.sql).toMatch(/FROM "items"/);
  });

  it('kills a read outside transactions: the caller gets CANCELLED and the reader serves again', async () => {
    const running = engine.query.executeSql({ sql: ENDLESS, caller: ada });
    const statement = await runningStatement(ENDLESS);
    expect(statement).toMatchObject({ actor, requestId: 'r1', operation: 'executeSql', transactionId: null, waitEvent: null });
    expect(engine.database.statements.cancel(statement.id).state).toBe('cancelling');
    expect(await errorCode(running)).toBe('CANCELLED');
    expect(finished.at(-1)).toMatchObject({ queryId: statement.id, outcome: 'cancelled', errorCode: 'CANCELLED' });
    expect((await engine.query.executeSql({ sql: 'SELECT count(*) AS n FROM items' })).rows).toEqual([{ n: 2 }]);
  });

  it('kills a write outside transactions and rolls its work back; writes queued behind it still commit', async () => {
    const write = engine.query.executeSql({ sql: ENDLESS_WRITE });
    const statement = await runningStatement(ENDLESS_WRITE);
    const queued = engine.data.insertRow('items', { label: 'after' });
    engine.database.statements.cancel(statement.id);
    expect(await errorCode(write)).toBe('CANCELLED');
    await queued;
    expect((await engine.query.executeSql({ sql: 'SELECT label FROM items ORDER BY id' })).rows).toEqual([{ label: 'a' }, { label: 'b' }, { label: 'after' }]);
  });

  it('kills a statement in a transaction: the transaction is rolled back', async () => {
    const transaction = await engine.transactions.beginTransaction({ caller: ada });
    await engine.data.insertRow('items', { label: 'in transaction' }, { transactionId: transaction.id });
    const running = engine.transactions.executeInTransaction(transaction.id, { sql: ENDLESS });
    const statement = await runningStatement(ENDLESS);
    expect(statement.transactionId).toBe(transaction.id);
    engine.database.statements.cancel(statement.id);
    expect(await errorCode(running)).toBe('CANCELLED');
    expect(engine.transactions.transaction(transaction.id).state).toBe('failed');
    expect(await engine.data.count('items', [{ field: 'label', operator: 'eq', value: 'in transaction' }])).toBe(0);
    expect(transactionEvents.filter((event) => event.transactionId === transaction.id)).toMatchObject([
      { state: 'active', actor },
      { state: 'failed', actor },
    ]);
  });

  it('kills a row stream between batches: the next batch fails with CANCELLED', async () => {
    const stream = await engine.query.streamQuery(ENDLESS.replace('SELECT count(*) FROM n', 'SELECT i FROM n'), undefined, 10, null);
    expect(await stream.next()).toHaveLength(10);
    const statement = engine.database.statements.list().find((candidate) => candidate.waitEvent === null && candidate.sql.endsWith('SELECT i FROM n'))!;
    engine.database.statements.cancel(statement.id);
    expect(await errorCode(stream.next())).toBe('CANCELLED');
    expect(finished.at(-1)).toMatchObject({ queryId: statement.id, outcome: 'cancelled', rows: 10 });
  });

  it('refuses to kill what is not running', () => {
    expect(() => engine.database.statements.cancel('no-such-statement')).toThrow(/does not exist/);
  });
});
