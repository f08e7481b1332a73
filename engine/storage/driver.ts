// The storage driver interface: what the engine needs from a database, independent of which
// database it is. SQLite (engine/storage/sqlite) is the first driver; a PostgreSQL driver
// implements the same interfaces.

import type { DdlStatement } from './sql/ddl.js';
import type { CatalogSnapshot, ChangeRecord, ResultColumn, QueryPlanRow } from './types.js';

/** A value to bind: JSON values as the API accepts them ({ $hex } for BLOBs). */
export type BindValue = unknown;
export type BindParams = BindValue[] | Record<string, BindValue>;

export interface Statement {
  sql: string;
  params?: BindParams;
}

/** Work a session performs; one message, one result (streams excepted). */
export type Work = ExecuteWork | TransactionWork | IntrospectWork | ExplainWork | ReadChangesWork;

export interface ExecuteWork {
  type: 'execute';
  statements: Statement[];
  /** Refuse statements that would write. */
  readOnly: boolean;
  /** Rows to keep per statement; further rows are counted as truncated (reads stop early). */
  maxRows: number;
  rowMode: 'object' | 'array';
  /** Keep the rows of every statement, or only of the last one that returns rows. */
  keep: 'all' | 'last';
  /** Outside a transaction the work commits on its own: 'transaction' wraps all statements in one; 'none' runs a lone statement that cannot run in a transaction (VACUUM). */
  atomicity: 'transaction' | 'none';
  /** Who runs it (a user's name; null for the engine's own work): the schema log records it with each DDL statement. */
  username: string | null;
}

export type TransactionWork =
  | { type: 'begin'; mode: 'deferred' | 'immediate' | 'exclusive'; transactionId: string }
  | { type: 'commit' }
  | { type: 'rollback' }
  | { type: 'savepoint'; name: string }
  | { type: 'release'; name: string }
  | { type: 'rollback-to'; name: string };

export interface IntrospectWork {
  type: 'introspect';
}

export interface ExplainWork {
  type: 'explain';
  statement: Statement;
}

export interface ReadChangesWork {
  type: 'read-changes';
  /** Commits after this SCN ... */
  afterScn: number;
  /** ... up to and including this one. */
  throughScn: number;
  /** Changes after this change id (to page through one large commit). */
  afterChangeId: number;
  limit: number;
}

export interface StatementResult {
  columns: ResultColumn[] | null;
  rows: unknown[] | null;
  truncated: boolean;
  changes: number;
}

export interface ExecuteResult {
  type: 'execute';
  results: StatementResult[];
  rowsAffected: number;
  lastInsertRowid: number | null;
  statements: number;
  /** The schema changed (inside a transaction: not yet committed). */
  schemaChanged: boolean;
  commit: CommitInfo | null;
  elapsedMs: number;
}

/** A commit that changed something: its SCN, and its row changes when there are few. */
export interface CommitInfo {
  scn: number;
  transactionId: string | null;
  committedAt: string;
  rowChanges: number;
  schemaChanged: boolean;
  /** The DDL statements of the commit, in the order they ran, from the schema log; absent for commits older than the schema log. */
  ddl?: DdlStatement[];
  /** The changes, unless there are more than the driver sends inline; then read them with read-changes. */
  changes: ChangeRecord[] | null;
}

export type WorkResult =
  | ExecuteResult
  | { type: 'transaction'; commit: CommitInfo | null }
  | { type: 'introspect'; catalog: CatalogSnapshot }
  | { type: 'explain'; plan: QueryPlanRow[] }
  | { type: 'read-changes'; commits: Array<Omit<CommitInfo, 'changes'>>; changes: ChangeRecord[] };

/**
 * Tells work to stop. Not an AbortSignal: creating one costs more than the fastest statement
 * (measured: over 100 µs in Node 20), and every statement gets one.
 */
export interface Cancellation {
  readonly cancelled: boolean;
  /** Calls the listener when cancelled; returns what removes it. */
  onCancel(listener: () => void): () => void;
}

export interface RunOptions {
  /** Stop the work when it runs longer; the session rolls back what it did. */
  timeoutMs: number;
  /** Cancelling stops the work (CANCELLED): before it starts, or by interrupting it. */
  cancellation?: Cancellation;
  /** Called when the work starts on a session, after waiting for one. */
  onStart?: () => void;
}

/** Streams the rows of one read-only statement in batches, as fast as the consumer asks. */
export interface RowStream {
  readonly columns: ResultColumn[];
  /** The next batch, or null when the result is exhausted. */
  next(): Promise<unknown[] | null>;
  /** Stops the statement and frees the session. */
  cancel(): Promise<void>;
}

/** What became of one work of a group commit: done, failed, or to run again (nothing of it committed). */
export type GroupResult = { status: 'done'; result: ExecuteResult } | { status: 'failed'; error: Error } | { status: 'retry' };

/** One connection, used by one piece of work at a time. */
export interface Session {
  readonly id: string;
  run<W extends Work>(work: W, options: RunOptions): Promise<ResultOf<W>>;
  /** Runs autocommit works in one transaction, each with an SCN of its own (group commit). */
  runGroup(works: ExecuteWork[], options: RunOptions): Promise<GroupResult[]>;
  stream(statement: Statement, options: { batchSize: number; timeoutMs: number }): Promise<RowStream>;
  /** Stops the running work, if any. */
  interrupt(): void;
  close(): Promise<void>;
}

export type ResultOf<W extends Work> = Extract<WorkResult, { type: W['type'] extends 'execute' ? 'execute' : W['type'] extends TransactionWork['type'] ? 'transaction' : W['type'] }>;

export interface DriverEvents {
  /** Every commit that changed something, from any session, as soon as it is known. */
  commit(commit: CommitInfo): void;
  /** A session ended unexpectedly; commits it made may not have been reported. */
  sessionLost(sessionId: string, reason: string): void;
}

export interface StorageDriver {
  readonly name: string;
  readonly version: string;
  /** A session of its own, for a transaction or a pool. */
  openSession(): Promise<Session>;
  /** Takes back a session with no transaction open, to reuse or close. */
  releaseSession(session: Session): Promise<void>;
  /**
   * Runs a read of at most one row by key right away on the calling thread, where the round
   * trip to a session would cost more than the read. Null when it would have to wait for a lock.
   */
  lookup(statement: Statement): StatementResult | null;
  /** SCN and time of the latest commit. */
  currentScn(): { scn: number; committedAt: string | null };
  /** Can storage be written right now? */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}
