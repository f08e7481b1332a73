// Domain types of the storage layer. The API specs define the same shapes; handlers pass these
// through, and the compiler checks the two agree.

/** A stored value: text, number, null, or a BLOB as { $hex }. */
export type SqlValue = string | number | null | { $hex: string };

export type RowData = Record<string, SqlValue>;

export type ForeignKeyAction = 'NO ACTION' | 'RESTRICT' | 'SET NULL' | 'SET DEFAULT' | 'CASCADE';

export interface ForeignKey {
  table: string;
  column: string;
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
}

export interface Column {
  name: string;
  type: string;
  position: number;
  nullable: boolean;
  default: string | null;
  primaryKey: boolean;
  unique: boolean;
  references?: ForeignKey;
}

export interface Index {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
  origin: 'index' | 'unique' | 'primaryKey';
  partial: boolean;
  sql: string | null;
}

export interface Table {
  name: string;
  schema: string;
  columns: Column[];
  primaryKey: string[];
  indexes: Index[];
  strict: boolean;
  withoutRowid: boolean;
  sql: string;
}

export interface View {
  name: string;
  schema: string;
  columns: Column[];
  sql: string;
}

export interface CatalogSnapshot {
  tables: Table[];
  views: View[];
}

export interface ResultColumn {
  name: string;
  type: string | null;
  table: string | null;
}

/** One row of EXPLAIN QUERY PLAN. */
export interface QueryPlanRow {
  id: number;
  parent: number;
  detail: string;
}

export type ChangeOperation = 'INSERT' | 'UPDATE' | 'DELETE';

/** One row change as the change log records it. */
export interface ChangeRecord {
  /** Position in the change log; orders changes within a commit. */
  id: number;
  scn: number;
  table: string;
  operation: ChangeOperation;
  rowId: string;
  oldRow: RowData | null;
  newRow: RowData | null;
  changedAt: string;
}
