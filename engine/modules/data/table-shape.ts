// How rows of one table are addressed: the key that identifies a row, its id as text, the
// columns a request may name.
import { invalid } from '../../errors.js';
import type { FilterCondition, SqlFragment } from '../../storage/sql/filters.js';
import { quoteIdentifier, quoteLiteral } from '../../storage/sql/identifiers.js';
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

  /**
   * Rows held in memory (rows as they were) as a subquery with this table's columns, and its
   * rowid when that is the key, so the reads built for the table run over them unchanged; BLOBs
   * come back as BLOBs. `_strata_position` is each row's index in `rows`. `selectList` reads them
   * as selectList reads the table.
   */
  rowsSubquery(rows: ReadonlyArray<{ id?: string; data: RowData | null }>): SqlFragment & { selectList: string } {
    const columns = this.table.columns.map((column, index) => {
      const path = quoteLiteral(`$[${index + 1}]`);
      const blob = quoteLiteral(`$[${index + 1}].$hex`);
      return `CASE json_type(value, ${path}) WHEN 'object' THEN unhex(value ->> ${blob}) ELSE value ->> ${path} END AS ${quoteIdentifier(column.name)}`;
    });
    // One JSON array per row: the rowid (tables keyed by it), then the values in column order.
    const json = JSON.stringify(rows.map(({ id, data }) => [this.usesRowid && id !== undefined ? Number(id) : null, ...this.table.columns.map((column) => data?.[column.name] ?? null)]));
    const names = this.table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
    return {
      sql: `(SELECT key AS _strata_position, value ->> '$[0]' AS rowid, ${columns.join(', ')} FROM json_each(?))`,
      params: [json],
      selectList: this.usesRowid ? `rowid AS ${ROWID_ALIAS}, ${names}` : names,
    };
  }

  /**
   * Filter values as a comparison with the table's column would see them. Rows read from a
   * subquery have no column affinity, so SQLite would compare the text '30' (as REST sends it)
   * with the integer 30 as different; a column of the table converts it first. This applies the
   * same conversion (https://sqlite.org/datatype3.html#type_conversions_prior_to_comparison).
   */
  withAffinity(filter: FilterCondition[]): FilterCondition[] {
    return filter.map((condition) => {
      const column = this.table.columns.find((candidate) => candidate.name === condition.field);
      if (!column || condition.operator === 'like' || condition.operator === 'isNull') return condition;
      const convert = (value: unknown): unknown => applyAffinity(column.type, this.table.strict, value);
      return { ...condition, value: Array.isArray(condition.value) ? condition.value.map(convert) : convert(condition.value) };
    });
  }

  /** keyCondition for rows read from rowsSubquery: the id converted as the key column would. */
  keyConditionWithAffinity(id: string): SqlFragment {
    const key = this.keyCondition(id);
    if (this.usesRowid) return key;
    const types = this.keyColumns.map((name) => this.table.columns.find((column) => column.name === name)!.type);
    return { sql: key.sql, params: key.params.map((value, index) => applyAffinity(types[index]!, this.table.strict, value)) };
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

type Affinity = 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC';

/** SQLite's affinity for a declared type (https://sqlite.org/datatype3.html#determination_of_column_affinity). */
function affinityOf(declaredType: string, strict: boolean): Affinity {
  const type = declaredType.toUpperCase();
  // STRICT tables' ANY columns keep values as given; elsewhere ANY falls through to NUMERIC.
  if (type === 'ANY' && strict) return 'BLOB';
  if (type.includes('INT')) return 'INTEGER';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'TEXT';
  if (type.includes('BLOB') || type === '') return 'BLOB';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A value as a column of that type converts it before comparing: numeric text to a number, numbers to text. */
function applyAffinity(declaredType: string, strict: boolean, value: unknown): unknown {
  const affinity = affinityOf(declaredType, strict);
  if (affinity === 'TEXT') return typeof value === 'number' ? String(value) : value;
  if (affinity === 'BLOB') return value;
  return typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : value;
}

function idText(value: SqlValue): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
