// SQL statement figures, from the query.finished events of the bus: totals since start, and
// latency percentiles over the most recent statements (a bounded window, so the figures follow
// the current load instead of averaging it away).
import type { QueryFinishedEvent } from '../../events/bus.js';
import { type LatencySummary, LatencyWindow } from './latency-window.js';

/** Statements the percentiles are computed over. */
export const LATENCY_WINDOW = 10_000;

export interface QueryStats {
  total: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** failed / total since start (0 with no statements). */
  errorRate: number;
  rows: number;
  /** Milliseconds, over the last `window` statements. */
  latencyMs: LatencySummary;
  /** Statements the latency figures cover. */
  window: number;
  /** Statements running now (started, not yet finished). */
  running: number;
}

export class QueryStatsCollector {
  private readonly counts = { total: 0, completed: 0, failed: 0, cancelled: 0, rows: 0 };
  private readonly latency = new LatencyWindow(LATENCY_WINDOW);

  /** running: statements running now (the statement registry knows them; counting here would pay on every statement). */
  constructor(private readonly running: () => number) {}

  finished(event: QueryFinishedEvent): void {
    this.counts.total += 1;
    this.counts[event.outcome] += 1;
    this.counts.rows += event.rows;
    this.latency.add(event.durationMs);
  }

  /** Statements finished since start (without computing the percentiles). */
  get total(): number {
    return this.counts.total;
  }

  stats(): QueryStats {
    return {
      ...this.counts,
      errorRate: this.counts.total === 0 ? 0 : this.counts.failed / this.counts.total,
      latencyMs: this.latency.summary(),
      window: this.latency.size,
      running: this.running(),
    };
  }
}
