// Structured JSON logs (pino) on standard output. Writes are asynchronous: lines logged while a
// write is under way go out together in the next one, so a busy server spends one write on
// many request logs instead of one each. flush() before exiting.
import pino, { type Logger } from 'pino';
import type { LogRing } from '../engine/modules/monitoring/log-ring.js';
import type { LogLevel } from './config.js';

export type { Logger };

export function createLogger(level: LogLevel, ring?: LogRing): Logger {
  const options = { level, base: { service: 'strata' }, timestamp: pino.stdTimeFunctions.isoTime };
  const stdout = pino.destination({ dest: 1, sync: false });
  if (!ring) return pino(options, stdout);
  // The ring keeps info and above even when standard output is quieter, so GET /api/v1/logs has
  // something to show; with debug or trace it keeps those too.
  const ringLevel = level === 'debug' || level === 'trace' ? level : 'info';
  const streams = [{ level: ringLevel, stream: ring }, ...(level === 'silent' ? [] : [{ level, stream: stdout }])];
  // logger.flush() flushes what has a flush of its own: standard output (the ring is synchronous).
  const destination = Object.assign(pino.multistream(streams), { flush: (done: (error?: Error) => void) => stdout.flush(done) });
  return pino({ ...options, level: ringLevel }, destination);
}
