// GraphQL through the reference clients: graphql-http for queries and mutations, graphql-ws for
// subscriptions.
import { createClient as createHttpClient } from 'graphql-http';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { QueryStartedEvent } from '../../engine/events/bus.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let http: ReturnType<typeof createHttpClient>;
let ws: WsClient;

interface Result {
  data?: any;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
}

function execute(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    let result: Result;
    http.subscribe(
      { query, variables },
      {
        next: (value) => (result = value as Result),
        error: (error) => {
          // graphql-http reports a 4xx answer (a document that does not validate) as a NetworkError carrying the response.
          const response = (error as { response?: Response }).response;
          if (response) response.json().then((body) => resolve(body as Result), reject);
          else reject(error);
        },
        complete: () => resolve(result),
      },
    );
  });
}

/** Collects `count` events of a subscription, then unsubscribes. */
function subscribe(query: string, variables: Record<string, unknown>, count: number, afterSubscribed: () => Promise<unknown> = async () => undefined): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const events: Result[] = [];
    const unsubscribe = ws.subscribe(
      { query, variables },
      {
        next: (value) => {
          events.push(value as Result);
          if (events.length === count) {
            unsubscribe();
            resolve(events);
          }
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
    // Give the subscription a moment to register before causing events.
    setTimeout(() => void afterSubscribed().catch(reject), 100);
  });
}

beforeAll(async () => {
  server = await startTestServer();
  http = createHttpClient({ url: `${server.url}/graphql`, headers: server.auth });
  ws = createWsClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: true, connectionParams: server.auth });
  const created = await execute(`mutation {
    createTable(input: { name: "books", columns: [
      { name: "id", type: "INTEGER", primaryKey: true },
      { name: "title", type: "TEXT", nullable: false },
      { name: "year", type: "INTEGER" }
    ] }) { name columns { name type primaryKey } }
  }`);
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await ws.dispose();
  await server.close();
});

describe('queries and mutations over HTTP', () => {
  it('inserts, reads, pages, counts and aggregates rows', async () => {
    const inserted = await execute('mutation ($rows: [JSON!]!) { insertRows(table: "books", rows: $rows) { id data } }', {
      rows: [
        { title: 'Dune', year: 1965 },
        { title: 'Neuromancer', year: 1984 },
        { title: 'Hyperion', year: 1989 },
      ],
    });
    expect(inserted.data.insertRows.map((row: { id: string }) => row.id)).toEqual(['1', '2', '3']);

    const read = await execute(`{
      row(table: "books", id: "2") { id data }
      missing: row(table: "books", id: "99") { id }
      queryTable(table: "books", where: [{ field: "year", operator: GT, value: 1970 }], orderBy: [{ field: "year", direction: DESC }]) { data }
      count(table: "books", where: [{ field: "title", operator: LIKE, value: "%n%" }])
      aggregate(table: "books", aggregates: [{ function: MIN, field: "year" }, { function: COUNT, field: "*" }]) { key results { function field value } }
    }`);
    expect(read.errors).toBeUndefined();
    expect(read.data.row).toEqual({ id: '2', data: { id: 2, title: 'Neuromancer', year: 1984 } });
    expect(read.data.missing).toBeNull();
    expect(read.data.queryTable.map((row: { data: { title: string } }) => row.data.title)).toEqual(['Hyperion', 'Neuromancer']);
    expect(read.data.count).toBe(3);
    expect(read.data.aggregate).toEqual([{ key: {}, results: [{ function: 'MIN', field: 'year', value: 1965 }, { function: 'COUNT', field: '*', value: 3 }] }]);

    const first = await execute('{ queryTableConnection(table: "books", first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }');
    expect(first.data.queryTableConnection.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(['1', '2']);
    expect(first.data.queryTableConnection.totalCount).toBe(3);
    const next = await execute('query ($after: String) { queryTableConnection(table: "books", first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }', {
      after: first.data.queryTableConnection.pageInfo.endCursor,
    });
    expect(next.data.queryTableConnection).toEqual({ edges: [{ node: { id: '3' } }], pageInfo: { hasNextPage: false } });
  });

  it('updates and deletes rows, one or by filter', async () => {
    const updated = await execute('mutation { updateRow(table: "books", id: "1", data: { year: 1966 }) { data scn } }');
    expect(updated.data.updateRow.data.year).toBe(1966);
    expect(updated.data.updateRow.scn).toBeGreaterThan(0);
    const bulk = await execute('mutation { updateRows(table: "books", where: [{ field: "year", operator: GTE, value: 1980 }], data: { year: 2000 }) { rowsAffected scn } }');
    expect(bulk.data.updateRows.rowsAffected).toBe(2);
    const refused = await execute('mutation { deleteRows(table: "books") { rowsAffected } }');
    expect(refused.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
    const deleted = await execute('mutation { deleteRow(table: "books", id: "3") { id data } }');
    expect(deleted.data.deleteRow.data.title).toBe('Hyperion');
  });

  it('describes the schema and runs DDL', async () => {
    const index = await execute('mutation { createIndex(input: { table: "books", name: "books_by_year", columns: ["year"] }) { name origin columns } }');
    expect(index.data.createIndex).toEqual({ name: 'books_by_year', origin: 'INDEX', columns: ['year'] });
    const described = await execute('{ schemas { name tables { name primaryKey indexes { name origin } } } table(name: "books") { columns { name nullable } } }');
    expect(described.data.schemas[0].tables[0]).toEqual({ name: 'books', primaryKey: ['id'], indexes: [{ name: 'books_by_year', origin: 'INDEX' }] });
    expect(described.data.table.columns).toEqual([
      { name: 'id', nullable: false },
      { name: 'title', nullable: false },
      { name: 'year', nullable: true },
    ]);
    const dropped = await execute('mutation { dropIndex(table: "books", name: "books_by_year") { dropped scn } }');
    expect(dropped.data.dropIndex.dropped).toBe(true);
  });

  it('runs SQL: reads through the query, writes only through the mutation', async () => {
    const read = await execute('query ($params: JSON) { executeSql(sql: "SELECT count(*) AS n FROM books WHERE year > ?", params: $params) { rows columns { name } statements } }', { params: [1900] });
    expect(read.data.executeSql).toEqual({ rows: [{ n: 2 }], columns: [{ name: 'n' }], statements: 1 });
    const refused = await execute('{ executeSql(sql: "DELETE FROM books") { rowsAffected } }');
    expect(refused.errors![0]!.extensions!.code).toBe('READ_ONLY');
    const written = await execute('mutation { executeSql(sql: "INSERT INTO books (title) VALUES (\'Ubik\')") { rowsAffected lastInsertRowid scn } }');
    expect(written.data.executeSql.rowsAffected).toBe(1);
    const plan = await execute('{ explainQuery(sql: "SELECT * FROM books WHERE id = 1") { plan { operation table } } }');
    expect(plan.data.explainQuery.plan[0]).toEqual({ operation: 'SEARCH', table: 'books' });
  });

  it('runs the statements of each root field for its caller: the user, the request and the field', async () => {
    const started: QueryStartedEvent[] = [];
    const stop = server.server.engine.events.subscribe('query.started', (event) => started.push(event));
    try {
      const result = await execute(`{
        row(table: "books", id: "2") { id }
        count(table: "books")
        executeSql(sql: "SELECT 1 AS one") { rows }
      }`);
      expect(result.errors).toBeUndefined();
      await execute('mutation { createIndex(input: { table: "books", name: "books_by_title", columns: ["title"] }) { name } }');
    } finally {
      stop();
    }
    const operations = started.map((event) => event.operation);
    expect(operations).toEqual(expect.arrayContaining(['row', 'count', 'executeSql', 'createIndex']));
    expect(operations.every((operation) => ['row', 'count', 'executeSql', 'createIndex'].includes(operation!))).toBe(true);
    expect(started.every((event) => event.actor?.username === 'admin' && event.requestId !== null)).toBe(true);
    // One HTTP request for the three queries: one request id.
    expect(new Set(started.filter((event) => event.operation !== 'createIndex').map((event) => event.requestId)).size).toBe(1);
  });

  it('runs a transaction with a savepoint', async () => {
    const begun = await execute('mutation { beginTransaction(mode: IMMEDIATE) { id state mode } }');
    const { id, state, mode } = begun.data.beginTransaction;
    expect([state, mode]).toEqual(['ACTIVE', 'IMMEDIATE']);
    await execute('mutation ($id: ID) { insertRow(table: "books", data: { title: "Solaris" }, transactionId: $id) { id } }', { id });
    expect((await execute('mutation ($id: ID!) { createSavepoint(transactionId: $id, name: "before") { name } }', { id })).data.createSavepoint.name).toBe('before');
    await execute('mutation ($id: ID) { insertRow(table: "books", data: { title: "Undone" }, transactionId: $id) { id } }', { id });
    expect((await execute('mutation ($id: ID!) { rollbackToSavepoint(transactionId: $id, name: "before") }', { id })).data.rollbackToSavepoint).toBe(true);
    const open = await execute('query ($id: ID!) { transaction(id: $id) { state statements savepoints { name } } activeTransactions { id } }', { id });
    expect(open.data.transaction).toEqual({ state: 'ACTIVE', statements: 2, savepoints: [{ name: 'before' }] });
    expect(open.data.activeTransactions).toEqual([{ id }]);
    expect((await execute('mutation ($id: ID!) { commitTransaction(id: $id) }', { id })).data.commitTransaction).toBe(true);
    const titles = await execute('{ queryTable(table: "books", where: [{ field: "title", operator: IN, value: ["Solaris", "Undone"] }]) { data } }');
    expect(titles.data.queryTable.map((row: { data: { title: string } }) => row.data.title)).toEqual(['Solaris']);
    const again = await execute('mutation ($id: ID!) { commitTransaction(id: $id) }', { id });
    expect(again.errors![0]!.extensions!.code).toBe('TRANSACTION_NOT_ACTIVE');
  });

  it('reports errors with the REST codes in extensions.code, per field', async () => {
    const result = await execute('{ tables { name } nope: row(table: "nowhere", id: "1") { id } }');
    expect(result.data.tables.length).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nope'], extensions: { code: 'NOT_FOUND' } });
    const constraint = await execute('mutation { insertRow(table: "books", data: { id: 1, title: "dup" }) { id } }');
    expect(constraint.errors![0]!.extensions!.code).toBe('CONSTRAINT_VIOLATION');
    const invalid = await execute('{ tables { nosuchfield } }');
    expect(invalid.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariables = await execute('query ($t: String!) { table(name: $t) { name } }', {});
    expect(badVariables.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the server information and current SCN', async () => {
    const result = await execute('{ serverInfo { name specs { openapi graphql asyncapi } runtime { storage } } currentScn { scn timestamp } }');
    expect(result.data.serverInfo).toEqual({ name: 'strata', specs: { openapi: '0.1.0', graphql: '0.1.0', asyncapi: '0.1.0' }, runtime: { storage: 'sqlite' } });
    expect(result.data.currentScn.scn).toBe(server.server.engine.flashback.currentScn().scn);
  });
});

describe('subscriptions over graphql-ws', () => {
  it('sends committed changes of one table, in commit order, with old and new rows', async () => {
    const events = await subscribe('subscription { tableChanges(table: "books") { table changeType row { id data } oldRow { id data } scn transactionId timestamp } }', {}, 3, async () => {
      await execute('mutation { insertRow(table: "books", data: { id: 100, title: "Blindsight" }) { id } }');
      await server.server.engine.data.insertRow('other_table_does_not_matter', {}).catch(() => undefined);
      await execute('mutation { updateRow(table: "books", id: "100", data: { year: 2006 }) { id } }');
      await execute('mutation { deleteRow(table: "books", id: "100") { id } }');
    });
    const changes = events.map((event) => event.data.tableChanges);
    expect(changes.map((change) => change.changeType)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(changes[0]).toMatchObject({ table: 'books', row: { id: '100', data: { title: 'Blindsight' } }, oldRow: null, transactionId: null });
    expect(changes[1]).toMatchObject({ row: { data: { year: 2006 } }, oldRow: { data: { year: null } } });
    expect(changes[2]).toMatchObject({ row: null, oldRow: { id: '100' } });
    expect(changes[0].scn < changes[1].scn && changes[1].scn < changes[2].scn).toBe(true);
  });

  it('beats at the requested interval, and refuses an interval out of range', async () => {
    const started = Date.now();
    const beats = await subscribe('subscription { heartbeat(intervalSeconds: 1) { sequence timestamp } }', {}, 2);
    expect(beats.map((beat) => beat.data.heartbeat.sequence)).toEqual([1, 2]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const refused = await subscribe('subscription { heartbeat(intervalSeconds: 0) { sequence } }', {}, 1);
    expect(refused[0]!.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
  });

  it('rejects an invalid subscription with a coded error', async () => {
    await expect(subscribe('subscription { tableChanges { table } }', {}, 1)).rejects.toSatisfy((errors: unknown) => {
      const list = errors as Array<{ extensions?: { code?: string } }>;
      return Array.isArray(list) && list[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';
    });
  });
});
