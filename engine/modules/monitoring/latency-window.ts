// Latency percentiles over the most recent observations: a fixed ring, so recording costs one
// array write and the figures follow the current load instead of averaging it away since start.

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export class LatencyWindow {
  private readonly values: Float64Array;
  private filled = 0;
  private next = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(capacity);
  }

  add(value: number): void {
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    if (this.filled < this.capacity) this.filled += 1;
  }

  /** Observations the summary covers. */
  get size(): number {
    return this.filled;
  }

  /** Nearest-rank percentiles (all zero when empty). */
  summary(): LatencySummary {
    if (this.filled === 0) return { p50: 0, p95: 0, p99: 0, mean: 0, max: 0 };
    const sorted = this.values.slice(0, this.filled).sort();
    const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    let sum = 0;
    for (const value of sorted) sum += value;
    return { p50: round(rank(50)), p95: round(rank(95)), p99: round(rank(99)), mean: round(sum / sorted.length), max: round(sorted[sorted.length - 1]!) };
  }
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
