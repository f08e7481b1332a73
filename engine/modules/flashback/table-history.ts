// A table's rows at an earlier SCN, rebuilt from its rows now by stepping back over the logged
// changes after that SCN, newest first: an INSERT is taken away, a DELETE put back, an UPDATE
// turned back into its old row (under its old key, when the update changed the key).
import type { Statement } from '../../storage/driver.js';
import type { ChangeOperation, RowData, SqlValue } from '../../storage/types.js';
import type { TableShape } from '../data/table-shape.js';

/** A row change from the log, with its commit. */
export interface LoggedChange {
  id: number;
  scn: number;
  table: string;
  operation: ChangeOperation;
  rowId: string;
  oldRow: RowData | null;
  newRow: RowData | null;
  transactionId: string | null;
  committedAt: string;
}

/** The changes after one SCN (through another, when given), oldest first; of one table, or of all. */
export function changesStatement(table: string | null, afterScn: number, throughScn: number | null = null): Statement {
  const conditions = ['c.scn > ?'];
  const params: unknown[] = [afterScn];
  if (throughScn !== null) {
    conditions.push('c.scn <= ?');
    params.push(throughScn);
  }
  if (table !== null) {
    conditions.push('c.table_name = ?');
    params.push(table);
  }
  return {
    sql: `SELECT c.id, c.scn, c.table_name AS "table", c.operation, c.row_id AS rowId, c.old_row AS oldRow, c.new_row AS newRow, m.transaction_id AS transactionId, m.committed_at AS committedAt
      FROM _strata_changes c JOIN _strata_commits m ON m.scn = c.scn WHERE ${conditions.join(' AND ')} ORDER BY c.id`,
    params,
  };
}

export function toLoggedChange(record: Record<string, unknown>): LoggedChange {
  const image = (value: unknown): RowData | null => (value === null ? null : (JSON.parse(value as string) as RowData));
  return { ...(record as unknown as LoggedChange), oldRow: image(record.oldRow), newRow: image(record.newRow) };
}

/** Reads every row of a table, with the id the API (and the change log) gives it. */
export function rowsStatement(shape: TableShape): Statement {
  return { sql: `SELECT ${shape.selectList} FROM ${shape.quotedName}` };
}

/** Rows by id. */
export type TableRows = Map<string, RowData>;

export function toTableRows(shape: TableShape, records: Array<Record<string, unknown>>): TableRows {
  const rows: TableRows = new Map();
  for (const record of records) {
    const row = shape.toRow(record);
    rows.set(row.id, row.data);
  }
  return rows;
}

/** The id of the row an image shows. Tables keyed by rowid keep it out of their images: the change's own id serves. */
export function idOfImage(shape: TableShape, image: RowData, fallback: string): string {
  return shape.keyColumns.length === 0 ? fallback : shape.toRow(image).id;
}

/** An image with the table's columns as they are now: columns added since read as null, dropped ones are left out. */
export function projectImage(shape: TableShape, image: RowData): RowData {
  const data: RowData = {};
  for (const column of shape.table.columns) data[column.name] = image[column.name] ?? null;
  return data;
}

/** Steps the rows back over changes (given oldest first), to the state before the first of them. */
export function stepBack(shape: TableShape, rows: TableRows, changes: LoggedChange[]): TableRows {
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index]!;
    if (change.operation !== 'DELETE') rows.delete(change.rowId);
    if (change.oldRow !== null) rows.set(idOfImage(shape, change.oldRow, change.rowId), projectImage(shape, change.oldRow));
  }
  return rows;
}

/** Rows in key order: by rowid, or by the key columns' values. */
export function sortedRows(shape: TableShape, rows: TableRows): Array<{ id: string; data: RowData }> {
  const entries = [...rows].map(([id, data]) => ({ id, data }));
  if (shape.keyColumns.length === 0) return entries.sort((a, b) => Number(a.id) - Number(b.id));
  return entries.sort((a, b) => {
    for (const column of shape.keyColumns) {
      const order = compareValues(a.data[column] ?? null, b.data[column] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** SQLite's order: NULL, then numbers, then text, then BLOBs. */
function compareValues(a: SqlValue, b: SqlValue): number {
  const rank = (value: SqlValue): number => (value === null ? 0 : typeof value === 'number' ? 1 : typeof value === 'string' ? 2 : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const textA = typeof a === 'string' ? a : JSON.stringify(a);
  const textB = typeof b === 'string' ? b : JSON.stringify(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

/** Same values in every column. */
export function sameRow(a: RowData, b: RowData): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}
