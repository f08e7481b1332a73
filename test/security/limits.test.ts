// The per-user limits: requests per minute (REST and GraphQL alike), WebSocket connections per
// user (channels and graphql-ws alike), subscriptions per connection (/api/v1/ws and graphql-ws).
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call, signIn, startTestServer, type TestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';

let server: TestServer;
const LIMIT = 20;
/** Each test signs in a user of its own, so one test's counts never reach another's. */
let users = 0;

async function freshUser(): Promise<Record<string, string>> {
  const username = `limited${++users}`;
  await call(server, 'POST', '/api/v1/admin/users', { username, password: 'limited-password', roles: ['developer'] });
  return signIn(server.url, username, 'limited-password');
}

beforeAll(async () => {
  // The admin's own requests (creating a user per test) stay well under the limit.
  server = await startTestServer({ requestsPerMinute: LIMIT, connectionsPerUser: 2, subscriptionsPerConnection: 2, signInsPerMinute: 0 });
});

afterAll(() => server.close());

describe('requests per user', () => {
  it('counts REST and GraphQL requests together, then answers 429 with the headers and retry_after', async () => {
    const auth = await freshUser();
    const remaining: number[] = [];
    for (let i = 0; i < LIMIT - 1; i++) remaining.push(Number((await call(server.url, 'GET', '/api/v1/tables', undefined, auth)).headers.get('x-ratelimit-remaining')));
    expect(remaining).toEqual(Array.from({ length: LIMIT - 1 }, (_, i) => LIMIT - 1 - i));
    const graphql = await call(server.url, 'POST', '/graphql', { query: '{ tables { name } }' }, auth);
    expect(graphql.status).toBe(200);
    expect(graphql.headers.get('x-ratelimit-remaining')).toBe('0');

    const refused = await call(server.url, 'GET', '/api/v1/tables', undefined, auth);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('x-ratelimit-limit')).toBe(String(LIMIT));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', retry_after: expect.any(Number) });
    expect((await call(server.url, 'POST', '/graphql', { query: '{ tables { name } }' }, auth)).status).toBe(429);
  });

  it('keeps each user to a count of its own', async () => {
    const first = await freshUser();
    const second = await freshUser();
    for (let i = 0; i < LIMIT; i++) await call(server.url, 'GET', '/api/v1/tables', undefined, first);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, first)).status).toBe(429);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, second)).status).toBe(200);
  });
});

describe('WebSocket connections per user', () => {
  it('refuses the connection past the limit with 429 problem+json, and admits again once one closes', async () => {
    const auth = await freshUser();
    const target = { url: server.url, auth };
    const first = await TestSocket.open(target, 'events');
    const second = await TestSocket.open(target, 'multiplex');
    await expect(TestSocket.open(target, 'events')).rejects.toMatchObject({ status: 429 });
    await first.close();
    // The count drops when the server sees the close; give it a moment.
    const third = await retry(() => TestSocket.open(target, 'events'));
    await Promise.all([second.close(), third.close()]);
  });

  it('counts graphql-ws connections too, closing the one past the limit with 4429', async () => {
    const auth = await freshUser();
    const channel = await TestSocket.open({ url: server.url, auth }, 'events');
    const open = await graphqlSocket(auth);
    const closed = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: auth });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('close', (code) => resolve(code));
    });
    expect(closed).toBe(4429);
    await channel.close();
    await open.dispose();
  });
});

describe('subscriptions per connection', () => {
  it('refuses a third subscription on /api/v1/ws with a RATE_LIMITED error, and allows it after an unsubscribe', async () => {
    const socket = await TestSocket.open({ url: server.url, auth: await freshUser() }, 'multiplex');
    for (const id of ['a', 'b']) socket.send({ message_type: 'subscribe', data: { subscription_id: id, channel: 'events' } });
    await socket.collect((message) => message.message_type === 'subscribed', 2);
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'c', channel: 'events' } });
    const refused = await socket.next((message) => message.message_type === 'error' && message.subscription_id === 'c');
    expect(refused.data).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('at most 2 subscriptions') });
    socket.send({ message_type: 'unsubscribe', data: { subscription_id: 'a' } });
    socket.send({ message_type: 'subscribe', data: { subscription_id: 'c', channel: 'events' } });
    await socket.next((message) => message.message_type === 'subscribed' && message.subscription_id === 'c');
    expect(socket.invalid).toEqual([]);
    await socket.close();
  });

  it('refuses a third graphql-ws subscription with RATE_LIMITED and keeps the first two', async () => {
    const client = await graphqlSocket(await freshUser());
    const results: Array<{ id: number; error?: unknown; beat?: unknown }> = [];
    const subscribe = (id: number) =>
      client.subscribe({ query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' }, { next: (value) => results.push({ id, beat: value }), error: (error) => results.push({ id, error }), complete: () => undefined });
    const stops = [subscribe(1), subscribe(2)];
    await waitFor(() => results.some((result) => result.id === 2 && result.beat));
    subscribe(3);
    await waitFor(() => results.some((result) => result.id === 3));
    expect(results.find((result) => result.id === 3)!.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    expect(results.filter((result) => result.error && result.id !== 3)).toEqual([]);
    for (const stop of stops) stop();
    await client.dispose();
  });
});

/** A connected graphql-ws client (connection_ack received). */
async function graphqlSocket(auth: Record<string, string>) {
  const client = createWsClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, connectionParams: auth, retryAttempts: 0, onNonLazyError: () => undefined });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed: ${(event as { code: number }).code}`)));
  });
  return client;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function retry<T>(attempt: () => Promise<T>, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
