// Rows of a table: read by key, list with filters, sorting and keyset pagination, insert,
// update, replace, delete, count and aggregate. Every statement is built here with bound values
// and runs where the caller asks: on its own, or inside an open transaction.
import { EngineError, invalid, notFound } from '../../errors.js';
import type { Database, Executor } from '../../storage/database.js';
import type { StatementResult } from '../../storage/driver.js';
import { type FilterCondition, type SqlFragment, whereClause } from '../../storage/sql/filters.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import { after, decodeCursor, encodeCursor, orderBy } from '../../storage/sql/keyset.js';
import type { CatalogSnapshot, RowData, SqlValue, Table } from '../../storage/types.js';
import type { Caller, WorkOptions } from '../../work/caller.js';
import type { PointInTime } from '../flashback/point-in-time.js';
import { type Row, type SortField, TableShape, escapePointer } from './table-shape.js';

export type { Row, SortField };

/** Where as-of reads get a table's rows as they were: flashback's one as-of read (FlashbackModule.rowsAsOf). */
export interface History {
  rowsAsOf(shape: TableShape, asOf: PointInTime, pointer: string, caller: Caller | null): Promise<{ rows: Array<{ id: string; data: RowData }> }>;
}

export interface TableQuery {
  /** Read the rows as they were at this point instead of as they are. */
  asOf?: PointInTime;
  filter?: FilterCondition[];
  sort?: SortField[];
  limit?: number;
  offset?: number;
  cursor?: string;
  includeTotal?: boolean;
}

export interface RowPage {
  rows: Array<Row & { cursor: string }>;
  nextCursor: string | null;
  total?: number;
}

export interface WriteResult {
  rowsAffected: number;
  scn: number | null;
}

export type AggregateFunction = 'COUNT' | 'SUM' | 'AVG' | 'MIN' | 'MAX';

export interface AggregateRequest {
  aggregates: Array<{ function: AggregateFunction; field: string }>;
  groupBy?: string[];
  filter?: FilterCondition[];
}

export interface AggregateResult {
  groups: Array<{ key: Record<string, SqlValue>; results: Array<{ function: AggregateFunction; field: string; value: SqlValue }> }>;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const AGGREGATE_FUNCTIONS = new Set<AggregateFunction>(['COUNT', 'SUM', 'AVG', 'MIN', 'MAX']);

export class DataModule {
  private readonly shapes = new WeakMap<Table, TableShape>();
  private readonly tablesByName = new WeakMap<CatalogSnapshot, Map<string, Table>>();

  constructor(
    private readonly database: Database,
    private readonly history: History,
  ) {}

  async queryTable(table: string, query: TableQuery, options: WorkOptions = {}): Promise<RowPage> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw invalid('/query/limit', `limit is 1 to ${MAX_LIMIT}`);
    if (query.cursor !== undefined && (query.offset ?? 0) > 0) throw invalid('/query/offset', 'use a cursor or an offset, not both');
    const keys = shape.sortKeys(query.sort ?? [], '/query/sort');
    const source = await this.source(shape, query.asOf, options);
    const where = this.where(shape, source.past ? shape.withAffinity(query.filter ?? []) : query.filter);
    const conditions = where.sql === '' ? [] : [where.sql];
    const params = [...where.params];
    if (query.cursor !== undefined) {
      const position = after(keys, decodeCursor(query.cursor, keys, '/query/cursor'));
      conditions.push(position.sql);
      params.push(...position.params);
    }
    const filterSql = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
    const statements = [
      {
        sql: `SELECT ${source.selectList} FROM ${source.sql}${filterSql} ORDER BY ${orderBy(keys)} LIMIT ? OFFSET ?`,
        // One row more than asked tells whether there is a next page.
        params: [...source.params, ...params, limit + 1, query.offset ?? 0],
      },
    ];
    if (query.includeTotal) statements.push({ sql: `SELECT count(*) AS total FROM ${source.sql}${where.sql === '' ? '' : ` WHERE ${where.sql}`}`, params: [...source.params, ...where.params] });
    const result = await executor.execute({ statements, readOnly: true, maxRows: limit + 1, rowMode: 'object', keep: 'all', atomicity: 'transaction' });
    const records = rowsOf(result.results[0]!);
    const rows = records.slice(0, limit).map((record) => ({ ...shape.toRow(record), cursor: encodeCursor(keys, shape.sortValues(keys, record)) }));
    const page: RowPage = { rows, nextCursor: records.length > limit ? rows.at(-1)!.cursor : null };
    if (query.includeTotal) page.total = (rowsOf(result.results[1]!)[0] as { total: number }).total;
    return page;
  }

  /** The row with this id, or null when the table has none (a missing table is an error); as it was at `asOf`, when given. */
  async row(table: string, id: string, options: WorkOptions & { asOf?: PointInTime } = {}): Promise<Row | null> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    if (options.asOf === undefined) {
      const key = shape.keyCondition(id);
      const record = rowsOf(await executor.lookup({ sql: `SELECT ${shape.selectList} FROM ${shape.quotedName} WHERE ${key.sql}`, params: key.params }))[0];
      return record ? shape.toRow(record) : null;
    }
    const source = await this.source(shape, options.asOf, options);
    const key = shape.keyConditionWithAffinity(id);
    const result = await executor.execute(this.single(`SELECT ${source.selectList} FROM ${source.sql} WHERE ${key.sql}`, [...source.params, ...key.params], true));
    const record = rowsOf(result.results[0]!)[0];
    return record ? shape.toRow(record) : null;
  }

  async insertRow(table: string, values: Record<string, unknown>, options: WorkOptions = {}): Promise<Row> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const result = await executor.execute(this.batch([this.insertStatement(shape, values, '/body')]));
    return { ...shape.toRow(rowsOf(result.results[0]!)[0]!), ...scnOf(result.commit) };
  }

  async insertRows(table: string, rows: Array<Record<string, unknown>>, options: WorkOptions = {}): Promise<{ rows: Row[]; scn: number | null }> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    if (rows.length === 0) throw invalid('/body/rows', 'give at least one row');
    const statements = rows.map((values, index) => this.insertStatement(shape, values, `/body/rows/${index}`));
    const result = await executor.execute(this.batch(statements));
    return { rows: result.results.map((statement) => shape.toRow(rowsOf(statement)[0]!)), scn: result.commit?.scn ?? null };
  }

  /** Sets the given columns and every other non-key column to its default. */
  async replaceRow(table: string, id: string, values: Record<string, unknown>, options: WorkOptions = {}): Promise<Row> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    shape.checkColumns(values, '/body');
    const current = shape.keyCondition(id);
    for (const [index, column] of shape.keyColumns.entries()) {
      if (column in values && String(values[column]) !== String(current.params[index])) throw invalid(`/body/${escapePointer(column)}`, `a replacement keeps the key; ${column} must be ${String(current.params[index])} or absent`);
    }
    const assignments: string[] = [];
    const params: unknown[] = [];
    for (const column of shape.table.columns) {
      if (column.primaryKey) continue;
      if (column.name in values) {
        assignments.push(`${quoteIdentifier(column.name)} = ?`);
        params.push(values[column.name]);
      } else assignments.push(`${quoteIdentifier(column.name)} = ${column.default ?? 'NULL'}`);
    }
    if (assignments.length === 0) return (await this.row(table, id, options)) ?? throwRowNotFound(table, id);
    return this.updateByKey(executor, shape, id, assignments, params);
  }

  async updateRow(table: string, id: string, values: Record<string, unknown>, options: WorkOptions = {}): Promise<Row> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const columns = shape.checkColumns(values, '/body');
    return this.updateByKey(
      executor,
      shape,
      id,
      columns.map((column) => `${quoteIdentifier(column)} = ?`),
      columns.map((column) => values[column]),
    );
  }

  async updateRows(table: string, selection: { filter?: FilterCondition[]; all?: boolean }, values: Record<string, unknown>, options: WorkOptions = {}): Promise<WriteResult> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const columns = shape.checkColumns(values, '/body');
    const where = this.selection(shape, selection);
    const result = await executor.execute(
      this.batch([{ sql: `UPDATE ${shape.quotedName} SET ${columns.map((column) => `${quoteIdentifier(column)} = ?`).join(', ')}${where.sql}`, params: [...columns.map((column) => values[column]), ...where.params] }]),
    );
    return { rowsAffected: result.rowsAffected, scn: result.commit?.scn ?? null };
  }

  async deleteRow(table: string, id: string, options: WorkOptions = {}): Promise<Row> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const key = shape.keyCondition(id);
    const result = await executor.execute(this.batch([{ sql: `DELETE FROM ${shape.quotedName} WHERE ${key.sql} RETURNING ${shape.selectList}`, params: key.params }]));
    return { ...this.onlyRow(shape, result.results[0]!, id), ...scnOf(result.commit) };
  }

  async deleteRows(table: string, selection: { filter?: FilterCondition[]; all?: boolean }, options: WorkOptions = {}): Promise<WriteResult> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const where = this.selection(shape, selection);
    const result = await executor.execute(this.batch([{ sql: `DELETE FROM ${shape.quotedName}${where.sql}`, params: where.params }]));
    return { rowsAffected: result.rowsAffected, scn: result.commit?.scn ?? null };
  }

  async count(table: string, filter: FilterCondition[] = [], options: WorkOptions = {}): Promise<number> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const where = this.where(shape, filter);
    const result = await executor.execute(this.single(`SELECT count(*) AS count FROM ${shape.quotedName}${where.sql === '' ? '' : ` WHERE ${where.sql}`}`, where.params, true));
    return (rowsOf(result.results[0]!)[0] as { count: number }).count;
  }

  async aggregate(table: string, request: AggregateRequest, options: WorkOptions = {}): Promise<AggregateResult> {
    const executor = this.database.executor(options);
    const shape = await this.shape(executor, table);
    const groupBy = request.groupBy ?? [];
    groupBy.forEach((column, index) => {
      if (!shape.columns.has(column)) throw invalid(`/body/groupBy/${index}`, `there is no column ${JSON.stringify(column)}`);
    });
    const selected = request.aggregates.map((aggregate, index) => {
      if (!AGGREGATE_FUNCTIONS.has(aggregate.function)) throw invalid(`/body/aggregates/${index}/function`, `unknown function ${aggregate.function}`);
      if (aggregate.field === '*') {
        if (aggregate.function !== 'COUNT') throw invalid(`/body/aggregates/${index}/field`, 'only COUNT takes *');
        return 'count(*)';
      }
      if (!shape.columns.has(aggregate.field)) throw invalid(`/body/aggregates/${index}/field`, `there is no column ${JSON.stringify(aggregate.field)}`);
      return `${aggregate.function.toLowerCase()}(${quoteIdentifier(aggregate.field)})`;
    });
    const where = this.where(shape, request.filter);
    const groups = groupBy.map(quoteIdentifier);
    const sql = [
      `SELECT ${[...groups, ...selected].join(', ')} FROM ${shape.quotedName}`,
      where.sql === '' ? '' : ` WHERE ${where.sql}`,
      groups.length === 0 ? '' : ` GROUP BY ${groups.join(', ')} ORDER BY ${groups.join(', ')}`,
    ].join('');
    const result = await executor.execute({ statements: [{ sql, params: where.params }], readOnly: true, maxRows: MAX_GROUPS, rowMode: 'array', keep: 'all', atomicity: 'transaction' });
    const statement = result.results[0]!;
    if (statement.truncated) throw invalid('/body/groupBy', `more than ${MAX_GROUPS} groups; filter or group more coarsely`);
    return {
      groups: rowsOf(statement).map((values) => {
        const row = values as unknown as SqlValue[];
        return {
          key: Object.fromEntries(groupBy.map((column, index) => [column, row[index] ?? null])),
          results: request.aggregates.map((aggregate, index) => ({ function: aggregate.function, field: aggregate.field, value: row[groupBy.length + index] ?? null })),
        };
      }),
    };
  }

  // --- helpers ---------------------------------------------------------------------------------

  private async shape(executor: Executor, name: string): Promise<TableShape> {
    const catalog = await executor.catalog();
    let tables = this.tablesByName.get(catalog);
    if (!tables) {
      tables = new Map(catalog.tables.map((table) => [table.name, table]));
      this.tablesByName.set(catalog, tables);
    }
    const table = tables.get(name);
    if (!table) throw notFound('table', name);
    let shape = this.shapes.get(table);
    if (!shape) {
      shape = new TableShape(table);
      this.shapes.set(table, shape);
    }
    return shape;
  }

  /**
   * What a read selects from: the table, or with `asOf` its rows as they were (read by flashback)
   * as a subquery, so that filters, sorting and pagination apply to them unchanged.
   */
  private async source(shape: TableShape, asOf: PointInTime | undefined, options: WorkOptions): Promise<SqlFragment & { selectList: string; past: boolean }> {
    if (asOf === undefined) return { sql: shape.quotedName, params: [], selectList: shape.selectList, past: false };
    // History is of committed work; a transaction's own uncommitted changes have none yet.
    if (options.transactionId) throw invalid('/query/transactionId', 'a read as of a point in time reads committed history; leave out transactionId');
    const { rows } = await this.history.rowsAsOf(shape, asOf, '/query/asOf', options.caller ?? null);
    return { ...shape.rowsSubquery(rows), past: true };
  }

  private where(shape: TableShape, filter: FilterCondition[] = []) {
    return whereClause(filter, shape.columns, (index) => `/query/filter/${index}`);
  }

  /** WHERE for a bulk write: a filter, or an explicit all. */
  private selection(shape: TableShape, selection: { filter?: FilterCondition[]; all?: boolean }) {
    const filter = selection.filter ?? [];
    if (filter.length === 0 && selection.all !== true) throw invalid('/query/all', 'without a filter this would change every row; set all=true if that is what you want');
    const where = this.where(shape, filter);
    return { sql: where.sql === '' ? '' : ` WHERE ${where.sql}`, params: where.params };
  }

  private insertStatement(shape: TableShape, values: Record<string, unknown>, pointer: string) {
    const columns = shape.checkColumns(values, pointer);
    return {
      sql: `INSERT INTO ${shape.quotedName} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING ${shape.selectList}`,
      params: columns.map((column) => values[column]),
    };
  }

  private async updateByKey(executor: Executor, shape: TableShape, id: string, assignments: string[], params: unknown[]): Promise<Row> {
    const key = shape.keyCondition(id);
    const result = await executor.execute(this.batch([{ sql: `UPDATE ${shape.quotedName} SET ${assignments.join(', ')} WHERE ${key.sql} RETURNING ${shape.selectList}`, params: [...params, ...key.params] }]));
    return { ...this.onlyRow(shape, result.results[0]!, id), ...scnOf(result.commit) };
  }

  private onlyRow(shape: TableShape, result: StatementResult, id: string): Row {
    const record = rowsOf(result)[0];
    return record ? shape.toRow(record) : throwRowNotFound(shape.name, id);
  }

  private single(sql: string, params: unknown[], readOnly: boolean) {
    return { statements: [{ sql, params }], readOnly, maxRows: 1, rowMode: 'object' as const, keep: 'all' as const, atomicity: 'transaction' as const };
  }

  private batch(statements: Array<{ sql: string; params: unknown[] }>) {
    return { statements, readOnly: false, maxRows: MAX_LIMIT, rowMode: 'object' as const, keep: 'all' as const, atomicity: 'transaction' as const };
  }
}

const MAX_GROUPS = 10_000;

function rowsOf(result: StatementResult): Array<Record<string, unknown>> {
  if (result.rows === null) throw new EngineError('INTERNAL', 'expected rows from the statement');
  return result.rows as Array<Record<string, unknown>>;
}

export function throwRowNotFound(table: string, id: string): never {
  throw notFound(`row of ${table} with id`, id);
}

function scnOf(commit: { scn: number } | null): { scn?: number } {
  return commit ? { scn: commit.scn } : {};
}
