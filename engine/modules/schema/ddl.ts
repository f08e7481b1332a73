// CREATE and ALTER statements from the API's table, index and view definitions.
import { invalid } from '../../errors.js';
import { quoteIdentifier, quoteLiteral } from '../../storage/sql/identifiers.js';
import type { ForeignKeyAction } from '../../storage/types.js';

export interface ColumnDefinition {
  name: string;
  type: string;
  primaryKey?: boolean;
  autoIncrement?: boolean;
  nullable?: boolean;
  unique?: boolean;
  default?: string | number | boolean | null;
  defaultExpression?: 'CURRENT_TIMESTAMP' | 'CURRENT_DATE' | 'CURRENT_TIME';
  references?: { table: string; column: string; onDelete?: ForeignKeyAction; onUpdate?: ForeignKeyAction };
}

export interface TableDefinition {
  name: string;
  columns: ColumnDefinition[];
  ifNotExists?: boolean;
  strict?: boolean;
}

export interface TableAlteration {
  renameTo?: string;
  addColumns?: ColumnDefinition[];
  dropColumns?: string[];
  renameColumns?: Array<{ from: string; to: string }>;
}

const STRICT_TYPES = new Set(['INT', 'INTEGER', 'REAL', 'TEXT', 'BLOB', 'ANY']);
const TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*( ?\( ?[0-9]+ ?(, ?[0-9]+ ?)?\))?$/;
const ACTIONS = new Set(['NO ACTION', 'RESTRICT', 'SET NULL', 'SET DEFAULT', 'CASCADE']);
const DEFAULT_EXPRESSIONS = new Set(['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME']);

export function createTableSql(definition: TableDefinition): string {
  if (definition.columns.length === 0) throw invalid('/body/columns', 'a table needs at least one column');
  const names = new Set<string>();
  definition.columns.forEach((column, index) => {
    const key = column.name.toLowerCase();
    if (names.has(key)) throw invalid(`/body/columns/${index}/name`, `column ${column.name} is defined twice`);
    names.add(key);
  });
  const keyColumns = definition.columns.filter((column) => column.primaryKey);
  const singleKey = keyColumns.length === 1;
  const parts = definition.columns.map((column, index) => columnSql(column, `/body/columns/${index}`, { singleKey, strict: definition.strict === true }));
  if (keyColumns.length > 1) parts.push(`PRIMARY KEY (${keyColumns.map((column) => quoteIdentifier(column.name)).join(', ')})`);
  return `CREATE TABLE ${definition.ifNotExists ? 'IF NOT EXISTS ' : ''}${quoteIdentifier(definition.name)} (${parts.join(', ')})${definition.strict ? ' STRICT' : ''}`;
}

/** One column clause; for ADD COLUMN too (where SQLite itself refuses keys and unique columns). */
export function columnSql(column: ColumnDefinition, pointer: string, table: { singleKey: boolean; strict: boolean }): string {
  const type = column.type.trim();
  if (!TYPE_PATTERN.test(type)) throw invalid(`${pointer}/type`, `not a type name: ${JSON.stringify(column.type)}`);
  if (table.strict && !STRICT_TYPES.has(type.toUpperCase())) throw invalid(`${pointer}/type`, `a STRICT table takes only ${[...STRICT_TYPES].join(', ')}`);
  const clauses = [quoteIdentifier(column.name), type];
  if (column.primaryKey && table.singleKey) clauses.push('PRIMARY KEY');
  if (column.autoIncrement) {
    if (!(column.primaryKey && table.singleKey && type.toUpperCase() === 'INTEGER')) throw invalid(`${pointer}/autoIncrement`, 'only a single INTEGER primary key can auto-increment');
    clauses.push('AUTOINCREMENT');
  }
  // Key columns are NOT NULL: SQLite would otherwise accept NULL keys in rowid tables.
  if (column.nullable === false || column.primaryKey) clauses.push('NOT NULL');
  if (column.unique) clauses.push('UNIQUE');
  if (column.default !== undefined && column.defaultExpression !== undefined) throw invalid(`${pointer}/defaultExpression`, 'give default or defaultExpression, not both');
  if (column.default !== undefined) clauses.push(`DEFAULT ${literalSql(column.default, `${pointer}/default`)}`);
  if (column.defaultExpression !== undefined) {
    if (!DEFAULT_EXPRESSIONS.has(column.defaultExpression)) throw invalid(`${pointer}/defaultExpression`, `one of ${[...DEFAULT_EXPRESSIONS].join(', ')}`);
    clauses.push(`DEFAULT ${column.defaultExpression}`);
  }
  if (column.references) {
    const reference = column.references;
    for (const [field, action] of [['onDelete', reference.onDelete], ['onUpdate', reference.onUpdate]] as const) {
      if (action !== undefined && !ACTIONS.has(action)) throw invalid(`${pointer}/references/${field}`, `one of ${[...ACTIONS].join(', ')}`);
    }
    clauses.push(`REFERENCES ${quoteIdentifier(reference.table)} (${quoteIdentifier(reference.column)}) ON DELETE ${reference.onDelete ?? 'NO ACTION'} ON UPDATE ${reference.onUpdate ?? 'NO ACTION'}`);
  }
  return clauses.join(' ');
}

function literalSql(value: string | number | boolean | null, pointer: string): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(pointer, 'a default number must be finite');
    return String(value);
  }
  return quoteLiteral(value);
}

/** The statements of an alteration, in a fixed order, for one transaction. */
export function alterTableSql(table: string, alteration: TableAlteration, strict: boolean): string[] {
  const statements: string[] = [];
  const name = quoteIdentifier(table);
  for (const rename of alteration.renameColumns ?? []) statements.push(`ALTER TABLE ${name} RENAME COLUMN ${quoteIdentifier(rename.from)} TO ${quoteIdentifier(rename.to)}`);
  for (const column of alteration.dropColumns ?? []) statements.push(`ALTER TABLE ${name} DROP COLUMN ${quoteIdentifier(column)}`);
  (alteration.addColumns ?? []).forEach((column, index) => {
    if (column.primaryKey) throw invalid(`/body/addColumns/${index}/primaryKey`, 'SQLite cannot add a key column to an existing table');
    statements.push(`ALTER TABLE ${name} ADD COLUMN ${columnSql(column, `/body/addColumns/${index}`, { singleKey: false, strict })}`);
  });
  if (alteration.renameTo !== undefined) statements.push(`ALTER TABLE ${name} RENAME TO ${quoteIdentifier(alteration.renameTo)}`);
  if (statements.length === 0) throw invalid('/body', 'nothing to change');
  return statements;
}

export function createIndexSql(table: string, index: { name: string; columns: string[]; unique?: boolean; ifNotExists?: boolean }): string {
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${index.ifNotExists ? 'IF NOT EXISTS ' : ''}${quoteIdentifier(index.name)} ON ${quoteIdentifier(table)} (${index.columns.map(quoteIdentifier).join(', ')})`;
}
