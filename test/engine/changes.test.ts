import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowChangedEvent, SchemaChangedEvent } from '../../engine/events/bus.js';
import type { Engine } from '../../engine/index.js';
import { openTestEngine } from '../helpers/engine.js';
import { callerNamed } from '../helpers/caller.js';

let engine: Engine;
const rowEvents: RowChangedEvent[] = [];
const schemaEvents: SchemaChangedEvent[] = [];

beforeAll(async () => {
  engine = await openTestEngine({ poolSize: 4 });
  engine.events.subscribe('row.changed', (event) => rowEvents.push(event));
  engine.events.subscribe('schema.changed', (event) => schemaEvents.push(event));
});

afterAll(() => engine.close());

/** Waits until every commit reported so far is published. */
const settled = () => engine.database.changes.flush();

describe('SCN and change log', () => {
  it('gives DDL and each write transaction the next SCN, and logs each row change with old and new rows', async () => {
    const start = engine.flashback.currentScn().scn;
    await engine.schema.createTable({ name: 'log_me', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }, { name: 'b', type: 'BLOB' }] });
    const inserted = await engine.data.insertRow('log_me', { v: 'one', b: { $hex: 'beef' } });
    await engine.data.updateRow('log_me', inserted.id, { v: 'two' });
    await engine.data.deleteRow('log_me', inserted.id);
    await settled();
    expect(engine.flashback.currentScn().scn).toBe(start + 4);
    expect(schemaEvents.at(-1)!.scn).toBe(start + 1);
    const changes = rowEvents.filter((event) => event.table === 'log_me');
    expect(changes.map((event) => [event.scn, event.operation, event.rowId])).toEqual([
      [start + 2, 'INSERT', '1'],
      [start + 3, 'UPDATE', '1'],
      [start + 4, 'DELETE', '1'],
    ]);
    expect(changes[0]).toMatchObject({ oldRow: null, newRow: { id: 1, v: 'one', b: { $hex: 'beef' } }, transactionId: null });
    expect(changes[1]).toMatchObject({ oldRow: { v: 'one' }, newRow: { v: 'two' } });
    expect(changes[2]).toMatchObject({ oldRow: { v: 'two' }, newRow: null });
    expect(Date.parse(changes[0]!.changedAt)).not.toBeNaN();
  });

  it('records the transaction of an interactive transaction, and nothing of a rolled back one', async () => {
    const committed = await engine.transactions.beginTransaction();
    await engine.data.insertRow('log_me', { v: 'kept' }, { transactionId: committed.id });
    await engine.transactions.commitTransaction(committed.id);
    const rolledBack = await engine.transactions.beginTransaction();
    await engine.data.insertRow('log_me', { v: 'dropped' }, { transactionId: rolledBack.id });
    await engine.transactions.rollbackTransaction(rolledBack.id);
    await settled();
    const values = rowEvents.filter((event) => event.table === 'log_me').map((event) => event.newRow?.v);
    expect(values).toContain('kept');
    expect(values).not.toContain('dropped');
    expect(rowEvents.find((event) => event.newRow?.v === 'kept')!.transactionId).toBe(committed.id);
  });

  it('keeps capturing changes after the table is altered and renamed', async () => {
    await engine.schema.alterTable('log_me', { addColumns: [{ name: 'extra', type: 'INTEGER' }], dropColumns: ['b'], renameTo: 'renamed' });
    await engine.data.insertRow('renamed', { v: 'after', extra: 5 });
    await settled();
    expect(rowEvents.at(-1)).toMatchObject({ table: 'renamed', operation: 'INSERT', newRow: { v: 'after', extra: 5 } });
    expect(rowEvents.at(-1)!.newRow).not.toHaveProperty('b');
  });

  it('captures changes made by raw SQL, including to tables it creates in the same script', async () => {
    await engine.query.executeSql({ sql: "CREATE TABLE raw_t (x INTEGER); INSERT INTO raw_t VALUES (1), (2); UPDATE raw_t SET x = x * 10" });
    await settled();
    const raw = rowEvents.filter((event) => event.table === 'raw_t');
    expect(raw.map((event) => [event.operation, event.newRow?.x])).toEqual([
      ['INSERT', 1],
      ['INSERT', 2],
      ['UPDATE', 10],
      ['UPDATE', 20],
    ]);
    // One script, one commit, one SCN.
    expect(new Set(raw.map((event) => event.scn)).size).toBe(1);
  });

  it('publishes a commit too big to report inline by reading it from the log', async () => {
    await engine.query.executeSql({ sql: 'CREATE TABLE big (n INTEGER)' });
    const result = await engine.query.executeSql({ sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5000) INSERT INTO big SELECT x FROM c' });
    await settled();
    const big = rowEvents.filter((event) => event.table === 'big');
    expect(big).toHaveLength(5000);
    expect(big.every((event) => event.scn === result.scn)).toBe(true);
    expect(big.map((event) => event.newRow!.n)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
  });

  it('tells the DDL of a commit from the schema log, live and read back alike, without what a savepoint rollback undid', async () => {
    const transaction = await engine.transactions.beginTransaction({ mode: 'immediate' });
    await engine.query.executeSql({ sql: 'CREATE TABLE kept_ddl (id INTEGER PRIMARY KEY)', transactionId: transaction.id, caller: callerNamed('ada') });
    await engine.transactions.createSavepoint(transaction.id, 'before_undone');
    await engine.query.executeSql({ sql: 'CREATE TABLE undone_ddl (id INTEGER PRIMARY KEY)', transactionId: transaction.id });
    await engine.transactions.rollbackToSavepoint(transaction.id, 'before_undone');
    await engine.query.executeSql({ sql: 'CREATE INDEX kept_ddl_by_id ON kept_ddl (id)', transactionId: transaction.id });
    const { scn } = await engine.transactions.commitTransaction(transaction.id);
    await settled();
    const expected = [
      { changeType: 'CREATE', objectType: 'TABLE', objectName: 'kept_ddl', statement: 'CREATE TABLE kept_ddl (id INTEGER PRIMARY KEY)', username: 'ada' },
      { changeType: 'CREATE', objectType: 'INDEX', objectName: 'kept_ddl_by_id', statement: 'CREATE INDEX kept_ddl_by_id ON kept_ddl (id)', username: null },
    ];
    expect(schemaEvents.find((event) => event.scn === scn)!.statements).toEqual(expected);
    const readBack = await engine.database.readers.run({ type: 'read-changes', afterScn: scn! - 1, throughScn: scn!, afterChangeId: 0, limit: 0 }, { timeoutMs: 5000 });
    expect(readBack.type === 'read-changes' && readBack.commits[0]!.ddl).toEqual(expected);
  });
});

describe('concurrent writers', () => {
  it('publishes every commit exactly once, in strictly increasing SCN order', async () => {
    await engine.query.executeSql({ sql: 'CREATE TABLE counters (id INTEGER PRIMARY KEY, writer INTEGER, n INTEGER)' });
    const first = rowEvents.length;
    const writers = 6;
    const perWriter = 40;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 0; n < perWriter; n++) {
          if (n % 10 === 9) {
            // Some through transactions, some through scripts, most one row at a time.
            const transaction = await engine.transactions.beginTransaction({ mode: 'immediate' });
            await engine.data.insertRow('counters', { writer, n }, { transactionId: transaction.id });
            await engine.transactions.commitTransaction(transaction.id);
          } else await engine.data.insertRow('counters', { writer, n });
        }
      }),
    );
    await settled();
    const events = rowEvents.slice(first).filter((event) => event.table === 'counters');
    expect(events).toHaveLength(writers * perWriter);
    const scns = events.map((event) => event.scn);
    expect(scns.every((scn, index) => index === 0 || scn > scns[index - 1]!)).toBe(true);
    for (let writer = 0; writer < writers; writer++) {
      const mine = events.filter((event) => event.newRow!.writer === writer).map((event) => event.newRow!.n);
      expect(mine).toEqual(Array.from({ length: perWriter }, (_, n) => n));
    }
    expect(engine.database.changes.publishedScn).toBe(engine.flashback.currentScn().scn);
  });
});

describe('group commit', () => {
  it('commits concurrent autocommit writes together, each with its own SCN, failing only the bad one', async () => {
    await engine.query.executeSql({ sql: 'CREATE TABLE grouped (id INTEGER PRIMARY KEY, v TEXT UNIQUE)' });
    const before = engine.flashback.currentScn().scn;
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'a', 'c', 'd'].map((v) => engine.data.insertRow('grouped', { v })),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason.code).toBe('CONSTRAINT_VIOLATION');
    const scns = outcomes.filter((outcome) => outcome.status === 'fulfilled').map((outcome) => (outcome as PromiseFulfilledResult<{ scn?: number }>).value.scn);
    expect(scns).toEqual([before + 1, before + 2, before + 3, before + 4]);
    await settled();
    expect(rowEvents.filter((event) => event.table === 'grouped').map((event) => [event.scn, event.newRow!.v])).toEqual([
      [before + 1, 'a'],
      [before + 2, 'b'],
      [before + 3, 'c'],
      [before + 4, 'd'],
    ]);
  });

  it('stops a write that runs past its timeout, and runs the writes rolled back with it again', async () => {
    await engine.query.executeSql({ sql: 'CREATE TABLE slow_writes (n INTEGER)' });
    const slow = 'INSERT INTO slow_writes SELECT 0 FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200000000) SELECT x FROM c WHERE x < 0)';
    const write = (sql: string) => engine.query.executeSql({ sql, timeoutMs: 400 });
    // The same timeout puts the last three in one group: the slow one fails it, and takes the
    // write before it down with it.
    const results = await Promise.allSettled([write('INSERT INTO slow_writes VALUES (1)'), write('INSERT INTO slow_writes VALUES (2)'), write(slow), write('INSERT INTO slow_writes VALUES (3)')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason.code).toBe('STATEMENT_TIMEOUT');
    expect((await engine.query.executeSql({ sql: 'SELECT n FROM slow_writes ORDER BY n' })).rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});
