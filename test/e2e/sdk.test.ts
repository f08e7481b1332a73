// End to end through the generated SDK: REST functions, typed GraphQL documents and typed
// channels, including a channel that reconnects across a server restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GraphQL, StrataApiError, StrataGraphQLError, type TableModifiedMessage, createStrataClient } from '../../generated/client/index.js';
import { type StrataServer, startServer } from '../../server/app.js';
import { ADMIN_PASSWORD, signIn, testConfig } from '../helpers/server.js';

let dataDir: string;
let server: StrataServer;
let client: ReturnType<typeof createStrataClient>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'strata-e2e-'));
  server = await startServer(testConfig({ memory: false, dataDir }));
  client = createStrataClient({ baseUrl: server.url, headers: await signIn(server.url, 'admin', ADMIN_PASSWORD), WebSocket: WebSocket as never, reconnect: { initialDelayMs: 50, maxDelayMs: 200 } });
});

afterAll(async () => {
  await client.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('REST through the SDK', () => {
  it('creates a table, writes and reads rows, and runs SQL', async () => {
    const table = await client.rest.createTable({ body: { name: 'tasks', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'title', type: 'TEXT', nullable: false }, { name: 'done', type: 'INTEGER', default: 0 }] } });
    expect(table.primaryKey).toEqual(['id']);
    const row = await client.rest.insertRow({ path: { name: 'tasks' }, body: { title: 'write tests' } });
    expect(row).toMatchObject({ id: '1', data: { title: 'write tests', done: 0 } });
    await client.rest.insertRows({ path: { name: 'tasks' }, body: { rows: [{ title: 'ship' }, { title: 'rest', done: 1 }] } });
    const page = await client.rest.queryTable({ path: { name: 'tasks' }, query: { filter: ['done:eq:0'], sort: '-id', includeTotal: true } });
    expect(page.rows.map((candidate) => candidate.data.title)).toEqual(['ship', 'write tests']);
    expect(page.total).toBe(2);
    const updated = await client.rest.updateRow({ path: { name: 'tasks', id: '1' }, body: { done: 1 } });
    expect(updated.data.done).toBe(1);
    const result = await client.rest.executeSql({ body: { sql: 'SELECT count(*) AS open FROM tasks WHERE done = ?', params: [0] } });
    expect(result.rows).toEqual([{ open: 1 }]);
    expect((await client.rest.count({ path: { name: 'tasks' } })).count).toBe(3);
  });

  it('reads rows as they were, by SCN, with the typed asOf parameters', async () => {
    await client.rest.createTable({ body: { name: 'prices', columns: [{ name: 'sku', type: 'TEXT', primaryKey: true }, { name: 'cents', type: 'INTEGER' }] } });
    const first = await client.rest.insertRow({ path: { name: 'prices' }, body: { sku: 'tea', cents: 250 } });
    await client.rest.updateRow({ path: { name: 'prices', id: 'tea' }, body: { cents: 300 } });
    const then = await client.rest.row({ path: { name: 'prices', id: 'tea' }, query: { asOfScn: first.scn! } });
    expect(then.data.cents).toBe(250);
    const page = await client.rest.queryTable({ path: { name: 'prices' }, query: { asOfScn: first.scn!, filter: ['cents:lt:260'] } });
    expect(page.rows.map((row) => row.id)).toEqual(['tea']);
    const graphql = await client.graphql.request(GraphQL.RowQueryDocument, { table: 'prices', id: 'tea', asOf: { scn: first.scn! } });
    expect(graphql.row?.data).toEqual({ sku: 'tea', cents: 250 });
    const refused = await client.rest.queryTable({ path: { name: 'prices' }, query: { asOfScn: first.scn!, asOfRestorePoint: 'x' } }).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(StrataApiError);
    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('runs an interactive transaction', async () => {
    const transaction = await client.rest.beginTransaction({ body: { mode: 'immediate' } });
    await client.rest.executeInTransaction({ path: { id: transaction.id }, body: { sql: "INSERT INTO tasks (title) VALUES ('in a transaction')" } });
    await client.rest.createSavepoint({ path: { id: transaction.id }, body: { name: 'sp' } });
    await client.rest.deleteRows({ path: { name: 'tasks' }, query: { all: true, transactionId: transaction.id } });
    await client.rest.rollbackToSavepoint({ path: { id: transaction.id, name: 'sp' } });
    const committed = await client.rest.commitTransaction({ path: { id: transaction.id } });
    expect(committed.state).toBe('committed');
    expect(committed.scn).toBe((await client.rest.currentScn()).scn);
    expect((await client.rest.count({ path: { name: 'tasks' } })).count).toBe(4);
  });

  it('throws StrataApiError with the problem for error responses', async () => {
    const error = await client.rest.table({ path: { name: 'nowhere' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrataApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', problem: { title: 'Not found' } });
    const invalid = (await client.rest.insertRow({ path: { name: 'tasks' }, body: { nope: 1 } }).catch((caught: unknown) => caught)) as StrataApiError;
    expect(invalid.problem.errors).toEqual([{ pointer: '/body/nope', message: 'tasks has no column "nope"' }]);
  });
});

describe('GraphQL through the SDK', () => {
  it('runs typed queries and mutations', async () => {
    const tables = await client.graphql.request(GraphQL.TablesQueryDocument);
    expect(tables.tables.map((table) => table.name)).toContain('tasks');
    const inserted = await client.graphql.request(GraphQL.InsertRowMutationDocument, { table: 'tasks', data: { title: 'from GraphQL' } });
    expect(inserted.insertRow.data).toMatchObject({ title: 'from GraphQL' });
    const row = await client.graphql.request(GraphQL.RowQueryDocument, { table: 'tasks', id: inserted.insertRow.id });
    expect(row.row?.id).toBe(inserted.insertRow.id);
  });

  it('throws StrataGraphQLError with the code', async () => {
    const error = await client.graphql.request(GraphQL.CountQueryDocument, { table: 'nowhere' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrataGraphQLError);
    expect((error as StrataGraphQLError).code).toBe('NOT_FOUND');
  });

  it('subscribes with a typed subscription', async () => {
    const changes = client.graphql.subscribe(GraphQL.TableChangesSubscriptionDocument, { table: 'tasks' });
    const first = changes.next();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await client.rest.insertRow({ path: { name: 'tasks' }, body: { title: 'seen by the subscription' } });
    const event = await first;
    expect(event.value?.tableChanges).toMatchObject({ table: 'tasks', changeType: 'INSERT', row: { data: { title: 'seen by the subscription' } } });
    await changes.return?.();
  });
});

describe('channels through the SDK', () => {
  it('streams a query over the query channel', async () => {
    const received: string[] = [];
    const done = new Promise<number>((resolve) => {
      const channel = client.channels.open('query', {}, {
        message(message) {
          received.push(message.message_type);
          if (message.message_type === 'query_completed') {
            channel.close();
            resolve(message.data.row_count);
          }
        },
      });
      channel.send({ message_type: 'query', data: { sql: 'SELECT * FROM tasks', batch_size: 2 } });
    });
    expect(await done).toBe(6);
    expect(received[0]).toBe('query_started');
  });

  it('reconnects after the server restarts, and receives changes again', async () => {
    const changes: TableModifiedMessage[] = [];
    let opens = 0;
    const reconnected = new Promise<void>((resolve) => {
      const channel = client.channels.open('events', { table: 'tasks' }, {
        open() {
          opens += 1;
          if (opens === 2) resolve();
        },
        message(message) {
          if (message.message_type === 'table_modified') changes.push(message);
        },
      });
      afterAll(() => channel.close());
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await client.rest.insertRow({ path: { name: 'tasks' }, body: { title: 'before restart' } });
    const port = new URL(server.url).port;
    await server.close();
    server = await startServer(testConfig({ memory: false, dataDir, port: Number(port) }));
    await reconnected;
    await client.rest.insertRow({ path: { name: 'tasks' }, body: { title: 'after restart' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changes.map((change) => change.data.row_data?.title)).toEqual(['before restart', 'after restart']);
    // The data survived the restart: it lives in the data directory.
    expect((await client.rest.count({ path: { name: 'tasks' } })).count).toBe(8);
  });
});
