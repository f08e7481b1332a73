// Administration over REST and GraphQL: running statements and kill, slow queries, terminating a
// sign-in session with everything it holds, maintenance, and the configuration document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSocket } from '../helpers/ws.js';
import { call, signIn, type TestServer } from '../helpers/server.js';
import { type AdminTestServer, ENDLESS, startWithDana } from './setup.js';

let server: TestServer;
let dana: Record<string, string>;
let graphql: AdminTestServer['graphql'];

beforeAll(async () => {
  ({ server, dana, graphql } = await startWithDana());
}, 180_000);

afterAll(() => server.close());

/** Waits until a statement whose SQL contains `marker` runs; answers it as active-queries lists it. */
async function running(marker: string) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const { body } = await call(server, 'GET', '/api/v1/monitoring/active-queries');
    const found = body.queries.find((query: { sqlText: string; state: string }) => query.sqlText.includes(marker) && query.state === 'running');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${marker} never ran`);
}

describe('running statements', () => {
  it('lists a running statement with who runs it, and kill stops it: the request gets CANCELLED', async () => {
    const request = call(server.url, 'POST', '/api/v1/query/execute', { sql: `${ENDLESS} -- rest-kill` }, dana);
    const statement = await running('rest-kill');
    expect(statement).toMatchObject({ username: 'dana', operation: 'executeSql', transactionId: null, waitEvent: null, sessionId: expect.any(String) });
    const killed = await call(server, 'POST', `/api/v1/monitoring/active-queries/${statement.queryId}/kill`);
    expect(killed.status).toBe(200);
    expect(killed.body).toMatchObject({ queryId: statement.queryId, stopped: true });
    const answer = await request;
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('CANCELLED');
    expect((await call(server, 'POST', `/api/v1/monitoring/active-queries/${statement.queryId}/kill`)).status).toBe(404);
  });

  it('kills through GraphQL and lists through activeQueries', async () => {
    const request = call(server.url, 'POST', '/api/v1/query/execute', { sql: `${ENDLESS} -- graphql-kill` }, dana);
    await running('graphql-kill');
    const listed = await graphql('{ activeQueries { queryId sqlText state username } }');
    const statement = listed.data.activeQueries.find((query: { sqlText: string }) => query.sqlText.includes('graphql-kill'));
    expect(statement).toMatchObject({ state: 'RUNNING', username: 'dana' });
    expect((await graphql('mutation ($id: ID!) { killQuery(queryId: $id) }', { id: statement.queryId })).data.killQuery).toBe(true);
    expect((await request).body.code).toBe('CANCELLED');
    expect((await graphql('mutation { killQuery(queryId: "nope") }')).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps statements past the slow threshold in slow queries, and not the others', async () => {
    await call(server, 'PUT', '/api/v1/admin/config', { slowQueryThresholdMs: 200 });
    const slow = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) AS n FROM n -- slow';
    expect((await call(server.url, 'POST', '/api/v1/query/execute', { sql: slow }, dana)).status).toBe(200);
    await call(server.url, 'POST', '/api/v1/query/execute', { sql: 'SELECT 1 -- fast' }, dana);
    const { body } = await call(server, 'GET', '/api/v1/monitoring/slow-queries');
    expect(body.thresholdMs).toBe(200);
    expect(body.queries.find((query: { sqlText: string }) => query.sqlText === 'SELECT 1 -- fast')).toBeUndefined();
    const found = body.queries.find((query: { sqlText: string }) => query.sqlText === slow);
    expect(found).toMatchObject({ outcome: 'completed', username: 'dana', rowsReturned: 1 });
    expect(found.executionTimeMs).toBeGreaterThanOrEqual(200);
    const viaGraphql = await graphql('{ slowQueries(minDurationMs: 200) { sqlText executionTimeMs outcome } }');
    expect(viaGraphql.data.slowQueries.map((query: { sqlText: string }) => query.sqlText)).toContain(slow);
    await call(server, 'PUT', '/api/v1/admin/config', { slowQueryThresholdMs: 1000 });
  });
});

describe('terminating a sign-in session', () => {
  it('revokes it, closes its sockets, stops its statements and rolls back its transactions', async () => {
    const victim = await signIn(server.url, 'dana', 'dana-password');
    const sid = JSON.parse(Buffer.from(victim.authorization!.split('.')[1]!, 'base64url').toString()).sid;
    const transaction = (await call(server.url, 'POST', '/api/v1/transactions', {}, victim)).body;
    await call(server.url, 'POST', `/api/v1/tables/notes/rows?transactionId=${transaction.id}`, { body: 'uncommitted' }, victim);
    const socket = await TestSocket.open({ url: server.url, auth: victim }, 'events');
    const request = call(server.url, 'POST', '/api/v1/query/execute', { sql: `${ENDLESS} -- terminate` }, victim);
    await running('terminate');

    const terminated = await call(server, 'DELETE', `/api/v1/monitoring/sessions/${sid}`);
    expect(terminated.status).toBe(200);
    expect(terminated.body).toEqual({ sessionId: sid, statementsCancelled: 1, transactionsRolledBack: [transaction.id] });
    expect((await request).body.code).toBe('CANCELLED');
    await socket.next(() => false, 2_000).catch(() => undefined);
    expect(socket.closed?.code).toBe(4401);
    expect((await call(server, 'GET', `/api/v1/transactions/${transaction.id}`)).body.state).toBe('rolled_back');
    expect((await call(server, 'GET', '/api/v1/tables/notes/count')).body.count).toBe(0);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, victim)).status).toBe(401);
    // dana's other session is untouched.
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, dana)).status).toBe(200);
    expect((await call(server, 'DELETE', `/api/v1/monitoring/sessions/${sid}`)).status).toBe(404);
  });

  it('terminates through GraphQL, and only for system:admin', async () => {
    const victim = await signIn(server.url, 'dana', 'dana-password');
    const sid = JSON.parse(Buffer.from(victim.authorization!.split('.')[1]!, 'base64url').toString()).sid;
    const refused = await call(server.url, 'DELETE', `/api/v1/monitoring/sessions/${sid}`, undefined, dana);
    expect(refused.status).toBe(403);
    expect((await graphql('mutation ($id: ID!) { terminateSession(sessionId: $id) }', { id: sid })).data.terminateSession).toBe(true);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, victim)).status).toBe(401);
  });
});

describe('maintenance', () => {
  it('runs each operation for real and reports what it measured', async () => {
    await call(server, 'POST', '/api/v1/tables/notes/rows/batch', { rows: Array.from({ length: 500 }, (_, index) => ({ body: 'x'.repeat(200) + index })) });
    await call(server, 'DELETE', '/api/v1/tables/notes/rows?all=true');
    const checkpoint = (await call(server, 'POST', '/api/v1/admin/maintenance', { operation: 'checkpoint' })).body;
    expect(checkpoint).toMatchObject({ operation: 'checkpoint', outcome: 'ok', walBytesAfter: 0 });
    expect(checkpoint.walBytesBefore).toBeGreaterThan(0);
    expect(checkpoint.details[0]).toMatch(/^\d+ of \d+ WAL frames copied/);
    const vacuum = (await call(server, 'POST', '/api/v1/admin/maintenance', { operation: 'vacuum' })).body;
    expect(vacuum.outcome).toBe('ok');
    await call(server, 'POST', '/api/v1/admin/maintenance', { operation: 'checkpoint' });
    const after = (await call(server, 'POST', '/api/v1/admin/maintenance', { operation: 'integrity_check' })).body;
    expect(after).toMatchObject({ operation: 'integrity_check', outcome: 'ok', details: ['ok'] });
    expect(after.databaseBytesAfter).toBeLessThan(vacuum.databaseBytesBefore);
    for (const operation of ['analyze', 'reindex', 'optimize']) {
      const result = await call(server, 'POST', '/api/v1/admin/maintenance', { operation });
      expect(result.body, operation).toMatchObject({ operation, outcome: 'ok' });
      expect(result.body.durationMs).toBeGreaterThan(0);
    }
    expect((await graphql('mutation { runMaintenance(operation: INTEGRITY_CHECK) { operation outcome details } }')).data.runMaintenance).toEqual({ operation: 'INTEGRITY_CHECK', outcome: 'OK', details: ['ok'] });
  });

  it('refuses an unknown operation, and callers without system:admin', async () => {
    expect((await call(server, 'POST', '/api/v1/admin/maintenance', { operation: 'defragment' })).body.errors[0].pointer).toBe('/body/operation');
    expect((await call(server.url, 'POST', '/api/v1/admin/maintenance', { operation: 'vacuum' }, dana)).status).toBe(403);
  });
});

describe('the configuration document', () => {
  it('lists every setting with its value, default and how it applies, secrets redacted', async () => {
    const { body } = await call(server, 'GET', '/api/v1/admin/config');
    expect(body.persisted).toBe(false);
    expect(body.settings.adminPassword).toBe('[redacted]');
    expect(body.entries.find((entry: { key: string }) => entry.key === 'statementTimeoutMs')).toMatchObject({ value: 30000, defaultValue: 30000, apply: 'live', pendingValue: null });
    expect(body.entries.find((entry: { key: string }) => entry.key === 'port')).toMatchObject({ apply: 'read_only' });
  });

  it('applies a live key at once, and records the change in the audit trail', async () => {
    const changed = await call(server, 'PUT', '/api/v1/admin/config', { statementTimeoutMs: 150 });
    expect(changed.body.settings.statementTimeoutMs).toBe(150);
    const started = performance.now();
    const timedOut = await call(server.url, 'POST', '/api/v1/query/execute', { sql: ENDLESS }, dana);
    expect(timedOut.body.code).toBe('STATEMENT_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(10_000);
    await call(server, 'PUT', '/api/v1/admin/config', { statementTimeoutMs: 30000 });
    const audit = (await call(server, 'GET', '/api/v1/security/audit?operation=updateServerConfig')).body.entries;
    expect(audit.map((entry: { target: string; detail: string }) => [entry.target, entry.detail])).toContainEqual(['config:statementTimeoutMs', '30000 -> 150 (in effect now)']);
  });

  it('keeps a restart key pending, and refuses read-only keys, unknown keys and bad values whole', async () => {
    const pending = (await call(server, 'PUT', '/api/v1/admin/config', { poolSize: 3 })).body;
    expect(pending.entries.find((entry: { key: string }) => entry.key === 'poolSize')).toMatchObject({ value: 4, pendingValue: 3, apply: 'restart' });
    const refused = await call(server, 'PUT', '/api/v1/admin/config', { port: 9000, maxTransactions: 0, colour: 'red', logLevel: 'loud', statementTimeoutMs: 5000 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/body/colour', '/body/logLevel', '/body/maxTransactions', '/body/port']);
    expect(refused.body.detail).toMatch(/port is read-only/);
    expect((await call(server, 'GET', '/api/v1/admin/config')).body.settings.statementTimeoutMs).toBe(30000);
    const viaGraphql = await graphql('mutation { updateServerConfig(config: { jwtSecret: "x" }) { persisted } }');
    expect(viaGraphql.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect((await graphql('{ serverConfig { entries { key apply } } }')).data.serverConfig.entries).toContainEqual({ key: 'logLevel', apply: 'LIVE' });
    expect((await call(server.url, 'PUT', '/api/v1/admin/config', { logLevel: 'debug' }, dana)).status).toBe(403);
  });
});
