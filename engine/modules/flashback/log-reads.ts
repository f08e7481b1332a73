// Reads of the change log and Strata's own tables, for flashback. Engine-internal SQL: it names
// _strata_ tables, which users' SQL may not, so it goes to the executor directly.
import type { Executor } from '../../storage/database.js';
import type { Statement } from '../../storage/driver.js';

/** Rows of several reads, all from one snapshot. */
export async function readTogether(executor: Executor, statements: Statement[]): Promise<Array<Array<Record<string, unknown>>>> {
  const result = await executor.execute({ statements, readOnly: true, maxRows: Number.MAX_SAFE_INTEGER, rowMode: 'object', keep: 'all', atomicity: 'transaction' });
  return result.results.map((statement) => (statement.rows ?? []) as Array<Record<string, unknown>>);
}

/** The first row of each read, all from one snapshot (for reads of one row each). */
export async function readFirstRows(executor: Executor, statements: Statement[]): Promise<Array<Record<string, unknown> | undefined>> {
  return (await readTogether(executor, statements)).map((rows) => rows[0]);
}

export async function readRows<T>(executor: Executor, sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await readTogether(executor, [{ sql, params }]);
  return rows as T[];
}

/**
 * The oldest SCN whose state the log can rebuild: every change after it is still logged. SCNs
 * are consecutive and the purge removes whole commits from the oldest on, so this is one less
 * than the oldest commit the log holds (or the latest SCN when the log is empty).
 */
export const OLDEST_REACHABLE_SCN_SQL = 'SELECT coalesce(min(scn) - 1, 0) AS scn FROM _strata_commits';

export const LATEST_COMMIT_SQL = 'SELECT scn, committed_at AS committedAt FROM _strata_commits ORDER BY scn DESC LIMIT 1';
