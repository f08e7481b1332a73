// Administration: the server's configuration, maintenance, the statements running now (and
// stopping one), recent slow statements, and ending a sign-in session with all it holds.
import { EngineError } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import { type RunningStatement, roundMs } from '../../work/statement-registry.js';
import type { Caller, ClientCaller } from '../../work/caller.js';
import type { SecurityModule } from '../security/security.js';
import type { Configuration, ServerConfigView } from './configuration.js';
import { type MaintenanceOperation, type MaintenanceResult, runMaintenance } from './maintenance.js';
import { type SlowQuery, SlowQueryLog } from './slow-query-log.js';

export interface ActiveQuery {
  queryId: string;
  sqlText: string;
  state: RunningStatement['state'];
  waitEvent: RunningStatement['waitEvent'];
  startedAt: string;
  durationMs: number;
  transactionId: string | null;
  sessionId: string | null;
  userId: string | null;
  username: string | null;
  requestId: string | null;
  operation: string | null;
}

export interface KillResult {
  queryId: string;
  sqlText: string;
  stopped: boolean;
  waitedMs: number;
}

export interface SessionTermination {
  sessionId: string;
  statementsCancelled: number;
  transactionsRolledBack: string[];
}

/** How long killQuery waits for the statement to end before answering. */
const KILL_WAIT_MS = 5_000;

export class AdministrationModule {
  private readonly slowLog: SlowQueryLog;
  private configuration: Configuration | null = null;

  constructor(
    private readonly database: Database,
    private readonly security: SecurityModule,
    private readonly events: EventBus,
    private readonly thresholdMs: () => number,
  ) {
    this.slowLog = new SlowQueryLog(events, thresholdMs);
  }

  /** The server hands over its configuration once it has built it. */
  useConfiguration(configuration: Configuration): void {
    this.configuration = configuration;
  }

  hasConfiguration(): boolean {
    return this.configuration !== null;
  }

  serverConfig(): ServerConfigView {
    return this.config().view();
  }

  updateServerConfig(changes: Record<string, unknown>, caller: ClientCaller): ServerConfigView {
    return this.config().update(changes, caller);
  }

  runMaintenance(operation: MaintenanceOperation, caller: Caller | null = null): Promise<MaintenanceResult> {
    return runMaintenance(this.database, operation, caller);
  }

  /** Longest-running first. */
  activeQueries(limit = 100): ActiveQuery[] {
    return this.database.statements
      .list()
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, limit)
      .map(toActiveQuery);
  }

  /** Stops a running statement and waits (a while) for it to end. */
  async killQuery(queryId: string): Promise<KillResult> {
    const started = performance.now();
    const ended = this.ended(queryId);
    const statement = this.database.statements.cancel(queryId);
    const stopped = await Promise.race([ended.promise, new Promise<false>((resolve) => setTimeout(() => resolve(false), KILL_WAIT_MS).unref())]);
    ended.stop();
    return { queryId, sqlText: statement.sql, stopped, waitedMs: roundMs(performance.now() - started) };
  }

  slowQueryThresholdMs(): number {
    return this.thresholdMs();
  }

  slowQueries(limit = 100, minDurationMs?: number): SlowQuery[] {
    return this.slowLog.slowQueries(limit, minDurationMs);
  }

  /**
   * Ends a sign-in session: revokes it first (its WebSockets close and no new request gets in),
   * then stops its statements and rolls back its transactions.
   */
  async terminateSession(sessionId: string): Promise<SessionTermination> {
    this.security.terminateSession(sessionId);
    const statementsCancelled = this.database.statements.cancelOfSession(sessionId);
    const transactionsRolledBack = await this.database.transactions.closeOfSession(sessionId, 'its sign-in session was terminated');
    return { sessionId, statementsCancelled, transactionsRolledBack };
  }

  close(): void {
    this.slowLog.close();
  }

  private config(): Configuration {
    if (this.configuration === null) throw new EngineError('UNAVAILABLE', 'this engine runs without a server configuration');
    return this.configuration;
  }

  /** Resolves true when the statement's query.finished is published. */
  private ended(queryId: string): { promise: Promise<true>; stop: () => void } {
    let stop = (): void => undefined;
    const promise = new Promise<true>((resolve) => {
      stop = this.events.subscribe('query.finished', (event) => {
        if (event.queryId === queryId) resolve(true);
      });
    });
    return { promise, stop };
  }
}

function toActiveQuery(statement: RunningStatement): ActiveQuery {
  return {
    queryId: statement.id,
    sqlText: statement.sql,
    state: statement.state,
    waitEvent: statement.waitEvent,
    startedAt: statement.startedAt,
    durationMs: statement.durationMs,
    transactionId: statement.transactionId,
    sessionId: statement.actor?.sessionId ?? null,
    userId: statement.actor?.userId ?? null,
    username: statement.actor?.username ?? null,
    requestId: statement.requestId,
    operation: statement.operation,
  };
}

export type { MaintenanceOperation, MaintenanceResult, ServerConfigView, SlowQuery };
