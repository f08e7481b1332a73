// Figures per normalized statement, in the spirit of pg_stat_statements: calls, errors, time,
// rows, from every query.finished since the server started; p95 over each statement's last
// 1,000 calls; the plan of the last text seen, asked of SQLite when the profile is read.
import type { EventBus, QueryFinishedEvent } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { BindParams } from '../../storage/driver.js';
import { splitScript } from '../../storage/sqlite/sqlite-script.js';
import { Ring } from '../../work/ring.js';
import { roundMs } from '../../work/statement-registry.js';
import { type QueryPlanNode, planTree } from '../query/query.js';
import { fingerprint, normalizeSql } from './normalize-sql.js';

export type ProfileOrder = 'totalTime' | 'meanTime' | 'p95Time' | 'calls' | 'errors';

export interface StatementProfile {
  fingerprint: string;
  statement: string;
  calls: number;
  errors: number;
  cancelled: number;
  totalTimeMs: number;
  meanTimeMs: number;
  p95TimeMs: number;
  maxTimeMs: number;
  rows: number;
  firstSeenAt: string;
  lastSeenAt: string;
  lastPlan: QueryPlanNode[] | null;
  /** Why there is no plan: a script of several statements, or SQLite refused to plan it. */
  planUnavailable: string | null;
}

interface Tally {
  fingerprint: string;
  statement: string;
  lastSql: string;
  calls: number;
  errors: number;
  cancelled: number;
  totalTimeMs: number;
  maxTimeMs: number;
  rows: number;
  recent: Ring<number>;
  /** Epoch ms: formatted when the profile is read. */
  firstSeenAtMs: number;
  lastSeenAtMs: number;
}

/** Distinct statements tracked at most; when full, the tenth seen least recently goes. */
const MAX_STATEMENTS = 5_000;
const RECENT_CALLS = 1_000;
/** Normalizing costs a regular expression pass; the same text is normalized once. */
const NORMALIZED_CACHE = 2_000;

export class StatementProfiles {
  private readonly tallies = new Map<string, Tally>();
  private readonly normalized = new Map<string, { statement: string; fingerprint: string }>();
  private readonly unsubscribe: () => void;
  readonly since = new Date().toISOString();

  constructor(
    events: EventBus,
    private readonly database: Database,
  ) {
    this.unsubscribe = events.subscribe('query.finished', (event) => this.count(event));
  }

  async queryProfiling(limit: number, order: ProfileOrder): Promise<StatementProfile[]> {
    const rank: Record<ProfileOrder, (profile: StatementProfile) => number> = {
      totalTime: (profile) => profile.totalTimeMs,
      meanTime: (profile) => profile.meanTimeMs,
      p95Time: (profile) => profile.p95TimeMs,
      calls: (profile) => profile.calls,
      errors: (profile) => profile.errors,
    };
    const profiles = [...this.tallies.values()].map(figures).sort((a, b) => rank[order](b) - rank[order](a)).slice(0, limit);
    return Promise.all(profiles.map(async (profile) => ({ ...profile, ...(await this.plan(this.tallies.get(profile.fingerprint)!.lastSql)) })));
  }

  close(): void {
    this.unsubscribe();
  }

  private count(event: QueryFinishedEvent): void {
    const { statement, fingerprint: id } = this.normalize(event.sql);
    let tally = this.tallies.get(id);
    if (!tally) {
      if (this.tallies.size >= MAX_STATEMENTS) this.forgetLeastRecent();
      tally = { fingerprint: id, statement, lastSql: event.sql, calls: 0, errors: 0, cancelled: 0, totalTimeMs: 0, maxTimeMs: 0, rows: 0, recent: new Ring(RECENT_CALLS), firstSeenAtMs: event.finishedAtMs, lastSeenAtMs: event.finishedAtMs };
      this.tallies.set(id, tally);
    }
    tally.calls += 1;
    if (event.outcome === 'failed') tally.errors += 1;
    if (event.outcome === 'cancelled') tally.cancelled += 1;
    tally.totalTimeMs += event.durationMs;
    tally.maxTimeMs = Math.max(tally.maxTimeMs, event.durationMs);
    tally.rows += event.rows;
    tally.recent.push(event.durationMs);
    tally.lastSql = event.sql;
    tally.lastSeenAtMs = event.finishedAtMs;
  }

  /** Drops the tenth of the statements seen least recently: one sort now and then, instead of reordering on every call. */
  private forgetLeastRecent(): void {
    const byLastSeen = [...this.tallies.values()].sort((a, b) => a.lastSeenAtMs - b.lastSeenAtMs);
    for (const tally of byLastSeen.slice(0, Math.ceil(MAX_STATEMENTS / 10))) this.tallies.delete(tally.fingerprint);
  }

  private normalize(sql: string): { statement: string; fingerprint: string } {
    let found = this.normalized.get(sql);
    if (!found) {
      const statement = normalizeSql(sql);
      found = { statement, fingerprint: fingerprint(statement) };
      if (this.normalized.size >= NORMALIZED_CACHE) this.normalized.clear();
      this.normalized.set(sql, found);
    }
    return found;
  }

  /** The plan SQLite would use now for the last text seen, its parameters bound to NULL. */
  private async plan(sql: string): Promise<Pick<StatementProfile, 'lastPlan' | 'planUnavailable'>> {
    const script = splitScript(sql);
    if (script.length !== 1) return { lastPlan: null, planUnavailable: `a script of ${script.length} statements has no single plan` };
    const [statement] = script;
    const params: BindParams = statement!.namedParameters.length > 0 ? Object.fromEntries(statement!.namedParameters.map((name) => [name, null])) : Array.from({ length: statement!.positionalSlots }, () => null);
    try {
      return { lastPlan: planTree(await this.database.explain({ sql: statement!.sql, params })), planUnavailable: null };
    } catch (error) {
      return { lastPlan: null, planUnavailable: (error as Error).message };
    }
  }
}

function figures(tally: Tally): StatementProfile {
  const recent = tally.recent.toArray().sort((a, b) => a - b);
  return {
    fingerprint: tally.fingerprint,
    statement: tally.statement,
    calls: tally.calls,
    errors: tally.errors,
    cancelled: tally.cancelled,
    totalTimeMs: roundMs(tally.totalTimeMs),
    meanTimeMs: roundMs(tally.totalTimeMs / tally.calls),
    p95TimeMs: roundMs(recent[Math.min(recent.length - 1, Math.ceil(recent.length * 0.95) - 1)] ?? 0),
    maxTimeMs: roundMs(tally.maxTimeMs),
    rows: tally.rows,
    firstSeenAt: new Date(tally.firstSeenAtMs).toISOString(),
    lastSeenAt: new Date(tally.lastSeenAtMs).toISOString(),
    lastPlan: null,
    planUnavailable: null,
  };
}
