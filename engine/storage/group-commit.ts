// Writes outside transactions go through one session, in arrival order. While it runs a group,
// the writes that arrive meanwhile queue; the next group takes all of them (up to a limit) and
// commits them together, each with an SCN of its own. Under load that means one commit, one
// round trip to the worker and one WAL sync for many writes; alone, a write is sent at once.
import { EngineError } from '../errors.js';
import type { ExecuteResult, ExecuteWork, Session } from './driver.js';

interface Pending {
  work: ExecuteWork;
  timeoutMs: number;
  queuedAt: number;
  deadline: number;
  resolve(result: ExecuteResult): void;
  reject(error: Error): void;
}

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
  private closed = false;

  constructor(private readonly options: GroupCommitOptions) {}

  run(work: ExecuteWork, timeoutMs: number): Promise<ExecuteResult> {
    if (this.closed) return Promise.reject(new EngineError('UNAVAILABLE', 'the database is closing'));
    return new Promise((resolve, reject) => {
      const now = performance.now();
      this.queue.push({ work, timeoutMs, queuedAt: now, deadline: now + timeoutMs, resolve, reject });
      void this.pump();
    });
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
    try {
      this.session ??= await this.options.openSession();
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
        // Rolled back with a write that failed the whole transaction, or stopped before its own
        // deadline: nothing of it committed, so it runs again, with its full time.
        else if (outcome.status === 'retry' || ((outcome.error as EngineError).code === 'STATEMENT_TIMEOUT' && now < pending.deadline)) again.push({ ...pending, deadline: now + pending.timeoutMs });
        else pending.reject(outcome.error);
      });
      this.queue.unshift(...again);
    } catch (error) {
      for (const pending of group) pending.reject(error as Error);
    }
  }
}
