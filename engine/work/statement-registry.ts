// Every SQL statement or script running through the engine, from the moment it is asked for to
// the moment it ends: what active-queries lists, what kill stops, and where query.started and
// query.finished come from.
import { randomBytes } from 'node:crypto';
import { EngineError, notFound } from '../errors.js';
import type { Actor, EventBus } from '../events/bus.js';
import type { Cancellation } from '../storage/driver.js';
import type { Caller } from './caller.js';

/** What a statement waits for before it runs. */
export type WaitEvent = 'reader-session' | 'writer' | 'transaction' | 'stream-session';

export interface RunningStatement {
  id: string;
  sql: string;
  transactionId: string | null;
  actor: Actor | null;
  requestId: string | null;
  operation: string | null;
  startedAt: string;
  /** waiting: for a session (see waitEvent); running: on one; cancelling: killed, not yet stopped. */
  state: 'waiting' | 'running' | 'cancelling';
  waitEvent: WaitEvent | null;
  durationMs: number;
}

/** What the work being tracked gets: what tells it to stop, and a way to say it started. */
export interface Tracking {
  cancellation: Cancellation;
  onStart(): void;
}

/** A statement whose end its runner reports (a row stream lives longer than a call). */
export interface OpenStatement extends Tracking {
  /** Reports the rows produced so far; published as query.progress at most every PROGRESS_INTERVAL_MS. */
  progress(rows: number): void;
  /** Reports the end: the rows it returned or changed, or the error it failed with. */
  end(rows: number, error?: unknown): void;
}

/** The least time between two query.progress events of one statement. */
export const PROGRESS_INTERVAL_MS = 250;

interface Entry {
  statement: Omit<RunningStatement, 'durationMs' | 'startedAt'>;
  /** performance.now() at the start, for the duration. */
  started: number;
  /** Wall-clock start, epoch ms: formatting a date costs more than the engine's fastest lookup, so it waits until someone reads it. */
  startedAtMs: number;
  /** When query.progress was last published (performance.now()), and with how many rows. */
  progressAt: number;
  progressRows: number;
  cancellation: StatementCancellation;
}

class StatementCancellation implements Cancellation {
  cancelled = false;
  /** Made on the first listener: most statements end without anyone listening. */
  private listeners: Set<() => void> | null = null;

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const listener of this.listeners ?? []) listener();
    this.listeners = null;
  }

  onCancel(listener: () => void): () => void {
    if (this.cancelled) {
      listener();
      return () => undefined;
    }
    const listeners = (this.listeners ??= new Set());
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
}

export class StatementRegistry {
  private readonly running = new Map<string, Entry>();
  /** Ids are a counter under a prefix of this process: a random UUID per statement costs more than a lookup by key. */
  private readonly idPrefix = `${randomBytes(4).toString('hex')}-`;
  private nextId = 1;

  constructor(private readonly events: EventBus) {}

  /** Runs work under a new id; rows says how many rows a result returned or changed. */
  async track<T>(sql: string, transactionId: string | null, waitEvent: WaitEvent, caller: Caller | null, run: (tracking: Tracking) => Promise<T>, rows: (result: T) => number): Promise<T> {
    const statement = this.open(sql, transactionId, waitEvent, caller);
    try {
      const result = await run(statement);
      statement.end(rows(result));
      return result;
    } catch (error) {
      statement.end(0, error);
      throw error;
    }
  }

  /** Registers a statement that starts now; its runner calls end() exactly once. */
  open(sql: string, transactionId: string | null, waitEvent: WaitEvent, caller: Caller | null): OpenStatement {
    const entry = this.entry(sql, transactionId, waitEvent, caller, performance.now());
    const { statement } = entry;
    this.running.set(statement.id, entry);
    this.publishStarted(entry);
    return {
      cancellation: entry.cancellation,
      onStart: () => {
        if (statement.state === 'waiting') statement.state = 'running';
        statement.waitEvent = null;
      },
      progress: (rows) => {
        const now = performance.now();
        if (rows === entry.progressRows || now - entry.progressAt < PROGRESS_INTERVAL_MS || !this.running.has(statement.id)) return;
        entry.progressAt = now;
        entry.progressRows = rows;
        this.events.publish('query.progress', { queryId: statement.id, rows, elapsedMs: roundMs(now - entry.started), at: new Date().toISOString() });
      },
      end: (rows, error) => {
        if (this.running.delete(statement.id)) this.finish(entry, rows, error);
      },
    };
  }

  private entry(sql: string, transactionId: string | null, waitEvent: WaitEvent, caller: Caller | null, started: number): Entry {
    return {
      statement: {
        id: `${this.idPrefix}${(this.nextId++).toString(36)}`,
        sql,
        transactionId,
        actor: caller?.actor ?? null,
        requestId: caller?.requestId ?? null,
        operation: caller?.operation ?? null,
        state: 'waiting',
        waitEvent,
      },
      started,
      startedAtMs: Date.now() - (performance.now() - started),
      progressAt: started,
      progressRows: 0,
      cancellation: new StatementCancellation(),
    };
  }

  /**
   * Reports a statement that ran synchronously on this thread, from started (performance.now())
   * to now. Nothing could list or kill it while it ran (it held the thread), so it never enters
   * the running set: it is only started and finished, as every statement is.
   */
  ranNow(sql: string, started: number, caller: Caller | null, rows: number, error?: unknown): void {
    const entry = this.entry(sql, null, 'reader-session', caller, started);
    this.publishStarted(entry);
    this.finish(entry, rows, error);
  }

  list(): RunningStatement[] {
    const now = performance.now();
    return [...this.running.values()].map((entry) => ({
      ...entry.statement,
      actor: entry.statement.actor && { ...entry.statement.actor },
      startedAt: new Date(entry.startedAtMs).toISOString(),
      durationMs: roundMs(now - entry.started),
    }));
  }

  /** Statements running now. */
  get size(): number {
    return this.running.size;
  }

  get(id: string): RunningStatement {
    const found = this.list().find((statement) => statement.id === id);
    if (!found) throw notFound('running statement', id);
    return found;
  }

  /** Stops a statement: it fails with CANCELLED and its uncommitted work is rolled back. */
  cancel(id: string): RunningStatement {
    const entry = this.running.get(id);
    if (!entry) throw notFound('running statement', id);
    entry.statement.state = 'cancelling';
    entry.cancellation.cancel();
    return this.get(id);
  }

  /** Stops every statement that came through a sign-in session; returns how many. */
  cancelOfSession(sessionId: string): number {
    const ids = [...this.running.values()].filter((entry) => entry.statement.actor?.sessionId === sessionId).map((entry) => entry.statement.id);
    for (const id of ids) this.cancel(id);
    return ids.length;
  }

  private finish(entry: Entry, rows: number, error: unknown): void {
    const errorCode = error === undefined ? null : error instanceof EngineError ? error.code : 'INTERNAL';
    const outcome = errorCode === null ? 'completed' : errorCode === 'CANCELLED' ? 'cancelled' : 'failed';
    const { id, sql, transactionId, actor, requestId, operation } = entry.statement;
    this.events.publish('query.finished', { queryId: id, sql, transactionId, actor, requestId, operation, outcome, durationMs: roundMs(performance.now() - entry.started), rows, errorCode, finishedAtMs: Date.now() });
  }

  private publishStarted(entry: Entry): void {
    const { id, sql, transactionId, actor, requestId, operation } = entry.statement;
    this.events.publish('query.started', { queryId: id, sql, transactionId, actor, requestId, operation, startedAtMs: entry.startedAtMs });
  }
}

/** Stops work that was cancelled before it started. */
export function throwIfCancelled(cancellation: Cancellation | undefined): void {
  if (cancellation?.cancelled) throw cancelled();
}

export function cancelled(): EngineError {
  return new EngineError('CANCELLED', 'the statement was cancelled; its uncommitted work was rolled back');
}

/** Milliseconds to the microsecond, as the APIs report durations. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
