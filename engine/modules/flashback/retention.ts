// Retention of the change log: commits older than the retention window are purged with their
// row changes, oldest first, in steps small enough not to hold the write lock for long. The
// latest commit always stays (its SCN is where the next one counts from), and so does whatever a
// guaranteed restore point, or the change feed still publishing, needs.
import type { Database } from '../../storage/database.js';
import { OLDEST_REACHABLE_SCN_SQL, readFirstRows } from './log-reads.js';
import { engineJob } from '../../work/caller.js';

const PURGE_JOB = { caller: engineJob('flashback-retention') };

export interface PurgeResult {
  /** The oldest reachable SCN after the purge. */
  oldestScn: number;
  commits: number;
  changes: number;
  /** Normal restore points whose SCN the log no longer reaches. */
  restorePoints: number;
  at: string;
}

/** Commits purged per write transaction. */
const PURGE_STEP = 2_000;

export class HistoryRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PurgeResult> | null = null;
  lastPurge: PurgeResult | null = null;

  constructor(
    private readonly database: Database,
    readonly retentionSeconds: number,
    private readonly onPurged: (result: PurgeResult) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Purges now and then: a quarter of the window, at most every minute, at least every second. */
  start(): void {
    const everyMs = Math.min(60_000, Math.max(1_000, (this.retentionSeconds * 1000) / 4));
    this.timer = setInterval(() => void this.purge().catch(this.onError), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Purges what is past retention; one purge at a time. */
  purge(): Promise<PurgeResult> {
    this.running ??= this.purgeOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async purgeOnce(): Promise<PurgeResult> {
    const cutoff = new Date(Date.now() - this.retentionSeconds * 1000).toISOString();
    const [limit, oldest] = await readFirstRows(this.database.executor(PURGE_JOB), [
      {
        // The newest SCN that may go: past retention, not the latest commit, and older than every
        // guaranteed restore point (whose own commit stays, so its time still resolves).
        sql: `SELECT min(
            coalesce((SELECT max(scn) FROM _strata_commits WHERE committed_at < ?), 0),
            coalesce((SELECT max(scn) FROM _strata_commits), 1) - 1,
            coalesce((SELECT min(scn) FROM _strata_restore_points WHERE guaranteed = 1) - 1, ?)) AS scn`,
        params: [cutoff, Number.MAX_SAFE_INTEGER],
      },
      { sql: OLDEST_REACHABLE_SCN_SQL },
    ]);
    const purgeThrough = Math.min((limit as { scn: number }).scn, this.database.changes.publishedScn);
    const result: PurgeResult = { oldestScn: (oldest as { scn: number }).scn, commits: 0, changes: 0, restorePoints: 0, at: new Date().toISOString() };
    while (result.oldestScn < purgeThrough) {
      const through = Math.min(purgeThrough, result.oldestScn + PURGE_STEP);
      const step = await this.database.executor(PURGE_JOB).execute({
        statements: [
          { sql: 'DELETE FROM _strata_changes WHERE scn <= ?', params: [through] },
          { sql: 'DELETE FROM _strata_commits WHERE scn <= ?', params: [through] },
          { sql: 'DELETE FROM _strata_restore_points WHERE guaranteed = 0 AND scn < ?', params: [through] },
          { sql: 'DELETE FROM _strata_schema_changes WHERE scn <= ?', params: [through] },
        ],
        readOnly: false,
        maxRows: 0,
        rowMode: 'object',
        keep: 'all',
        atomicity: 'transaction',
      });
      result.changes += step.results[0]!.changes;
      result.commits += step.results[1]!.changes;
      result.restorePoints += step.results[2]!.changes;
      result.oldestScn = through;
    }
    if (result.commits > 0) {
      this.lastPurge = result;
      this.onPurged(result);
    }
    return result;
  }
}
