// Structured JSON logs (pino) on standard output. Writes are asynchronous: lines logged while a
// write is under way go out together in the next one, so a busy server spends one write on
// many request logs instead of one each. flush() before exiting.
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'strata' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }));
}
