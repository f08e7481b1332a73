// Messages between a session (main thread) and its worker thread. Exhaustive: both sides
// switch over these unions.
import type { ExecuteResult, ExecuteWork, Statement, Work, WorkResult } from '../driver.js';
import type { ResultColumn } from '../types.js';

export type ToWorker =
  | { kind: 'work'; id: number; work: Work }
  | { kind: 'group'; id: number; works: ExecuteWork[] }
  | { kind: 'stream-open'; id: number; statement: Statement; batchSize: number }
  | { kind: 'stream-next'; id: number }
  | { kind: 'stream-close'; id: number }
  | { kind: 'close' };

export type FromWorker =
  | { kind: 'ready'; interruptToken: number }
  | { kind: 'result'; id: number; result: WorkResult }
  | { kind: 'group-result'; id: number; outcomes: GroupOutcome[] }
  | { kind: 'stream-opened'; id: number; columns: ResultColumn[] }
  | { kind: 'stream-batch'; id: number; rows: unknown[]; done: boolean }
  | { kind: 'stream-closed'; id: number }
  | { kind: 'error'; id: number; error: WorkerError }
  | { kind: 'closed' };

/** What became of one work of a group commit. */
export type GroupOutcome = { status: 'done'; result: ExecuteResult } | { status: 'failed'; error: WorkerError } | { status: 'retry' };

/** An error as it crosses the thread boundary. */
export interface WorkerError {
  /** SqliteError code (SQLITE_CONSTRAINT_UNIQUE, ...), or an engine error code. */
  code: string;
  message: string;
  /** Which statement of an execute failed. */
  statementIndex?: number;
  /** The error ended the session's transaction (SQLite rolled it back). */
  transactionAborted?: boolean;
}

export interface WorkerOptions {
  file: string;
  interruptExtension: string;
  busyTimeoutMs: number;
  /** Commits with at most this many row changes report them inline. */
  inlineChangeLimit: number;
}
