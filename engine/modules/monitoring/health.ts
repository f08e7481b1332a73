// The full health report: each component checked for real, timed, with what was found.
// pass / warn / fail per component; the report fails when any component fails. A component that
// starts failing is reported once (onFailure) until it passes or warns again.
import { getHeapStatistics } from 'node:v8';
import type { CheckResult } from '../system/system.js';
import { round } from './latency-window.js';

export type HealthState = 'pass' | 'warn' | 'fail';

export type ComponentName = 'storage' | 'change-log' | 'event-bus' | 'disk-space' | 'wal-size' | 'memory' | 'event-loop';

export interface ComponentHealth {
  name: ComponentName;
  status: HealthState;
  responseTimeMs: number;
  details: string;
}

export interface HealthReport {
  status: HealthState;
  checkedAt: string;
  uptimeSeconds: number;
  components: ComponentHealth[];
}

/** What the checks read. */
export interface HealthSources {
  checkStorage(): Promise<CheckResult>;
  scn(): { committed: number; delivered: number };
  disk(): { totalBytes: number; freeBytes: number };
  walBytes(): number;
  eventLoopLagP99Ms(): number;
  uptimeSeconds(): number;
}

export const HEALTH_LIMITS = {
  /** Free space on the data volume, as a share of its size. */
  diskWarnFreeRatio: 0.1,
  diskFailFreeRatio: 0.02,
  /** SQLite checkpoints the WAL at about 4 MiB; this much means checkpoints cannot keep up (a long reader). */
  walWarnBytes: 256 * 1024 * 1024,
  /** Share of V8's heap limit in use. */
  heapWarnRatio: 0.85,
  heapFailRatio: 0.95,
  eventLoopWarnMs: 200,
  eventLoopFailMs: 2000,
  /** How long committed SCNs may wait for the bus before the bus counts as stuck. */
  busStuckMs: 5000,
};

const MIB = 1024 * 1024;

export class HealthChecker {
  /** Since when committed changes have been waiting for the bus (null: none waiting). */
  private busBehindSince: number | null = null;
  /** Components failing at their last check. */
  private readonly failing = new Set<ComponentName>();

  constructor(
    private readonly sources: HealthSources,
    private readonly onFailure: (component: ComponentHealth) => void,
  ) {}

  async healthStatus(): Promise<HealthReport> {
    const components = [await this.storage(), timed('change-log', () => this.changeLog()), timed('event-bus', () => this.eventBus()), timed('disk-space', () => this.diskSpace()), timed('wal-size', () => this.walSize()), timed('memory', () => memory()), timed('event-loop', () => this.eventLoop())];
    for (const component of components) this.noted(component);
    const status: HealthState = components.some((component) => component.status === 'fail') ? 'fail' : components.some((component) => component.status === 'warn') ? 'warn' : 'pass';
    return { status, checkedAt: new Date().toISOString(), uptimeSeconds: this.sources.uptimeSeconds(), components };
  }

  /** The storage check alone, as the readiness probe asks it; a failure is noted as the report's would be. */
  async checkStorage(): Promise<CheckResult> {
    const result = await this.sources.checkStorage();
    this.noted(storageComponent(result));
    return result;
  }

  private async storage(): Promise<ComponentHealth> {
    return storageComponent(await this.sources.checkStorage());
  }

  private noted(component: ComponentHealth): void {
    if (component.status !== 'fail') this.failing.delete(component.name);
    else if (!this.failing.has(component.name)) {
      this.failing.add(component.name);
      this.onFailure(component);
    }
  }

  private changeLog(): Check {
    const { committed } = this.sources.scn();
    return ['pass', `latest SCN ${committed}`];
  }

  private eventBus(): Check {
    const { committed, delivered } = this.sources.scn();
    if (delivered >= committed) {
      this.busBehindSince = null;
      return ['pass', `every commit delivered (SCN ${committed})`];
    }
    this.busBehindSince ??= Date.now();
    const waitingMs = Date.now() - this.busBehindSince;
    const details = `SCN ${committed} committed, ${delivered} delivered, behind for ${waitingMs} ms`;
    return [waitingMs > HEALTH_LIMITS.busStuckMs ? 'fail' : 'pass', details];
  }

  private diskSpace(): Check {
    const { totalBytes, freeBytes } = this.sources.disk();
    const ratio = totalBytes === 0 ? 0 : freeBytes / totalBytes;
    const details = `${round(freeBytes / MIB, 1)} MiB free of ${round(totalBytes / MIB, 1)} MiB (${round(ratio * 100, 1)}%)`;
    return [ratio < HEALTH_LIMITS.diskFailFreeRatio ? 'fail' : ratio < HEALTH_LIMITS.diskWarnFreeRatio ? 'warn' : 'pass', details];
  }

  private walSize(): Check {
    const bytes = this.sources.walBytes();
    return [bytes > HEALTH_LIMITS.walWarnBytes ? 'warn' : 'pass', `${round(bytes / MIB, 2)} MiB`];
  }

  private eventLoop(): Check {
    const lag = this.sources.eventLoopLagP99Ms();
    return [lag > HEALTH_LIMITS.eventLoopFailMs ? 'fail' : lag > HEALTH_LIMITS.eventLoopWarnMs ? 'warn' : 'pass', `p99 lag ${lag} ms over the last second`];
  }
}

type Check = [HealthState, string];

function storageComponent(result: CheckResult): ComponentHealth {
  return { name: 'storage', status: result.status, responseTimeMs: result.durationMs, details: result.detail ?? 'the database file is open, readable and writable' };
}

function memory(): Check {
  const heap = getHeapStatistics();
  const ratio = heap.used_heap_size / heap.heap_size_limit;
  const details = `heap ${round(heap.used_heap_size / MIB, 1)} MiB of ${round(heap.heap_size_limit / MIB, 1)} MiB limit, rss ${round(process.memoryUsage.rss() / MIB, 1)} MiB`;
  return [ratio > HEALTH_LIMITS.heapFailRatio ? 'fail' : ratio > HEALTH_LIMITS.heapWarnRatio ? 'warn' : 'pass', details];
}

function timed(name: ComponentName, check: () => Check): ComponentHealth {
  const started = performance.now();
  try {
    const [status, details] = check();
    return { name, status, responseTimeMs: round(performance.now() - started), details };
  } catch (error) {
    return { name, status: 'fail', responseTimeMs: round(performance.now() - started), details: (error as Error).message };
  }
}
