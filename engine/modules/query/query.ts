// SQL from users: statements and scripts (one transaction per request), query plans, and row
// streams for results too big to send at once.
import { EngineError, invalid } from '../../errors.js';
import type { Database } from '../../storage/database.js';
import type { BindParams, RowStream, Statement } from '../../storage/driver.js';
import { type SchemaGuard, checkedStatements } from '../../storage/sqlite/sqlite-policy.js';
import type { ScriptStatement } from '../../storage/sqlite/sqlite-script.js';
import type { QueryPlanRow, ResultColumn, RowData, SqlValue } from '../../storage/types.js';
import type { Caller, WorkOptions } from '../../work/caller.js';

export interface SqlRequest extends WorkOptions {
  sql: string;
  params?: BindParams;
  timeoutMs?: number;
  rowMode?: 'object' | 'array';
  maxRows?: number;
  /** Refuse statements that would write. */
  readOnly?: boolean;
}

export interface SqlResult {
  columns: ResultColumn[];
  rows: Array<RowData | SqlValue[]>;
  rowsAffected: number;
  lastInsertRowid: number | null;
  elapsedMs: number;
  truncated: boolean;
  statements: number;
  scn: number | null;
}

export interface QueryPlanNode {
  id: number;
  detail: string;
  operation: string;
  table: string | null;
  index: string | null;
  children: QueryPlanNode[];
}

export interface QueryPlan {
  sql: string;
  plan: QueryPlanNode[];
}

export interface QueryModuleOptions {
  /** Rows a request returns at most when it does not say. */
  maxResultRows: number;
}

const TRANSACTION_HINT = 'a request runs as one transaction already; to span several requests, use the transactions API (POST /api/v1/transactions)';
const PLAN_DETAIL = /^(?:SCAN|SEARCH) (\S+)(?: AS \S+)?(?: USING (?:(?:AUTOMATIC )?(?:PARTIAL )?COVERING )?INDEX (\S+))?/;

export class QueryModule {
  constructor(
    private readonly database: Database,
    private readonly options: QueryModuleOptions,
    private readonly guard: SchemaGuard,
  ) {}

  async executeSql(request: SqlRequest): Promise<SqlResult> {
    const script = checkedStatements(request.sql, { transactionHint: TRANSACTION_HINT });
    await this.guard.checkSchemaChanges(script.flatMap((statement) => (statement.schemaTarget ? [statement.schemaTarget] : [])), request.caller ?? null);
    const statements = bindScript(script, request.params);
    const alone = script.length === 1 && script[0]!.kind === 'vacuum';
    if (alone && request.transactionId) throw new EngineError('STATEMENT_NOT_ALLOWED', 'VACUUM cannot run inside a transaction');
    const result = await this.database.executor(request).execute(
      {
        statements,
        readOnly: request.readOnly === true,
        maxRows: request.maxRows ?? this.options.maxResultRows,
        rowMode: request.rowMode ?? 'object',
        keep: 'last',
        atomicity: alone ? 'none' : 'transaction',
      },
      // A script of queries (and pragmas that set nothing) goes to a reader; one that writes only
      // there would wait for the lock like any reader-turned-writer in SQLite.
      { timeoutMs: request.timeoutMs, writes: !script.every((statement) => statement.kind === 'query' || (statement.kind === 'pragma' && !statement.pragma?.assigns)) },
    );
    const last = result.results[0];
    return {
      columns: last?.columns ?? [],
      rows: (last?.rows ?? []) as Array<RowData | SqlValue[]>,
      rowsAffected: result.rowsAffected,
      lastInsertRowid: result.lastInsertRowid,
      elapsedMs: Math.round(result.elapsedMs * 1000) / 1000,
      truncated: last?.truncated ?? false,
      statements: result.statements,
      scn: result.commit?.scn ?? null,
    };
  }

  async explainQuery(sql: string, params?: BindParams): Promise<QueryPlan> {
    const statement = this.single(sql, params, '/body/sql');
    return { sql: statement.sql, plan: planTree(await this.database.explain(statement)) };
  }

  /** Opens a stream over the rows of one read-only statement. */
  streamQuery(sql: string, params: BindParams | undefined, batchSize: number, caller: Caller | null): Promise<RowStream> {
    return this.database.stream(this.single(sql, params, '/data/sql'), batchSize, caller);
  }

  private single(sql: string, params: BindParams | undefined, pointer: string): Statement {
    const script = checkedStatements(sql, { transactionHint: TRANSACTION_HINT });
    if (script.length !== 1) throw invalid(pointer, `give one statement, not ${script.length}`);
    return bindScript(script, params)[0]!;
  }
}

/** SQLite's plan rows as a tree. */
export function planTree(rows: QueryPlanRow[]): QueryPlanNode[] {
  const nodes = new Map<number, QueryPlanNode>();
  const roots: QueryPlanNode[] = [];
  for (const row of rows) {
    const [, table = null, index = null] = PLAN_DETAIL.exec(row.detail) ?? [];
    const node: QueryPlanNode = { id: row.id, detail: row.detail, operation: row.detail.split(' ')[0] ?? '', table, index, children: [] };
    nodes.set(row.id, node);
    (nodes.get(row.parent)?.children ?? roots).push(node);
  }
  return roots;
}

/** Hands each statement of a script its parameters: positional values in order, named ones by name. */
function bindScript(script: ScriptStatement[], params: BindParams | undefined): Statement[] {
  if (params === undefined) return script.map((statement) => ({ sql: statement.sql }));
  if (Array.isArray(params)) {
    const needed = script.reduce((total, statement) => total + statement.positionalSlots, 0);
    if (needed !== params.length) throw new EngineError('SQL_ERROR', `the SQL has ${needed} positional parameter(s) but ${params.length} value(s) were given`);
    let next = 0;
    return script.map((statement) => {
      const values = params.slice(next, next + statement.positionalSlots);
      next += statement.positionalSlots;
      return statement.positionalSlots === 0 ? { sql: statement.sql } : { sql: statement.sql, params: values };
    });
  }
  const used = new Set(script.flatMap((statement) => statement.namedParameters));
  const unknown = Object.keys(params).filter((name) => !used.has(name.replace(/^[:@$]/, '')));
  if (unknown.length > 0) throw new EngineError('SQL_ERROR', `the SQL has no parameter named ${unknown.join(', ')}`);
  return script.map((statement) => {
    if (statement.namedParameters.length === 0) return { sql: statement.sql };
    const values: Record<string, unknown> = {};
    for (const name of statement.namedParameters) {
      const key = [name, `:${name}`, `@${name}`, `$${name}`].find((candidate) => candidate in params);
      if (key === undefined) throw new EngineError('SQL_ERROR', `no value for parameter ${name}`);
      values[name] = (params as Record<string, unknown>)[key];
    }
    return { sql: statement.sql, params: values };
  });
}

export type { ResultColumn, SqlValue };
