// asOf on row reads (REST queryTable/row, GraphQL queryTable/queryTableConnection/row): the rows
// as flashback rebuilds them, with the normal read's filters, sorting and pagination on top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQL, type StrataGraphQLError } from '../../generated/client/index.js';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

describe('engine', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openTestEngine();
  });
  afterAll(() => engine.close());
  const scn = () => engine.flashback.currentScn().scn;

  it('reads a table as it was, with filters, sorting, offsets, cursors and totals of a live read', async () => {
    await engine.schema.createTable({ name: 'people', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'name', type: 'TEXT' }, { name: 'age', type: 'INTEGER' }, { name: 'photo', type: 'BLOB' }] });
    await engine.data.insertRows('people', [
      { name: 'ann', age: 30, photo: { $hex: '00ff' } },
      { name: 'bob', age: 25 },
      { name: 'cy', age: 41 },
      { name: 'dee', age: 35 },
    ]);
    const then = scn();
    await engine.flashback.createRestorePoint({ name: 'people_then' });
    await engine.data.updateRow('people', '1', { age: 99, photo: null });
    await engine.data.deleteRow('people', '3');
    await engine.data.insertRow('people', { name: 'eve', age: 50 });

    // Text filter values compare as the INTEGER column would convert them, as REST sends them.
    const query = { filter: [{ field: 'age', operator: 'gte' as const, value: '30' }], sort: [{ field: 'age', direction: 'DESC' as const }], includeTotal: true };
    const past = await engine.data.queryTable('people', { ...query, asOf: { scn: then } });
    expect(past.rows.map((row) => [row.id, row.data.age])).toEqual([['3', 41], ['4', 35], ['1', 30]]);
    expect(past.total).toBe(3);
    expect(past.rows[2]!.data.photo).toEqual({ $hex: '00ff' });
    const live = await engine.data.queryTable('people', query);
    expect(live.rows.map((row) => [row.id, row.data.age])).toEqual([['1', 99], ['5', 50], ['4', 35]]);

    const first = await engine.data.queryTable('people', { asOf: { restorePoint: 'people_then' }, sort: [{ field: 'name', direction: 'ASC' }], limit: 2 });
    expect(first.rows.map((row) => row.data.name)).toEqual(['ann', 'bob']);
    const second = await engine.data.queryTable('people', { asOf: { restorePoint: 'people_then' }, sort: [{ field: 'name', direction: 'ASC' }], limit: 2, cursor: first.nextCursor! });
    expect(second.rows.map((row) => row.data.name)).toEqual(['cy', 'dee']);
    expect(second.nextCursor).toBeNull();
    const offset = await engine.data.queryTable('people', { asOf: { scn: then }, offset: 3 });
    expect(offset.rows.map((row) => row.data.name)).toEqual(['dee']);

    expect(await engine.data.row('people', '3', { asOf: { scn: then } })).toEqual({ id: '3', data: { id: 3, name: 'cy', age: 41, photo: null } });
    expect(await engine.data.row('people', '3')).toBeNull();
    expect(await engine.data.row('people', '3', { asOf: { timestamp: new Date().toISOString() } })).toBeNull();
    expect((await engine.data.row('people', '1', { asOf: { scn: then } }))!.data).toMatchObject({ age: 30, photo: { $hex: '00ff' } });
    expect((await engine.data.queryTable('people', { asOf: { scn: 0 } })).rows).toEqual([]);
  });

  it('reads tables keyed by rowid and by composite keys as they were', async () => {
    await engine.schema.createTable({ name: 'loose', columns: [{ name: 'v', type: 'TEXT' }] });
    await engine.data.insertRows('loose', [{ v: 'x' }, { v: 'y' }]);
    const then = scn();
    await engine.data.deleteRow('loose', '1');
    expect((await engine.data.queryTable('loose', { asOf: { scn: then } })).rows).toEqual([
      { id: '1', data: { v: 'x' }, cursor: expect.any(String) },
      { id: '2', data: { v: 'y' }, cursor: expect.any(String) },
    ]);
    expect(await engine.data.row('loose', '1', { asOf: { scn: then } })).toEqual({ id: '1', data: { v: 'x' } });

    await engine.schema.createTable({ name: 'pairs', columns: [{ name: 'a', type: 'INTEGER', primaryKey: true }, { name: 'b', type: 'TEXT', primaryKey: true }, { name: 'n', type: 'REAL' }] });
    await engine.data.insertRow('pairs', { a: 1, b: 'k', n: 1.5 });
    const before = scn();
    await engine.data.updateRow('pairs', '[1,"k"]', { n: 2.5 });
    expect((await engine.data.row('pairs', '[1, "k"]', { asOf: { scn: before } }))!.data).toEqual({ a: 1, b: 'k', n: 1.5 });
  });

  it('refuses two points, transactions, unknown restore points, the future and what retention purged', async () => {
    await expect(engine.data.queryTable('people', { asOf: { scn: 1, timestamp: '2026-01-01T00:00:00Z' } as never })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/query/asOf' }] });
    await expect(engine.data.queryTable('people', { asOf: { timestamp: 'yesterday' } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/query/asOf/timestamp' }] });
    await expect(engine.data.row('people', '1', { asOf: { scn: scn() + 1 } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/query/asOf/scn' }] });
    expect(await errorCode(engine.data.queryTable('people', { asOf: { restorePoint: 'nowhere' } }))).toBe('NOT_FOUND');
    const transaction = await engine.transactions.beginTransaction();
    try {
      await expect(engine.data.queryTable('people', { asOf: { scn: 0 } }, { transactionId: transaction.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/query/transactionId' }] });
    } finally {
      await engine.transactions.rollbackTransaction(transaction.id);
    }

    const short = await openTestEngine({ flashbackRetentionSeconds: 0 });
    try {
      await short.schema.createTable({ name: 'r', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }] });
      await short.data.insertRow('r', { v: 'one' });
      await short.data.insertRow('r', { v: 'two' });
      await short.database.changes.flush();
      const { oldestScn } = await short.flashback.purgeHistory();
      expect(oldestScn).toBeGreaterThan(0);
      // The error flashbackQuery gives for the same point, with the row read's pointer.
      const query = short.flashback.flashbackQuery({ table: 'r', asOf: { scn: oldestScn - 1 } });
      await expect(query).rejects.toThrow(/beyond the retention/);
      await expect(short.data.queryTable('r', { asOf: { scn: oldestScn - 1 } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/query/asOf/scn' }], message: expect.stringMatching(/beyond the retention/) });
    } finally {
      await short.close();
    }
  });
});

describe('REST and GraphQL', () => {
  let server: TestServer;
  let then: number;
  beforeAll(async () => {
    server = await startTestServer();
    const { rest } = server.client;
    await rest.createTable({ body: { name: 'todos', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'title', type: 'TEXT' }, { name: 'done', type: 'INTEGER' }] } });
    await rest.insertRows({ path: { name: 'todos' }, body: { rows: [{ title: 'a', done: 0 }, { title: 'b', done: 1 }, { title: 'c', done: 0 }] } });
    then = (await rest.currentScn()).scn;
    await rest.createRestorePoint({ body: { name: 'todos_then' } });
    await rest.updateRows({ path: { name: 'todos' }, query: { all: true }, body: { done: 1 } });
    await rest.deleteRow({ path: { name: 'todos', id: '1' } });
  });
  afterAll(() => server.close());

  it('reads rows as they were over REST, by SCN, time or restore point, with filters and sorting', async () => {
    const page = await call(server, 'GET', `/api/v1/tables/todos/rows?asOfScn=${then}&filter=done:eq:0&sort=-id&includeTotal=true`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ rows: [{ id: '3', data: { title: 'c', done: 0 } }, { id: '1', data: { title: 'a', done: 0 } }], total: 2, nextCursor: null });
    const byPoint = await call(server, 'GET', '/api/v1/tables/todos/rows?asOfRestorePoint=todos_then&limit=2');
    expect(byPoint.body.rows.map((row: { id: string }) => row.id)).toEqual(['1', '2']);
    const next = await call(server, 'GET', `/api/v1/tables/todos/rows?asOfRestorePoint=todos_then&limit=2&cursor=${byPoint.body.nextCursor}`);
    expect(next.body.rows.map((row: { id: string }) => row.id)).toEqual(['3']);
    const row = await call(server, 'GET', `/api/v1/tables/todos/rows/1?asOfTimestamp=${encodeURIComponent(new Date().toISOString())}`);
    expect(row.status).toBe(404);
    const old = await call(server, 'GET', `/api/v1/tables/todos/rows/1?asOfScn=${then}`);
    expect(old).toMatchObject({ status: 200, body: { id: '1', data: { title: 'a', done: 0 } } });
  });

  it('answers bad points with problem+json: two at once, a malformed time, an unknown restore point, the future', async () => {
    const problem = (response: { headers: Headers }) => response.headers.get('content-type');
    const two = await call(server, 'GET', `/api/v1/tables/todos/rows?asOfScn=1&asOfRestorePoint=todos_then`);
    expect(two).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', errors: [{ pointer: '/query/asOf' }] } });
    expect(problem(two)).toMatch(/application\/problem\+json/);
    const malformed = await call(server, 'GET', '/api/v1/tables/todos/rows/1?asOfTimestamp=last-tuesday');
    expect(malformed).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(JSON.stringify(malformed.body.errors)).toContain('asOfTimestamp');
    const unknown = await call(server, 'GET', '/api/v1/tables/todos/rows?asOfRestorePoint=nowhere');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', errors: [{ pointer: '/query/asOf/restorePoint' }] } });
    expect(problem(unknown)).toMatch(/application\/problem\+json/);
    const future = await call(server, 'GET', `/api/v1/tables/todos/rows/1?asOfScn=${then + 1000}`);
    expect(future).toMatchObject({ status: 400, body: { errors: [{ pointer: '/query/asOf/scn' }] } });
    const negative = await call(server, 'GET', '/api/v1/tables/todos/rows?asOfScn=-1');
    expect(negative.status).toBe(400);
    const open = await server.client.rest.beginTransaction({ body: {} });
    const inTransaction = await call(server, 'GET', `/api/v1/tables/todos/rows?asOfScn=${then}&transactionId=${open.id}`);
    expect(inTransaction).toMatchObject({ status: 400, body: { errors: [{ pointer: '/query/transactionId' }] } });
    await server.client.rest.rollbackTransaction({ path: { id: open.id } });
  });

  it('reads rows as they were over GraphQL: queryTable, queryTableConnection and row', async () => {
    const { graphql } = server.client;
    const rows = await graphql.request(GraphQL.QueryTableQueryDocument, { table: 'todos', asOf: { scn: then }, where: [{ field: 'done', operator: 'EQ', value: 0 }] });
    expect(rows.queryTable.map((row) => row.id)).toEqual(['1', '3']);
    const connection = await graphql.request(GraphQL.QueryTableConnectionQueryDocument, { table: 'todos', asOf: { restorePoint: 'todos_then' }, first: 2 });
    expect(connection.queryTableConnection).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const row = await graphql.request(GraphQL.RowQueryDocument, { table: 'todos', id: '1', asOf: { scn: then } });
    expect(row.row).toMatchObject({ id: '1', data: { title: 'a' } });
    expect((await graphql.request(GraphQL.RowQueryDocument, { table: 'todos', id: '1' })).row).toBeNull();
    const ambiguous = await graphql.request(GraphQL.RowQueryDocument, { table: 'todos', id: '1', asOf: { scn: then, timestamp: new Date().toISOString() } }).catch((caught: StrataGraphQLError) => caught.errors[0]!.extensions);
    expect(ambiguous).toMatchObject({ code: 'VALIDATION_FAILED' });
    const unknown = await graphql.request(GraphQL.QueryTableQueryDocument, { table: 'todos', asOf: { restorePoint: 'nowhere' } }).catch((caught: StrataGraphQLError) => caught.errors[0]!.extensions);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND' });
  });
});
