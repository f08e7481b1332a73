// The realtime GraphQL fields over graphql-ws and HTTP: change subscriptions with filters and
// sinceScn, live aggregates and queries, schema, transaction, session and query events, the
// LAGGED error, and the connection management fields.
import { type DocumentNode, type ExecutionResult, createSourceEventStream, parse, subscribe as subscribeDirectly } from 'graphql';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphqlModules } from '../../handlers/index.js';
import type { HandlerContext } from '../../handlers/context.js';
import { buildGraphQLSchema } from '../../server/graphql/schema.js';
import { sharedExecution } from '../../server/graphql/shared-execution.js';
import { unexpectedFailures } from '../../server/incidents.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { callerOf } from '../../server/access/caller.js';

let server: TestServer;
let ws: WsClient;

interface Result {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A running subscription: what it has received so far. */
interface Live {
  results: Result[];
  failure: unknown;
  /** Waits until `count` results have arrived; returns them. */
  next(count: number, timeoutMs?: number): Promise<Result[]>;
  stop(): void;
}

function live(query: string, variables: Record<string, unknown> = {}): Live {
  const state = { results: [] as Result[], failure: undefined as unknown };
  const stop = ws.subscribe({ query, variables }, { next: (value) => void state.results.push(value as Result), error: (error) => (state.failure = error), complete: () => undefined });
  return Object.assign(state, {
    stop,
    async next(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (state.results.length < count) {
        if (state.failure !== undefined) throw new Error(`the subscription failed: ${JSON.stringify(state.failure)}`);
        if (Date.now() > deadline) throw new Error(`${state.results.length} of ${count} results within ${timeoutMs} ms: ${JSON.stringify(state.results)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return state.results.slice(0, count);
    },
  });
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  return (await call(server, 'POST', '/graphql', { query, variables })).body;
}

/** Lets a subscription register before the test causes events. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const engine = () => server.server.engine;

/** Waits until the server runs subscriptions to these fields (they start listening only then). */
async function subscribed(fields: string[]): Promise<void> {
  const running = () => new Set(engine().realtime.websocketConnections().flatMap((connection) => engine().realtime.websocketConnectionSubscriptions(connection.id).map((subscription) => subscription.target)));
  const deadline = Date.now() + 20_000;
  while (!fields.every((field) => running().has(field))) {
    if (Date.now() > deadline) throw new Error(`the server did not start ${fields.join(', ')}`);
    await settle();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ws = createWsClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: true, connectionParams: server.auth });
  await engine().schema.createTable({ name: 'stock', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'item', type: 'TEXT' }, { name: 'level', type: 'INTEGER' }] });
});

afterAll(async () => {
  await ws.dispose();
  await server.close();
});

describe('change subscriptions', () => {
  it('resumes tableChanges from sinceScn, then goes live', async () => {
    const since = engine().flashback.currentScn().scn;
    await engine().data.insertRow('stock', { item: 'bolts', level: 3 });
    const changes = live('subscription ($since: SafeInt) { tableChanges(table: "stock", sinceScn: $since) { changeType row { data } scn } }', { since });
    await changes.next(1);
    await engine().data.insertRow('stock', { item: 'nuts', level: 40 });
    const [first, second] = await changes.next(2);
    changes.stop();
    expect([first!.data.tableChanges.row.data.item, second!.data.tableChanges.row.data.item]).toEqual(['bolts', 'nuts']);
    expect(second!.data.tableChanges.scn).toBe(first!.data.tableChanges.scn + 1);
  });

  it('filters inserts by whereClause, reports the columns an update changed, and deletes by id', async () => {
    // From the SCN before the writes: no race with the subscriptions being set up.
    const since = engine().flashback.currentScn().scn;
    await engine().data.insertRow('stock', { item: 'plenty', level: 500 });
    const low = await engine().data.insertRow('stock', { item: 'washers', level: 2 });
    await engine().data.updateRow('stock', low.id, { level: 1 });
    await engine().data.deleteRow('stock', low.id);
    const inserted = live('subscription ($since: SafeInt) { rowInserted(table: "stock", whereClause: { field: "level", operator: LT, value: "10" }, sinceScn: $since) { table row { id data } scn } }', { since });
    const updated = live('subscription ($since: SafeInt) { rowUpdated(table: "stock", sinceScn: $since) { oldRow { data } newRow { data } changedFields } }', { since });
    const deleted = live('subscription ($since: SafeInt) { rowDeleted(table: "stock", sinceScn: $since) { id oldRow { data } } }', { since });
    const [insert] = await inserted.next(1);
    const [update] = await updated.next(1);
    const [deletion] = await deleted.next(1);
    await settle();
    for (const subscription of [inserted, updated, deleted]) subscription.stop();
    expect(inserted.results).toHaveLength(1);
    expect(insert!.data.rowInserted).toMatchObject({ table: 'stock', row: { id: low.id, data: { item: 'washers', level: 2 } } });
    expect(update!.data.rowUpdated).toEqual({ oldRow: { data: { id: Number(low.id), item: 'washers', level: 2 } }, newRow: { data: { id: Number(low.id), item: 'washers', level: 1 } }, changedFields: ['level'] });
    expect(deletion!.data.rowDeleted).toMatchObject({ id: low.id, oldRow: { data: { level: 1 } } });
  });

  it('follows one row, and several tables by change type', async () => {
    await engine().schema.createTable({ name: 'orders', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'ref', type: 'TEXT' }] });
    const row = await engine().data.insertRow('stock', { item: 'gears', level: 7 });
    const since = row.scn!;
    await engine().data.insertRow('stock', { item: 'other', level: 1 });
    await engine().data.updateRow('stock', row.id, { level: 8 });
    await engine().data.insertRow('orders', { ref: 'A-1' });
    await engine().data.deleteRow('stock', row.id);
    const oneRow = live('subscription ($id: ID!, $since: SafeInt) { rowChanges(table: "stock", id: $id, sinceScn: $since) { id changeType row { data } } }', { id: row.id, since });
    const modifications = live('subscription ($since: SafeInt) { tableModifications(tables: ["stock", "orders"], changeTypes: [INSERT, DELETE], sinceScn: $since) { table changeType rowId row { data } changedColumns } }', { since });
    const followed = await oneRow.next(2);
    const modified = await modifications.next(3);
    oneRow.stop();
    modifications.stop();
    expect(followed.map((result) => result.data.rowChanges.changeType)).toEqual(['UPDATE', 'DELETE']);
    expect(modified.map((result) => [result.data.tableModifications.table, result.data.tableModifications.changeType])).toEqual([
      ['stock', 'INSERT'],
      ['orders', 'INSERT'],
      ['stock', 'DELETE'],
    ]);
    expect(modified[2]!.data.tableModifications).toMatchObject({ rowId: row.id, row: { data: { item: 'gears' } }, changedColumns: ['id', 'item', 'level'] });
  });

  it('ends a subscriber that falls 1,000 events behind with LAGGED and the SCN to resume from', async () => {
    const schema = buildGraphQLSchema(graphqlModules);
    const contextValue = readerContext();
    const stream = (await subscribeDirectly({ schema, document: parse('subscription { tableChanges(table: "stock") { scn } }'), contextValue })) as AsyncIterableIterator<ExecutionResult>;
    // Nobody reads: ten commits of 100 rows fill the buffer, the eleventh does not fit.
    const commits = [];
    for (let index = 0; index < 11; index += 1) commits.push(await engine().data.insertRows('stock', Array.from({ length: 100 }, () => ({ item: 'filler', level: index }))));
    await engine().database.changes.flush();
    let delivered = 0;
    let error: unknown;
    try {
      for await (const _result of stream) delivered += 1;
    } catch (caught) {
      error = caught;
    }
    expect(delivered).toBe(1000);
    expect(error).toMatchObject({ code: 'LAGGED', extensions: { resumeScn: commits[9]!.scn } });
  });
});

/** What the server would give a subscriber who may read the database, for subscribing without a socket. */
function readerContext(): HandlerContext {
  const principal = { userId: 'admin', username: 'admin', roles: ['admin'], permissions: ['database:read' as const], via: 'token' as const, sessionId: null, apiKeyId: null, expiresAt: null };
  const identity = { principal, failure: null, ip: null };
  return { engine: engine(), requestId: 'test', log: server.server.log, lifecycle: { state: 'ready' }, identity, caller: callerOf(identity, 'graphql', 'test', null), reportUnexpected: unexpectedFailures(engine(), server.server.log) };
}

describe('fan-out', () => {
  it('executes a change once for all subscriptions of the same operation, and apart for others', async () => {
    const schema = buildGraphQLSchema(graphqlModules);
    const executions: ExecutionResult[] = [];
    const serialize = (result: ExecutionResult) => {
      executions.push(result);
      return JSON.stringify(result);
    };
    const open = async (document: DocumentNode, variableValues: Record<string, unknown> = {}) => {
      const args = { schema, document, variableValues, contextValue: readerContext() };
      return { events: (await createSourceEventStream(args)) as AsyncIterableIterator<unknown>, execute: sharedExecution(args, serialize) };
    };
    // The server's document cache hands every subscriber of the same text the same document.
    const same = parse('subscription ($table: String!) { tableChanges(table: $table) { scn row { data } } }');
    const subscriptions = await Promise.all([
      open(same, { table: 'stock' }),
      open(same, { table: 'stock' }),
      open(parse('subscription { tableChanges(table: "stock") { scn changeType } }')),
      open(same, { table: 'stock', unused: 1 }),
    ]);
    const row = await engine().data.insertRow('stock', { item: 'shared', level: 7 });
    const [a, b, c, d] = await Promise.all(subscriptions.map(async ({ events, execute }) => JSON.parse(execute((await events.next()).value))));
    for (const { events } of subscriptions) await events.return!();
    expect(a).toEqual({ data: { tableChanges: { scn: row.scn, row: { data: { id: Number(row.id), item: 'shared', level: 7 } } } } });
    expect(b).toEqual(a);
    expect(c).toEqual({ data: { tableChanges: { scn: row.scn, changeType: 'INSERT' } } });
    expect(d).toEqual(a);
    // The first two shared one execution; the other selection and the other variables ran their own.
    expect(executions).toHaveLength(3);
  });
});

describe('live results', () => {
  it('recomputes aggregates after changes, at most once per interval', async () => {
    const aggregates = live('subscription { aggregateChanges(table: "stock", aggregates: [{ function: COUNT, field: "*" }, { function: MAX, field: "level" }], where: [{ field: "item", operator: EQ, value: "cogs" }], intervalSeconds: 1) { table results { function field value } scn } }');
    const [initial] = await aggregates.next(1);
    expect(initial!.data.aggregateChanges.results).toEqual([{ function: 'COUNT', field: '*', value: 0 }, { function: 'MAX', field: 'level', value: null }]);
    const started = Date.now();
    await engine().data.insertRow('stock', { item: 'cogs', level: 4 });
    await engine().data.insertRow('stock', { item: 'cogs', level: 9 });
    const [, next] = await aggregates.next(2);
    aggregates.stop();
    expect(next!.data.aggregateChanges.results).toEqual([{ function: 'COUNT', field: '*', value: 2 }, { function: 'MAX', field: 'level', value: 9 }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('re-runs a query when its table changes and sends it only when the result differs', async () => {
    const query = live('subscription { queryChanges(table: "stock", whereClause: [{ field: "item", operator: EQ, value: "springs" }], pollIntervalSeconds: 1) { rows { id data } totalCount scn } }');
    const [initial] = await query.next(1);
    expect(initial!.data.queryChanges).toMatchObject({ rows: [], totalCount: 0 });
    await engine().data.insertRow('stock', { item: 'unrelated', level: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(query.results).toHaveLength(1);
    const spring = await engine().data.insertRow('stock', { item: 'springs', level: 12 });
    const [, changed] = await query.next(2);
    query.stop();
    expect(changed!.data.queryChanges).toMatchObject({ rows: [{ id: spring.id, data: { item: 'springs', level: 12 } }], totalCount: 1 });
    expect(changed!.data.queryChanges.scn).toBeGreaterThanOrEqual(spring.scn!);
  });

  it('refuses intervals out of range', async () => {
    const refused = live('subscription { aggregateChanges(table: "stock", aggregates: [{ function: COUNT, field: "*" }], intervalSeconds: 0) { table } }');
    const [result] = await refused.next(1).catch(() => [{ errors: refused.failure }] as Result[]);
    expect(JSON.stringify(result)).toContain('VALIDATION_FAILED');
  });
});

describe('engine events', () => {
  it('sends schema changes and transactions as they commit', async () => {
    const schemaChanges = live('subscription { schemaChanges { scn transactionId changeType objectType objectName statement user } }');
    const indexChanges = live('subscription { schemaChanges(schemaName: "main", objectTypes: [INDEX]) { changeType objectType objectName } }');
    const transactions = live('subscription { transactionEvents { eventType transactionId isolationLevel modifiedRows scn durationMs } }');
    await subscribed(['schemaChanges', 'transactionEvents']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The table through the API, as the admin; the index by the engine itself (no caller).
    expect((await call(server, 'POST', '/api/v1/tables', { name: 'later', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'code', type: 'TEXT' }] })).status).toBe(201);
    await engine().schema.createIndex('later', { name: 'later by code', columns: ['code'] });
    const transaction = await engine().transactions.beginTransaction({ mode: 'immediate' });
    await engine().data.insertRow('stock', { item: 'in a transaction', level: 1 }, { transactionId: transaction.id });
    const committed = await engine().transactions.commitTransaction(transaction.id);
    const [tableCreated, indexCreated] = await schemaChanges.next(2);
    const [onlyIndex] = await indexChanges.next(1);
    const [begun, ended] = await transactions.next(2);
    await settle();
    for (const subscription of [schemaChanges, indexChanges, transactions]) subscription.stop();
    expect(tableCreated!.data.schemaChanges).toEqual({ scn: committed.scn! - 2, transactionId: null, changeType: 'CREATE', objectType: 'TABLE', objectName: 'later', statement: expect.stringMatching(/^CREATE TABLE "later"/), user: 'admin' });
    expect(indexCreated!.data.schemaChanges).toMatchObject({ scn: committed.scn! - 1, changeType: 'CREATE', objectType: 'INDEX', objectName: 'later by code', statement: expect.stringContaining('INDEX'), user: null });
    expect(indexChanges.results).toHaveLength(1);
    expect(onlyIndex!.data.schemaChanges).toEqual({ changeType: 'CREATE', objectType: 'INDEX', objectName: 'later by code' });
    // The engine's own change-capture triggers, created with the table, are not reported.
    expect(schemaChanges.results).toHaveLength(2);
    expect(begun!.data.transactionEvents).toMatchObject({ eventType: 'BEGIN', transactionId: transaction.id, isolationLevel: 'immediate', modifiedRows: 0, scn: null });
    expect(ended!.data.transactionEvents).toMatchObject({ eventType: 'COMMIT', modifiedRows: 1, scn: committed.scn });
    expect(ended!.data.transactionEvents.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses schemaChanges of a schema the database does not have', async () => {
    const refused = live('subscription { schemaChanges(schemaName: "public") { objectName } }');
    const [result] = await refused.next(1).catch(() => [{ errors: refused.failure }] as Result[]);
    expect(JSON.stringify(result)).toContain('NOT_FOUND');
  });

  it('sends session events, query execution and slow queries as their producers publish them', async () => {
    const sessions = live('subscription { sessionEvents(userFilter: "ada") { eventType reason username } }');
    const execution = live('subscription { queryExecution(queryId: "q-1") { queryId status rowsAffected elapsedMs message } }');
    const slow = live('subscription { slowQueriesStream(thresholdMs: 500) { queryId sqlText executionTimeMs outcome rowsReturned startTime endTime } }');
    await subscribed(['sessionEvents', 'queryExecution', 'slowQueriesStream']);
    const at = new Date().toISOString();
    const events = engine().events;
    events.publish('session.opened', { sessionId: 's1', userId: 'u2', username: 'grace', reason: 'login', at });
    events.publish('session.opened', { sessionId: 's2', userId: 'u1', username: 'ada', reason: 'login', at });
    events.publish('session.closed', { sessionId: 's2', userId: 'u1', username: 'ada', reason: 'logout', at });
    const finished = { sql: 'SELECT 1', transactionId: null, actor: null, requestId: null, operation: null, rows: 1, errorCode: null, finishedAtMs: Date.parse('2026-01-01T00:00:02.000Z') };
    events.publish('query.started', { queryId: 'q-1', sql: 'SELECT 1', transactionId: null, actor: null, requestId: null, operation: null, startedAtMs: Date.parse(at) });
    events.publish('query.finished', { ...finished, queryId: 'q-2', outcome: 'completed', durationMs: 20 });
    events.publish('query.finished', { ...finished, queryId: 'q-1', outcome: 'failed', durationMs: 2000, errorCode: 'STATEMENT_TIMEOUT' });
    const sessionEvents = await sessions.next(2);
    const executionEvents = await execution.next(2);
    const slowEvents = await slow.next(1);
    await settle();
    for (const subscription of [sessions, execution, slow]) subscription.stop();
    expect(sessionEvents.map((result) => result.data.sessionEvents)).toEqual([
      { eventType: 'OPENED', reason: 'login', username: 'ada' },
      { eventType: 'CLOSED', reason: 'logout', username: 'ada' },
    ]);
    expect(executionEvents.map((result) => result.data.queryExecution)).toEqual([
      { queryId: 'q-1', status: 'STARTED', rowsAffected: null, elapsedMs: null, message: null },
      { queryId: 'q-1', status: 'FAILED', rowsAffected: 1, elapsedMs: 2000, message: 'STATEMENT_TIMEOUT' },
    ]);
    expect(slow.results).toHaveLength(1);
    expect(slowEvents[0]!.data.slowQueriesStream).toEqual({ queryId: 'q-1', sqlText: 'SELECT 1', executionTimeMs: 2000, outcome: 'FAILED', rowsReturned: 1, startTime: '2026-01-01T00:00:00.000Z', endTime: '2026-01-01T00:00:02.000Z' });
  });
});

/** A raw graphql-transport-ws connection, acknowledged. */
async function connectRaw(target: TestServer, options: { autoPong?: boolean } = {}): Promise<WebSocket> {
  const socket = new WebSocket(`${target.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: target.auth, autoPong: options.autoPong ?? true });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise<void>((resolve) => socket.on('message', (raw) => JSON.parse(raw.toString()).type === 'connection_ack' && resolve()));
  return socket;
}

const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

describe('a graphql-ws client that stops reading', () => {
  it('is told it lagged with the SCN to resume from, never slows a reader beside it, and resumes without loss', async () => {
    const own = await startTestServer({ wsSendQueueLimit: 100 });
    try {
      const ownEngine = own.server.engine;
      await ownEngine.schema.createTable({ name: 'feed', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'label', type: 'TEXT' }, { name: 'note', type: 'TEXT' }] });
      const since = ownEngine.flashback.currentScn().scn;
      const query = 'subscription ($since: SafeInt) { tableChanges(table: "feed", sinceScn: $since) { scn row { data } } }';
      const subscribe = async (from: number) => {
        const socket = await connectRaw(own);
        const messages: Array<{ type: string; payload: any }> = [];
        socket.on('message', (raw) => messages.push(JSON.parse(raw.toString())));
        socket.send(JSON.stringify({ id: 'feed', type: 'subscribe', payload: { query, variables: { since: from } } }));
        const changes = () => messages.filter((message) => message.type === 'next').map((message) => message.payload.data.tableChanges as { scn: number; row: { data: { label: string } } });
        return { socket, messages, changes };
      };
      const reader = await subscribe(since);
      const stalled = await subscribe(since);
      for (let attempt = 0; attempt < 50 && (await call(own, 'GET', '/api/v1/ws/status')).body.total_subscriptions < 2; attempt += 1) await settle();
      // ws's own pause: the socket stops reading, the kernel's buffers fill, then the server's queue.
      stalled.socket.pause();
      const note = 'x'.repeat(64 * 1024);
      const total = 400;
      for (let batch = 0; batch < total; batch += 25) await Promise.all(Array.from({ length: 25 }, (_, index) => ownEngine.data.insertRow('feed', { label: String(batch + index), note })));
      const labels = Array.from({ length: total }, (_, index) => String(index));
      const deadline = Date.now() + 60_000;
      while (reader.changes().length < total && Date.now() < deadline) await settle();
      expect(reader.changes().map((change) => change.row.data.label)).toEqual(labels);

      stalled.socket.resume();
      while (!stalled.messages.some((message) => message.type === 'error') && Date.now() < deadline) await settle();
      const error = stalled.messages.find((message) => message.type === 'error')!;
      const delivered = stalled.changes();
      expect(delivered.length).toBeLessThan(total);
      expect(delivered.map((change) => change.scn)).toEqual(Array.from({ length: delivered.length }, (_, index) => since + index + 1));
      expect(error.payload[0].extensions).toMatchObject({ code: 'LAGGED', resumeScn: delivered.at(-1)!.scn });
      expect((await call(own, 'GET', '/api/v1/ws/status')).body.lagged).toBe(1);

      const resumed = await subscribe(error.payload[0].extensions.resumeScn);
      while (resumed.changes().length < total - delivered.length && Date.now() < deadline) await settle();
      expect([...delivered, ...resumed.changes()].map((change) => change.row.data.label)).toEqual(labels);
      for (const socket of [reader.socket, stalled.socket, resumed.socket]) socket.close();
    } finally {
      await own.close();
    }
  }, 120_000);
});

describe('query progress', () => {
  it('reports the rows a streamed query has produced, at most every 250 ms, then how it ended', async () => {
    const sql = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 500) SELECT x FROM c';
    const stream = await engine().query.streamQuery(sql, undefined, 50, null);
    const queryId = engine().database.statements.list().find((statement) => statement.sql === sql)!.id;
    const execution = live('subscription ($queryId: ID!) { queryExecution(queryId: $queryId) { queryId status rowsAffected rowsProduced elapsedMs timestamp } }', { queryId });
    await subscribed(['queryExecution']);
    // A reader that takes a batch every 100 ms: ten batches over about a second.
    let rows = 0;
    for (let batch = await stream.next(); batch !== null; batch = await stream.next()) {
      rows += batch.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const events = await execution.next(1);
    const deadline = Date.now() + 5000;
    while (!execution.results.some((result) => result.data.queryExecution.status === 'COMPLETED') && Date.now() < deadline) await settle();
    execution.stop();
    const all = execution.results.map((result) => result.data.queryExecution);
    const progress = all.filter((event) => event.status === 'PROGRESS');
    expect(events).toHaveLength(1);
    expect(rows).toBe(500);
    // Ten batches at least 100 ms apart: at least two reports, never two within 250 ms, each with more rows.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThanOrEqual(10);
    for (const [index, event] of progress.entries()) {
      expect(event).toMatchObject({ queryId, rowsAffected: null });
      expect(event.rowsProduced % 50).toBe(0);
      if (index === 0) continue;
      expect(event.rowsProduced).toBeGreaterThan(progress[index - 1].rowsProduced);
      expect(event.elapsedMs - progress[index - 1].elapsedMs).toBeGreaterThanOrEqual(250);
    }
    expect(all.at(-1)).toMatchObject({ queryId, status: 'COMPLETED', rowsAffected: 500, rowsProduced: null });
  });
});

describe('graphql-ws heartbeat and idle timeout', () => {
  let own: TestServer;

  beforeAll(async () => {
    own = await startTestServer({ wsHeartbeatMs: 300, wsIdleTimeoutMs: 1500 });
  });
  afterAll(() => own.close());

  it('closes a connection with no message either way after the idle timeout', async () => {
    const socket = await connectRaw(own);
    const started = Date.now();
    expect(await closeCode(socket)).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('drops a peer that answers no ping for two intervals', async () => {
    const socket = await connectRaw(own, { autoPong: false });
    const started = Date.now();
    expect(await closeCode(socket)).toBe(1006);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });
});

describe('connection management', () => {
  it('reports what waits for a client that stops reading, and nothing once it reads', async () => {
    await engine().schema.createTable({ name: 'wide', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'note', type: 'TEXT' }] });
    const socket = await connectRaw(server);
    const received: number[] = [];
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'next') received.push(message.payload.data.tableChanges.scn);
    });
    socket.send(JSON.stringify({ id: 'w', type: 'subscribe', payload: { query: 'subscription { tableChanges(table: "wide") { scn row { data } } }' } }));
    const queued = async () => {
      const { body } = await call(server, 'GET', '/api/v1/ws/connections');
      return body.connections.find((connection: { surface: string; subscriptions: number }) => connection.surface === 'graphql-ws' && connection.subscriptions === 1).queued as number;
    };
    for (let attempt = 0; attempt < 50 && (await call(server, 'GET', '/api/v1/ws/status')).body.total_subscriptions < 1; attempt += 1) await settle();
    expect(await queued()).toBe(0);
    socket.pause();
    // More than the kernel's socket buffers hold: the rest waits in the server.
    const note = 'x'.repeat(64 * 1024);
    const total = 300;
    for (let batch = 0; batch < total; batch += 25) await Promise.all(Array.from({ length: 25 }, () => engine().data.insertRow('wide', { note })));
    await settle();
    const waiting = await queued();
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThanOrEqual(total);
    const status = (await call(server, 'GET', '/api/v1/ws/status')).body;
    expect(status.queued).toBeGreaterThanOrEqual(waiting);
    socket.resume();
    const deadline = Date.now() + 30_000;
    while (received.length < total && Date.now() < deadline) await settle();
    expect(received).toHaveLength(total);
    expect(await queued()).toBe(0);
    socket.close();
  }, 60_000);

  it('lists graphql-ws connections with their subscriptions, and disconnects them', async () => {
    // A client of its own that does not reconnect, to see the close.
    let closedWith: number | undefined;
    const own = createWsClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: server.auth, on: { closed: (event) => (closedWith = (event as { code: number }).code) } });
    own.subscribe({ query: 'subscription { heartbeat(intervalSeconds: 60) { sequence } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    const lists = '{ websocketStatus { activeConnections graphqlWsConnections totalSubscriptions } websocketConnections { connectionId surface username subscriptions { subscriptionId target params } } }';
    let { data } = await graphql(lists);
    for (let attempt = 0; attempt < 100 && !JSON.stringify(data.websocketConnections).includes('heartbeat'); attempt += 1) {
      await settle();
      ({ data } = await graphql(lists));
    }
    expect(data.websocketStatus.graphqlWsConnections).toBeGreaterThanOrEqual(1);
    const connection = data.websocketConnections.find((candidate: { surface: string; subscriptions: Array<{ target: string }> }) => candidate.surface === 'graphql-ws' && candidate.subscriptions.some((subscription) => subscription.target === 'heartbeat'));
    expect(connection).toMatchObject({ username: 'admin', subscriptions: [{ target: 'heartbeat', params: { intervalSeconds: 60 } }] });
    const { data: listed } = await graphql('query ($id: ID!) { websocketConnectionSubscriptions(id: $id) { target } }', { id: connection.connectionId });
    expect(listed.websocketConnectionSubscriptions).toEqual([{ target: 'heartbeat' }]);
    const { data: disconnected } = await graphql('mutation ($id: ID!) { disconnectWebsocketConnection(id: $id) { connectionId } }', { id: connection.connectionId });
    expect(disconnected.disconnectWebsocketConnection.connectionId).toBe(connection.connectionId);
    const deadline = Date.now() + 5000;
    while (closedWith === undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closedWith).toBe(4000);
    await own.dispose();
    const missing = await graphql('mutation { disconnectWebsocketConnection(id: "conn-none") { connectionId } }');
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const broadcast = await graphql('mutation { broadcastWebsocketMessage(message: "hello", data: { a: 1 }) { delivered dropped } }');
    expect(broadcast.data.broadcastWebsocketMessage).toEqual({ delivered: 0, dropped: 0 });
  });
});
