// A point in the database's history, written the same way everywhere (specs/schemas/point-in-time.json):
// an SCN, a time, or a restore point. Every module that goes back in time resolves it here.
import { EngineError, invalid } from '../../errors.js';
import type { Executor } from '../../storage/database.js';
import { LATEST_COMMIT_SQL, OLDEST_REACHABLE_SCN_SQL, readTogether } from './log-reads.js';

export type PointInTime = { scn: number } | { timestamp: string } | { restorePoint: string };

export interface ResolvedPoint {
  /** The state right after this commit (0: before the first commit). */
  scn: number;
  /** When that commit happened; null for SCN 0. */
  committedAt: string | null;
}

/**
 * The SCN a point stands for. Refuses points after the latest commit (or after now), points
 * older than the log still reaches (purged by retention), and unknown restore points. `pointer`
 * locates the point in the request, for errors.
 */
export async function resolvePoint(executor: Executor, point: PointInTime, pointer: string): Promise<ResolvedPoint> {
  const given = checkShape(point, pointer);
  const atOrBefore = given.kind === 'timestamp' ? parseTimestamp(given.value, pointer) : null;
  const [latestRows, oldestRows, targetRows] = await readTogether(executor, [
    { sql: LATEST_COMMIT_SQL },
    { sql: OLDEST_REACHABLE_SCN_SQL },
    targetStatement(given, atOrBefore),
  ]);
  const latest = (latestRows![0] as { scn: number; committedAt: string } | undefined) ?? { scn: 0, committedAt: null };
  const oldest = (oldestRows![0] as { scn: number }).scn;
  const target = targetRows![0] as { scn: number; committedAt: string | null } | undefined;
  switch (given.kind) {
    case 'scn':
      if (given.value > latest.scn) throw invalid(`${pointer}/scn`, `SCN ${given.value} is in the future: the latest commit is SCN ${latest.scn}`);
      break;
    case 'timestamp':
      if (!target) {
        // Before the first commit: the empty database, unless the log no longer goes back that far.
        if (oldest === 0) return { scn: 0, committedAt: null };
        throw invalid(`${pointer}/timestamp`, `${given.value} is before the oldest commit the change log still holds; the oldest reachable point is SCN ${oldest}`);
      }
      return target;
    case 'restorePoint':
      if (!target) throw new EngineError('NOT_FOUND', `restore point ${JSON.stringify(given.value)} does not exist`, [{ pointer: `${pointer}/restorePoint`, message: 'no such restore point' }]);
      break;
  }
  const scn = given.kind === 'scn' ? given.value : target!.scn;
  if (scn < oldest) {
    throw invalid(`${pointer}/${given.kind}`, `SCN ${scn} is beyond the retention of the change log: the oldest reachable SCN is ${oldest}`);
  }
  return { scn, committedAt: target?.committedAt ?? null };
}

type GivenPoint = { kind: 'scn'; value: number } | { kind: 'timestamp'; value: string } | { kind: 'restorePoint'; value: string };

/** The specs validate the shape on every surface; GraphQL's input type cannot say "exactly one", so check again. */
function checkShape(point: PointInTime, pointer: string): GivenPoint {
  const keys = Object.keys(point).filter((key) => (point as Record<string, unknown>)[key] !== undefined && (point as Record<string, unknown>)[key] !== null);
  if (keys.length !== 1) throw invalid(pointer, 'a point in time is exactly one of scn, timestamp or restorePoint');
  const record = point as Record<string, unknown>;
  if ('scn' in point && keys[0] === 'scn') {
    if (!Number.isSafeInteger(record.scn) || (record.scn as number) < 0) throw invalid(`${pointer}/scn`, 'an SCN is a whole number, 0 or more');
    return { kind: 'scn', value: record.scn as number };
  }
  if (keys[0] === 'timestamp' && typeof record.timestamp === 'string') return { kind: 'timestamp', value: record.timestamp };
  if (keys[0] === 'restorePoint' && typeof record.restorePoint === 'string' && record.restorePoint !== '') return { kind: 'restorePoint', value: record.restorePoint };
  throw invalid(pointer, 'a point in time is exactly one of scn (a number), timestamp (RFC 3339) or restorePoint (a name)');
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** The time as the log writes commit times (UTC, milliseconds), refusing the future. */
function parseTimestamp(value: string, pointer: string): string {
  const millis = RFC_3339.test(value) ? Date.parse(value.replace(' ', 'T')) : Number.NaN;
  if (Number.isNaN(millis)) throw invalid(`${pointer}/timestamp`, `${JSON.stringify(value)} is not an RFC 3339 time, e.g. 2026-01-31T12:00:00Z`);
  if (millis > Date.now()) throw invalid(`${pointer}/timestamp`, `${value} is in the future`);
  return new Date(millis).toISOString();
}

function targetStatement(given: GivenPoint, atOrBefore: string | null): { sql: string; params: unknown[] } {
  switch (given.kind) {
    case 'scn':
      return { sql: 'SELECT scn, committed_at AS committedAt FROM _strata_commits WHERE scn = ?', params: [given.value] };
    case 'timestamp':
      return { sql: 'SELECT scn, committed_at AS committedAt FROM _strata_commits WHERE committed_at <= ? ORDER BY committed_at DESC, scn DESC LIMIT 1', params: [atOrBefore] };
    case 'restorePoint':
      return { sql: 'SELECT p.scn, c.committed_at AS committedAt FROM _strata_restore_points p LEFT JOIN _strata_commits c ON c.scn = p.scn WHERE p.name = ?', params: [given.value] };
  }
}
