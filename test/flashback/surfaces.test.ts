// Flashback on every surface: REST through the generated SDK (end to end), GraphQL with the
// SDK's typed documents, the flashbackOperations subscription, and /api/v1/ws/flashback/events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQL, StrataApiError, StrataGraphQLError } from '../../generated/client/index.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.client.rest.createTable({ body: { name: 'notes', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'body', type: 'TEXT' }] } });
});

afterAll(() => server.close());

describe('REST through the SDK', () => {
  it('reads the past, restores a table to a restore point, undoes the restore and reports it all in stats', async () => {
    const { rest } = server.client;
    await rest.insertRows({ path: { name: 'notes' }, body: { rows: [{ body: 'first' }, { body: 'second' }] } });
    const point = await rest.createRestorePoint({ body: { name: 'before_edits', guaranteed: true } });
    expect(point).toMatchObject({ name: 'before_edits', guaranteed: true, scn: (await rest.currentScn()).scn });
    await rest.updateRow({ path: { name: 'notes', id: '1' }, body: { body: 'edited' } });
    await rest.deleteRow({ path: { name: 'notes', id: '2' } });

    const past = await rest.flashbackQuery({ body: { table: 'notes', asOf: { restorePoint: 'before_edits' } } });
    expect(past.rows.map((row) => row.data.body)).toEqual(['first', 'second']);
    const versions = await rest.flashbackVersions({ body: { table: 'notes', from: { restorePoint: 'before_edits' }, to: { timestamp: new Date().toISOString() } } });
    expect(versions.versions.map((version) => version.operation)).toEqual([null, null, 'UPDATE', 'DELETE']);

    const restored = await rest.flashbackTable({ body: { table: 'notes', to: { restorePoint: 'before_edits' } } });
    expect(restored).toMatchObject({ targetScn: point.scn, rowsChanged: 2, tables: [{ table: 'notes', inserted: 1, updated: 1, deleted: 0 }] });
    expect((await rest.queryTable({ path: { name: 'notes' } })).rows.map((row) => row.data.body)).toEqual(['first', 'second']);
    const undone = await rest.flashbackTransaction({ body: { transactionId: restored.transactionId } });
    expect(undone.reversed).toEqual([{ scn: restored.scn, transactionId: restored.transactionId }]);
    expect((await rest.queryTable({ path: { name: 'notes' } })).rows.map((row) => row.data.body)).toEqual(['edited']);

    expect((await rest.restorePoints()).map((each) => each.name)).toContain('before_edits');
    const stats = await rest.flashbackStats();
    expect(stats).toMatchObject({ retentionSeconds: 86_400, oldestScn: 0, restorePoints: { guaranteed: 1 }, operations: { query: 1, versions: 1, table: 1, transaction: 1 } });
    expect(stats.history).toMatchObject({ commits: 6, changes: 8 });
    await rest.dropRestorePoint({ path: { name: 'before_edits' } });
    expect((await rest.flashbackStats()).restorePoints.guaranteed).toBe(0);
  });

  it('answers bad points with 400, unknown names with 404 and conflicts with 409, as problem+json', async () => {
    const { rest } = server.client;
    const future = await rest.flashbackQuery({ body: { table: 'notes', asOf: { scn: (await rest.currentScn()).scn + 1 } } }).catch((caught: unknown) => caught);
    expect(future).toBeInstanceOf(StrataApiError);
    expect(future).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', problem: { errors: [{ pointer: '/body/asOf/scn' }] } });
    const twoKinds = await call(server, 'POST', '/api/v1/flashback/query', { table: 'notes', asOf: { scn: 1, timestamp: '2020-01-01T00:00:00Z' } });
    expect(twoKinds.status).toBe(400);
    expect(await rest.flashbackQuery({ body: { table: 'notes', asOf: { restorePoint: 'nowhere' } } }).catch((caught: StrataApiError) => caught.status)).toBe(404);
    expect(await rest.dropRestorePoint({ path: { name: 'nowhere' } }).catch((caught: StrataApiError) => caught.status)).toBe(404);
    await rest.createRestorePoint({ body: { name: 'twice' } });
    expect(await rest.createRestorePoint({ body: { name: 'twice' } }).catch((caught: StrataApiError) => caught.status)).toBe(409);
    const both = await call(server, 'POST', '/api/v1/flashback/transaction', { scn: 1, transactionId: 'x' });
    expect(both).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const open = await rest.beginTransaction({ body: {} });
    const refused = await rest.flashbackDatabase({ body: { to: { scn: 0 } } }).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ status: 409, code: 'CONFLICT' });
    await rest.rollbackTransaction({ path: { id: open.id } });
  });
});

describe('GraphQL', () => {
  it('queries the past and restores through typed documents, with the same errors as REST', async () => {
    const { graphql, rest } = server.client;
    const before = (await rest.currentScn()).scn;
    const inserted = await rest.insertRow({ path: { name: 'notes' }, body: { body: 'from graphql test' } });
    const past = await graphql.request(GraphQL.FlashbackQueryQueryDocument, { table: 'notes', asOf: { scn: before } });
    expect(past.flashbackQuery.rows.map((row) => (row.data as { body: string }).body)).not.toContain('from graphql test');
    const filtered = await graphql.request(GraphQL.FlashbackQueryQueryDocument, { table: 'notes', asOf: { scn: inserted.scn! }, where: [{ field: 'body', operator: 'LIKE', value: 'from%' }] });
    expect(filtered.flashbackQuery.rows.map((row) => row.id)).toEqual([inserted.id]);
    const versions = await graphql.request(GraphQL.FlashbackVersionsQueryDocument, { table: 'notes', from: { scn: before }, to: { scn: inserted.scn! } });
    expect(versions.flashbackVersions.versions.at(-1)).toMatchObject({ operation: 'INSERT', startScn: inserted.scn, rowId: inserted.id });
    const reversed = await graphql.request(GraphQL.FlashbackTransactionMutationDocument, { scn: inserted.scn! });
    expect(reversed.flashbackTransaction).toMatchObject({ reversed: [{ scn: inserted.scn }], rowsChanged: 1 });
    const restored = await graphql.request(GraphQL.FlashbackTableMutationDocument, { table: 'notes', to: { scn: inserted.scn! } });
    expect(restored.flashbackTable).toMatchObject({ rowsChanged: 1, tables: [{ table: 'notes', inserted: 1 }] });
    const created = await graphql.request(GraphQL.CreateRestorePointMutationDocument, { name: 'gql_point' });
    expect(created.createRestorePoint.guaranteed).toBe(false);
    expect((await graphql.request(GraphQL.RestorePointsQueryDocument)).restorePoints.map((point) => point.name)).toContain('gql_point');
    expect((await graphql.request(GraphQL.DropRestorePointMutationDocument, { name: 'gql_point' })).dropRestorePoint).toBe(true);
    const stats = await graphql.request(GraphQL.FlashbackStatsQueryDocument);
    expect(stats.flashbackStats.currentScn).toBe((await rest.currentScn()).scn);
    const ambiguous = await graphql.request(GraphQL.FlashbackQueryQueryDocument, { table: 'notes', asOf: { scn: 1, restorePoint: 'x' } }).catch((caught: unknown) => caught);
    expect(ambiguous).toBeInstanceOf(StrataGraphQLError);
    expect((ambiguous as StrataGraphQLError).errors[0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const missing = await graphql.request(GraphQL.FlashbackDatabaseMutationDocument, { to: { restorePoint: 'nowhere' } }).catch((caught: StrataGraphQLError) => caught.errors[0]!.extensions);
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells flashbackOperations subscribers about each operation', async () => {
    const { graphql, rest } = server.client;
    const operations = graphql.subscribe(GraphQL.FlashbackOperationsSubscriptionDocument);
    const first = operations.next();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const point = await rest.createRestorePoint({ body: { name: 'seen_by_subscription' } });
    const event = await first;
    expect(event.value?.flashbackOperations).toMatchObject({ operation: 'RESTORE_POINT_CREATED', restorePoint: 'seen_by_subscription', targetScn: point.scn, tables: [] });
    await operations.return?.();
  });
});

describe('the flashback events channel', () => {
  it('sends each operation as a flashback_event that matches its schema', async () => {
    const socket = await TestSocket.open(server, 'flashback');
    try {
      const { rest } = server.client;
      const scn = (await rest.currentScn()).scn;
      await rest.flashbackQuery({ body: { table: 'notes', asOf: { scn } } });
      const restored = await rest.flashbackTable({ body: { table: 'notes', to: { scn: 0 } } });
      const events = await socket.collect((message) => message.message_type === 'flashback_event', 2);
      expect(events.map((message) => message.data)).toMatchObject([
        { operation: 'query', tables: ['notes'], targetScn: scn, scn: null },
        { operation: 'table', tables: ['notes'], targetScn: 0, scn: restored.scn, rows: restored.rowsChanged },
      ]);
      expect(socket.invalid).toEqual([]);
    } finally {
      await socket.close();
    }
  });

  it('refuses query parameters it does not take', async () => {
    await expect(TestSocket.open(server, 'flashback', { table: 'notes' })).rejects.toMatchObject({ status: 400 });
  });
});
