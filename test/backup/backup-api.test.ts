// Backups over every surface, end to end through the generated SDK: REST, GraphQL (queries,
// mutations, the backupProgress subscription) and the /api/v1/ws/backup/progress channel, whose
// messages are checked against the AsyncAPI schemas.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphQL, StrataApiError, StrataGraphQLError } from '../../generated/client/index.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';

let server: TestServer;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await server.client.rest.executeSql({ body: { sql: "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO items (name) VALUES ('one'), ('two')" } });
  // Starting a server signs in (a password hash): slow when the machine is busy.
}, 120_000);

afterEach(async () => {
  for (const socket of sockets.splice(0)) {
    expect(socket.invalid).toEqual([]);
    await socket.close();
  }
});

afterAll(() => server.close());

const open = async (query: Record<string, string> = {}): Promise<TestSocket> => {
  const socket = await TestSocket.open(server, 'backup', query);
  sockets.push(socket);
  return socket;
};

describe('REST through the SDK', () => {
  it('takes, lists, verifies and restores backups, and reports progress on the channel under the request id', async () => {
    const socket = await open();
    const { rest } = server.client;
    const full = await rest.createFullBackup({ body: { compression: 'gzip' }, headers: { 'x-request-id': 'backup-e2e-1' } });
    expect(full).toMatchObject({ kind: 'full', status: 'completed', tables: [{ name: 'items', rows: 2 }] });
    const done = await socket.collect((message) => message.message_type === 'backup_progress' && message.data.status === 'completed', 1);
    expect(done[0]!.data).toMatchObject({ operation: 'backup', backupId: full.id, requestId: 'backup-e2e-1', percentage: 100 });
    await rest.insertRow({ path: { name: 'items' }, body: { name: 'three' } });
    const incremental = await rest.createIncrementalBackup({ body: {} });
    expect(incremental).toMatchObject({ kind: 'incremental', parentId: full.id, commits: 1, rowChanges: 1 });
    expect((await rest.backups()).backups.map((backup) => backup.id)).toEqual(expect.arrayContaining([full.id, incremental.id]));
    expect(await rest.backup({ path: { id: incremental.id } })).toEqual(incremental);
    expect(await rest.backupStatus({ path: { id: full.id } })).toMatchObject({ id: full.id, status: 'completed', progress: { status: 'completed' } });
    expect(await rest.verifyBackup({ path: { id: incremental.id }, body: {} })).toMatchObject({ valid: true, tables: [{ name: 'items', expectedRows: 3, actualRows: 3, matches: true }] });
    await rest.deleteRows({ path: { name: 'items' }, query: { all: true } });
    const restored = await rest.restoreBackup({ path: { id: incremental.id }, body: { mode: 'in-place' } });
    expect(restored).toMatchObject({ chain: [full.id, incremental.id], scn: incremental.scn, mode: 'in-place' });
    expect((await rest.count({ path: { name: 'items' } })).count).toBe(3);
  });

  it('refuses what it cannot do, with problem+json', async () => {
    const { rest } = server.client;
    const missing = (await rest.backup({ path: { id: '20990101T000000Z-full-000000' } }).catch((error: unknown) => error)) as StrataApiError;
    expect(missing).toBeInstanceOf(StrataApiError);
    expect(missing.status).toBe(404);
    const full = await rest.createFullBackup({ body: {} });
    await rest.createIncrementalBackup({ body: { parentId: full.id } });
    const dependent = (await rest.deleteBackup({ path: { id: full.id } }).catch((error: unknown) => error)) as StrataApiError;
    expect(dependent).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await rest.deleteBackup({ path: { id: full.id }, query: { cascade: true } })).deleted).toHaveLength(2);
    const noKey = await call(server, 'POST', '/api/v1/backup/full', { encryption: { configuredKey: true } });
    expect(noKey).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', errors: [{ pointer: '/body/encryption' }] } });
    const badPoint = await call(server, 'POST', '/api/v1/backup/pitr', { to: { scn: 1, timestamp: '2026-01-01T00:00:00Z' }, mode: 'in-place' });
    expect(badPoint.status).toBe(400);
    const future = await call(server, 'POST', '/api/v1/backup/pitr', { to: { scn: 10 ** 9 }, mode: 'in-place' });
    expect(future).toMatchObject({ status: 400, body: { errors: [{ pointer: '/body/to/scn' }] } });
    const gone = await call(server, 'POST', `/api/v1/backup/${full.id}/restore`, { mode: 'in-place' });
    expect(gone.status).toBe(404);
    const transaction = await rest.beginTransaction({ body: {} });
    const latest = await rest.createFullBackup({ body: {} });
    const refused = await call(server, 'POST', `/api/v1/backup/${latest.id}/restore`, { mode: 'in-place' });
    expect(refused).toMatchObject({ status: 409, body: { detail: expect.stringContaining('transaction') } });
    await rest.rollbackTransaction({ path: { id: transaction.id } });
  });
});

describe('GraphQL through the SDK', () => {
  it('creates, lists, verifies and recovers to a point in time, with progress on the subscription', async () => {
    const { graphql, rest } = server.client;
    const progress = graphql.subscribe(GraphQL.BackupProgressSubscriptionDocument, {});
    const first = progress.next();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const created = await graphql.request(GraphQL.CreateBackupMutationDocument, { input: { kind: 'FULL', passphrase: 'graphql secret' } });
    expect(created.createBackup).toMatchObject({ kind: 'FULL', status: 'COMPLETED', encryption: { algorithm: 'aes-256-gcm', key: 'PASSPHRASE' } });
    expect((await first).value?.backupProgress).toMatchObject({ operation: 'BACKUP', backupId: created.createBackup.id, status: 'RUNNING' });
    await progress.return?.();
    const { backups } = await graphql.request(GraphQL.BackupsQueryDocument);
    expect(backups.map((backup) => backup.id)).toContain(created.createBackup.id);
    const target = await rest.insertRow({ path: { name: 'items' }, body: { name: 'at the point' } });
    await rest.insertRow({ path: { name: 'items' }, body: { name: 'after the point' } });
    const wrong = await graphql.request(GraphQL.VerifyBackupMutationDocument, { id: created.createBackup.id, passphrase: 'nope' }).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(StrataGraphQLError);
    expect((wrong as StrataGraphQLError).code).toBe('VALIDATION_FAILED');
    const verified = await graphql.request(GraphQL.VerifyBackupMutationDocument, { id: created.createBackup.id, passphrase: 'graphql secret' });
    expect(verified.verifyBackup.valid).toBe(true);
    const inPlace = await graphql.request(GraphQL.RecoverToPointInTimeMutationDocument, { to: { scn: target.scn! }, input: { mode: 'IN_PLACE', passphrase: 'graphql secret' } });
    expect(inPlace.recoverToPointInTime).toMatchObject({ scn: target.scn, commitsReplayed: 1, rowChangesReplayed: 1 });
    const names = (await rest.executeSql({ body: { sql: 'SELECT name FROM items ORDER BY id DESC LIMIT 1' } })).rows;
    expect(names).toEqual([{ name: 'at the point' }]);
    expect((await graphql.request(GraphQL.DeleteBackupMutationDocument, { id: created.createBackup.id })).deleteBackup).toEqual([created.createBackup.id]);
  });
});

describe('schedules', () => {
  it('sets and shows the schedule over REST and GraphQL, refusing a bad pattern', async () => {
    const { graphql, rest } = server.client;
    const bad = await call(server, 'PUT', '/api/v1/backup/schedule', { full: 'nightly', incremental: null });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ pointer: '/body/full' }] } });
    const set = await rest.updateBackupSchedule({ body: { full: '0 3 1 1 *', incremental: null, retention: { keepFulls: 2 } } });
    expect(set).toMatchObject({ full: '0 3 1 1 *', retention: { keepFulls: 2, maxAgeDays: null }, nextIncrementalAt: null });
    expect(Date.parse(set.nextFullAt!)).toBeGreaterThan(Date.now());
    const updated = await graphql.request(GraphQL.UpdateBackupScheduleMutationDocument, { input: { incremental: '0 * * * *' } });
    expect(updated.updateBackupSchedule).toMatchObject({ full: null, incremental: '0 * * * *', compression: 'GZIP' });
    expect((await graphql.request(GraphQL.BackupScheduleQueryDocument)).backupSchedule.nextIncrementalAt).not.toBeNull();
    await rest.updateBackupSchedule({ body: { full: null, incremental: null } });
  });
});

describe('/api/v1/ws/backup/progress', () => {
  it('sends only the operations of the backup asked for', async () => {
    const full = await server.client.rest.createFullBackup({ body: {} });
    const socket = await open({ backup_id: full.id });
    await server.client.rest.createFullBackup({ body: {} });
    await server.client.rest.verifyBackup({ path: { id: full.id }, body: {} });
    const messages = await socket.collect((message) => message.message_type === 'backup_progress' && message.data.status === 'completed', 1);
    expect(messages[0]!.data).toMatchObject({ operation: 'verify', backupId: full.id });
    expect(socket.messages.every((message) => message.data.backupId === full.id)).toBe(true);
  });

  it('refuses an unknown query parameter', async () => {
    await expect(TestSocket.open(server, 'backup', { colour: 'red' })).rejects.toThrow();
  });
});
