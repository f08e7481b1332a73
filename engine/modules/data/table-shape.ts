// How rows of one table are addressed: the key that identifies a row, its id as text, the
// columns a request may name.
import { invalid } from '../../errors.js';
import type { SqlFragment } from '../../storage/sql/filters.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import type { SortKey } from '../../storage/sql/keyset.js';
import type { RowData, SqlValue, Table } from '../../storage/types.js';

/** Column alias under which the rowid of a table without a declared key is read. */
const ROWID_ALIAS = '_strata_rowid';

export interface Row {
  id: string;
  data: RowData;
  scn?: number;
}

export interface SortField {
  field: string;
  direction: 'ASC' | 'DESC';
}

export class TableShape {
  readonly name: string;
  readonly quotedName: string;
  readonly columns: ReadonlySet<string>;
  /** What RETURNING and SELECT list: every column, plus the rowid when it is the key. */
  readonly selectList: string;
  private readonly usesRowid: boolean;

  constructor(readonly table: Table) {
    this.name = table.name;
    this.quotedName = quoteIdentifier(table.name);
    this.columns = new Set(table.columns.map((column) => column.name));
    this.usesRowid = table.primaryKey.length === 0;
    this.selectList = this.usesRowid ? `rowid AS ${ROWID_ALIAS}, *` : '*';
  }

  get keyColumns(): readonly string[] {
    return this.table.primaryKey;
  }

  /** WHERE condition selecting the row with this id (as the API writes it). */
  keyCondition(id: string): SqlFragment {
    if (this.usesRowid) {
      if (!/^-?\d+$/.test(id)) throw invalid('/path/id', `${this.name} has no declared key; its rows are identified by their integer rowid`);
      return { sql: 'rowid = ?', params: [Number(id)] };
    }
    if (this.keyColumns.length === 1) return { sql: `${quoteIdentifier(this.keyColumns[0]!)} = ?`, params: [id] };
    let values: unknown;
    try {
      values = JSON.parse(id);
    } catch {
      values = undefined;
    }
    if (!Array.isArray(values) || values.length !== this.keyColumns.length) {
      throw invalid('/path/id', `${this.name} has a composite key (${this.keyColumns.join(', ')}): give the id as a JSON array of ${this.keyColumns.length} values`);
    }
    return { sql: this.keyColumns.map((column) => `${quoteIdentifier(column)} = ?`).join(' AND '), params: values };
  }

  /** A row as the API shows it, from a record read with selectList. */
  toRow(record: Record<string, unknown>): Row {
    const data = record as RowData;
    if (this.usesRowid) {
      const { [ROWID_ALIAS]: rowid, ...rest } = data;
      return { id: String(rowid), data: rest };
    }
    if (this.keyColumns.length === 1) return { id: idText(data[this.keyColumns[0]!] ?? null), data };
    return { id: JSON.stringify(this.keyColumns.map((column) => data[column] ?? null)), data };
  }

  /** The requested sort, completed with the key so that every row has a unique position. */
  sortKeys(sort: SortField[], pointer: string): SortKey[] {
    const keys: SortKey[] = sort.map((field) => {
      if (!this.columns.has(field.field)) throw invalid(pointer, `there is no column ${JSON.stringify(field.field)} to sort by`);
      return { column: field.field, descending: field.direction === 'DESC' };
    });
    const tieBreakers = this.usesRowid ? [{ column: 'rowid', descending: false, raw: true }] : this.keyColumns.map((column) => ({ column, descending: false }));
    for (const key of tieBreakers) if (!keys.some((existing) => existing.column === key.column)) keys.push(key);
    return keys;
  }

  /** The values of the sort keys in a record (for its cursor). */
  sortValues(keys: SortKey[], record: Record<string, unknown>): unknown[] {
    return keys.map((key) => (key.raw ? record[ROWID_ALIAS] : record[key.column]) ?? null);
  }

  /** Rejects values for columns the table does not have. */
  checkColumns(values: Record<string, unknown>, pointer: string): string[] {
    const names = Object.keys(values);
    if (names.length === 0) throw invalid(pointer, 'give at least one column');
    for (const name of names) if (!this.columns.has(name)) throw invalid(`${pointer}/${escapePointer(name)}`, `${this.name} has no column ${JSON.stringify(name)}`);
    return names;
  }
}

function idText(value: SqlValue): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
