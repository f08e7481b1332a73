// The AsyncAPI channels over WebSocket, with the ws package; every message received is checked
// against its schema (TestSocket.invalid).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { type Message, TestSocket } from '../helpers/ws.js';

let server: TestServer;
const sockets: TestSocket[] = [];

async function open(...args: Parameters<typeof TestSocket.open> extends [unknown, ...infer Rest] ? Rest : never): Promise<TestSocket> {
  const socket = await TestSocket.open(server, ...args);
  sockets.push(socket);
  return socket;
}

const insert = (table: string, values: Record<string, unknown>) => call(server, 'POST', `/api/v1/tables/${table}/rows`, values);

beforeAll(async () => {
  server = await startTestServer();
  for (const name of ['orders', 'audit']) {
    await call(server, 'POST', '/api/v1/tables', { name, columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'status', type: 'TEXT' }] });
  }
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) {
    expect(socket.invalid).toEqual([]);
    await socket.close();
  }
});

afterAll(() => server.close());

describe('/api/v1/ws/events', () => {
  it('sends committed row changes with their SCN, in commit order', async () => {
    const socket = await open('events');
    await insert('orders', { status: 'new' });
    await call(server, 'PATCH', '/api/v1/tables/orders/rows/1', { status: 'paid' });
    const [created, updated] = await socket.collect((message) => message.message_type === 'table_modified', 2);
    expect(created!.data).toMatchObject({ table: 'orders', operation: 'INSERT', row_id: '1', row_data: { id: 1, status: 'new' }, old_row_data: null, transaction_id: null });
    expect(updated!.data).toMatchObject({ operation: 'UPDATE', row_data: { status: 'paid' }, old_row_data: { status: 'new' } });
    expect(updated!.scn).toBe(created!.scn! + 1);
    expect(typeof created!.timestamp).toBe('number');
  });

  it('filters by table and operation', async () => {
    const inserts = await open('events', { table: 'audit', operation: 'INSERT' });
    await insert('orders', { status: 'ignored' });
    await insert('audit', { status: 'seen' });
    await call(server, 'DELETE', '/api/v1/tables/audit/rows/1');
    await insert('audit', { status: 'seen too' });
    const received = await inserts.collect((message) => message.message_type === 'table_modified', 2);
    // Give a stray delete or orders event time to show up, if the filter let it through.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inserts.messages.filter((message) => message.message_type === 'table_modified')).toHaveLength(2);
    expect(received.map((message) => [message.data.table, message.data.operation, message.data.row_data.status])).toEqual([
      ['audit', 'INSERT', 'seen'],
      ['audit', 'INSERT', 'seen too'],
    ]);
  });

  it('says nothing of a transaction rolled back, and everything of one committed, tagged with its id', async () => {
    const socket = await open('events', { table: 'orders' });
    const rolledBack = (await call(server, 'POST', '/api/v1/transactions', {})).body.id;
    await call(server, 'POST', `/api/v1/tables/orders/rows?transactionId=${rolledBack}`, { status: 'never' });
    await call(server, 'POST', `/api/v1/transactions/${rolledBack}/rollback`);
    const committed = (await call(server, 'POST', '/api/v1/transactions', {})).body.id;
    await call(server, 'POST', `/api/v1/tables/orders/rows?transactionId=${committed}`, { status: 'kept' });
    await call(server, 'POST', `/api/v1/transactions/${committed}/commit`);
    const message = await socket.next((candidate) => candidate.message_type === 'table_modified');
    expect(message.data).toMatchObject({ row_data: { status: 'kept' }, transaction_id: committed });
    expect(socket.messages.some((candidate) => candidate.data?.row_data?.status === 'never')).toBe(false);
  });

  it('refuses bad query parameters at the upgrade with 400', async () => {
    await expect(TestSocket.open(server, 'events', { operation: 'TRUNCATE' })).rejects.toMatchObject({ status: 400 });
    await expect(TestSocket.open(server, 'events', { colour: 'red' })).rejects.toMatchObject({ status: 400 });
  });

  it('answers client messages it does not take with an error, and stays open', async () => {
    const socket = await open('events');
    socket.send('not json at all');
    socket.send({ message_type: 'query', data: { sql: 'SELECT 1' } });
    const errors = await socket.collect((message) => message.message_type === 'error', 2);
    expect(errors.map((message) => message.data.code)).toEqual(['MALFORMED_JSON', 'VALIDATION_FAILED']);
    await insert('orders', { status: 'still listening' });
    expect((await socket.next((message) => message.message_type === 'table_modified')).data.row_data.status).toBe('still listening');
  });
});

describe('/api/v1/ws/query', () => {
  it('streams a result in batches: started, rows, completed', async () => {
    const socket = await open('query');
    socket.send({ message_type: 'query', data: { query_id: 'q1', sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ?) SELECT x FROM c', params: [1234], batch_size: 500 } });
    const completed = await socket.next((message) => message.message_type === 'query_completed');
    expect(completed.data).toMatchObject({ query_id: 'q1', row_count: 1234 });
    const started = socket.messages.find((message) => message.message_type === 'query_started')!;
    expect(started.data.columns).toEqual([{ name: 'x', type: null, table: null }]);
    const batches = socket.messages.filter((message) => message.message_type === 'query_rows');
    expect(batches.map((message) => [message.data.row_index, message.data.rows.length])).toEqual([
      [0, 500],
      [500, 500],
      [1000, 234],
    ]);
    expect(batches.flatMap((message) => message.data.rows.map((row: { x: number }) => row.x))).toEqual(Array.from({ length: 1234 }, (_, index) => index + 1));
  });

  it('runs queries side by side, cancels one, and reports errors per query', async () => {
    const socket = await open('query');
    socket.send({ message_type: 'query', data: { query_id: 'endless', sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c', batch_size: 100 } });
    await socket.next((message) => message.message_type === 'query_rows' && message.data.query_id === 'endless');
    socket.send({ message_type: 'query', data: { query_id: 'bad', sql: 'SELECT * FROM nowhere' } });
    socket.send({ message_type: 'query', data: { query_id: 'writes', sql: 'DELETE FROM orders' } });
    socket.send({ message_type: 'query', data: { query_id: 'small', sql: 'SELECT 42 AS answer' } });
    socket.send({ message_type: 'cancel', data: { query_id: 'endless' } });
    const cancelled = await socket.next((message) => message.message_type === 'query_error' && message.data.query_id === 'endless');
    expect(cancelled.data.code).toBe('CANCELLED');
    expect((await socket.next((message) => message.message_type === 'query_error' && message.data.query_id === 'bad')).data.code).toBe('SQL_ERROR');
    expect((await socket.next((message) => message.message_type === 'query_error' && message.data.query_id === 'writes')).data.code).toBe('READ_ONLY');
    const small = await socket.next((message) => message.message_type === 'query_rows' && message.data.query_id === 'small');
    expect(small.data.rows).toEqual([{ answer: 42 }]);
    expect(await call(server, 'GET', '/api/v1/tables/orders/count')).toMatchObject({ status: 200 });
  });

  it('keeps pace with a slow reader instead of buffering the whole result', async () => {
    // A reader that pauses the socket: the server only reads a batch after the previous one is sent.
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws/query`, { headers: server.auth });
    await new Promise((resolve) => ws.once('open', resolve));
    let rows = 0;
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as Message;
      if (message.message_type === 'query_rows') rows += message.data.rows.length;
    });
    ws.send(JSON.stringify({ message_type: 'query', data: { query_id: 'big', sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000) SELECT x, printf('%0100d', x) AS pad FROM c", batch_size: 1000 } }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const whilePaused = rows;
    (ws as unknown as { _socket: { resume(): void } })._socket.resume();
    // Far from all 2,000,000 rows were produced while the client read nothing.
    expect(whilePaused).toBeLessThan(1_000_000);
    ws.close();
  });

  it('refuses a query_id that is already running', async () => {
    const socket = await open('query');
    socket.send({ message_type: 'query', data: { query_id: 'twice', sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c', batch_size: 10 } });
    await socket.next((message) => message.message_type === 'query_rows');
    socket.send({ message_type: 'query', data: { query_id: 'twice', sql: 'SELECT 1' } });
    expect((await socket.next((message) => message.message_type === 'error')).data.code).toBe('ALREADY_EXISTS');
    socket.send({ message_type: 'cancel', data: { query_id: 'twice' } });
    socket.send({ message_type: 'cancel', data: { query_id: 'never-started' } });
    expect((await socket.next((message) => message.message_type === 'error' && message.data.code === 'NOT_FOUND')).data.message).toMatch(/never-started/);
  });
});

describe('/api/v1/ws (all channels on one connection)', () => {
  it('opens and closes channels by name, tagging every message with its subscription', async () => {
    const socket = await open('multiplex');
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'orders', channel: 'events', params: { table: 'orders' } } });
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'sql', channel: 'query' } });
    await socket.collect((message) => message.message_type === 'subscribed', 2);
    socket.send({ message_type: 'query', subscription_id: 'sql', data: { query_id: 'm1', sql: 'SELECT 7 AS seven' } });
    await insert('orders', { status: 'multiplexed' });
    const change = await socket.next((message) => message.message_type === 'table_modified');
    expect(change).toMatchObject({ subscription_id: 'orders', data: { row_data: { status: 'multiplexed' } } });
    const rows = await socket.next((message) => message.message_type === 'query_rows');
    expect(rows).toMatchObject({ subscription_id: 'sql', data: { rows: [{ seven: 7 }] } });

    socket.send({ message_type: 'unsubscribe', data: { subscription_id: 'orders' } });
    await socket.next((message) => message.message_type === 'unsubscribed');
    await insert('orders', { status: 'after unsubscribe' });
    socket.send({ message_type: 'query', subscription_id: 'sql', data: { query_id: 'm2', sql: 'SELECT 8 AS eight' } });
    await socket.next((message) => message.message_type === 'query_completed' && message.data.query_id === 'm2');
    expect(socket.messages.filter((message) => message.message_type === 'table_modified')).toHaveLength(1);
  });

  it('answers bad requests with errors and never disturbs the other subscriptions', async () => {
    const socket = await open('multiplex');
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'good', channel: 'events' } });
    await socket.next((message) => message.message_type === 'subscribed');
    socket.send({ message_type: 'subscribe', data: { channel: 'nowhere' } });
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'good', channel: 'events' } });
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'bad-params', channel: 'events', params: { operation: 'MERGE' } } });
    socket.send({ message_type: 'query', subscription_id: 'unknown', data: { sql: 'SELECT 1' } });
    socket.send({ message_type: 'query', subscription_id: 'good', data: { sql: 'SELECT 1' } });
    socket.send({ message_type: 'subscribe', data: { channel: 5 } });
    socket.send('{"broken":');
    const errors = await socket.collect((message) => message.message_type === 'error', 7);
    expect(errors.map((message) => message.data.code)).toEqual(['NOT_FOUND', 'ALREADY_EXISTS', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'MALFORMED_JSON']);
    await insert('audit', { status: 'still fine' });
    expect(await socket.next((message) => message.message_type === 'table_modified' && message.subscription_id === 'good')).toBeTruthy();
  });
});

describe('upgrades', () => {
  it('answers an unknown WebSocket path with 404', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws/nowhere`);
    const status = await new Promise((resolve) => ws.once('unexpected-response', (_request, response) => resolve(response.statusCode)));
    expect(status).toBe(404);
  });
});
