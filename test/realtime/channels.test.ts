// The realtime channels over WebSocket: resume from an SCN, filters, a stalled reader that lags
// and is dropped without slowing anyone else, heartbeat and idle timeout, and the management
// operations. Every message received is checked against its AsyncAPI schema (TestSocket.invalid).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { type Message, TestSocket } from '../helpers/ws.js';

let server: TestServer;
const sockets: TestSocket[] = [];

async function open(channel: 'events' | 'multiplex', query: Record<string, string> = {}, target: TestServer = server): Promise<TestSocket> {
  const socket = await TestSocket.open(target, channel, query);
  sockets.push(socket);
  return socket;
}

const modified = (message: Message) => message.message_type === 'table_modified';
const insert = (values: Record<string, unknown>, target: TestServer = server) => call(target, 'POST', '/api/v1/tables/orders/rows', values);
const currentScn = async (target: TestServer = server) => (await call(target, 'GET', '/api/v1/flashback/current-scn')).body.scn as number;
const createOrders = (target: TestServer) =>
  call(target, 'POST', '/api/v1/tables', { name: 'orders', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'status', type: 'TEXT' }, { name: 'amount', type: 'INTEGER' }, { name: 'note', type: 'TEXT' }] });

beforeAll(async () => {
  server = await startTestServer({ wsHeartbeatMs: 300, wsIdleTimeoutMs: 1500 });
  await createOrders(server);
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) {
    expect(socket.invalid).toEqual([]);
    await socket.close();
  }
});

afterAll(() => server.close());

describe('/api/v1/ws/events with since_scn', () => {
  it('sends what was committed after the SCN, then live changes, with no gap and no duplicate', async () => {
    const since = await currentScn();
    for (const status of ['a', 'b', 'c']) await insert({ status });
    const socket = await open('events', { table: 'orders', since_scn: String(since) });
    await socket.collect(modified, 3);
    await insert({ status: 'd' });
    const changes = await socket.collect(modified, 4);
    expect(changes.map((message) => message.data.row_data.status)).toEqual(['a', 'b', 'c', 'd']);
    expect(changes.map((message) => message.scn)).toEqual([since + 1, since + 2, since + 3, since + 4]);
  });

  it('answers an SCN from the future with an error, and a malformed one at the upgrade', async () => {
    const socket = await open('events', { since_scn: String((await currentScn()) + 100) });
    const error = await socket.next((message) => message.message_type === 'error');
    expect(error.data.code).toBe('VALIDATION_FAILED');
    await expect(TestSocket.open(server, 'events', { since_scn: '-1' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('/api/v1/ws/events filters', () => {
  it('passes only rows that meet the condition: the new row, or for a delete the old one', async () => {
    const socket = await open('events', { table: 'orders', filter: 'amount:gte:100' });
    const small = (await insert({ status: 'small', amount: 5 })).body;
    const big = (await insert({ status: 'big', amount: 500 })).body;
    await call(server, 'PATCH', `/api/v1/tables/orders/rows/${small.id}`, { amount: 150 });
    await call(server, 'DELETE', `/api/v1/tables/orders/rows/${big.id}`);
    const changes = await socket.collect(modified, 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.messages.filter(modified).map((message) => [message.data.operation, message.data.row_data?.amount ?? message.data.old_row_data.amount])).toEqual([
      ['INSERT', 500],
      ['UPDATE', 150],
      ['DELETE', 500],
    ]);
    expect(changes).toHaveLength(3);
  });

  it('refuses a condition it cannot evaluate: at the upgrade, or in answer to subscribe', async () => {
    await expect(TestSocket.open(server, 'events', { filter: 'amount:isNull:perhaps' })).rejects.toMatchObject({ status: 400 });
    await expect(TestSocket.open(server, 'events', { filter: 'amount' })).rejects.toMatchObject({ status: 400 });
    const socket = await open('multiplex');
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'bad', channel: 'events', params: { filter: 'amount:isNull:perhaps' } } });
    const error = await socket.next((message) => message.message_type === 'error');
    expect(error).toMatchObject({ subscription_id: 'bad', data: { code: 'VALIDATION_FAILED' } });
  });
});

describe('/api/v1/ws/events with include', () => {
  it('adds schema changes and transaction events, in the order they happen, and only for clients that ask', async () => {
    const everything = await open('events', { table: 'orders', include: 'schema,transactions' });
    const rowsOnly = await open('events', { table: 'orders' });
    const engine = server.server.engine;
    await engine.schema.createTable({ name: 'audit_notes', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }] });
    const transaction = await engine.transactions.beginTransaction({ mode: 'immediate' });
    await engine.data.insertRow('orders', { status: 'in a transaction' }, { transactionId: transaction.id });
    const committed = await engine.transactions.commitTransaction(transaction.id);
    const rolledBack = await engine.transactions.beginTransaction({ mode: 'deferred' });
    await engine.transactions.rollbackTransaction(rolledBack.id);

    const messages = await everything.collect((message) => message.message_type !== 'subscribed', 6);
    expect(messages.map((message) => [message.message_type, message.data.event_type ?? message.data.operation ?? message.data.change_type])).toEqual([
      ['schema_changed', 'CREATE'],
      ['transaction_event', 'BEGIN'],
      ['table_modified', 'INSERT'],
      ['transaction_event', 'COMMIT'],
      ['transaction_event', 'BEGIN'],
      ['transaction_event', 'ROLLBACK'],
    ]);
    expect(messages[0]).toMatchObject({ scn: committed.scn! - 1, data: { object_type: 'TABLE', object_name: 'audit_notes', statement: expect.stringMatching(/^CREATE TABLE/), username: null, transaction_id: null } });
    expect(messages[1]).not.toHaveProperty('scn');
    expect(messages[1]!.data).toMatchObject({ transaction_id: transaction.id, isolation_level: 'immediate', modified_rows: 0 });
    expect(messages[3]).toMatchObject({ scn: committed.scn, data: { transaction_id: transaction.id, modified_rows: 1 } });
    expect(messages[5]!.data).toMatchObject({ transaction_id: rolledBack.id, modified_rows: 0 });

    const [row] = await rowsOnly.collect(modified, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rowsOnly.messages.map((message) => message.message_type)).toEqual(['table_modified']);
    expect(row!.scn).toBe(committed.scn);
  });

  it('refuses an include it does not know, at the upgrade or in answer to subscribe', async () => {
    await expect(TestSocket.open(server, 'events', { include: 'schema,rows' })).rejects.toMatchObject({ status: 400 });
    const socket = await open('multiplex');
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'bad', channel: 'events', params: { include: 'everything' } } });
    const error = await socket.next((message) => message.message_type === 'error');
    expect(error).toMatchObject({ subscription_id: 'bad', data: { code: 'VALIDATION_FAILED' } });
  });
});

describe('a client that stops reading', () => {
  // The stalled client is resumed before the slow-client timeout may have run out: it then reads
  // its whole queue, but its subscription lagged and it never reconnected, so it is closed anyway.
  it('is told it lagged and dropped, never slows a reader beside it, and resumes without loss', async () => {
    const own = await startTestServer({ wsSendQueueLimit: 100, wsSlowClientTimeoutMs: 1500 });
    try {
      await createOrders(own);
      const since = await currentScn(own);
      const reader = await open('events', { table: 'orders' }, own);
      // The stalled client: its socket stops reading, so the kernel's buffers fill, then the server's queue.
      const stalled = new WebSocket(`${own.url.replace('http', 'ws')}/api/v1/ws/events?table=orders`, { headers: own.auth });
      const stalledMessages: Message[] = [];
      const closed = new Promise<number>((resolve) => stalled.on('close', (code) => resolve(code)));
      stalled.on('message', (raw) => stalledMessages.push(JSON.parse(raw.toString())));
      await new Promise((resolve) => stalled.once('open', resolve));
      // ws's own pause: pausing its socket directly is undone by ws when its parser drains.
      stalled.pause();

      const note = 'x'.repeat(64 * 1024);
      // More than the kernel's socket buffers and the queue hold; in bursts a reading client's queue takes.
      const total = 400;
      for (let batch = 0; batch < total; batch += 25) {
        await Promise.all(Array.from({ length: 25 }, (_, index) => own.server.engine.data.insertRow('orders', { status: `row ${batch + index}`, note })));
      }
      const readerChanges = await reader.collect(modified, total, 60_000);
      expect(readerChanges.map((message) => message.scn)).toEqual(Array.from({ length: total }, (_, index) => since + index + 1));

      const status = (await call(own, 'GET', '/api/v1/ws/status')).body;
      expect(status.lagged).toBe(1);
      // The full queue, and the lagged notice behind it.
      expect(status.queued).toBeLessThanOrEqual(101);

      stalled.resume();
      expect(await closed).toBe(4008);
      const lagged = stalledMessages.find((message) => message.message_type === 'lagged')!;
      const delivered = stalledMessages.filter(modified);
      expect(lagged.data).toEqual({ resume_scn: delivered.at(-1)!.scn, queue_limit: 100 });
      expect(delivered.map((message) => message.scn)).toEqual(Array.from({ length: delivered.length }, (_, index) => since + index + 1));
      expect(delivered.length).toBeLessThan(total);

      const resumed = await open('events', { table: 'orders', since_scn: String(lagged.data.resume_scn) }, own);
      const rest = await resumed.collect(modified, total - delivered.length, 60_000);
      expect([...delivered, ...rest].map((message) => message.data.row_data.status)).toEqual(readerChanges.map((message) => message.data.row_data.status));
    } finally {
      await own.close();
    }
  }, 180_000);
});

describe('heartbeat and idle timeout', () => {
  it('closes a connection with no traffic after the idle timeout', async () => {
    const socket = await open('events', { table: 'nothing_happens_here' });
    await expect(socket.next(() => false, 10_000)).rejects.toThrow(/socket closed \(4408\)/);
  });

  it('drops a peer that answers no ping for two intervals', async () => {
    const silent = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws/events`, { headers: server.auth, autoPong: false });
    const started = Date.now();
    const code = await new Promise<number>((resolve) => silent.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(1006);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });
});

describe('management', () => {
  it('lists connections and their subscriptions, counts traffic, broadcasts, and disconnects', async () => {
    const socket = await open('multiplex');
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'mine', channel: 'events', params: { table: 'orders', operation: 'INSERT' } } });
    await socket.next((message) => message.message_type === 'subscribed');

    const { body: listed } = await call(server, 'GET', '/api/v1/ws/connections');
    const connection = listed.connections.find((candidate: { path: string; subscriptions: number }) => candidate.path === '/api/v1/ws' && candidate.subscriptions === 1);
    expect(connection).toMatchObject({ surface: 'websocket', username: 'admin', messages_received: 1, messages_sent: 1, queued: 0, lagged: 0 });
    expect(listed.total).toBe(listed.connections.length);

    const { body: subscriptions } = await call(server, 'GET', `/api/v1/ws/connections/${connection.connection_id}/subscriptions`);
    expect(subscriptions.subscriptions).toEqual([{ subscription_id: 'mine', target: 'events', params: { table: 'orders', operation: 'INSERT' }, opened_at: expect.any(String) }]);

    const { body: status } = await call(server, 'GET', '/api/v1/ws/status');
    expect(status.active_connections).toBe(status.websocket_connections + status.graphql_ws_connections);
    expect(status.total_subscriptions).toBeGreaterThanOrEqual(1);
    expect(status.total_connections).toBeGreaterThanOrEqual(status.active_connections);

    const broadcast = await call(server, 'POST', '/api/v1/ws/broadcast', { message: 'restart at noon', data: { minutes: 5 } });
    expect(broadcast.body.delivered).toBeGreaterThanOrEqual(1);
    const notice = await socket.next((message) => message.message_type === 'broadcast');
    expect(notice.data).toEqual({ message: 'restart at noon', data: { minutes: 5 }, sent_by: 'admin' });
    expect((await call(server, 'POST', '/api/v1/ws/broadcast', { message: '   ' })).status).toBe(400);

    expect((await call(server, 'DELETE', `/api/v1/ws/connections/${connection.connection_id}`)).status).toBe(200);
    await expect(socket.next(() => false)).rejects.toThrow(/socket closed \(4000\)/);
    expect((await call(server, 'DELETE', `/api/v1/ws/connections/${connection.connection_id}`)).status).toBe(404);
    expect((await call(server, 'GET', `/api/v1/ws/connections/${connection.connection_id}/subscriptions`)).status).toBe(404);
  });
});
