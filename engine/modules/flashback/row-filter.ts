// Filters on rows that are not in a table (rows as they were): the same conditions, with the same
// SQL semantics (comparisons, LIKE, NULL), as on live rows, by running them over the rows given
// as JSON.
import type { Executor } from '../../storage/database.js';
import { type FilterCondition, whereClause } from '../../storage/sql/filters.js';
import type { RowData } from '../../storage/types.js';
import type { TableShape } from '../data/table-shape.js';
import { readRows } from './log-reads.js';

/** The rows that pass every condition, in their order. `pointer` locates the filter in the request. */
export async function filterRows<T extends { data: RowData | null }>(executor: Executor, shape: TableShape, rows: T[], filter: FilterCondition[], pointer: string): Promise<T[]> {
  const where = whereClause(shape.withAffinity(filter), shape.columns, (index) => `${pointer}/${index}`);
  if (where.sql === '' || rows.length === 0) return rows;
  const source = shape.rowsSubquery(rows);
  const matching = await readRows<{ position: number }>(executor, `SELECT _strata_position AS position FROM ${source.sql} WHERE ${where.sql} ORDER BY 1`, [...source.params, ...where.params]);
  return matching.map((match) => rows[match.position]!);
}
