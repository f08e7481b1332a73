// Diagnostics over REST and GraphQL, driven by real load: statement profiles, active session
// history, and incidents from slow statements, failing background work and unexpected 500s.
import { renameSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type TestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';
import { type AdminTestServer, ENDLESS, startWithDana } from './setup.js';

let server: TestServer;
let dana: Record<string, string>;
let graphql: AdminTestServer['graphql'];
/** Before dana exists: no sample of hers can be older. */
const beforeDana = new Date().toISOString();

beforeAll(async () => {
  ({ server, dana, graphql } = await startWithDana());
  await call(server, 'POST', '/api/v1/tables/notes/rows/batch', { rows: [{ body: 'a' }, { body: 'b' }, { body: 'c' }] });
}, 180_000);

afterAll(() => server.close());
const sql = (text: string, as = dana) => call(server.url, 'POST', '/api/v1/query/execute', { sql: text }, as);

describe('statement profiles', () => {
  it('counts statements that differ only in literals as one, with time, rows, errors and a plan', async () => {
    for (const id of [1, 2, 3, 1]) expect((await sql(`SELECT body FROM notes WHERE id = ${id}`)).status).toBe(200);
    expect((await sql('SELECT body FROM notes WHERE id = 999999999999999999999999')).status).toBe(200);
    const { body } = await call(server, 'GET', '/api/v1/profiling/queries?orderBy=calls&limit=500');
    const profile = body.statements.find((candidate: { statement: string }) => candidate.statement === 'SELECT body FROM notes WHERE id = ?');
    expect(profile).toMatchObject({ calls: 5, errors: 0, rows: 4, planUnavailable: null });
    expect(profile.totalTimeMs).toBeGreaterThan(0);
    expect(profile.p95TimeMs).toBeLessThanOrEqual(profile.maxTimeMs);
    expect(profile.meanTimeMs).toBeCloseTo(profile.totalTimeMs / 5, 2);
    expect(profile.lastPlan[0]).toMatchObject({ operation: 'SEARCH', table: 'notes' });
    expect(await sql('SELECT missing_column FROM notes WHERE id = 7').then((response) => response.status)).toBe(400);
    const failing = (await call(server, 'GET', '/api/v1/profiling/queries?orderBy=errors&limit=1')).body.statements[0];
    expect(failing).toMatchObject({ statement: 'SELECT missing_column FROM notes WHERE id = ?', errors: 1, calls: 1 });
    expect(failing.lastPlan).toBeNull();
    expect(failing.planUnavailable).toMatch(/no such column/);
  });

  it('profiles the engine\'s own statements too, and answers over GraphQL', async () => {
    await call(server.url, 'GET', '/api/v1/tables/notes/rows/2', undefined, dana);
    const result = await graphql('{ queryProfiling(limit: 500, orderBy: CALLS) { since statements { statement calls lastPlan } } }');
    expect(result.data.queryProfiling.statements.some((profile: { statement: string }) => profile.statement.includes('FROM "notes"'))).toBe(true);
    expect((await call(server, 'GET', '/api/v1/profiling/queries?orderBy=slowest')).status).toBe(400);
  });
});

describe('active session history', () => {
  it('samples a running statement every second with who runs it, and an idle transaction', async () => {
    const from = new Date().toISOString();
    const transaction = (await call(server.url, 'POST', '/api/v1/transactions', {}, dana)).body;
    const request = sql(`${ENDLESS} -- ash`);
    let samples: Array<Record<string, unknown>> = [];
    for (let attempt = 0; attempt < 300 && samples.filter((sample) => sample.state === 'running').length < 2; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      samples = (await call(server, 'GET', `/api/v1/monitoring/ash?username=dana&from=${encodeURIComponent(from)}`)).body.samples;
    }
    const running = samples.filter((sample) => sample.state === 'running');
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(running[0]).toMatchObject({ username: 'dana', sqlText: `${ENDLESS} -- ash`, operation: 'executeSql', waitEvent: null, transactionId: null });
    expect(Number(running[1]!.elapsedMs)).toBeGreaterThan(Number(running[0]!.elapsedMs));
    expect(samples).toContainEqual(expect.objectContaining({ state: 'idle_in_transaction', waitEvent: 'client', transactionId: transaction.id, username: 'dana' }));
    await call(server, 'POST', `/api/v1/monitoring/active-queries/${running[0]!.queryId}/kill`);
    expect((await request).body.code).toBe('CANCELLED');
    await call(server.url, 'POST', `/api/v1/transactions/${transaction.id}/rollback`, undefined, dana);
    // Filters: nobody else ran anything; nothing of dana's before she existed (earlier tests ran
    // her statements, which a sample may have caught before `from`).
    expect((await call(server, 'GET', '/api/v1/monitoring/ash?username=nobody')).body.samples).toEqual([]);
    expect((await call(server, 'GET', `/api/v1/monitoring/ash?to=${encodeURIComponent(beforeDana)}&username=dana`)).body.samples).toEqual([]);
    const viaGraphql = await graphql('query ($from: DateTime) { activeSessionHistory(from: $from, username: "dana") { state username } }', { from });
    expect(viaGraphql.data.activeSessionHistory).toContainEqual({ state: 'RUNNING', username: 'dana' });
  });

  it('refuses a malformed time', async () => {
    const response = await call(server, 'GET', '/api/v1/monitoring/ash?from=yesterday');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/query/from');
  });
});

describe('incidents', () => {
  it('records a statement past the slow threshold, with its context', async () => {
    await call(server, 'PUT', '/api/v1/admin/config', { slowQueryThresholdMs: 100 });
    const slow = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) AS n FROM n -- incident';
    await sql(slow);
    await call(server, 'PUT', '/api/v1/admin/config', { slowQueryThresholdMs: 1000 });
    const { body } = await call(server, 'GET', '/api/v1/diagnostics/incidents?kind=slow_statement');
    const incident = body.incidents.find((candidate: { context: { sql: string } }) => candidate.context.sql === slow);
    expect(incident).toMatchObject({ kind: 'slow_statement', severity: 'warning', context: { outcome: 'completed', username: 'dana' } });
    expect(incident.context.durationMs).toBeGreaterThanOrEqual(100);
  });

  it('records failing background work and unexpected failures on every surface, and pages newest first', async () => {
    const unsubscribe = server.server.engine.events.subscribe('query.finished', () => {
      throw new Error('a listener broke');
    });
    await sql('SELECT 1');
    unsubscribe();
    // A bug nobody expected, behind REST, GraphQL and a WebSocket channel alike.
    const { engine } = server.server;
    const { info } = engine.system;
    const { streamQuery } = engine.query;
    engine.system.info = () => {
      throw new TypeError('boom');
    };
    engine.query.streamQuery = () => Promise.reject(new TypeError('stream boom'));
    let failedOverWs: Record<string, unknown>;
    try {
      expect((await call(server, 'GET', '/api/v1/info', undefined, { ...server.auth, 'x-request-id': 'req-42' })).status).toBe(500);
      expect((await graphql('{ serverInfo { name } }')).errors[0].extensions.code).toBe('INTERNAL');
      const socket = await TestSocket.open(server, 'query');
      socket.send({ message_type: 'query', data: { query_id: 'q-boom', sql: 'SELECT 1' } });
      failedOverWs = (await socket.next((message) => message.message_type === 'query_error')).data as Record<string, unknown>;
      socket.ws.close();
    } finally {
      engine.system.info = info;
      engine.query.streamQuery = streamQuery;
    }
    expect(failedOverWs).toMatchObject({ query_id: 'q-boom', code: 'INTERNAL' });
    const unexpected = (await call(server, 'GET', '/api/v1/diagnostics/incidents?kind=internal_error')).body.incidents;
    expect(unexpected[0]).toMatchObject({ operation: 'query', context: { surface: 'websocket', error: 'TypeError: stream boom', username: 'admin' } });
    expect(unexpected[1]).toMatchObject({ operation: 'serverInfo', context: { surface: 'graphql', path: 'serverInfo', error: 'TypeError: boom' } });
    const background = (await call(server, 'GET', '/api/v1/diagnostics/incidents?kind=background_failure')).body.incidents[0];
    expect(background).toMatchObject({ severity: 'error', context: { component: 'listener of query.finished', error: 'Error: a listener broke' } });
    const internal = (await call(server, 'GET', '/api/v1/diagnostics/incidents?requestId=req-42')).body.incidents;
    expect(internal).toEqual([expect.objectContaining({ kind: 'internal_error', operation: 'serverInfo', summary: 'serverInfo failed unexpectedly: boom', context: expect.objectContaining({ surface: 'rest', path: '/api/v1/info', error: 'TypeError: boom', username: 'admin' }) })]);
    const first = (await call(server, 'GET', '/api/v1/diagnostics/incidents?limit=1')).body;
    expect(first.incidents[0].kind).toBe('internal_error');
    const second = (await call(server, 'GET', `/api/v1/diagnostics/incidents?limit=1&cursor=${first.nextCursor}`)).body;
    expect(Number(second.incidents[0].id)).toBeLessThan(Number(first.incidents[0].id));
    const viaGraphql = await graphql('{ incidents(kind: INTERNAL_ERROR) { incidents { kind requestId } } }');
    expect(viaGraphql.data.incidents.incidents).toContainEqual({ kind: 'INTERNAL_ERROR', requestId: 'req-42' });
    expect((await call(server.url, 'GET', '/api/v1/diagnostics/incidents', undefined, dana)).status).toBe(403);
  });

  it('records a health check that starts failing, once until it passes again', async () => {
    const file = server.server.engine.database.file;
    const healthIncidents = async () => (await call(server, 'GET', '/api/v1/diagnostics/incidents?kind=health_check_failed')).body.incidents;
    const before = (await healthIncidents()).length;
    // The storage check finds the database file gone (the open connections keep working on it).
    renameSync(file, `${file}.away`);
    try {
      expect((await call(server, 'GET', '/api/v1/health/readiness')).status).toBe(503);
      expect((await call(server, 'GET', '/api/v1/health/full')).status).toBe(503);
    } finally {
      renameSync(`${file}.away`, file);
    }
    const recorded = await healthIncidents();
    expect(recorded).toHaveLength(before + 1);
    expect(recorded[0]).toMatchObject({ kind: 'health_check_failed', severity: 'error', context: { component: 'storage' } });
    expect(recorded[0].context.details).toMatch(/ENOENT/);
    expect((await call(server, 'GET', '/api/v1/health/readiness')).status).toBe(200);
    renameSync(file, `${file}.away`);
    try {
      expect((await call(server, 'GET', '/api/v1/health/readiness')).status).toBe(503);
    } finally {
      renameSync(`${file}.away`, file);
    }
    expect(await healthIncidents()).toHaveLength(before + 2);
  });
});
