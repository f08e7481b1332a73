// The event bus: how committed changes reach every realtime surface. Producers publish after
// commit, in SCN order; consumers subscribe by topic. In-process today (memory-bus.ts); a NATS
// or Redis adapter implements the same interface.
import type { FlashbackEvent } from '../modules/flashback/events.js';
import type { BlockchainEvent } from '../modules/blockchain/blockchain-types.js';
import type { AuditEntry } from '../modules/security/security.js';
import type { DdlStatement } from '../storage/sql/ddl.js';
import type { ChangeRecord } from '../storage/types.js';
import type { BackupProgressEvent } from '../modules/backup/backup-progress.js';

/** A committed row change. */
export interface RowChangedEvent extends ChangeRecord {
  transactionId: string | null;
  committedAt: string;
  /** Row changes of the whole commit (set by the change feed), so a consumer can take a commit whole or not at all. */
  commitRowChanges?: number;
}

/** A commit that changed the schema. */
export interface SchemaChangedEvent {
  scn: number;
  transactionId: string | null;
  committedAt: string;
  /** Its DDL statements in the order they ran; null when the commit was read back from the change log, which records only that the schema changed. */
  statements: DdlStatement[] | null;
}

/** Credentials were revoked or permissions changed: whoever holds a principal checks it again. */
export type SecurityChangedEvent = Record<string, never>;

/** Who started a piece of work, when it came through an API. */
export interface Actor {
  userId: string | null;
  username: string | null;
  /** The sign-in session (JWT sid) or API key the work came through. */
  sessionId: string | null;
}

/** A SQL statement (or script) started running. */
export interface QueryStartedEvent {
  queryId: string;
  sql: string;
  transactionId: string | null;
  actor: Actor | null;
  /** The request and operation it ran for; null for the engine's own work. */
  requestId: string | null;
  operation: string | null;
  /** Wall-clock time, epoch milliseconds (a number: formatting costs more than a fast statement). */
  startedAtMs: number;
}

/** A streamed statement handed more rows to its reader (published at most every 250 ms per statement). */
export interface QueryProgressEvent {
  queryId: string;
  /** Rows read and handed to the reader so far. */
  rows: number;
  elapsedMs: number;
  at: string;
}

/** A statement ended: how it went, how long it took, how many rows it returned or changed. */
export interface QueryFinishedEvent {
  queryId: string;
  sql: string;
  transactionId: string | null;
  actor: Actor | null;
  requestId: string | null;
  operation: string | null;
  outcome: 'completed' | 'failed' | 'cancelled';
  durationMs: number;
  rows: number;
  /** The error code when it failed (an EngineError code). */
  errorCode: string | null;
  /** Wall-clock time, epoch milliseconds. */
  finishedAtMs: number;
}

/** An interactive transaction began, committed or rolled back (for any reason). */
export interface TransactionEvent {
  transactionId: string;
  state: 'active' | 'committed' | 'rolled_back' | 'timed_out' | 'failed';
  scn: number | null;
  actor: Actor | null;
  at: string;
  /** How the transaction locks: deferred, immediate or exclusive. */
  mode?: string;
  startedAt?: string;
  /** Rows the commit changed (0 for transactions that did not commit). */
  rowChanges?: number;
}

/** A sign-in session began or ended. */
export interface SessionEvent {
  sessionId: string;
  userId: string;
  username: string;
  reason: 'login' | 'logout' | 'expired' | 'revoked' | 'terminated';
  at: string;
}

export interface EngineEvents {
  'row.changed': RowChangedEvent;
  'schema.changed': SchemaChangedEvent;
  'security.changed': SecurityChangedEvent;
  'audit.recorded': AuditEntry;
  'query.started': QueryStartedEvent;
  'query.progress': QueryProgressEvent;
  'query.finished': QueryFinishedEvent;
  'transaction.begun': TransactionEvent;
  'transaction.ended': TransactionEvent;
  'session.opened': SessionEvent;
  'session.closed': SessionEvent;
  'backup.progress': BackupProgressEvent;
  /** A flashback query, restore, reversal, restore point or purge of the change log. */
  'flashback.operation': FlashbackEvent;
  'blockchain.event': BlockchainEvent;
}

export type Topic = keyof EngineEvents;
export type Listener<T extends Topic> = (event: EngineEvents[T]) => void;

export interface EventBus {
  publish<T extends Topic>(topic: T, event: EngineEvents[T]): void;
  /** Returns the function that unsubscribes. */
  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void;
}
