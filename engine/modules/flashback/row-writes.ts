// Statements that put rows back: by id, with every column of the table as it is now.
import type { Statement } from '../../storage/driver.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import type { RowData } from '../../storage/types.js';
import type { TableShape } from '../data/table-shape.js';
import { type LoggedChange, type TableRows, projectImage, sameRow } from './table-history.js';

export interface TableRestore {
  table: string;
  inserted: number;
  updated: number;
  deleted: number;
}

export function deleteStatement(shape: TableShape, id: string): Statement {
  const key = shape.keyCondition(id);
  return { sql: `DELETE FROM ${shape.quotedName} WHERE ${key.sql}`, params: key.params };
}

/** Inserts a row under its id; a table keyed by rowid gets its rowid back. */
export function insertStatement(shape: TableShape, id: string, data: RowData): Statement {
  const columns = shape.table.columns.map((column) => column.name);
  const byRowid = shape.keyColumns.length === 0;
  const names = [...(byRowid ? ['rowid'] : []), ...columns.map(quoteIdentifier)];
  return {
    sql: `INSERT INTO ${shape.quotedName} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    params: [...(byRowid ? [Number(id)] : []), ...columns.map((column) => data[column] ?? null)],
  };
}

/** Sets every column of the row with this id (its key columns too, so the row can move back to its old key). */
export function updateStatement(shape: TableShape, id: string, data: RowData): Statement {
  const columns = shape.table.columns.map((column) => column.name);
  const key = shape.keyCondition(id);
  return {
    sql: `UPDATE ${shape.quotedName} SET ${columns.map((column) => `${quoteIdentifier(column)} = ?`).join(', ')} WHERE ${key.sql}`,
    params: [...columns.map((column) => data[column] ?? null), ...key.params],
  };
}

/** What turns the rows a table has into the rows it should have: deletes first, so keys are free for the inserts. */
export function restoreStatements(shape: TableShape, current: TableRows, target: TableRows): { statements: Statement[]; counts: TableRestore } {
  const counts: TableRestore = { table: shape.name, inserted: 0, updated: 0, deleted: 0 };
  const deletes: Statement[] = [];
  const updates: Statement[] = [];
  const inserts: Statement[] = [];
  for (const id of current.keys()) {
    if (!target.has(id)) deletes.push(deleteStatement(shape, id));
  }
  for (const [id, data] of target) {
    const now = current.get(id);
    if (now === undefined) inserts.push(insertStatement(shape, id, data));
    else if (!sameRow(now, data)) updates.push(updateStatement(shape, id, data));
  }
  counts.deleted = deletes.length;
  counts.updated = updates.length;
  counts.inserted = inserts.length;
  return { statements: [...deletes, ...updates, ...inserts], counts };
}

/** The statement that undoes one logged change, given the changes after it are undone already. */
export function undoStatement(shape: TableShape, change: LoggedChange): Statement {
  switch (change.operation) {
    case 'INSERT':
      return deleteStatement(shape, change.rowId);
    case 'DELETE':
      return insertStatement(shape, change.rowId, projectImage(shape, change.oldRow!));
    case 'UPDATE':
      return updateStatement(shape, change.rowId, projectImage(shape, change.oldRow!));
  }
}
