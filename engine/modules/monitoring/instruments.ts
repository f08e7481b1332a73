// The Prometheus instruments, one prom-client registry per engine. Request, statement, row and
// message figures are counted as they happen, with the cheap counters of hot-metrics.ts;
// figures that are states (file sizes, open transactions, SCN) are read when the registry is
// collected, so they cost nothing between scrapes. Process CPU, memory, event-loop lag and GC
// come from prom-client's default metrics.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { FastCounter, FastHistogram } from './hot-metrics.js';

/** Seconds: from sub-millisecond key lookups to statements stopped by a 30 s timeout. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** State read at collection time. */
export interface CollectedState {
  scn(): number;
  openTransactions(): number;
  storage(): { fileBytes: number; walBytes: number; pageSizeBytes: number; pageCount: number; freePages: number; cacheSizeKiB: number };
  disk(): { totalBytes: number; freeBytes: number };
  diskIo(): { readBytes: number; writeBytes: number } | null;
  firingAlerts(): Array<{ severity: string; count: number }>;
}

export class Instruments {
  readonly registry = new Registry();
  readonly httpRequests: FastCounter<'operation' | 'method' | 'status'>;
  readonly httpDuration: FastHistogram;
  readonly graphqlFields: FastCounter<'type' | 'field' | 'status'>;
  readonly graphqlDuration: FastHistogram;
  readonly websocketConnections: Gauge<'endpoint'>;
  readonly websocketMessages: FastCounter<'endpoint' | 'direction'>;
  readonly statements: FastCounter<'outcome'>;
  readonly statementDuration: FastHistogram;
  readonly statementRows: FastCounter<never>;
  readonly transactionsEnded: FastCounter<'state'>;
  readonly rowChanges: FastCounter<'operation'>;

  constructor(state: CollectedState) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'strata_' });
    // Gauges that prom-client names like counters; promtool (rightly) refuses them.
    for (const name of ['active_handles_total', 'active_requests_total', 'active_resources_total']) this.registry.removeSingleMetric(`strata_nodejs_${name}`);
    const registry = this.registry;
    this.httpRequests = new FastCounter('strata_http_requests_total', 'HTTP requests answered, by operationId (graphql for GraphQL over HTTP), method and status.', ['operation', 'method', 'status'], registry);
    this.httpDuration = new FastHistogram('strata_http_request_duration_seconds', 'Time to answer an HTTP request, by operationId.', 'operation', LATENCY_BUCKETS, registry);
    this.graphqlFields = new FastCounter('strata_graphql_fields_total', 'GraphQL query and mutation root fields resolved, by type, field and status (200, or the HTTP status of the error).', ['type', 'field', 'status'], registry);
    this.graphqlDuration = new FastHistogram('strata_graphql_field_duration_seconds', 'Time to resolve a GraphQL root field, by field.', 'field', LATENCY_BUCKETS, registry);
    this.websocketConnections = new Gauge({ name: 'strata_websocket_connections', help: 'Open WebSocket connections, by endpoint (channel name, or graphql).', labelNames: ['endpoint'], registers });
    this.websocketMessages = new FastCounter('strata_websocket_messages_total', 'WebSocket messages, by endpoint and direction (received, sent).', ['endpoint', 'direction'], registry);
    this.statements = new FastCounter('strata_sql_statements_total', 'SQL statements finished, by outcome (completed, failed, cancelled).', ['outcome'], registry);
    this.statementDuration = new FastHistogram('strata_sql_statement_duration_seconds', 'Time a SQL statement ran.', null, LATENCY_BUCKETS, registry);
    this.statementRows = new FastCounter('strata_sql_rows_total', 'Rows SQL statements returned or changed.', [], registry);
    this.transactionsEnded = new FastCounter('strata_transactions_total', 'Interactive transactions ended, by how (committed, rolled_back, timed_out, failed).', ['state'], registry);
    this.rowChanges = new FastCounter('strata_row_changes_total', 'Committed row changes published on the change log, by operation.', ['operation'], registry);

    new Gauge({ name: 'strata_transactions_open', help: 'Interactive transactions open now.', registers, collect() { this.set(state.openTransactions()); } });
    new Gauge({ name: 'strata_scn', help: 'The latest system change number.', registers, collect() { this.set(state.scn()); } });
    const storage = (name: string, help: string, pick: (readings: ReturnType<CollectedState['storage']>) => number) =>
      new Gauge({ name, help, registers, collect() { this.set(pick(state.storage())); } });
    storage('strata_sqlite_file_bytes', 'Size of the database file.', (readings) => readings.fileBytes);
    storage('strata_sqlite_wal_bytes', 'Size of the write-ahead log.', (readings) => readings.walBytes);
    storage('strata_sqlite_page_size_bytes', 'SQLite page size.', (readings) => readings.pageSizeBytes);
    storage('strata_sqlite_pages', 'Pages in the database file.', (readings) => readings.pageCount);
    storage('strata_sqlite_free_pages', 'Pages on the free list.', (readings) => readings.freePages);
    storage('strata_sqlite_page_cache_bytes', 'Page cache each SQLite connection may keep.', (readings) => readings.cacheSizeKiB * 1024);
    new Gauge({ name: 'strata_disk_free_bytes', help: 'Free space on the volume of the data directory.', registers, collect() { this.set(state.disk().freeBytes); } });
    new Gauge({ name: 'strata_disk_size_bytes', help: 'Size of the volume of the data directory.', registers, collect() { this.set(state.disk().totalBytes); } });
    // Each SCN is one commit that changed data or the schema.
    new Counter({ name: 'strata_commits_total', help: 'Commits that changed data or the schema (each got an SCN).', registers, collect: followTotal(null, () => ({ '': state.scn() })) });
    new Counter({
      name: 'strata_process_disk_bytes_total',
      help: 'Bytes this process read from and wrote to storage (/proc/self/io), by direction.',
      labelNames: ['direction'],
      registers,
      collect: followTotal('direction', () => {
        const io = state.diskIo();
        return io && { read: io.readBytes, write: io.writeBytes };
      }),
    });
    new Gauge({
      name: 'strata_alerts_firing',
      help: 'Alerts firing or acknowledged and not yet resolved, by severity.',
      labelNames: ['severity'],
      registers,
      collect() {
        this.reset();
        for (const { severity, count } of state.firingAlerts()) this.set({ severity }, count);
      },
    });
  }
}

/**
 * A collect function that makes a counter follow a total kept elsewhere (the SCN, /proc counts
 * since the process started): at each collection it goes up by what the total grew. The keys
 * of `read` are values of `label` ('' without a label); null: nothing to read on this system.
 */
function followTotal(label: string | null, read: () => Record<string, number> | null): (this: Counter<string>) => void {
  const last = new Map<string, number>();
  return function (this: Counter<string>) {
    const totals = read();
    if (!totals) return;
    for (const [key, total] of Object.entries(totals)) {
      const grown = Math.max(0, total - (last.get(key) ?? 0));
      last.set(key, total);
      if (label === null) this.inc(grown);
      else this.inc({ [label]: key }, grown);
    }
  };
}
