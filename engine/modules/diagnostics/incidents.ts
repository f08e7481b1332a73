// Incidents: what went wrong without anyone asking — unexpected failures of requests, failures of
// background work, statements past the slow threshold — with their context and request id. The
// last 1,000 are kept in memory, newest first when read.
import { invalid } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import { Ring } from '../../work/ring.js';

export type IncidentKind = 'internal_error' | 'background_failure' | 'slow_statement' | 'health_check_failed';
export type IncidentSeverity = 'warning' | 'error';

export interface Incident {
  id: string;
  kind: IncidentKind;
  severity: IncidentSeverity;
  occurredAt: string;
  summary: string;
  requestId: string | null;
  operation: string | null;
  /** What was known when it happened: the error, the statement, the component. */
  context: Record<string, unknown>;
}

export interface IncidentFilter {
  kind?: IncidentKind;
  severity?: IncidentSeverity;
  requestId?: string;
  from?: string;
  to?: string;
}

const KEPT = 1_000;

export class IncidentLog {
  private readonly incidents = new Ring<Incident>(KEPT);
  private nextId = 1;
  private readonly unsubscribe: () => void;

  constructor(events: EventBus, slowThresholdMs: () => number) {
    this.unsubscribe = events.subscribe('query.finished', (event) => {
      if (event.durationMs < slowThresholdMs()) return;
      this.record({
        kind: 'slow_statement',
        severity: 'warning',
        summary: `a statement ran ${Math.round(event.durationMs)} ms (the slow threshold is ${slowThresholdMs()} ms) and ${event.outcome}`,
        requestId: event.requestId,
        operation: event.operation,
        context: { queryId: event.queryId, sql: event.sql, durationMs: event.durationMs, outcome: event.outcome, errorCode: event.errorCode, transactionId: event.transactionId, username: event.actor?.username ?? null },
      });
    });
  }

  record(incident: Omit<Incident, 'id' | 'occurredAt'>): Incident {
    const recorded = { id: String(this.nextId++), occurredAt: new Date().toISOString(), ...incident };
    this.incidents.push(recorded);
    return recorded;
  }

  /** Newest first; the cursor is the id of the last incident of the previous page. */
  incidentsPage(filter: IncidentFilter, limit: number, cursor?: string): { incidents: Incident[]; nextCursor: string | null } {
    if (cursor !== undefined && !/^[0-9]{1,16}$/.test(cursor)) throw invalid('/query/cursor', 'not a cursor this server gave');
    const from = filter.from === undefined ? undefined : time('/query/from', filter.from);
    const to = filter.to === undefined ? undefined : time('/query/to', filter.to);
    const matching = this.incidents
      .newestFirst()
      .filter((incident) => cursor === undefined || Number(incident.id) < Number(cursor))
      .filter((incident) => filter.kind === undefined || incident.kind === filter.kind)
      .filter((incident) => filter.severity === undefined || incident.severity === filter.severity)
      .filter((incident) => filter.requestId === undefined || incident.requestId === filter.requestId)
      .filter((incident) => (from === undefined || Date.parse(incident.occurredAt) >= from) && (to === undefined || Date.parse(incident.occurredAt) < to));
    const incidents = matching.slice(0, limit);
    return { incidents, nextCursor: matching.length > limit ? incidents.at(-1)!.id : null };
  }

  recent(): Incident[] {
    return this.incidents.newestFirst();
  }

  close(): void {
    this.unsubscribe();
  }
}

export function time(pointer: string, text: string): number {
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) throw invalid(pointer, 'not an RFC 3339 date-time');
  return parsed;
}
