// Structured JSON logs (pino) on standard output and in the engine's ring of recent entries
// (GET /api/v1/logs). Writes to standard output are asynchronous: lines logged while a write is
// under way go out together in the next one, so a busy server spends one write on many request
// logs instead of one each. flush() before exiting.
import pino, { type Logger } from 'pino';
import type { LogRing } from '../engine/modules/monitoring/log-ring.js';
import type { LogLevel } from './config.js';

export type { Logger };

const { values: LEVEL_VALUES } = pino.levels;
/** The ring keeps info and above even when standard output is quieter, so GET /api/v1/logs has something to show. */
const RING_FLOOR = LEVEL_VALUES.info!;

function levelValue(level: LogLevel): number {
  return level === 'silent' ? Infinity : LEVEL_VALUES[level]!;
}

/** Asks pino to set lastLevel on a destination before each write (its "metadata" destination protocol). */
const PINO_METADATA: unique symbol = Symbol.for('pino.metadata') as never;

/** Sends each line to the ring and, at the level asked for, to standard output. */
class LogDestination {
  readonly [PINO_METADATA] = true;
  lastLevel = 0;

  constructor(
    private readonly ring: LogRing,
    private readonly stdout: pino.DestinationStream & { flush(done: (error?: Error) => void): void },
    public stdoutLevel: number,
  ) {}

  write(line: string): void {
    if (this.lastLevel >= Math.min(RING_FLOOR, this.stdoutLevel)) this.ring.write(line);
    if (this.lastLevel >= this.stdoutLevel) this.stdout.write(line);
  }

  flush(done: (error?: Error) => void): void {
    this.stdout.flush(done);
  }
}

const destinations = new WeakMap<Logger, LogDestination>();

export function createLogger(level: LogLevel, ring?: LogRing): Logger {
  const options = { level, base: { service: 'strata' }, timestamp: pino.stdTimeFunctions.isoTime };
  const stdout = pino.destination({ dest: 1, sync: false });
  if (!ring) return pino(options, stdout);
  const destination = new LogDestination(ring, stdout, levelValue(level));
  const logger = pino({ ...options, level: ringLevel(level) }, destination);
  destinations.set(logger, destination);
  return logger;
}

/** Changes what reaches standard output; the ring keeps info and above whatever the level. */
export function setLogLevel(logger: Logger, level: LogLevel): void {
  const destination = destinations.get(logger);
  if (!destination) {
    logger.level = level;
    return;
  }
  destination.stdoutLevel = levelValue(level);
  logger.level = ringLevel(level);
}

/** What the logger itself lets through: the lower of the ring's floor and the level asked for. */
function ringLevel(level: LogLevel): LogLevel {
  return level === 'debug' || level === 'trace' ? level : 'info';
}
