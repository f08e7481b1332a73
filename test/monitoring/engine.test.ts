// The monitoring engine: figures counted from bus events (published here as their producers
// would), alert rules moving through their states, the log ring, the health report and the
// Prometheus exposition checked by promtool.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import type { QueryFinishedEvent } from '../../engine/events/bus.js';
import { LogRing } from '../../engine/modules/monitoring/log-ring.js';
import { healthChange } from '../../engine/modules/monitoring/health-changes.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;
let logged: Array<{ level: string; message: string }>;

beforeAll(async () => {
  logged = [];
  engine = await openTestEngine({ log: (level, message) => void logged.push({ level, message }) });
});

afterAll(() => engine.close());

function finished(overrides: Partial<QueryFinishedEvent>): QueryFinishedEvent {
  return { queryId: crypto.randomUUID(), sql: 'SELECT 1', transactionId: null, actor: null, requestId: null, operation: null, outcome: 'completed', durationMs: 1, rows: 1, errorCode: null, finishedAtMs: Date.now(), ...overrides };
}

describe('SQL statement figures from query.finished', () => {
  it('counts outcomes and rows and computes nearest-rank percentiles', () => {
    const before = engine.monitoring.queryStats();
    for (let ms = 1; ms <= 100; ms++) engine.events.publish('query.finished', finished({ durationMs: ms, rows: 2 }));
    engine.events.publish('query.finished', finished({ outcome: 'failed', errorCode: 'SQL_ERROR', durationMs: 100, rows: 0 }));
    engine.events.publish('query.finished', finished({ outcome: 'cancelled', durationMs: 100, rows: 0 }));
    const stats = engine.monitoring.queryStats();
    expect(stats.total - before.total).toBe(102);
    expect(stats.failed - before.failed).toBe(1);
    expect(stats.cancelled - before.cancelled).toBe(1);
    expect(stats.rows - before.rows).toBe(200);
    expect(stats.errorRate).toBeCloseTo(stats.failed / stats.total);
    expect(stats.latencyMs.p50).toBeGreaterThanOrEqual(50);
    expect(stats.latencyMs.p50).toBeLessThanOrEqual(52);
    expect(stats.latencyMs.p99).toBe(100);
    expect(stats.latencyMs.max).toBe(100);
  });

  it('counts a statement as running from its start to its end in the statement registry', () => {
    const statement = engine.database.statements.open('SELECT 2', null, 'reader-session', null);
    expect(engine.monitoring.queryStats().running).toBe(1);
    expect(engine.monitoring.systemMetrics().activeQueries).toBe(1);
    statement.end(1);
    expect(engine.monitoring.queryStats().running).toBe(0);
  });
});

describe('sessions from session and query events', () => {
  const actor = { userId: 'u1', username: 'ada', sessionId: 's1' };
  it('lists open sessions, active while a statement of theirs runs, and averages closed ones', () => {
    const opened = new Date(Date.now() - 10_000).toISOString();
    engine.events.publish('session.opened', { sessionId: 's1', userId: 'u1', username: 'ada', reason: 'login', at: opened });
    engine.events.publish('session.opened', { sessionId: 's2', userId: 'u2', username: 'bob', reason: 'login', at: opened });
    const statement = engine.database.statements.open('SELECT 1', null, 'reader-session', { actor, requestId: 'r1', operation: null, origin: { via: 'token', ip: '127.0.0.1', surface: 'rest' } });
    let stats = engine.monitoring.sessionStats();
    expect(stats).toMatchObject({ open: 2, active: 1, idle: 1, peak: 2 });
    expect(stats.sessions.find((session) => session.sessionId === 's1')).toMatchObject({ username: 'ada', state: 'active', runningQueries: 1 });
    statement.end(1);
    engine.events.publish('session.closed', { sessionId: 's2', userId: 'u2', username: 'bob', reason: 'logout', at: new Date().toISOString() });
    stats = engine.monitoring.sessionStats();
    expect(stats).toMatchObject({ open: 1, active: 0, idle: 1, peak: 2, closedTotal: 1 });
    expect(stats.averageDurationSeconds).toBeGreaterThanOrEqual(9);
    expect(engine.monitoring.sessions()).toEqual([expect.objectContaining({ sessionId: 's1', state: 'idle', queries: 1 })]);
  });
});

describe('transactions and the change log', () => {
  it('counts transactions that end and SCNs delivered by the bus', async () => {
    const before = engine.monitoring.performanceData();
    const at = new Date().toISOString();
    engine.events.publish('transaction.ended', { transactionId: 't1', state: 'committed', scn: null, actor: null, at });
    engine.events.publish('transaction.ended', { transactionId: 't2', state: 'timed_out', scn: null, actor: null, at });
    await engine.schema.createTable({ name: 'things', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'label', type: 'TEXT' }] });
    await engine.data.insertRow('things', { label: 'one' });
    // The change feed publishes after commit; give it a turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = engine.monitoring.performanceData();
    expect(after.transactions.committed - before.transactions.committed).toBe(1);
    expect(after.transactions.rolledBack - before.transactions.rolledBack).toBe(1);
    expect(after.changes.scn).toBeGreaterThan(before.changes.scn);
    expect(after.changes.rowChanges - before.changes.rowChanges).toBe(1);
    expect(after.storage.fileBytes).toBeGreaterThan(0);
    expect(after.storage.pageCount).toBeGreaterThan(0);
    expect(after.storage.pageSizeBytes).toBe(4096);
    const health = await engine.monitoring.healthStatus();
    expect(health.components.find((component) => component.name === 'event-bus')).toMatchObject({ status: 'pass' });
  });
});

describe('health', () => {
  it('checks every component for real', async () => {
    const report = await engine.monitoring.healthStatus();
    expect(report.components.map((component) => component.name)).toEqual(['storage', 'change-log', 'event-bus', 'disk-space', 'wal-size', 'memory', 'event-loop']);
    expect(report.status).not.toBe('fail');
    expect(report.components.find((component) => component.name === 'disk-space')!.details).toMatch(/MiB free of/);
  });

  it('reports a change only when a status changed', async () => {
    const first = await engine.monitoring.healthStatus();
    expect(healthChange(null, first)?.changedComponents).toHaveLength(7);
    expect(healthChange(first, { ...first, checkedAt: new Date().toISOString() })).toBeNull();
    const failing = { ...first, status: 'fail' as const, components: first.components.map((component) => (component.name === 'storage' ? { ...component, status: 'fail' as const, details: 'disk I/O error' } : component)) };
    expect(healthChange(first, failing)).toMatchObject({ status: 'fail', changedComponents: [{ name: 'storage' }], errors: ['storage: disk I/O error'] });
  });
});

describe('alerts', () => {
  afterEach(() => {
    for (const rule of engine.monitoring.alerts.alertRules()) if (!rule.builtIn) engine.monitoring.alerts.deleteAlertRule(rule.id);
  });

  it('ships the default rules', () => {
    expect(engine.monitoring.alerts.alertRules().map((rule) => rule.metric).sort()).toEqual(['disk_used_percent', 'event_loop_lag_p99_ms', 'http_error_rate', 'wal_bytes']);
  });

  it('fires after the condition held for forSeconds, is acknowledged, and resolves when it stops holding', async () => {
    const alerts = engine.monitoring.alerts;
    const seen: string[] = [];
    const stop = alerts.onAlert((alert) => seen.push(alert.state));
    const rule = alerts.createAlertRule({ name: 'transactions piling up', metric: 'open_transactions', comparison: 'gte', threshold: 1, forSeconds: 10, severity: 'error' });
    const transaction = await engine.transactions.beginTransaction({});
    const start = Date.now();
    alerts.evaluate(start);
    expect(alerts.alerts({ state: 'firing' })).toHaveLength(0);
    alerts.evaluate(start + 9_000);
    expect(alerts.alerts({ state: 'firing' })).toHaveLength(0);
    alerts.evaluate(start + 10_000);
    const [fired] = alerts.alerts({ state: 'firing' });
    expect(fired).toMatchObject({ ruleId: rule.id, severity: 'error', value: 1, threshold: 1 });
    expect(logged.some((line) => line.level === 'warn' && line.message.includes('transactions piling up'))).toBe(true);
    expect(alerts.acknowledgeAlert(fired!.id, 'ada')).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'ada' });
    // Still open: a second evaluation neither resolves nor duplicates it.
    alerts.evaluate(start + 20_000);
    expect(alerts.alerts({ severity: 'error' }).filter((alert) => alert.ruleId === rule.id)).toHaveLength(1);
    await engine.transactions.rollbackTransaction(transaction.id);
    alerts.evaluate(start + 25_000);
    expect(alerts.alerts().find((alert) => alert.id === fired!.id)).toMatchObject({ state: 'resolved' });
    expect(await errorCode(() => alerts.acknowledgeAlert(fired!.id, 'ada'))).toBe('CONFLICT');
    expect(seen).toEqual(['firing', 'acknowledged', 'resolved']);
    stop();
  });

  it('refuses bad rules and unknown ids', async () => {
    const alerts = engine.monitoring.alerts;
    expect(await errorCode(() => alerts.createAlertRule({ name: 'x', metric: 'nonsense' as never, comparison: 'gt', threshold: 1, severity: 'info' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(() => alerts.createAlertRule({ name: 'x', metric: 'cpu_percent', comparison: 'gt', threshold: 1, severity: 'info', webhookUrl: 'ftp://example' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(() => alerts.alertRule('missing'))).toBe('NOT_FOUND');
    expect(await errorCode(() => alerts.acknowledgeAlert('missing', null))).toBe('NOT_FOUND');
  });
});

it('keeps alert rules across restarts, in the data directory', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'strata-alerts-'));
  try {
    const first = await openTestEngine({ memory: false, dataDir });
    const rule = first.monitoring.alerts.createAlertRule({ name: 'kept', metric: 'wal_bytes', comparison: 'gt', threshold: 1, severity: 'warning' });
    await first.close();
    const second = await openTestEngine({ memory: false, dataDir });
    expect(second.monitoring.alerts.alertRule(rule.id)).toMatchObject({ name: 'kept', builtIn: false });
    await second.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('log ring', () => {
  const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 30, time: new Date().toISOString(), service: 'strata', msg: 'request', ...fields });

  it('filters by level, operation, request id and text, newest first, in pages', () => {
    const ring = new LogRing(100);
    ring.write(line({ requestId: 'r1', operationId: 'insertRow', user: 'ada', latencyMs: 3 }));
    ring.write(line({ level: 40, requestId: 'r2', operationId: 'executeSql', msg: 'slow request' }));
    ring.write(line({ level: 50, requestId: 'r3', operationId: 'executeSql', msg: 'request failed unexpectedly', err: { message: 'Disk I/O' } }));
    ring.write('not json');
    expect(ring.logs({ level: 'warn' }, 10).entries.map((entry) => entry.requestId)).toEqual(['r3', 'r2']);
    expect(ring.logs({ operation: 'insertRow' }, 10).entries[0]).toMatchObject({ user: 'ada', latencyMs: 3, level: 'info', message: 'request' });
    expect(ring.logs({ text: 'disk i/o' }, 10).entries.map((entry) => entry.requestId)).toEqual(['r3']);
    expect(ring.logs({ requestId: 'r2' }, 10).entries[0]!.fields).toEqual({});
    const first = ring.logs({}, 2);
    expect(first.entries.map((entry) => entry.requestId)).toEqual(['r3', 'r2']);
    const second = ring.logs({}, 2, first.nextCursor!);
    expect(second.entries.map((entry) => entry.requestId)).toEqual(['r1']);
    expect(second.nextCursor).toBeNull();
    expect(ring.logs({ from: new Date(Date.now() + 60_000).toISOString() }, 10).entries).toEqual([]);
  });

  it('drops the oldest entries past its capacity', () => {
    const ring = new LogRing(3);
    for (let index = 0; index < 5; index++) ring.write(line({ requestId: `r${index}` }));
    const page = ring.logs({}, 10);
    expect(page.entries.map((entry) => entry.requestId)).toEqual(['r4', 'r3', 'r2']);
    expect(page).toMatchObject({ retained: 3, capacity: 3 });
  });
});

describe('Prometheus exposition', () => {
  it('passes promtool check metrics and carries the SQL, transaction and storage figures', async () => {
    engine.monitoring.recordRequest('insertRow', 'POST', 201, 0.002);
    engine.events.publish('query.finished', finished({ outcome: 'failed', errorCode: 'SQL_ERROR' }));
    engine.events.publish('transaction.ended', { transactionId: 't3', state: 'committed', scn: null, actor: null, at: new Date().toISOString() });
    const text = await engine.monitoring.prometheusMetrics();
    for (const name of ['strata_http_requests_total{operation="insertRow",method="POST",status="201"} 1', 'strata_sql_statements_total{outcome="failed"}', 'strata_sql_statement_duration_seconds_bucket', 'strata_transactions_total{state="committed"}', 'strata_sqlite_wal_bytes', 'strata_commits_total', 'strata_process_cpu_user_seconds_total', 'strata_nodejs_eventloop_lag_p99_seconds', 'strata_nodejs_gc_duration_seconds']) {
      expect(text).toContain(name);
    }
    const promtool = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((path) => existsSync(path));
    if (!promtool) throw new Error('promtool is missing: apt-get install prometheus (.ci/run does)');
    // promtool prints lint problems and exits non-zero on any.
    expect(execFileSync(promtool, ['check', 'metrics'], { input: text, encoding: 'utf8' })).toBe('');
  });

  it('has every metric the Grafana dashboard reads', async () => {
    const text = await engine.monitoring.prometheusMetrics();
    const used = new Set(readFileSync('docs/grafana-dashboard.json', 'utf8').match(/strata_[a-z0-9_]+/g)!.map((name) => name.replace(/_(bucket|sum|count)$/, '')));
    expect(used.size).toBeGreaterThan(15);
    for (const name of used) expect(text, name).toContain(`# TYPE ${name} `);
  });
});
