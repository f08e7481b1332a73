// One subscriber's view of the committed row changes: from an SCN it already has (read from the
// change log, then live), or from now. Each commit reaches the subscriber whole and in SCN order,
// once. The subscriber's queue is bounded: a commit that does not fit ends the stream with a
// `lagged` notice naming the SCN to resume from, so a slow subscriber costs the server no memory.
import { EngineError, invalid } from '../../errors.js';
import type { EventBus, RowChangedEvent } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import { type ChangeFilter, matchesChange } from './change-filter.js';

/** Where the stream's changes go: a bounded queue in front of one client. */
export interface ChangeSink {
  /** Events the sink takes now without going past its bound. */
  room(): number;
  /** The bound itself. */
  capacity(): number;
  push(event: RowChangedEvent): void;
  /** Resolves when the sink has room again (or is closed). */
  drained(): Promise<void>;
  /** The stream stopped because a commit did not fit; everything through resumeScn was pushed. */
  lagged(resumeScn: number): void;
  /** The stream could not start or continue (e.g. RESYNC_REQUIRED). */
  fail(error: EngineError): void;
}

export interface ChangeStreamOptions {
  filter: ChangeFilter;
  /** Resume after this SCN: every change committed after it, then live ones. Absent: from now. */
  sinceScn?: number;
}

/** SCNs read from the log per round trip while catching up, and changes per page. */
const REPLAY_SCNS = 1000;
const REPLAY_PAGE = 1000;

export class ChangeStream {
  /** Every commit up to this SCN has been pushed whole (or did not match). */
  private completeScn: number;
  /** The commit the live listener is pushing (its first event was admitted). */
  private admittedScn = 0;
  private stopLive: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
    private readonly options: ChangeStreamOptions,
    private readonly sink: ChangeSink,
  ) {
    const feed = database.changes;
    if (options.sinceScn === undefined) {
      // From now: a big commit half published is skipped whole rather than delivered in part.
      this.completeScn = feed.publishedScn + (feed.midCommit ? 1 : 0);
      this.goLive();
    } else {
      this.completeScn = options.sinceScn;
      void this.catchUp(true).catch((error: unknown) => this.failWith(error));
    }
  }

  /** The SCN through which the subscriber has everything. */
  get resumeScn(): number {
    return this.completeScn;
  }

  close(): void {
    this.closed = true;
    this.stopLive?.();
    this.stopLive = null;
  }

  private async catchUp(checkRetention: boolean): Promise<void> {
    if (checkRetention) await this.checkRetained(this.completeScn);
    const feed = this.database.changes;
    while (!this.closed) {
      const published = feed.publishedScn;
      if (this.completeScn < published) await this.replay(this.completeScn, published);
      else if (feed.midCommit) await feed.flush();
      // Nothing is published between this check and the subscription: both run in one turn.
      else return this.goLive();
    }
  }

  /** Pushes the matching changes of commits after `afterScn` through `throughScn`, from the log, at the sink's pace. */
  private async replay(afterScn: number, throughScn: number): Promise<void> {
    for (let from = afterScn; from < throughScn && !this.closed; ) {
      const to = Math.min(from + REPLAY_SCNS, throughScn);
      const commits = new Map<number, { transactionId: string | null; committedAt: string; rowChanges: number }>();
      for (let afterId = 0; ; ) {
        const page = await this.readChanges(from, to, afterId, REPLAY_PAGE);
        for (const commit of page.commits) commits.set(commit.scn, commit);
        for (const change of page.changes) {
          const commit = commits.get(change.scn)!;
          const event: RowChangedEvent = { ...change, transactionId: commit.transactionId, committedAt: commit.committedAt, commitRowChanges: commit.rowChanges };
          if (!matchesChange(this.options.filter, event)) continue;
          while (this.sink.room() <= 0 && !this.closed) await this.sink.drained();
          if (this.closed) return;
          this.sink.push(event);
        }
        if (page.changes.length < REPLAY_PAGE) break;
        afterId = page.changes.at(-1)!.id;
      }
      this.completeScn = to;
      from = to;
    }
  }

  private goLive(): void {
    if (this.closed) return;
    this.stopLive = this.bus.subscribe('row.changed', (event) => this.onLive(event));
  }

  private onLive(event: RowChangedEvent): void {
    if (event.scn <= this.completeScn) return;
    if (event.scn !== this.admittedScn) {
      // The first change of a commit: every earlier commit is out, and this one must fit whole.
      this.completeScn = event.scn - 1;
      const size = event.commitRowChanges ?? 1;
      if (this.sink.room() < size) {
        if (size > this.sink.capacity()) {
          // It could never fit: fetch it from the log at the sink's pace instead, once the feed has
          // published it (it is publishing it now, in this very turn).
          this.stopLive!();
          this.stopLive = null;
          queueMicrotask(() => void this.catchUp(false).catch((error: unknown) => this.failWith(error)));
          return;
        }
        this.close();
        this.sink.lagged(this.completeScn);
        return;
      }
      this.admittedScn = event.scn;
    }
    if (matchesChange(this.options.filter, event)) this.sink.push(event);
  }

  /** The log must still hold every commit after `scn`; else the subscriber has to read the state again. */
  private async checkRetained(scn: number): Promise<void> {
    const latest = this.database.currentScn().scn;
    if (!Number.isSafeInteger(scn) || scn < 0) throw invalid('/sinceScn', 'the SCN to resume from is a whole number of 0 or more');
    if (scn > latest) throw invalid('/sinceScn', `SCN ${scn} has not happened yet; the latest is ${latest}`);
    if (scn === latest) return;
    const { commits, changes } = await this.readChanges(scn, scn + 1, 0, 1);
    const next = commits[0];
    if (next === undefined || (next.rowChanges > 0 && changes.length === 0)) {
      throw new EngineError('RESYNC_REQUIRED', `the change log no longer holds the commits after SCN ${scn}; read the current state again and subscribe from its SCN`, [], { latestScn: latest });
    }
  }

  private readChanges(afterScn: number, throughScn: number, afterChangeId: number, limit: number) {
    return this.database.readers.run({ type: 'read-changes', afterScn, throughScn, afterChangeId, limit }, { timeoutMs: this.database.statementTimeoutMs });
  }

  private failWith(error: unknown): void {
    if (this.closed) return;
    this.close();
    this.sink.fail(error instanceof EngineError ? error : new EngineError('INTERNAL', (error as Error).message));
  }
}
