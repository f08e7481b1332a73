// The statements that ran at least the slow-query threshold, newest last, the last 1,000 kept.
import type { EventBus, QueryFinishedEvent } from '../../events/bus.js';
import { Ring } from '../../work/ring.js';

export interface SlowQuery {
  queryId: string;
  sqlText: string;
  executionTimeMs: number;
  outcome: QueryFinishedEvent['outcome'];
  errorCode: string | null;
  rowsReturned: number;
  startTime: string;
  endTime: string;
  transactionId: string | null;
  sessionId: string | null;
  username: string | null;
}

const KEPT = 1000;

export class SlowQueryLog {
  private readonly entries = new Ring<SlowQuery>(KEPT);
  private readonly unsubscribe: () => void;

  constructor(
    events: EventBus,
    /** The threshold in effect, read at each statement (a live setting). */
    private readonly thresholdMs: () => number,
  ) {
    this.unsubscribe = events.subscribe('query.finished', (event) => {
      if (event.durationMs >= this.thresholdMs()) this.entries.push(toSlowQuery(event));
    });
  }

  /** Newest first. */
  slowQueries(limit: number, minDurationMs = 0): SlowQuery[] {
    return this.entries
      .newestFirst()
      .filter((entry) => entry.executionTimeMs >= minDurationMs)
      .slice(0, limit);
  }

  close(): void {
    this.unsubscribe();
  }
}

/** A finished statement as the slow-query log and the slowQueriesStream subscription show it. */
export function toSlowQuery(event: QueryFinishedEvent): SlowQuery {
  return {
    queryId: event.queryId,
    sqlText: event.sql,
    executionTimeMs: event.durationMs,
    outcome: event.outcome,
    errorCode: event.errorCode,
    rowsReturned: event.rows,
    startTime: new Date(event.finishedAtMs - event.durationMs).toISOString(),
    endTime: new Date(event.finishedAtMs).toISOString(),
    transactionId: event.transactionId,
    sessionId: event.actor?.sessionId ?? null,
    username: event.actor?.username ?? null,
  };
}
