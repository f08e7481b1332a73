// Publishes committed changes on the event bus in SCN order, each exactly once. Sessions report
// their commits as they happen, possibly out of order across threads; the feed holds a commit
// back until every earlier SCN is out, and reads from the change log what it was not told
// (commits too big to report inline, or made by a session that died before reporting).
import type { EventBus } from '../events/bus.js';
import type { CommitInfo, WorkResult } from './driver.js';

export type ReadChanges = (afterScn: number, throughScn: number, afterChangeId: number, limit: number) => Promise<Extract<WorkResult, { type: 'read-changes' }>>;

/** A gap this old means a commit was never reported: fill it from the log. */
const GAP_TIMEOUT_MS = 50;
const PAGE_SIZE = 1000;

export class ChangeFeed {
  private published: number;
  private publishingBigCommit = false;
  private readonly waiters: Array<{ scn: number; resolve(): void }> = [];
  private readonly pending = new Map<number, CommitInfo>();
  private work: Promise<void> = Promise.resolve();
  private gapTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly readChanges: ReadChanges,
    private readonly latestScn: () => number,
    startScn: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.published = startScn;
  }

  /** The SCN of the last commit whose changes are out. */
  get publishedScn(): number {
    return this.published;
  }

  onCommit(commit: CommitInfo): void {
    if (commit.scn <= this.published || this.pending.has(commit.scn)) return;
    this.pending.set(commit.scn, commit);
    this.schedule(false);
  }

  /** Publishes commits the feed was not told about, e.g. after a session ended abruptly. */
  reconcile(): void {
    this.schedule(true);
  }

  /** A commit too big to publish at once is partly out: the SCN after publishedScn has some of its changes published. */
  get midCommit(): boolean {
    return this.publishingBigCommit;
  }

  /** Waits until everything reported so far is published. */
  async flush(): Promise<void> {
    await this.work;
  }

  /** Resolves once the changes of this SCN (and every earlier one) are published. */
  whenPublished(scn: number): Promise<void> {
    if (scn <= this.published) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ scn, resolve }));
  }

  close(): void {
    clearTimeout(this.gapTimer);
  }

  private schedule(fromLog: boolean): void {
    this.work = this.work.then(() => this.drain(fromLog)).catch(this.onError);
  }

  private async drain(fromLog: boolean): Promise<void> {
    clearTimeout(this.gapTimer);
    if (fromLog) await this.loadMissingCommits();
    for (let next = this.pending.get(this.published + 1); next; next = this.pending.get(this.published + 1)) {
      this.pending.delete(next.scn);
      await this.publish(next);
    }
    if (this.pending.size > 0) this.gapTimer = setTimeout(() => this.reconcile(), GAP_TIMEOUT_MS);
  }

  private async loadMissingCommits(): Promise<void> {
    const through = this.latestScn();
    if (through <= this.published) return;
    const { commits } = await this.readChanges(this.published, through, 0, 0);
    for (const commit of commits) if (!this.pending.has(commit.scn)) this.pending.set(commit.scn, { ...commit, changes: null });
  }

  private async publish(commit: CommitInfo): Promise<void> {
    const meta = { transactionId: commit.transactionId, committedAt: commit.committedAt, commitRowChanges: commit.rowChanges };
    if (commit.changes) {
      for (const change of commit.changes) this.bus.publish('row.changed', { ...change, ...meta });
    } else {
      // A big commit: page through its changes instead of holding them all.
      this.publishingBigCommit = true;
      try {
        for (let afterId = 0; ; ) {
          const { changes } = await this.readChanges(commit.scn - 1, commit.scn, afterId, PAGE_SIZE);
          for (const change of changes) this.bus.publish('row.changed', { ...change, ...meta });
          if (changes.length < PAGE_SIZE) break;
          afterId = changes.at(-1)!.id;
        }
      } finally {
        this.publishingBigCommit = false;
      }
    }
    if (commit.schemaChanged) this.bus.publish('schema.changed', { scn: commit.scn, transactionId: commit.transactionId, committedAt: commit.committedAt, statements: commit.ddl ?? null });
    this.published = commit.scn;
    for (let index = this.waiters.length - 1; index >= 0; index -= 1) {
      if (this.waiters[index]!.scn <= commit.scn) this.waiters.splice(index, 1)[0]!.resolve();
    }
  }
}
