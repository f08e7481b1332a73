// Live results of a read (aggregates, a filtered query): computed once, then again after the
// table changes, at most once per interval, and passed on only when the result differs.
import { EngineError, invalid } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';

export interface TableWatchOptions<T> {
  table: string;
  intervalSeconds: number;
  /** The pointer of the interval argument, for errors. */
  intervalPointer: string;
  compute(): Promise<T>;
  /** A new result, with the SCN it was read at or after. */
  emit(result: T, scn: number): void;
  fail(error: EngineError): void;
}

const MAX_INTERVAL_SECONDS = 3600;

/** Starts watching; returns the function that stops it. */
export function watchTable<T>(database: Database, events: EventBus, options: TableWatchOptions<T>): () => void {
  const { intervalSeconds } = options;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1 || intervalSeconds > MAX_INTERVAL_SECONDS) {
    throw invalid(options.intervalPointer, `the interval is 1 to ${MAX_INTERVAL_SECONDS} seconds`);
  }
  let stopped = false;
  let running = false;
  let dirty = false;
  let lastRunAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let previous: string | undefined;

  const run = async (): Promise<void> => {
    running = true;
    dirty = false;
    lastRunAt = Date.now();
    try {
      // Read after noting the SCN: the result holds at least every commit through it.
      const scn = database.currentScn().scn;
      const result = await options.compute();
      const serialized = JSON.stringify(result);
      if (!stopped && serialized !== previous) {
        previous = serialized;
        options.emit(result, scn);
      }
    } catch (error) {
      stop();
      options.fail(error instanceof EngineError ? error : new EngineError('INTERNAL', (error as Error).message));
    } finally {
      running = false;
      if (dirty) schedule();
    }
  };
  const schedule = (): void => {
    if (stopped || running || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, Math.max(0, lastRunAt + intervalSeconds * 1000 - Date.now()));
  };
  const unsubscribe = events.subscribe('row.changed', (event) => {
    if (event.table !== options.table) return;
    dirty = true;
    schedule();
  });
  const stop = (): void => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
  void run();
  return stop;
}
