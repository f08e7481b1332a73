// One database: its driver, the pool for work outside transactions, the open transactions, the
// cached catalog and the change feed. The engine is a container of these (one file each).
import { EngineError } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { Catalog } from './catalog.js';
import { ChangeFeed } from './change-feed.js';
import type { CommitInfo, ExecuteResult, ExecuteWork, RowStream, Statement, StorageDriver } from './driver.js';
import { SessionPool } from './pool.js';
import { SqliteDriver } from './sqlite/sqlite-driver.js';
import { Transactions } from './transactions.js';
import type { CatalogSnapshot, QueryPlanRow } from './types.js';

export interface DatabaseOptions {
  name: string;
  file: string;
  /** Sessions serving work outside transactions. */
  poolSize: number;
  statementTimeoutMs: number;
  busyTimeoutMs: number;
  transactionIdleTimeoutMs: number;
  maxTransactions: number;
  maxStreams: number;
  onError(error: unknown, context: string): void;
}

/** Where statements run: on their own (autocommit) or inside an open transaction. */
export interface Executor {
  readonly transactionId: string | null;
  execute(work: Omit<ExecuteWork, 'type'>, timeoutMs?: number): Promise<ExecuteResult>;
  catalog(): Promise<CatalogSnapshot>;
}

export class Database {
  private openStreams = 0;

  private constructor(
    readonly name: string,
    readonly driver: StorageDriver,
    readonly pool: SessionPool,
    readonly catalog: Catalog,
    readonly changes: ChangeFeed,
    readonly transactions: Transactions,
    private readonly options: DatabaseOptions,
  ) {}

  static async open(options: DatabaseOptions, bus: EventBus): Promise<Database> {
    // The driver reports commits before the pool and feed exist; they are wired right below.
    let onCommit: (commit: CommitInfo) => void = () => undefined;
    let onSessionLost: (sessionId: string, reason: string) => void = () => undefined;
    const driver = SqliteDriver.open(
      { file: options.file, busyTimeoutMs: options.busyTimeoutMs, inlineChangeLimit: 256, idleSessions: 4, spareSessions: 1 },
      { commit: (commit) => onCommit(commit), sessionLost: (sessionId, reason) => onSessionLost(sessionId, reason) },
    );
    const pool = await SessionPool.open(driver, options.poolSize);
    const timeout = { timeoutMs: options.statementTimeoutMs };
    const catalog = new Catalog(async () => (await pool.run({ type: 'introspect' }, timeout)).catalog);
    const changes = new ChangeFeed(
      bus,
      (afterScn, throughScn, afterChangeId, limit) => pool.run({ type: 'read-changes', afterScn, throughScn, afterChangeId, limit }, timeout),
      () => driver.currentScn().scn,
      driver.currentScn().scn,
      (error) => options.onError(error, 'change feed'),
    );
    const transactions = new Transactions(driver, { idleTimeoutMs: options.transactionIdleTimeoutMs, maxOpen: options.maxTransactions, retainFinishedMs: 10 * 60_000 });
    onCommit = (commit) => {
      if (commit.schemaChanged) catalog.invalidate();
      changes.onCommit(commit);
    };
    onSessionLost = (sessionId, reason) => {
      options.onError(new Error(reason), `session ${sessionId}`);
      pool.replace(sessionId);
      transactions.sessionLost(sessionId, reason);
      // It may have committed without telling.
      catalog.invalidate();
      changes.reconcile();
    };
    return new Database(options.name, driver, pool, catalog, changes, transactions, options);
  }

  get statementTimeoutMs(): number {
    return this.options.statementTimeoutMs;
  }

  executor(transactionId?: string | null): Executor {
    const defaultTimeout = this.options.statementTimeoutMs;
    if (transactionId) {
      return {
        transactionId,
        execute: (work, timeoutMs = defaultTimeout) => this.transactions.execute(transactionId, { type: 'execute', ...work }, timeoutMs),
        catalog: () => this.transactions.catalog(transactionId, defaultTimeout, () => this.catalog.get()),
      };
    }
    return {
      transactionId: null,
      execute: (work, timeoutMs = defaultTimeout) => this.pool.run({ type: 'execute', ...work }, { timeoutMs }),
      catalog: () => this.catalog.get(),
    };
  }

  async explain(statement: Statement): Promise<QueryPlanRow[]> {
    return (await this.pool.run({ type: 'explain', statement }, { timeoutMs: this.options.statementTimeoutMs })).plan;
  }

  /** Streams a read-only statement on a session of its own, so a slow reader holds no pooled session. */
  async stream(statement: Statement, batchSize: number): Promise<RowStream> {
    if (this.openStreams >= this.options.maxStreams) {
      throw new EngineError('UNAVAILABLE', `${this.openStreams} query streams are open, the most this server allows`);
    }
    this.openStreams += 1;
    const session = await this.driver.openSession();
    const end = async (): Promise<void> => {
      this.openStreams -= 1;
      await this.driver.releaseSession(session);
    };
    let stream: RowStream;
    try {
      stream = await session.stream(statement, { batchSize, timeoutMs: this.options.statementTimeoutMs });
    } catch (error) {
      await end();
      throw error;
    }
    let ended = false;
    const endOnce = async (): Promise<void> => {
      if (!ended) await end();
      ended = true;
    };
    return {
      columns: stream.columns,
      next: async () => {
        try {
          const rows = await stream.next();
          if (rows === null) await endOnce();
          return rows;
        } catch (error) {
          await endOnce();
          throw error;
        }
      },
      cancel: async () => {
        if (ended) return;
        // Stops a batch being read now; closing the stream then frees the session.
        session.interrupt();
        await stream.cancel();
        await endOnce();
      },
    };
  }

  currentScn(): { scn: number; committedAt: string | null } {
    return this.driver.currentScn();
  }

  async close(): Promise<void> {
    await this.transactions.closeAll('the server is shutting down');
    await this.changes.flush();
    this.changes.close();
    await this.pool.close();
    await this.driver.close();
  }
}
