// The most recent log entries, in memory: pino writes each JSON line here as well as to standard
// output, and GET /api/v1/logs reads them back with filters. Bounded: the oldest entry goes when
// a new one comes past capacity.

export type LogLevelName = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

const LEVELS: Record<number, LogLevelName> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const RANK: Record<LogLevelName, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

export interface LogEntry {
  id: number;
  time: string;
  level: LogLevelName;
  message: string;
  requestId: string | null;
  operation: string | null;
  user: string | null;
  latencyMs: number | null;
  /** Every other field of the line. */
  fields: Record<string, unknown>;
}

export interface LogFilter {
  /** This level and above. */
  level?: LogLevelName;
  from?: string;
  to?: string;
  operation?: string;
  requestId?: string;
  /** Case-insensitive, in the message or any field. */
  text?: string;
}

export interface LogPage {
  /** Newest first. */
  entries: LogEntry[];
  nextCursor: string | null;
  /** Entries the ring holds now, and at most. */
  retained: number;
  capacity: number;
}

export class LogRing {
  private readonly entries: Array<{ entry: LogEntry; line: string }> = [];
  private sequence = 0;

  constructor(readonly capacity: number) {}

  /** pino's destination interface: one JSON line per call. */
  write(line: string): void {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    const { level, time, msg, requestId, operationId, user, latencyMs, service: _service, pid: _pid, hostname: _hostname, ...fields } = parsed;
    const entry: LogEntry = {
      id: ++this.sequence,
      time: typeof time === 'string' ? time : new Date(typeof time === 'number' ? time : Date.now()).toISOString(),
      level: LEVELS[level as number] ?? 'info',
      message: typeof msg === 'string' ? msg : '',
      requestId: typeof requestId === 'string' ? requestId : null,
      operation: typeof operationId === 'string' ? operationId : null,
      user: typeof user === 'string' ? user : null,
      latencyMs: typeof latencyMs === 'number' ? latencyMs : null,
      fields,
    };
    this.entries.push({ entry, line: line.toLowerCase() });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  logs(filter: LogFilter, limit: number, cursor?: string): LogPage {
    const before = cursor === undefined ? Infinity : Number(cursor);
    const minimum = filter.level ? RANK[filter.level] : 0;
    const from = filter.from ? Date.parse(filter.from) : -Infinity;
    const to = filter.to ? Date.parse(filter.to) : Infinity;
    const text = filter.text?.toLowerCase();
    const matches: LogEntry[] = [];
    let more = false;
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const { entry, line } = this.entries[index]!;
      if (entry.id >= before || RANK[entry.level] < minimum) continue;
      const time = Date.parse(entry.time);
      if (time < from || time >= to) continue;
      if (filter.operation !== undefined && entry.operation !== filter.operation) continue;
      if (filter.requestId !== undefined && entry.requestId !== filter.requestId) continue;
      if (text !== undefined && !line.includes(text)) continue;
      if (matches.length === limit) {
        more = true;
        break;
      }
      matches.push(entry);
    }
    return { entries: matches, nextCursor: more ? String(matches[matches.length - 1]!.id) : null, retained: this.entries.length, capacity: this.capacity };
  }
}
