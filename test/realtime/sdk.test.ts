// The realtime surfaces end to end through the generated SDK: the typed events channel resuming
// across a dropped connection without loss or duplicate, typed subscriptions with sinceScn, and
// the management operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GraphQL, type TableModifiedMessage, createStrataClient } from '../../generated/client/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: ReturnType<typeof createStrataClient>;

beforeAll(async () => {
  server = await startTestServer();
  client = createStrataClient({ baseUrl: server.url, headers: server.auth, WebSocket: WebSocket as never, reconnect: { initialDelayMs: 50, maxDelayMs: 200 } });
  await client.rest.createTable({ body: { name: 'notes', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'text', type: 'TEXT' }] } });
});

afterAll(async () => {
  await client.close();
  await server.close();
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the events channel through the SDK', () => {
  it('resumes after a dropped connection from the last SCN it received: nothing lost, nothing twice', async () => {
    const { scn: since } = await client.rest.currentScn();
    const received: TableModifiedMessage[] = [];
    let opens = 0;
    const channel = client.channels.open('events', { table: 'notes', since_scn: String(since) }, {
      open: () => void (opens += 1),
      message(message) {
        if (message.message_type === 'table_modified') received.push(message);
      },
    });
    await client.rest.insertRows({ path: { name: 'notes' }, body: { rows: [{ text: 'one' }, { text: 'two' }] } });
    await until(() => received.length === 2, 'the first commit');
    const { connections } = await client.rest.websocketConnections();
    const mine = connections.find((connection) => connection.path === '/api/v1/ws/events')!;
    // Writes land while the connection is down, and while it comes back.
    const writes = (async () => {
      for (let index = 0; index < 10; index += 1) await client.rest.insertRow({ path: { name: 'notes' }, body: { text: `later ${index}` } });
    })();
    await client.rest.disconnectWebsocketConnection({ path: { id: mine.connection_id } });
    await writes;
    await until(() => received.length === 12, 'every change');
    await new Promise((resolve) => setTimeout(resolve, 200));
    channel.close();
    expect(opens).toBeGreaterThanOrEqual(2);
    expect(received.map((message) => message.data.row_data?.text)).toEqual(['one', 'two', ...Array.from({ length: 10 }, (_, index) => `later ${index}`)]);
    expect(received.map((message) => message.scn)).toEqual([since + 1, since + 1, ...Array.from({ length: 10 }, (_, index) => since + 2 + index)]);
  });
});

describe('subscriptions and management through the SDK', () => {
  it('subscribes with sinceScn and reads the status of the connections', async () => {
    const { scn: since } = await client.rest.currentScn();
    await client.rest.insertRow({ path: { name: 'notes' }, body: { text: 'before the subscription' } });
    const inserted = client.graphql.subscribe(GraphQL.RowInsertedSubscriptionDocument, { table: 'notes', sinceScn: since });
    const first = await inserted.next();
    expect(first.value?.rowInserted).toMatchObject({ table: 'notes', row: { data: { text: 'before the subscription' } }, scn: since + 1 });
    const status = await client.rest.websocketStatus();
    expect(status.graphql_ws_connections).toBeGreaterThanOrEqual(1);
    await inserted.return?.();
    const { broadcastWebsocketMessage } = await client.graphql.request(GraphQL.BroadcastWebsocketMessageMutationDocument, { message: 'hello' });
    expect(broadcastWebsocketMessage).toEqual({ delivered: 0, dropped: 0 });
  });
});
