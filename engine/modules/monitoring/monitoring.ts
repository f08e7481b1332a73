// Monitoring: the figures of the running server, measured where they happen. SQL statements,
// transactions, sessions and the change log are counted from the bus; HTTP requests and
// WebSocket traffic are recorded by the server through recordRequest and trackSocket; process
// and storage figures are read from the OS and SQLite. One source feeds every surface: the JSON
// operations, the Prometheus exposition, the streams and the alert rules.
import { freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { CheckResult, SystemModule } from '../system/system.js';
import type { AlertMetric } from './alert-rules.js';
import { type Alert, AlertsModule } from './alerts.js';
import { type ComponentHealth, HealthChecker, type HealthReport } from './health.js';
import { Instruments } from './instruments.js';
import { LatencyWindow, type LatencySummary, round } from './latency-window.js';
import type { LogFilter, LogPage, LogRing } from './log-ring.js';
import { Notifier, type NotifierOptions } from './notifier.js';
import { readDiskIo, readDiskSpace } from './os-readings.js';
import { type OperationFigures, operationFigures } from './operation-figures.js';
import { type QueryStats, QueryStatsCollector } from './query-stats.js';
import { type Rates, Sampler } from './sampler.js';
import { type SessionInfo, type SessionStats, SessionTracker } from './session-tracker.js';
import { type StorageReadings, StorageReader } from './storage-readings.js';

export interface MonitoringOptions {
  dataDir: string;
  databaseFile: string;
  logs: LogRing;
  log: NotifierOptions['log'];
  sampleIntervalMs: number;
  alertEvaluationIntervalMs: number;
  /** Told when a health component starts failing (diagnostics records it as an incident). */
  onHealthFailure: (component: ComponentHealth) => void;
}

export interface HttpFigures {
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds, over the most recent requests. */
  latencyMs: LatencySummary;
  operations: OperationFigures[];
}

export interface WebSocketFigures {
  connections: number;
  messagesReceived: number;
  messagesSent: number;
  endpoints: Array<{ endpoint: string; connections: number }>;
}

export interface PerformanceData {
  timestamp: string;
  cpuPercent: number;
  memory: { rssBytes: number; heapUsedBytes: number; heapTotalBytes: number; externalBytes: number; systemTotalBytes: number; systemFreeBytes: number };
  eventLoopLagMs: Rates['eventLoopLagMs'];
  disk: { readBytesPerSecond: number | null; writeBytesPerSecond: number | null; totalBytes: number; freeBytes: number };
  network: { receivedBytesPerSecond: number | null; sentBytesPerSecond: number | null };
  storage: StorageReadings;
  transactions: { open: number; committed: number; rolledBack: number; commitsPerSecond: number; rollbacksPerSecond: number };
  changes: { scn: number; scnPerSecond: number; rowChanges: number };
  queriesPerSecond: number;
  /** Seconds the rates cover. */
  intervalSeconds: number;
}

export interface MetricsSnapshot {
  timestamp: string;
  uptimeSeconds: number;
  http: HttpFigures;
  /** Root fields of queries and mutations, by field, with the status their errors map to. */
  graphql: { operations: OperationFigures[] };
  websocket: WebSocketFigures;
  queries: QueryStats;
  sessions: SessionStats & { sessions: SessionInfo[] };
  performance: PerformanceData;
}

/** The figures of /api/v1/ws/metrics and the systemMetrics subscription; null: no /proc to read them from. */
export interface SystemMetrics {
  cpuUsage: number;
  memoryUsage: number;
  memoryTotal: number;
  memoryPercent: number;
  diskReadBps: number | null;
  diskWriteBps: number | null;
  networkRxBps: number | null;
  networkTxBps: number | null;
  activeConnections: number;
  activeQueries: number;
  timestamp: string;
}

/** The figures of the chosen metric types; the others are null. */
export type ChosenSystemMetrics = { [K in keyof SystemMetrics]: K extends 'timestamp' ? string : SystemMetrics[K] | null };

export type MetricType = 'cpu' | 'memory' | 'disk' | 'network' | 'connections' | 'queries';

const METRIC_TYPE_FIELDS: Record<MetricType, Array<Exclude<keyof SystemMetrics, 'timestamp'>>> = {
  cpu: ['cpuUsage'],
  memory: ['memoryUsage', 'memoryTotal', 'memoryPercent'],
  disk: ['diskReadBps', 'diskWriteBps'],
  network: ['networkRxBps', 'networkTxBps'],
  connections: ['activeConnections'],
  queries: ['activeQueries'],
};

/** What the server reports of one WebSocket connection. */
export interface SocketTracker {
  received(): void;
  sent(): void;
  closed(): void;
}

const HTTP_WINDOW = 10_000;

export class MonitoringModule {
  readonly alerts: AlertsModule;
  private readonly instruments: Instruments;
  private readonly sampler: Sampler;
  private readonly queries: QueryStatsCollector;
  private readonly tracker: SessionTracker;
  private readonly storage: StorageReader;
  private readonly health: HealthChecker;
  private readonly httpLatency = new LatencyWindow(HTTP_WINDOW);
  private readonly sockets = new Map<string, number>();
  private readonly totals = { httpRequests: 0, httpServerErrors: 0, websocketReceived: 0, websocketSent: 0, committed: 0, rolledBack: 0, rowChanges: 0 };
  /** The latest SCN the bus delivered (row.changed / schema.changed). */
  private deliveredScn: number;
  /** The alert rules' error rates cover the requests and statements since the previous reading. */
  private lastReading = { httpRequests: 0, httpServerErrors: 0, statements: 0, failed: 0 };
  private readonly unsubscribe: Array<() => void>;

  constructor(
    events: EventBus,
    private readonly database: Database,
    private readonly system: SystemModule,
    private readonly options: MonitoringOptions,
  ) {
    this.storage = new StorageReader(options.databaseFile);
    this.deliveredScn = database.currentScn().scn;
    this.instruments = new Instruments({
      scn: () => database.currentScn().scn,
      openTransactions: () => database.transactions.active().length,
      storage: () => this.storage.read(),
      disk: () => readDiskSpace(options.dataDir),
      diskIo: readDiskIo,
      firingAlerts: () => this.alerts.openCounts(),
    });
    const { statements, statementDuration, statementRows, transactionsEnded, rowChanges } = this.instruments;
    this.queries = new QueryStatsCollector(() => database.statements.size);
    this.tracker = new SessionTracker(() => runningBySession(database));
    this.unsubscribe = [
      events.subscribe('query.finished', (event) => {
        this.queries.finished(event);
        this.tracker.queryFinished(event);
        statements.inc([event.outcome]);
        statementDuration.observe('', event.durationMs / 1000);
        statementRows.inc([], event.rows);
      }),
      events.subscribe('transaction.ended', (event) => {
        if (event.state === 'committed') this.totals.committed += 1;
        else this.totals.rolledBack += 1;
        transactionsEnded.inc([event.state]);
      }),
      events.subscribe('row.changed', (event) => {
        this.totals.rowChanges += 1;
        rowChanges.inc([event.operation]);
        this.delivered(event.scn);
      }),
      events.subscribe('schema.changed', (event) => this.delivered(event.scn)),
      events.subscribe('session.opened', (event) => this.tracker.opened(event)),
      events.subscribe('session.closed', (event) => this.tracker.closed(event)),
    ];
    this.sampler = new Sampler(
      () => ({ scn: database.currentScn().scn, statements: this.queries.total, httpRequests: this.totals.httpRequests, commits: this.totals.committed, rollbacks: this.totals.rolledBack }),
      options.sampleIntervalMs,
    );
    this.health = new HealthChecker({
      checkStorage: () => system.checkStorage(),
      scn: () => ({ committed: database.currentScn().scn, delivered: this.deliveredScn }),
      disk: () => readDiskSpace(options.dataDir),
      walBytes: () => this.storage.read().walBytes,
      eventLoopLagP99Ms: () => this.sampler.rates().eventLoopLagMs.p99,
      uptimeSeconds: () => system.info().uptimeSeconds,
    }, options.onHealthFailure);
    const notifier = new Notifier({ log: options.log, webhookAttempts: 4, webhookRetryMs: 1000, webhookTimeoutMs: 5000 });
    this.alerts = new AlertsModule(join(options.dataDir, 'alert-rules.json'), () => this.alertReadings(), notifier, options.alertEvaluationIntervalMs);
  }

  /** An HTTP request was answered (called by the server for every request). */
  recordRequest(operation: string, method: string, status: number, seconds: number): void {
    this.totals.httpRequests += 1;
    if (status >= 500) this.totals.httpServerErrors += 1;
    this.instruments.httpRequests.inc([operation, method, status]);
    this.instruments.httpDuration.observe(operation, seconds);
    this.httpLatency.add(seconds * 1000);
  }

  /** A GraphQL query or mutation root field was resolved (status: 200, or the status of its error). */
  recordGraphQLField(type: 'query' | 'mutation', field: string, status: number, seconds: number): void {
    this.instruments.graphqlFields.inc([type, field, status]);
    this.instruments.graphqlDuration.observe(field, seconds);
  }

  /** A WebSocket connection opened on an endpoint (a channel name, or graphql). */
  trackSocket(endpoint: string): SocketTracker {
    const { websocketConnections, websocketMessages } = this.instruments;
    this.sockets.set(endpoint, (this.sockets.get(endpoint) ?? 0) + 1);
    websocketConnections.inc({ endpoint });
    let open = true;
    const countReceived = websocketMessages.bind([endpoint, 'received']);
    const countSent = websocketMessages.bind([endpoint, 'sent']);
    return {
      received: () => {
        this.totals.websocketReceived += 1;
        countReceived();
      },
      sent: () => {
        this.totals.websocketSent += 1;
        countSent();
      },
      closed: () => {
        if (!open) return;
        open = false;
        this.sockets.set(endpoint, this.sockets.get(endpoint)! - 1);
        websocketConnections.dec({ endpoint });
      },
    };
  }

  async metrics(): Promise<MetricsSnapshot> {
    return {
      timestamp: new Date().toISOString(),
      uptimeSeconds: this.system.info().uptimeSeconds,
      http: await this.httpFigures(),
      graphql: { operations: await operationFigures(this.instruments.graphqlFields, this.instruments.graphqlDuration, 'field') },
      websocket: this.websocketFigures(),
      queries: this.queryStats(),
      sessions: this.sessionStats(),
      performance: this.performanceData(),
    };
  }

  /** The Prometheus text exposition format. */
  prometheusMetrics(): Promise<string> {
    return this.instruments.registry.metrics();
  }

  queryStats(): QueryStats {
    return this.queries.stats();
  }

  sessionStats(): SessionStats & { sessions: SessionInfo[] } {
    return { ...this.tracker.stats(this.websocketConnections()), sessions: this.tracker.list() };
  }

  sessions(): SessionInfo[] {
    return this.tracker.list();
  }

  performanceData(): PerformanceData {
    const rates = this.sampler.rates();
    const memory = process.memoryUsage();
    const disk = readDiskSpace(this.options.dataDir);
    return {
      timestamp: new Date().toISOString(),
      cpuPercent: rates.cpuPercent,
      memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, heapTotalBytes: memory.heapTotal, externalBytes: memory.external, systemTotalBytes: totalmem(), systemFreeBytes: freemem() },
      eventLoopLagMs: rates.eventLoopLagMs,
      disk: { readBytesPerSecond: rates.diskReadBytesPerSecond, writeBytesPerSecond: rates.diskWriteBytesPerSecond, ...disk },
      network: { receivedBytesPerSecond: rates.networkReceivedBytesPerSecond, sentBytesPerSecond: rates.networkSentBytesPerSecond },
      storage: this.storage.read(),
      transactions: { open: this.database.transactions.active().length, committed: this.totals.committed, rolledBack: this.totals.rolledBack, commitsPerSecond: rates.perSecond.commits, rollbacksPerSecond: rates.perSecond.rollbacks },
      changes: { scn: this.database.currentScn().scn, scnPerSecond: rates.perSecond.scn, rowChanges: this.totals.rowChanges },
      queriesPerSecond: rates.perSecond.statements,
      intervalSeconds: rates.intervalSeconds,
    };
  }

  /** The system figures; with types, those of other types are null. */
  systemMetrics(): SystemMetrics;
  systemMetrics(types: readonly MetricType[] | undefined): ChosenSystemMetrics;
  systemMetrics(types?: readonly MetricType[]): ChosenSystemMetrics {
    const all = this.allSystemMetrics();
    if (!types) return all;
    const chosen: ChosenSystemMetrics = { ...all };
    for (const [type, fields] of Object.entries(METRIC_TYPE_FIELDS)) {
      if (!types.includes(type as MetricType)) for (const field of fields) chosen[field] = null;
    }
    return chosen;
  }

  private allSystemMetrics(): SystemMetrics {
    const rates = this.sampler.rates();
    const rss = process.memoryUsage.rss();
    return {
      cpuUsage: rates.cpuPercent,
      memoryUsage: rss,
      memoryTotal: totalmem(),
      memoryPercent: round((rss / totalmem()) * 100, 2),
      diskReadBps: rates.diskReadBytesPerSecond,
      diskWriteBps: rates.diskWriteBytesPerSecond,
      networkRxBps: rates.networkReceivedBytesPerSecond,
      networkTxBps: rates.networkSentBytesPerSecond,
      activeConnections: this.websocketConnections(),
      activeQueries: this.database.statements.size,
      timestamp: new Date().toISOString(),
    };
  }

  healthStatus(): Promise<HealthReport> {
    return this.health.healthStatus();
  }

  /** Storage open and writable, as the readiness probe checks it. */
  checkStorage(): Promise<CheckResult> {
    return this.health.checkStorage();
  }

  /** Everything a dashboard shows: every metric, the health report, the open alerts. */
  async dashboardUpdate(): Promise<{ metrics: MetricsSnapshot; health: HealthReport; alerts: Alert[] }> {
    return { metrics: await this.metrics(), health: await this.healthStatus(), alerts: this.alerts.alerts().filter((alert) => alert.state !== 'resolved') };
  }

  logs(filter: LogFilter, limit: number, cursor?: string): LogPage {
    return this.options.logs.logs(filter, limit, cursor);
  }

  /** The server is serving: from here on, event-loop lag is lag while serving. */
  serving(): void {
    this.sampler.restart();
  }

  close(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.sampler.close();
    this.alerts.close();
    this.storage.close();
  }

  private delivered(scn: number): void {
    if (scn > this.deliveredScn) this.deliveredScn = scn;
  }

  private websocketConnections(): number {
    let total = 0;
    for (const count of this.sockets.values()) total += count;
    return total;
  }

  private websocketFigures(): WebSocketFigures {
    return {
      connections: this.websocketConnections(),
      messagesReceived: this.totals.websocketReceived,
      messagesSent: this.totals.websocketSent,
      endpoints: [...this.sockets].map(([endpoint, connections]) => ({ endpoint, connections })),
    };
  }

  private async httpFigures(): Promise<HttpFigures> {
    const operations = await operationFigures(this.instruments.httpRequests, this.instruments.httpDuration, 'operation');
    return { requests: this.totals.httpRequests, requestsPerSecond: this.sampler.rates().perSecond.httpRequests, latencyMs: this.httpLatency.summary(), operations };
  }

  private alertReadings(): Record<AlertMetric, number> {
    const rates = this.sampler.rates();
    const queries = this.queries.stats();
    const disk = readDiskSpace(this.options.dataDir);
    const now = { httpRequests: this.totals.httpRequests, httpServerErrors: this.totals.httpServerErrors, statements: queries.total, failed: queries.failed };
    const last = this.lastReading;
    this.lastReading = now;
    const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
    return {
      event_loop_lag_p99_ms: rates.eventLoopLagMs.p99,
      cpu_percent: rates.cpuPercent,
      memory_rss_bytes: process.memoryUsage.rss(),
      disk_used_percent: disk.totalBytes === 0 ? 0 : round(((disk.totalBytes - disk.freeBytes) / disk.totalBytes) * 100, 2),
      wal_bytes: this.storage.read().walBytes,
      http_error_rate: share(now.httpServerErrors - last.httpServerErrors, now.httpRequests - last.httpRequests),
      sql_error_rate: share(now.failed - last.failed, now.statements - last.statements),
      sql_p99_ms: queries.latencyMs.p99,
      open_transactions: this.database.transactions.active().length,
      open_sessions: this.tracker.stats(0).open,
      websocket_connections: this.websocketConnections(),
    };
  }
}

function runningBySession(database: Database): Map<string, number> {
  const running = new Map<string, number>();
  for (const { actor } of database.statements.list()) if (actor?.sessionId) running.set(actor.sessionId, (running.get(actor.sessionId) ?? 0) + 1);
  return running;
}
