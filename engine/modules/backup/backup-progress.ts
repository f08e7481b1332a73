// Progress of a backup operation, measured: each step reports how much of its own work is done
// (bytes copied, changes replayed), steps are weighted by their expected share of the work, and
// the ETA extrapolates the time taken so far. Published on the bus as backup.progress.
import { randomUUID } from 'node:crypto';
import type { EventBus } from '../../events/bus.js';

export type BackupOperation = 'backup' | 'restore' | 'verify' | 'pitr';

export interface BackupProgressEvent {
  operationId: string;
  /** The request that started the operation (its X-Request-Id), so a client can follow its own. */
  requestId: string | null;
  operation: BackupOperation;
  backupId: string | null;
  phase: string;
  status: 'running' | 'completed' | 'failed';
  /** 0 to 100. */
  percentage: number;
  /** Bytes read or written so far, of bytesTotal expected. */
  bytesProcessed: number;
  bytesTotal: number;
  /** Seconds left at the pace so far; null until there is a pace. */
  etaSeconds: number | null;
  message: string | null;
  at: string;
}

/** Events at most this often while a step runs; phase changes and the end always go out. */
const THROTTLE_MS = 100;

export interface Step {
  phase: string;
  /** The step's share of the whole, in any unit (bytes expected is the usual one). */
  weight: number;
  /** Bytes the step reads or writes, counted into bytesTotal. */
  bytes: number;
}

export class ProgressTracker {
  readonly operationId = randomUUID();
  private readonly started = performance.now();
  private readonly done: number[];
  private readonly bytesDone: number[];
  private current = 0;
  private lastSent = 0;
  last: BackupProgressEvent | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly operation: BackupOperation,
    private backupId: string | null,
    private readonly requestId: string | null,
    private readonly steps: Step[],
  ) {
    this.done = steps.map(() => 0);
    this.bytesDone = steps.map(() => 0);
  }

  /** Starts step `index` (steps run in order). */
  begin(index: number, backupId: string | null = this.backupId): void {
    for (let earlier = this.current; earlier < index; earlier++) this.finishStep(earlier);
    this.current = index;
    this.backupId = backupId;
    this.publish('running', null, true);
  }

  /** The current step did this fraction (0 to 1) of its work, moving this many bytes so far. */
  update(fraction: number, bytes = 0): void {
    this.done[this.current] = Math.min(1, Math.max(0, fraction));
    this.bytesDone[this.current] = bytes;
    this.publish('running', null, false);
  }

  complete(message: string | null = null): void {
    for (let step = this.current; step < this.steps.length; step++) this.finishStep(step);
    this.publish('completed', message, true);
  }

  fail(message: string): void {
    this.publish('failed', message, true);
  }

  private finishStep(index: number): void {
    this.done[index] = 1;
    this.bytesDone[index] = this.steps[index]!.bytes;
  }

  private publish(status: BackupProgressEvent['status'], message: string | null, always: boolean): void {
    const now = performance.now();
    if (!always && now - this.lastSent < THROTTLE_MS) return;
    this.lastSent = now;
    const totalWeight = this.steps.reduce((sum, step) => sum + step.weight, 0) || 1;
    const fraction = this.steps.reduce((sum, step, index) => sum + step.weight * this.done[index]!, 0) / totalWeight;
    const elapsedSeconds = (now - this.started) / 1000;
    this.last = {
      operationId: this.operationId,
      requestId: this.requestId,
      operation: this.operation,
      backupId: this.backupId,
      phase: this.steps[this.current]?.phase ?? 'done',
      status,
      percentage: Math.round(fraction * 1000) / 10,
      bytesProcessed: this.bytesDone.reduce((sum, bytes) => sum + bytes, 0),
      bytesTotal: this.steps.reduce((sum, step) => sum + step.bytes, 0),
      etaSeconds: status !== 'running' ? 0 : fraction > 0 ? Math.round((elapsedSeconds * (1 - fraction)) / fraction * 10) / 10 : null,
      message,
      at: new Date().toISOString(),
    };
    this.bus.publish('backup.progress', this.last);
  }
}
