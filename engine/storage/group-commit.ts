// Writes outside transactions go through one session, in arrival order. While it runs a group,
// the writes that arrive meanwhile queue; the next group takes all of them (up to a limit) and
// commits them together, each with an SCN of its own. Under load that means one commit, one
// round trip to the worker and one WAL sync for many writes; alone, a write is sent at once.
import { EngineError } from '../errors.js';
import { cancelled } from '../work/statement-registry.js';
import type { ExecuteResult, ExecuteWork, RunOptions, Session } from './driver.js';

interface Pending {
  work: ExecuteWork;
  timeoutMs: number;
  queuedAt: number;
  deadline: number;
  tracking: Tracked;
  /** Killed while its group ran: it fails with CANCELLED whatever else the group did. */
  cancelled: boolean;
  resolve(result: ExecuteResult): void;
  reject(error: Error): void;
}

type Tracked = Pick<RunOptions, 'cancellation' | 'onStart'>;

export interface GroupCommitOptions {
  openSession(): Promise<Session>;
  /** Writes in one group at most. */
  maxGroup: number;
  /** A write that waited this long for the writer fails with a conflict, as with SQLite's busy timeout. */
  maxWaitMs: number;
}

export class GroupCommitter {
  private readonly queue: Pending[] = [];
  private session: Session | null = null;
  private running = false;
  /** The group on the writer session now. */
  private current: Pending[] = [];
  private closed = false;

  constructor(private readonly options: GroupCommitOptions) {}

  run(work: ExecuteWork, timeoutMs: number, tracking: Tracked = {}): Promise<ExecuteResult> {
    if (this.closed) return Promise.reject(new EngineError('UNAVAILABLE', 'the database is closing'));
    if (tracking.cancellation?.cancelled) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      const now = performance.now();
      let stopListening = (): void => undefined;
      const settle = <T>(settled: (value: T) => void) => (value: T): void => {
        stopListening();
        settled(value);
      };
      const pending: Pending = { work, timeoutMs, queuedAt: now, deadline: now + timeoutMs, tracking, cancelled: false, resolve: settle(resolve), reject: settle(reject) };
      if (tracking.cancellation) stopListening = tracking.cancellation.onCancel(() => this.cancel(pending));
      this.queue.push(pending);
      void this.pump();
    });
  }

  /**
   * A queued write leaves the line. A running one is interrupted, which abandons its whole
   * group: the others run again, as after any interrupted write.
   */
  private cancel(pending: Pending): void {
    const position = this.queue.indexOf(pending);
    if (position >= 0) {
      this.queue.splice(position, 1);
      pending.reject(cancelled());
    } else if (this.current.includes(pending)) {
      pending.cancelled = true;
      this.session?.interrupt();
    }
  }

  /** Forgets a session that ended; the next group opens another. */
  sessionLost(sessionId: string): void {
    if (this.session?.id === sessionId) this.session = null;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new EngineError('UNAVAILABLE', 'the database is closing'));
    await this.session?.close();
  }

  private async pump(): Promise<void> {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    try {
      const group = this.takeGroup();
      if (group.length > 0) await this.runGroup(group);
    } finally {
      this.running = false;
    }
    void this.pump();
  }

  /**
   * The writes to run next: the first queued one and those after it with the same timeout, up to
   * the limit (the group is stopped at the last deadline, which is then about everyone's);
   * VACUUM-like work alone.
   */
  private takeGroup(): Pending[] {
    const now = performance.now();
    for (const pending of this.queue.filter((candidate) => now - candidate.queuedAt > this.options.maxWaitMs)) {
      this.queue.splice(this.queue.indexOf(pending), 1);
      pending.reject(new EngineError('TRANSACTION_CONFLICT', `waited ${this.options.maxWaitMs} ms for the write lock; other writes hold it`));
    }
    const first = this.queue[0];
    if (!first || first.work.atomicity === 'none') return this.queue.splice(0, 1);
    let size = 1;
    while (size < this.options.maxGroup && size < this.queue.length && this.queue[size]!.timeoutMs === first.timeoutMs && this.queue[size]!.work.atomicity === 'transaction') size += 1;
    return this.queue.splice(0, size);
  }

  private async runGroup(group: Pending[]): Promise<void> {
    this.current = group;
    try {
      this.session ??= await this.options.openSession();
      for (const pending of group) pending.tracking.onStart?.();
      const timeoutMs = Math.max(1, Math.max(...group.map((pending) => pending.deadline)) - performance.now());
      if (group.length === 1 && group[0]!.work.atomicity === 'none') {
        group[0]!.resolve(await this.session.run(group[0]!.work, { timeoutMs }));
        return;
      }
      const outcomes = await this.session.runGroup(
        group.map((pending) => pending.work),
        { timeoutMs },
      );
      const again: Pending[] = [];
      const now = performance.now();
      outcomes.forEach((outcome, index) => {
        const pending = group[index]!;
        if (outcome.status === 'done') pending.resolve(outcome.result);
        else if (pending.cancelled) pending.reject(cancelled());
        // Stopped by the kill of another write of the group: nothing of it committed.
        else if (outcome.status === 'failed' && (outcome.error as EngineError).code === 'CANCELLED') again.push(pending);
        // Rolled back with a write that failed the whole transaction, or stopped before its own
        // deadline: nothing of it committed, so it runs again, with its full time.
        else if (outcome.status === 'retry' || ((outcome.error as EngineError).code === 'STATEMENT_TIMEOUT' && now < pending.deadline)) {
          pending.deadline = now + pending.timeoutMs;
          again.push(pending);
        }
        else pending.reject(outcome.error);
      });
      this.queue.unshift(...again);
    } catch (error) {
      for (const pending of group) pending.reject(error as Error);
    } finally {
      this.current = [];
    }
  }
}
