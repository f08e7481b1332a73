// Restore points: names for SCNs. A normal one lasts as long as the change log reaches its SCN;
// a guaranteed one holds back the purge until it is dropped.
import { EngineError, invalid, notFound } from '../../errors.js';
import type { Executor } from '../../storage/database.js';
import { readRows } from './log-reads.js';

export interface RestorePoint {
  name: string;
  scn: number;
  /** When the commit with that SCN happened; null for SCN 0. */
  committedAt: string | null;
  createdAt: string;
  guaranteed: boolean;
}

export interface CreateRestorePointRequest {
  name: string;
  guaranteed?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

const SELECT_POINTS = `SELECT p.name, p.scn, c.committed_at AS committedAt, p.created_at AS createdAt, p.guaranteed
  FROM _strata_restore_points p LEFT JOIN _strata_commits c ON c.scn = p.scn`;

type StoredPoint = Omit<RestorePoint, 'guaranteed'> & { guaranteed: number };

function toRestorePoint(stored: StoredPoint): RestorePoint {
  return { ...stored, guaranteed: stored.guaranteed === 1 };
}

export async function listRestorePoints(executor: Executor): Promise<RestorePoint[]> {
  return (await readRows<StoredPoint>(executor, `${SELECT_POINTS} ORDER BY p.scn, p.name`)).map(toRestorePoint);
}

/** A restore point at the latest SCN, taken inside the write, so no commit slips between reading the SCN and naming it. */
export async function createRestorePoint(executor: Executor, request: CreateRestorePointRequest): Promise<RestorePoint> {
  if (!NAME.test(request.name)) throw invalid('/body/name', 'a restore point name is 1 to 128 letters, digits, _ . or -, starting with a letter or _');
  const result = await executor.execute({
    statements: [
      {
        sql: `INSERT OR IGNORE INTO _strata_restore_points (name, scn, created_at, guaranteed)
          SELECT ?, coalesce(max(scn), 0), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ? FROM _strata_commits`,
        params: [request.name, request.guaranteed === true ? 1 : 0],
      },
      { sql: `${SELECT_POINTS} WHERE p.name = ?`, params: [request.name] },
    ],
    readOnly: false,
    maxRows: 1,
    rowMode: 'object',
    keep: 'all',
    atomicity: 'transaction',
  });
  if (result.results[0]!.changes === 0) throw new EngineError('ALREADY_EXISTS', `restore point ${JSON.stringify(request.name)} already exists`);
  return toRestorePoint(result.results[1]!.rows![0] as StoredPoint);
}

export async function dropRestorePoint(executor: Executor, name: string): Promise<RestorePoint> {
  const [point] = await readRows<StoredPoint>(executor, `${SELECT_POINTS} WHERE p.name = ?`, [name]);
  if (!point) throw notFound('restore point', name);
  const result = await executor.execute({ statements: [{ sql: 'DELETE FROM _strata_restore_points WHERE name = ?', params: [name] }], readOnly: false, maxRows: 0, rowMode: 'object', keep: 'all', atomicity: 'transaction' });
  if (result.rowsAffected === 0) throw notFound('restore point', name);
  return toRestorePoint(point);
}
