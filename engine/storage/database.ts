// One database: its driver, the pool for work outside transactions, the open transactions, the
// cached catalog and the change feed. The engine is a container of these (one file each).
import { EngineError } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { Catalog } from './catalog.js';
import { ChangeFeed } from './change-feed.js';
import type { CommitInfo, ExecuteResult, ExecuteWork, RowStream, Statement, StatementResult, StorageDriver } from './driver.js';
import { type Caller, type WorkOptions, usernameOf } from '../work/caller.js';
import { StatementRegistry, cancelled, throwIfCancelled } from '../work/statement-registry.js';
import { GroupCommitter } from './group-commit.js';
import { SessionPool } from './pool.js';
import { SqliteDriver } from './sqlite/sqlite-driver.js';
import { Transactions } from './transactions.js';
import type { CatalogSnapshot, QueryPlanRow } from './types.js';

export interface DatabaseOptions {
  name: string;
  file: string;
  /** Internal tables of engine modules, created when the file is opened (see SqliteDriverOptions). */
  internalSchema: readonly string[];
  /** Sessions serving reads outside transactions (writes have one session of their own). */
  poolSize: number;
  statementTimeoutMs: number;
  busyTimeoutMs: number;
  transactionIdleTimeoutMs: number;
  maxTransactions: number;
  maxStreams: number;
  onError(error: unknown, context: string): void;
}

/** Where statements run: on their own (autocommit) or inside an open transaction. */
export interface ExecuteOptions {
  timeoutMs?: number;
  /** The work may write; by default, unless it is read-only. Outside transactions writes queue for the one writer session. */
  writes?: boolean;
}

export interface Executor {
  readonly transactionId: string | null;
  execute(work: Omit<ExecuteWork, 'type' | 'username'>, options?: ExecuteOptions): Promise<ExecuteResult>;
  /** Reads at most one row by key: right away when it can, else like execute. */
  lookup(statement: Statement): Promise<StatementResult>;
  catalog(): Promise<CatalogSnapshot>;
}

const LOOKUP_WORK = { readOnly: true, maxRows: 1, rowMode: 'object', keep: 'all', atomicity: 'transaction' } as const;

export class Database {
  private openStreams = 0;

  private constructor(
    readonly name: string,
    readonly driver: StorageDriver,
    /** Sessions for reads outside transactions. */
    readonly readers: SessionPool,
    /**
     * The one session that writes outside transactions, committing queued writes in groups.
     * SQLite lets one connection write at a time; queueing writes here instead of letting
     * sessions race for the lock avoids SQLite's busy-wait, which sleeps in steps of milliseconds.
     */
    readonly writer: GroupCommitter,
    readonly catalog: Catalog,
    readonly changes: ChangeFeed,
    readonly transactions: Transactions,
    /** Every statement running now, in or out of transactions. */
    readonly statements: StatementRegistry,
    private readonly options: DatabaseOptions,
  ) {}

  static async open(options: DatabaseOptions, bus: EventBus): Promise<Database> {
    // The driver reports commits before the pool and feed exist; they are wired right below.
    let onCommit: (commit: CommitInfo) => void = () => undefined;
    let onSessionLost: (sessionId: string, reason: string) => void = () => undefined;
    const driver = SqliteDriver.open(
      { file: options.file, busyTimeoutMs: options.busyTimeoutMs, inlineChangeLimit: 256, idleSessions: 4, spareSessions: 1, internalSchema: options.internalSchema },
      { commit: (commit) => onCommit(commit), sessionLost: (sessionId, reason) => onSessionLost(sessionId, reason) },
    );
    const readers = await SessionPool.open(driver, Math.max(1, options.poolSize - 1));
    const writer = new GroupCommitter({ openSession: () => driver.openSession(), maxGroup: 64, maxWaitMs: options.busyTimeoutMs });
    const timeout = { timeoutMs: options.statementTimeoutMs };
    const catalog = new Catalog(async () => (await readers.run({ type: 'introspect' }, timeout)).catalog);
    const changes = new ChangeFeed(
      bus,
      (afterScn, throughScn, afterChangeId, limit) => readers.run({ type: 'read-changes', afterScn, throughScn, afterChangeId, limit }, timeout),
      () => driver.currentScn().scn,
      driver.currentScn().scn,
      (error) => options.onError(error, 'change feed'),
    );
    const transactions = new Transactions(driver, {
      idleTimeoutMs: options.transactionIdleTimeoutMs,
      maxOpen: options.maxTransactions,
      retainFinishedMs: 10 * 60_000,
      // A commit is announced after its changes, so a listener never hears of a commit before what it changed.
      announce: (topic, event) => {
        if (event.scn === null) bus.publish(topic, event);
        else void changes.whenPublished(event.scn).then(() => bus.publish(topic, event));
      },
    });
    onCommit = (commit) => {
      if (commit.schemaChanged) catalog.invalidate();
      changes.onCommit(commit);
    };
    onSessionLost = (sessionId, reason) => {
      options.onError(new Error(reason), `session ${sessionId}`);
      readers.replace(sessionId);
      writer.sessionLost(sessionId);
      transactions.sessionLost(sessionId, reason);
      // It may have committed without telling.
      catalog.invalidate();
      changes.reconcile();
    };
    return new Database(options.name, driver, readers, writer, catalog, changes, transactions, new StatementRegistry(bus), options);
  }

  get statementTimeoutMs(): number {
    return this.options.statementTimeoutMs;
  }

  /** The database file. */
  get file(): string {
    return this.options.file;
  }

  /** Changes limits for work that starts from now on. */
  adjust(settings: Partial<Pick<DatabaseOptions, 'statementTimeoutMs' | 'transactionIdleTimeoutMs' | 'maxTransactions'>>): void {
    if (settings.statementTimeoutMs !== undefined) this.options.statementTimeoutMs = settings.statementTimeoutMs;
    this.transactions.adjust({ idleTimeoutMs: settings.transactionIdleTimeoutMs, maxOpen: settings.maxTransactions });
  }


  /** Where the work runs (in its transaction, or on its own) and for whom. */
  executor({ transactionId, caller = null }: WorkOptions = {}): Executor {
    return transactionId ? this.transactionExecutor(transactionId, caller) : this.autocommitExecutor(caller);
  }

  private transactionExecutor(transactionId: string, caller: Caller | null): Executor {
    const defaultTimeout = this.options.statementTimeoutMs;
    const execute: Executor['execute'] = (work, options = {}) =>
      this.statements.track(sqlOf(work.statements), transactionId, 'transaction', caller, (tracking) => this.transactions.execute(transactionId, { type: 'execute', ...work, username: usernameOf(caller) }, options.timeoutMs ?? defaultTimeout, tracking), rowsOf);
    return {
      transactionId,
      execute,
      lookup: async (statement) => (await execute({ ...LOOKUP_WORK, statements: [statement] })).results[0]!,
      catalog: () => this.transactions.catalog(transactionId, defaultTimeout, () => this.catalog.get()),
    };
  }

  /** Work outside transactions: writes to the writer session, reads to the readers, key reads right away. */
  private autocommitExecutor(caller: Caller | null): Executor {
    const execute: Executor['execute'] = (work, options = {}) => {
      const writes = options.writes ?? !work.readOnly;
      const timeoutMs = this.options.statementTimeoutMs;
      return this.statements.track(
        sqlOf(work.statements),
        null,
        writes ? 'writer' : 'reader-session',
        caller,
        (tracking) =>
          writes
            ? this.writer.run({ type: 'execute', ...work, username: usernameOf(caller) }, options.timeoutMs ?? timeoutMs, tracking)
            : this.readers.run({ type: 'execute', ...work, username: usernameOf(caller) }, { timeoutMs: options.timeoutMs ?? timeoutMs, ...tracking }),
        rowsOf,
      );
    };
    // A lookup that runs right away is a statement too (reported once it ran: it is the engine's
    // fastest path); one that must wait for a lock goes through execute.
    const lookupNow = (statement: Statement): StatementResult | null => {
      const started = performance.now();
      try {
        const result = this.driver.lookup(statement);
        if (result) this.statements.ranNow(statement.sql, started, caller, result.rows?.length ?? 0);
        return result;
      } catch (error) {
        this.statements.ranNow(statement.sql, started, caller, 0, error);
        throw error;
      }
    };
    return {
      transactionId: null,
      execute,
      lookup: async (statement) => lookupNow(statement) ?? (await execute({ ...LOOKUP_WORK, statements: [statement] })).results[0]!,
      catalog: () => this.catalog.get(),
    };
  }

  async explain(statement: Statement): Promise<QueryPlanRow[]> {
    return (await this.readers.run({ type: 'explain', statement }, { timeoutMs: this.options.statementTimeoutMs })).plan;
  }

  /**
   * Streams a read-only statement on a session of its own, so a slow reader holds no pooled
   * session. It is a running statement until its last batch or its cancel; killing it stops the
   * batch being read, and the next one fails with CANCELLED.
   */
  async stream(statement: Statement, batchSize: number, caller: Caller | null): Promise<RowStream> {
    if (this.openStreams >= this.options.maxStreams) {
      throw new EngineError('UNAVAILABLE', `${this.openStreams} query streams are open, the most this server allows`);
    }
    this.openStreams += 1;
    const tracked = this.statements.open(statement.sql, null, 'stream-session', caller);
    let rowsSent = 0;
    const session = await this.driver.openSession();
    const end = async (error?: unknown): Promise<void> => {
      this.openStreams -= 1;
      tracked.end(rowsSent, error);
      await this.driver.releaseSession(session);
    };
    let stream: RowStream;
    try {
      throwIfCancelled(tracked.cancellation);
      tracked.onStart();
      stream = await session.stream(statement, { batchSize, timeoutMs: this.options.statementTimeoutMs });
    } catch (error) {
      await end(error);
      throw error;
    }
    let ended = false;
    const endOnce = async (error?: unknown): Promise<void> => {
      if (!ended) await end(error);
      ended = true;
    };
    const stop = async (): Promise<void> => {
      if (ended) return;
      // Stops a batch being read now; closing the stream then frees the session.
      session.interrupt();
      await stream.cancel();
      await endOnce(cancelled());
    };
    tracked.cancellation.onCancel(() => void stop());
    return {
      columns: stream.columns,
      next: async () => {
        try {
          throwIfCancelled(tracked.cancellation);
          const rows = await stream.next();
          if (rows === null) await endOnce();
          else {
            rowsSent += rows.length;
            tracked.progress(rowsSent);
          }
          return rows;
        } catch (error) {
          await endOnce(error);
          throw tracked.cancellation.cancelled ? cancelled() : error;
        }
      },
      cancel: stop,
    };
  }

  currentScn(): { scn: number; committedAt: string | null } {
    return this.driver.currentScn();
  }

  async close(): Promise<void> {
    await this.transactions.closeAll('the server is shutting down');
    await this.changes.flush();
    this.changes.close();
    await this.readers.close();
    await this.writer.close();
    await this.driver.close();
  }
}

/** The SQL of a work as one text: each distinct statement once (a batch repeats one INSERT). */
function sqlOf(statements: Statement[]): string {
  return [...new Set(statements.map((statement) => statement.sql))].join(';\n');
}

/** Rows a work returned and changed. */
function rowsOf(result: ExecuteResult): number {
  return result.rowsAffected + result.results.reduce((total, statement) => total + (statement.rows?.length ?? 0), 0);
}
