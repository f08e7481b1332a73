// Rates need two readings: every second the sampler reads the process (CPU time, event-loop
// delay, disk and network bytes) and the engine's counters, and keeps the rates over that last
// second. The timer is unref'd and its work is a few reads of /proc, so it costs nothing noticeable.
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { readDiskIo, readNetworkIo } from './os-readings.js';
import { round } from './latency-window.js';

/** Counters the sampler turns into per-second rates. */
export type RateCounters = Record<'scn' | 'statements' | 'httpRequests' | 'commits' | 'rollbacks', number>;

export interface Rates {
  /** Percent of one core over the last interval (can exceed 100 with worker threads). */
  cpuPercent: number;
  eventLoopLagMs: { mean: number; p99: number; max: number };
  diskReadBytesPerSecond: number | null;
  diskWriteBytesPerSecond: number | null;
  networkReceivedBytesPerSecond: number | null;
  networkSentBytesPerSecond: number | null;
  perSecond: RateCounters;
  /** Seconds the rates cover (0 before the first interval ends). */
  intervalSeconds: number;
}

interface Reading {
  at: number;
  cpu: NodeJS.CpuUsage;
  disk: ReturnType<typeof readDiskIo>;
  network: ReturnType<typeof readNetworkIo>;
  counters: RateCounters;
}

/** The event-loop histogram times a timer of this period; what it measures beyond that is the lag. */
const LOOP_RESOLUTION_MS = 10;

const ZERO_COUNTERS: RateCounters = { scn: 0, statements: 0, httpRequests: 0, commits: 0, rollbacks: 0 };

export class Sampler {
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  private readonly timer: NodeJS.Timeout;
  private previous: Reading;
  private latest: Rates = {
    cpuPercent: 0,
    eventLoopLagMs: { mean: 0, p99: 0, max: 0 },
    diskReadBytesPerSecond: null,
    diskWriteBytesPerSecond: null,
    networkReceivedBytesPerSecond: null,
    networkSentBytesPerSecond: null,
    perSecond: { ...ZERO_COUNTERS },
    intervalSeconds: 0,
  };

  constructor(
    private readonly counters: () => RateCounters,
    intervalMs: number,
  ) {
    this.loop.enable();
    this.previous = this.read();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  rates(): Rates {
    return this.latest;
  }

  /** Starts the current interval afresh: the work of starting up is not lag while serving. */
  restart(): void {
    this.loop.reset();
    this.previous = this.read();
  }

  close(): void {
    clearInterval(this.timer);
    this.loop.disable();
  }

  private read(): Reading {
    return { at: performance.now(), cpu: process.cpuUsage(), disk: readDiskIo(), network: readNetworkIo(), counters: this.counters() };
  }

  private sample(): void {
    const current = this.read();
    const seconds = (current.at - this.previous.at) / 1000;
    if (seconds <= 0) return;
    const perSecond = (now: number, before: number) => round(Math.max(0, now - before) / seconds, 2);
    const cpuMicros = current.cpu.user + current.cpu.system - this.previous.cpu.user - this.previous.cpu.system;
    const counters = Object.fromEntries(Object.keys(ZERO_COUNTERS).map((key) => [key, perSecond(current.counters[key as keyof RateCounters], this.previous.counters[key as keyof RateCounters])])) as RateCounters;
    this.latest = {
      cpuPercent: round(cpuMicros / 10_000 / seconds, 2),
      eventLoopLagMs: { mean: lagMs(this.loop.mean), p99: lagMs(this.loop.percentile(99)), max: lagMs(this.loop.max) },
      diskReadBytesPerSecond: current.disk && this.previous.disk ? perSecond(current.disk.readBytes, this.previous.disk.readBytes) : null,
      diskWriteBytesPerSecond: current.disk && this.previous.disk ? perSecond(current.disk.writeBytes, this.previous.disk.writeBytes) : null,
      networkReceivedBytesPerSecond: current.network && this.previous.network ? perSecond(current.network.receivedBytes, this.previous.network.receivedBytes) : null,
      networkSentBytesPerSecond: current.network && this.previous.network ? perSecond(current.network.sentBytes, this.previous.network.sentBytes) : null,
      perSecond: counters,
      intervalSeconds: round(seconds, 3),
    };
    this.loop.reset();
    this.previous = current;
  }
}

/** The histogram records each timer period in nanoseconds; the lag is what exceeds the period. */
function lagMs(periodNs: number): number {
  return Number.isFinite(periodNs) ? round(Math.max(0, periodNs / 1e6 - LOOP_RESOLUTION_MS)) : 0;
}
