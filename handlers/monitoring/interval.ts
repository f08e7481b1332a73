// The interval a stream asks for, checked: whole seconds within STREAM_INTERVAL.
import { invalid } from '../../engine/errors.js';
import { STREAM_INTERVAL } from '../../engine/modules/monitoring/periodic.js';

export function streamIntervalMs(seconds: number | null | undefined, argument: string, fallback = 5): number {
  const value = seconds ?? fallback;
  if (!Number.isInteger(value) || value < STREAM_INTERVAL.min || value > STREAM_INTERVAL.max) {
    throw invalid(`/${argument}`, `${argument} must be a whole number of seconds from ${STREAM_INTERVAL.min} to ${STREAM_INTERVAL.max}`);
  }
  return value * 1000;
}
