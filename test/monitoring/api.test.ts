// Monitoring over every surface, driven with real traffic: the figures move as requests, SQL and
// connections come and go; REST through fetch and the generated SDK, GraphQL queries and
// subscriptions through the SDK, and the metrics and dashboard channels.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQL, StrataApiError, StrataGraphQLError } from '../../generated/client/index.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ logLevel: 'info' });
}, 120_000);

afterAll(() => server.close());

describe('metrics', () => {
  it('counts HTTP requests by operation and status, with latency', async () => {
    for (let index = 0; index < 5; index++) await call(server, 'GET', '/api/v1/info');
    await call(server, 'GET', '/api/v1/tables/nowhere');
    const metrics = await server.client.rest.metrics();
    const info = metrics.http.operations.find((operation) => operation.operation === 'serverInfo');
    expect(info?.requests).toBeGreaterThanOrEqual(5);
    expect(info?.meanLatencyMs).toBeGreaterThan(0);
    expect(metrics.http.operations.find((operation) => operation.operation === 'table')?.clientErrors).toBeGreaterThanOrEqual(1);
    expect(metrics.http.latencyMs.max).toBeGreaterThan(0);
    expect(metrics.performance.memory.rssBytes).toBeGreaterThan(0);
    expect(metrics.performance.storage.pageSizeBytes).toBe(4096);
  });

  it('serves the Prometheus exposition that promtool accepts, with request counters', async () => {
    await call(server, 'GET', '/api/v1/info');
    const response = await fetch(`${server.url}/api/v1/metrics/prometheus`, { headers: server.auth });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/strata_http_requests_total\{operation="serverInfo",method="GET",status="200"\} \d+/);
    expect(text).toMatch(/strata_http_request_duration_seconds_bucket\{le="0.005",operation="serverInfo"\}/);
    expect(execFileSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' })).toBe('');
    expect(typeof (await server.client.rest.prometheusMetrics())).toBe('string');
  });

  it('answers the statistics under /stats and /monitoring alike', async () => {
    for (const base of ['/api/v1/stats', '/api/v1/monitoring']) {
      const queries = await call(server, 'GET', `${base}/queries`);
      expect(queries.body).toMatchObject({ total: expect.any(Number), latencyMs: { p99: expect.any(Number) } });
      const sessions = await call(server, 'GET', `${base}/sessions`);
      expect(sessions.body.sessions).toEqual(expect.any(Array));
      const performance = await call(server, 'GET', `${base}/performance`);
      expect(performance.body.cpuPercent).toEqual(expect.any(Number));
    }
  });

  it('refuses a caller without system:read', async () => {
    const response = await call(server.url, 'GET', '/api/v1/metrics');
    expect(response.status).toBe(401);
  });
});

describe('health', () => {
  it('reports every component, and the probes answer', async () => {
    const full = await call(server, 'GET', '/api/v1/health/full');
    expect(full.status).toBe(200);
    expect(full.body.components.map((component: { name: string }) => component.name)).toContain('storage');
    expect((await call(server, 'GET', '/api/v1/admin/health')).body.components).toHaveLength(7);
    expect((await call(server.url, 'GET', '/api/v1/health/startup')).status).toBe(200);
    const graphql = await server.client.graphql.request(GraphQL.HealthStatusQueryDocument);
    expect(graphql.healthStatus.components.find((component) => component.name === 'storage')?.status).toBe('PASS');
  });

  it('sends the first health report at once over healthStatusChanges, and refuses a bad interval', async () => {
    const changes = server.client.graphql.subscribe(GraphQL.HealthStatusChangesSubscriptionDocument, { intervalSeconds: 1 });
    const first = await changes.next();
    expect(first.value?.healthStatusChanges.changedComponents).toHaveLength(7);
    await changes.return?.();
    const bad = server.client.graphql.subscribe(GraphQL.HealthStatusChangesSubscriptionDocument, { intervalSeconds: 0 });
    const error = await bad.next().catch((caught: unknown) => caught);
    expect((error as StrataGraphQLError).code).toBe('VALIDATION_FAILED');
  });
});

describe('logs', () => {
  it('reads back what the server logged, filtered by request id and text', async () => {
    server.server.log.info({ requestId: 'trace-logs-1', operationId: 'insertRow', user: 'ada', latencyMs: 4.5 }, 'request');
    server.server.log.warn({ requestId: 'trace-logs-2' }, 'something odd');
    const page = await call(server, 'GET', '/api/v1/logs?requestId=trace-logs-1');
    expect(page.body.entries).toEqual([expect.objectContaining({ requestId: 'trace-logs-1', operation: 'insertRow', user: 'ada', latencyMs: 4.5, level: 'info' })]);
    const warnings = await call(server, 'GET', '/api/v1/logs?level=warn&text=ODD');
    expect(warnings.body.entries.map((entry: { requestId: string }) => entry.requestId)).toContain('trace-logs-2');
    const bad = await call(server, 'GET', '/api/v1/logs?level=loud');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/query/level');
  });
});

describe('alerts', () => {
  it('fires, is acknowledged over REST, streams over GraphQL, and resolves', async () => {
    const stream = server.client.graphql.subscribe(GraphQL.AlertStreamSubscriptionDocument, { severityFilter: ['CRITICAL'] });
    const firstEvent = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const rule = await server.client.rest.createAlertRule({ body: { name: 'sessions open', metric: 'websocket_connections', comparison: 'gte', threshold: 0, severity: 'critical' } });
    server.server.engine.monitoring.alerts.evaluate();
    const streamed = await firstEvent;
    expect(streamed.value?.alertStream).toMatchObject({ ruleId: rule.id, state: 'FIRING', severity: 'CRITICAL' });
    const alertId = streamed.value!.alertStream.id;
    const listed = await call(server, 'GET', '/api/v1/alerts?severity=critical&state=firing');
    expect(listed.body.alerts.map((alert: { id: string }) => alert.id)).toContain(alertId);
    const acknowledged = await server.client.rest.acknowledgeAlert({ path: { id: alertId } });
    expect(acknowledged).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'admin' });
    await server.client.rest.updateAlertRule({ path: { id: rule.id }, body: { name: 'sessions open', metric: 'websocket_connections', comparison: 'lt', threshold: 0, severity: 'critical' } });
    const resolved = await server.client.graphql.request(GraphQL.AlertsQueryDocument, { state: 'RESOLVED' });
    expect(resolved.alerts.map((alert) => alert.id)).toContain(alertId);
    const again = await server.client.graphql.request(GraphQL.AcknowledgeAlertMutationDocument, { id: alertId }).catch((caught: unknown) => caught);
    expect((again as StrataGraphQLError).code).toBe('CONFLICT');
    await stream.return?.();
    await server.client.rest.deleteAlertRule({ path: { id: rule.id } });
    const gone = await server.client.rest.alertRule({ path: { id: rule.id } }).catch((caught: unknown) => caught);
    expect((gone as StrataApiError).status).toBe(404);
  });

  it('refuses a rule over an unknown metric with 400', async () => {
    const response = await call(server, 'POST', '/api/v1/alerts/rules', { name: 'x', metric: 'mood', comparison: 'gt', threshold: 1, severity: 'info' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/body/metric');
  });
});

describe('streams', () => {
  it('sends system metrics at once on /api/v1/ws/metrics, and counts the connection', async () => {
    const socket = await TestSocket.open(server, 'metrics', { interval: '1' });
    const message = await socket.next((candidate) => candidate.message_type === 'system_metrics');
    expect(message.data.active_connections).toBeGreaterThanOrEqual(1);
    expect(message.data.memory_usage).toBeGreaterThan(0);
    const two = await socket.collect((candidate) => candidate.message_type === 'system_metrics', 2, 5_000);
    expect(two).toHaveLength(2);
    expect(socket.invalid).toEqual([]);
    await socket.close();
  });

  it('refuses an interval out of range at the upgrade', async () => {
    await expect(TestSocket.open(server, 'metrics', { interval: '0' })).rejects.toMatchObject({ status: 400 });
    await expect(TestSocket.open(server, 'dashboard', { interval: '61' })).rejects.toMatchObject({ status: 400 });
  });

  it('sends everything a dashboard needs on /api/v1/dashboard/stream', async () => {
    const socket = await TestSocket.open(server, 'dashboard');
    const message = await socket.next((candidate) => candidate.message_type === 'dashboard_update');
    expect(message.data.health.components).toHaveLength(7);
    expect(message.data.metrics.websocket.endpoints).toContainEqual({ endpoint: 'dashboard', connections: 1 });
    expect(socket.invalid).toEqual([]);
    await socket.close();
  });

  it('streams chosen system metrics over GraphQL, and metrics through the SDK channel', async () => {
    const metrics = server.client.graphql.subscribe(GraphQL.SystemMetricsSubscriptionDocument, { intervalSeconds: 1, metricTypes: ['CPU', 'QUERIES'] });
    const first = (await metrics.next()).value!.systemMetrics;
    expect(first.cpuUsage).toEqual(expect.any(Number));
    expect(first.activeQueries).toEqual(expect.any(Number));
    expect(first.memoryUsage).toBeNull();
    await metrics.return?.();
    const performance = server.client.graphql.subscribe(GraphQL.PerformanceStreamSubscriptionDocument, { interval: 1 });
    expect((await performance.next()).value?.performanceStream.storage.pageSizeBytes).toBe(4096);
    await performance.return?.();
    const received = await new Promise<number>((resolve) => {
      const channel = server.client.channels.open('metrics', { interval: '1' }, {
        message(message) {
          if (message.message_type !== 'system_metrics') return;
          channel.close();
          resolve(message.data.memory_total);
        },
      });
    });
    expect(received).toBeGreaterThan(0);
  });
});

describe('GraphQL queries', () => {
  it('answers metrics, statistics and sessions from the same figures', async () => {
    const metrics = await server.client.graphql.request(GraphQL.MetricsQueryDocument);
    expect(metrics.metrics.http.requests).toBeGreaterThan(0);
    const stats = await server.client.graphql.request(GraphQL.QueryStatsQueryDocument);
    expect(stats.queryStats.latencyMs.p95).toEqual(expect.any(Number));
    const sessions = await server.client.graphql.request(GraphQL.SessionsQueryDocument);
    expect(sessions.sessions).toEqual(expect.any(Array));
    const rules = await server.client.graphql.request(GraphQL.AlertRulesQueryDocument);
    expect(rules.alertRules.filter((rule) => rule.builtIn)).toHaveLength(4);
  });

  it('counts GraphQL root fields by field, with their errors', async () => {
    await server.client.graphql.request(GraphQL.QueryStatsQueryDocument);
    await server.client.graphql.request(GraphQL.AcknowledgeAlertMutationDocument, { id: 'no-such-alert' }).catch(() => undefined);
    const { graphql } = await server.client.rest.metrics();
    expect(graphql.operations.find((operation) => operation.operation === 'queryStats')?.requests).toBeGreaterThanOrEqual(1);
    expect(graphql.operations.find((operation) => operation.operation === 'acknowledgeAlert')?.clientErrors).toBeGreaterThanOrEqual(1);
    const text = await server.client.rest.prometheusMetrics();
    expect(text).toMatch(/strata_graphql_fields_total\{type="mutation",field="acknowledgeAlert",status="404"\} \d+/);
  });
});
