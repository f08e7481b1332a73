// The engine: storage and the modules built on it. Knows nothing of HTTP; the handlers bind its
// functions (named like the operations of the specs) to REST, GraphQL and WebSocket channels.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventBus } from './events/bus.js';
import { MemoryBus } from './events/memory-bus.js';
import { AdministrationModule } from './modules/administration/administration.js';
import { BackupModule } from './modules/backup/backup.js';
import { BLOCKCHAIN_SCHEMA } from './modules/blockchain/blockchain-sql.js';
import { BlockchainModule } from './modules/blockchain/blockchain.js';
import { DataModule } from './modules/data/data.js';
import { DiagnosticsModule } from './modules/diagnostics/diagnostics.js';
import { dumpSections } from './modules/diagnostics/dump-sections.js';
import { Dumps } from './modules/diagnostics/dumps.js';
import { IncidentLog } from './modules/diagnostics/incidents.js';
import { FlashbackModule } from './modules/flashback/flashback.js';
import { LogRing } from './modules/monitoring/log-ring.js';
import { MonitoringModule } from './modules/monitoring/monitoring.js';
import { QueryModule } from './modules/query/query.js';
import { RealtimeModule } from './modules/realtime/realtime.js';
import { SchemaModule } from './modules/schema/schema.js';
import { SecurityModule } from './modules/security/security.js';
import { SystemModule } from './modules/system/system.js';
import { TransactionsModule } from './modules/transactions/transactions.js';
import { Database } from './storage/database.js';

export interface EngineOptions {
  /** Where database files live. Ignored with memory. */
  dataDir: string;
  /** Keep the data in RAM-backed scratch space, deleted on close (for tests). */
  memory: boolean;
  version: string;
  statementTimeoutMs: number;
  transactionIdleTimeoutMs: number;
  maxTransactions: number;
  maxStreams: number;
  /** Sessions (worker threads) serving work outside transactions. */
  poolSize: number;
  maxResultRows: number;
  /** How long a write waits for another transaction's write lock before failing. */
  busyTimeoutMs: number;
  /** Seconds an access token lives. */
  accessTokenTtlSeconds: number;
  /** Seconds a session lives without a refresh. */
  refreshTokenTtlSeconds: number;
  /** JWT signing secret; empty: generated on first start and kept in the data dir. */
  jwtSecret: string;
  /** Password of the first admin; empty: generated on first start, printed once and written to the data dir. */
  adminPassword: string;
  /** Seconds the change log keeps row versions for flashback; older ones are purged. */
  flashbackRetentionSeconds: number;
  /** Failures with no request to report them to (listeners, background work). */
  onError(error: unknown, context: string): void;
  /** Recent log entries, which GET /api/v1/logs reads; the server's logger writes them. */
  logs: LogRing;
  /** Lines the engine logs itself (alerts firing and resolving). */
  log(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown>): void;
  /** How often rates (CPU, event-loop lag, I/O, SCN and query rates) are sampled. */
  sampleIntervalMs: number;
  /** How often alert rules are evaluated. */
  alertEvaluationIntervalMs: number;
  /** Statements that run at least this long are slow (slow queries, incidents). */
  slowQueryThresholdMs: number;
  /** Key for encrypted backups that give no passphrase: 64 hex digits or base64 of 32 bytes; empty: none. */
  backupEncryptionKey: string;
}

/** The settings an engine can change while it runs. */
export type LiveEngineSettings = Pick<EngineOptions, 'statementTimeoutMs' | 'transactionIdleTimeoutMs' | 'maxTransactions' | 'maxResultRows' | 'slowQueryThresholdMs'>;

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  dataDir: './data',
  memory: false,
  version: '0.0.0',
  statementTimeoutMs: 30_000,
  transactionIdleTimeoutMs: 60_000,
  maxTransactions: 64,
  maxStreams: 16,
  poolSize: 4,
  maxResultRows: 10_000,
  busyTimeoutMs: 5_000,
  accessTokenTtlSeconds: 3600,
  refreshTokenTtlSeconds: 30 * 86_400,
  jwtSecret: '',
  adminPassword: '',
  flashbackRetentionSeconds: 86_400,
  onError: () => undefined,
  logs: new LogRing(0),
  log: () => undefined,
  sampleIntervalMs: 1000,
  alertEvaluationIntervalMs: 5000,
  slowQueryThresholdMs: 1_000,
  backupEncryptionKey: '',
};

export class Engine {
  readonly schema: SchemaModule;
  readonly data: DataModule;
  readonly query: QueryModule;
  readonly transactions: TransactionsModule;
  readonly flashback: FlashbackModule;
  readonly system: SystemModule;
  readonly realtime: RealtimeModule;
  readonly monitoring: MonitoringModule;
  readonly administration: AdministrationModule;
  readonly diagnostics: DiagnosticsModule;
  readonly backup: BackupModule;
  /** Read by the modules at each use, so adjust() takes effect at once. */
  private readonly queryOptions: { maxResultRows: number };

  private constructor(
    readonly events: EventBus,
    readonly database: Database,
    readonly security: SecurityModule,
    readonly blockchain: BlockchainModule,
    options: EngineOptions,
    private readonly scratchDir: string | null,
    incidents: IncidentLog,
    /** Settings that change while the engine runs (adjust()). */
    private readonly live: { slowQueryThresholdMs: number },
    dataDir: string,
    onError: (error: unknown, context: string) => void,
  ) {
    this.schema = new SchemaModule(database, blockchain);
    this.flashback = new FlashbackModule(database, events, { retentionSeconds: options.flashbackRetentionSeconds, onError: (error) => onError(error, 'flashback retention') });
    this.data = new DataModule(database, this.flashback);
    this.queryOptions = { maxResultRows: options.maxResultRows };
    this.query = new QueryModule(database, this.queryOptions, blockchain);
    this.transactions = new TransactionsModule(database, this.query);
    this.backup = new BackupModule(database, this.flashback, events, { directory: join(dataDir, 'backups'), databaseFile: databaseFile(dataDir), encryptionKey: options.backupEncryptionKey });
    this.system = new SystemModule(database, options.version);
    this.realtime = new RealtimeModule(database, events, this.data);
    this.monitoring = new MonitoringModule(events, database, this.system, {
      dataDir: options.dataDir,
      databaseFile: databaseFile(options.dataDir),
      logs: options.logs,
      log: options.log,
      sampleIntervalMs: options.sampleIntervalMs,
      alertEvaluationIntervalMs: options.alertEvaluationIntervalMs,
      onHealthFailure: (component) =>
        incidents.record({ kind: 'health_check_failed', severity: 'error', summary: `health check ${component.name} failed: ${component.details}`, requestId: null, operation: null, context: { component: component.name, details: component.details, responseTimeMs: component.responseTimeMs } }),
    });
    this.administration = new AdministrationModule(database, security, events, () => this.live.slowQueryThresholdMs);
    this.diagnostics = new DiagnosticsModule(database, events, incidents, new Dumps(join(dataDir, 'dumps'), () => dumpSections(this, options.version), onError));
  }

  /** Changes settings of a running engine; each applies to work that starts after it. */
  adjust(settings: Partial<LiveEngineSettings>): void {
    const { maxResultRows, slowQueryThresholdMs, ...database } = settings;
    if (maxResultRows !== undefined) this.queryOptions.maxResultRows = maxResultRows;
    if (slowQueryThresholdMs !== undefined) this.live.slowQueryThresholdMs = slowQueryThresholdMs;
    this.database.adjust(database);
  }

  static async open(overrides: Partial<EngineOptions> = {}): Promise<Engine> {
    const options = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
    // Sessions are threads with connections of their own, so even "memory" needs a shared file:
    // scratch space on tmpfs when the system has one.
    const scratchDir = options.memory ? mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'strata-')) : null;
    const dataDir = scratchDir ?? resolve(options.dataDir);
    mkdirSync(join(dataDir, 'databases'), { recursive: true });
    const live = { slowQueryThresholdMs: options.slowQueryThresholdMs };
    const events = new MemoryBus((error, topic) => onError(error, `listener of ${topic}`));
    const incidents = new IncidentLog(events, () => live.slowQueryThresholdMs);
    // Failures of background work are incidents too.
    const onError = (error: unknown, context: string): void => {
      incidents.record({ kind: 'background_failure', severity: 'error', summary: `${context} failed: ${String(error)}`, requestId: null, operation: null, context: { component: context, error: String(error) } });
      options.onError(error, context);
    };
    let security: SecurityModule | undefined;
    try {
      security = await SecurityModule.open(
        {
          file: join(dataDir, 'security.db'),
          keyFile: join(dataDir, 'jwt-secret'),
          adminPasswordFile: join(dataDir, 'admin-password.txt'),
          jwtSecret: options.jwtSecret,
          adminPassword: options.adminPassword,
          accessTokenTtlSeconds: options.accessTokenTtlSeconds,
          refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
        },
        events,
      );
      const database = await Database.open(
        {
          name: 'default',
          file: databaseFile(dataDir),
          poolSize: options.poolSize,
          statementTimeoutMs: options.statementTimeoutMs,
          busyTimeoutMs: options.busyTimeoutMs,
          transactionIdleTimeoutMs: options.transactionIdleTimeoutMs,
          maxTransactions: options.maxTransactions,
          maxStreams: options.maxStreams,
          internalSchema: BLOCKCHAIN_SCHEMA,
          onError,
        },
        events,
      );
      const blockchain = await BlockchainModule.open(database, events, join(dataDir, 'blockchain-key.pem')).catch(async (error: unknown) => {
        await database.close();
        throw error;
      });
      return new Engine(events, database, security, blockchain, { ...options, dataDir }, scratchDir, incidents, live, dataDir, onError);
    } catch (error) {
      security?.close();
      if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Rolls back open transactions, stops the sessions and closes the files. */
  async close(): Promise<void> {
    this.monitoring.close();
    this.administration.close();
    this.diagnostics.close();
    await this.backup.close();
    await this.flashback.close();
    await this.database.close();
    this.security.close();
    if (this.scratchDir) rmSync(this.scratchDir, { recursive: true, force: true });
  }
}

function databaseFile(dataDir: string): string {
  return join(dataDir, 'databases', 'default.db');
}

export { EngineError } from './errors.js';
export type { ErrorCode } from './errors.js';
