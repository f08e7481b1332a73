// Diagnostics: incidents recorded as they happen, per-statement profiles, active session history.
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { Dump, Dumps } from './dumps.js';
import type { Incident, IncidentFilter, IncidentLog } from './incidents.js';
import { SessionHistory, type SessionHistoryFilter, type SessionSample } from './session-history.js';
import { type ProfileOrder, type StatementProfile, StatementProfiles } from './statement-profiles.js';

export class DiagnosticsModule {
  private readonly profiles: StatementProfiles;
  readonly history: SessionHistory;

  constructor(
    database: Database,
    events: EventBus,
    private readonly incidentLog: IncidentLog,
    private readonly dumps: Dumps,
  ) {
    this.profiles = new StatementProfiles(events, database);
    this.history = new SessionHistory(database);
  }

  incidents(filter: IncidentFilter, limit = 100, cursor?: string): { incidents: Incident[]; nextCursor: string | null } {
    return this.incidentLog.incidentsPage(filter, limit, cursor);
  }

  recordIncident(incident: Omit<Incident, 'id' | 'occurredAt'>): Incident {
    return this.incidentLog.record(incident);
  }

  queryProfiling(limit = 50, order: ProfileOrder = 'totalTime'): Promise<{ since: string; statements: StatementProfile[] }> {
    return this.profiles.queryProfiling(limit, order).then((statements) => ({ since: this.profiles.since, statements }));
  }

  activeSessionHistory(filter: SessionHistoryFilter, limit = 1000): SessionSample[] {
    return this.history.activeSessionHistory(filter, limit);
  }

  createDump(): Dump {
    return this.dumps.createDump();
  }

  dumpStatus(id: string): Dump {
    return this.dumps.dumpStatus(id);
  }

  downloadDump(id: string): Promise<Blob> {
    return this.dumps.downloadDump(id);
  }

  close(): void {
    this.profiles.close();
    this.history.close();
    this.incidentLog.close();
  }
}

export type { Dump, Incident, IncidentFilter, ProfileOrder, SessionSample, StatementProfile };
