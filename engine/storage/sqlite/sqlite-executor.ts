// Runs work on one SQLite connection, inside a session's worker thread: statements with the
// commit protocol that gives each commit its SCN, transactions and savepoints, introspection,
// query plans, change-log reads and row streams.
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '../sql/identifiers.js';
import type { CommitInfo, ExecuteResult, ExecuteWork, ReadChangesWork, Statement, StatementResult, TransactionWork, Work, WorkResult } from '../driver.js';
import type { ChangeOperation, ChangeRecord, QueryPlanRow, ResultColumn, RowData } from '../types.js';
import { readCatalog } from './sqlite-catalog.js';
import type { DdlStatement } from '../sql/ddl.js';
import { CAPTURE_TRIGGERS_SQL, INTERNAL_PREFIX, NEXT_SCN_SQL, syncChangeTriggers } from './sqlite-changelog.js';
import type { GroupOutcome, WorkerError } from './sqlite-protocol.js';
import { describeDdl } from './sqlite-script.js';
import { fromStoredRow, toBindableParams } from './sqlite-values.js';

/** A failure the executor raises itself, with an engine error code. */
export class ExecutorError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A statement failure, with the index of the statement in its work. */
type StatementError = Error & { statementIndex?: number };

type CommitRecord = Omit<CommitInfo, 'changes'>;

/** Savepoint that makes each request inside a transaction (or a group) all-or-nothing. */
const REQUEST_SAVEPOINT = `${INTERNAL_PREFIX}request`;

interface OpenTransaction {
  id: string;
  /** A statement of the transaction changed the schema. */
  schemaChanged: boolean;
}

/** Only these statements change the schema (writes to sqlite_schema itself are refused). */
const SCHEMA_KEYWORDS = new Set(['CREATE', 'ALTER', 'DROP']);

interface ChangeRow {
  id: number;
  scn: number;
  table_name: string;
  operation: ChangeOperation;
  row_id: string;
  old_row: string | null;
  new_row: string | null;
  changed_at: string;
}

export class SqliteExecutor {
  private transaction: OpenTransaction | null = null;
  private stream: { iterator: IterableIterator<unknown>; batchSize: number } | null = null;
  private readonly cache = new Map<string, Database.Statement>();
  private readonly nextScn: Database.Statement;
  private readonly countChanges: Database.Statement;
  private readonly insertCommit: Database.Statement;
  private readonly changesOfScn: Database.Statement;
  private readonly lastRowid: Database.Statement;
  private readonly recordSchemaChange: Database.Statement;
  private readonly schemaChangesOf: Database.Statement;
  private readonly columnsOf = new WeakMap<Database.Statement, ResultColumn[]>();

  constructor(
    private readonly db: Database.Database,
    private readonly inlineChangeLimit: number,
  ) {
    this.nextScn = db.prepare(NEXT_SCN_SQL).pluck();
    this.countChanges = db.prepare('SELECT count(*) FROM _strata_changes WHERE scn = ?').pluck();
    this.insertCommit = db.prepare('INSERT INTO _strata_commits (scn, transaction_id, committed_at, row_changes, schema_changed) VALUES (?, ?, ?, ?, ?)');
    this.changesOfScn = db.prepare('SELECT * FROM _strata_changes WHERE scn = ? ORDER BY id');
    this.lastRowid = db.prepare('SELECT last_insert_rowid()').pluck();
    this.schemaChangesOf = db.prepare('SELECT scn, sql, username FROM _strata_schema_changes WHERE scn >= ? AND scn <= ? ORDER BY id');
    this.recordSchemaChange = db.prepare(`INSERT INTO _strata_schema_changes (scn, after_change, sql, username) VALUES ((${NEXT_SCN_SQL}), (SELECT coalesce(max(id), 0) FROM _strata_changes), ?, ?)`);
  }

  handle(work: Work): WorkResult {
    switch (work.type) {
      case 'execute':
        return this.execute(work);
      case 'begin':
      case 'commit':
      case 'rollback':
      case 'savepoint':
      case 'release':
      case 'rollback-to':
        return { type: 'transaction', commit: this.transactionWork(work) };
      case 'introspect':
        return { type: 'introspect', catalog: readCatalog(this.db) };
      case 'explain':
        return { type: 'explain', plan: this.explain(work.statement) };
      case 'read-changes':
        return this.readChanges(work);
    }
  }

  // --- statements -------------------------------------------------------------------------

  private execute(work: ExecuteWork): ExecuteResult {
    const inTransaction = this.transaction !== null;
    let began = false;
    if (inTransaction) this.db.exec(`SAVEPOINT ${REQUEST_SAVEPOINT}`);
    else if (work.atomicity === 'transaction' && !this.isSingleRead(work)) {
      this.db.exec(work.readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
      began = true;
    }
    let result: ExecuteResult;
    try {
      result = this.runWork(work);
    } catch (error) {
      throw this.undoRequest(error as StatementError, inTransaction);
    }
    if (inTransaction) {
      this.db.exec(`RELEASE ${REQUEST_SAVEPOINT}`);
      this.transaction!.schemaChanged ||= result.schemaChanged;
    } else if (began) result.commit = this.commit(null, result.schemaChanged);
    return result;
  }

  /**
   * Group commit: autocommit works run in one SQLite transaction, each in a savepoint of its own
   * and each with an SCN of its own, and commit together. A failing work is undone alone. When
   * SQLite abandons the whole transaction (an interrupted write, a full disk), the works that had
   * run are given back to be run again, since nothing of theirs was committed.
   */
  executeGroup(works: ExecuteWork[]): GroupOutcome[] {
    this.db.exec('BEGIN IMMEDIATE');
    const outcomes: GroupOutcome[] = [];
    const committed: Array<{ index: number; record: CommitRecord }> = [];
    for (const work of works) {
      this.db.exec(`SAVEPOINT ${REQUEST_SAVEPOINT}`);
      try {
        const result = this.runWork(work);
        const record = this.recordCommit(null, result.schemaChanged);
        this.db.exec(`RELEASE ${REQUEST_SAVEPOINT}`);
        if (record) committed.push({ index: outcomes.length, record });
        outcomes.push({ status: 'done', result });
      } catch (error) {
        const described = describeError(error);
        described.statementIndex = (error as StatementError).statementIndex;
        if (!this.db.inTransaction) {
          // Everything before was rolled back with it; nothing after has run.
          return works.map((_, index) => (index === outcomes.length ? { status: 'failed', error: described } : { status: 'retry' }));
        }
        this.db.exec(`ROLLBACK TO ${REQUEST_SAVEPOINT}`);
        this.db.exec(`RELEASE ${REQUEST_SAVEPOINT}`);
        outcomes.push({ status: 'failed', error: described });
      }
    }
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      const described = describeError(error);
      return works.map(() => ({ status: 'failed', error: described }));
    }
    for (const { index, record } of committed) (outcomes[index] as { result: ExecuteResult }).result.commit = this.withChanges(record);
    return outcomes;
  }

  /** Runs the statements of a work in whatever transaction is open; throws a StatementError. */
  private runWork(work: ExecuteWork): ExecuteResult {
    const started = performance.now();
    const keywords = work.statements.map((statement) => firstKeyword(statement.sql));
    const schemaChanging = keywords.some((keyword) => SCHEMA_KEYWORDS.has(keyword));
    // Reads insert nothing: skip the rowid bookkeeping for them.
    const rowidBefore = work.readOnly ? 0 : (this.lastRowid.get() as number);
    const results: StatementResult[] = [];
    let lastWithRows: StatementResult | null = null;
    let rowsAffected = 0;
    let inserted = false;
    let index = 0;
    try {
      for (; index < work.statements.length; index++) {
        const result = this.runStatement(work.statements[index]!, keywords[index]!, work);
        rowsAffected += result.changes;
        inserted ||= result.changes > 0 && (keywords[index] === 'INSERT' || keywords[index] === 'REPLACE');
        if (work.keep === 'all') results.push(result);
        else if (result.rows !== null || index === work.statements.length - 1) lastWithRows = result.rows !== null || lastWithRows === null ? result : lastWithRows;
      }
    } catch (error) {
      throw Object.assign(error as object, { statementIndex: index });
    }
    if (work.keep === 'last' && lastWithRows) results.push(lastWithRows);
    const rowidAfter = work.readOnly ? 0 : (this.lastRowid.get() as number);
    return {
      type: 'execute',
      results,
      rowsAffected,
      lastInsertRowid: !work.readOnly && (inserted || rowidAfter !== rowidBefore) ? rowidAfter : null,
      statements: work.statements.length,
      schemaChanged: schemaChanging,
      commit: null,
      elapsedMs: performance.now() - started,
    };
  }

  /** One statement that only reads needs no transaction of its own. */
  private isSingleRead(work: ExecuteWork): boolean {
    return work.statements.length === 1 && this.prepare(work.statements[0]!.sql).readonly;
  }

  private runStatement(statement: Statement, keyword: string, work: ExecuteWork): StatementResult {
    const prepared = this.prepare(statement.sql);
    if (work.readOnly && !prepared.readonly) throw new ExecutorError('READ_ONLY', 'the statement would write, and only reads are allowed here');
    // SQLite refuses to drop a column a trigger mentions: lift the capture triggers for ALTER,
    // they come back (matching the new columns) right after it.
    if (keyword === 'ALTER') this.dropCaptureTriggers();
    const params = toBindableParams(statement.params);
    let result: StatementResult;
    if (prepared.reader) {
      prepared.raw(work.rowMode === 'array');
      const columns = this.columns(prepared);
      const rows: unknown[] = [];
      let seen = 0;
      let truncated = false;
      const writes = !prepared.readonly;
      for (const row of prepared.iterate(...params) as IterableIterator<Record<string, unknown> | unknown[]>) {
        seen += 1;
        if (rows.length < work.maxRows) rows.push(fromStoredRow(row));
        else {
          truncated = true;
          // A write (… RETURNING) must run to the end; a read can stop here.
          if (!writes) break;
        }
      }
      result = { columns, rows, truncated, changes: writes ? seen : 0 };
    } else {
      const info = prepared.run(...params);
      result = { columns: null, rows: null, truncated: false, changes: info.changes };
    }
    if (SCHEMA_KEYWORDS.has(keyword)) {
      // In the log with the rows it wrote around it, so that replay can redo it in its place.
      this.recordSchemaChange.run(statement.sql, work.username);
      syncChangeTriggers(this.db);
    }
    return result;
  }

  /** Result columns of a prepared statement (the same for as long as it stays prepared). */
  private columns(prepared: Database.Statement): ResultColumn[] {
    let columns = this.columnsOf.get(prepared);
    if (!columns) {
      columns = prepared.columns().map((column): ResultColumn => ({ name: column.name, type: column.type, table: column.table }));
      this.columnsOf.set(prepared, columns);
    }
    return columns;
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (statement) {
      // Refresh its place in the LRU order.
      this.cache.delete(sql);
    } else {
      statement = this.db.prepare(sql);
      if (this.cache.size >= 512) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(sql, statement);
    return statement;
  }

  /** Undoes a failed request and describes the failure for the main thread. */
  private undoRequest(error: StatementError, inTransaction: boolean): WorkerError {
    const described = describeError(error);
    described.statementIndex = error.statementIndex;
    if (inTransaction) {
      if (this.db.inTransaction) {
        this.db.exec(`ROLLBACK TO ${REQUEST_SAVEPOINT}`);
        this.db.exec(`RELEASE ${REQUEST_SAVEPOINT}`);
      } else {
        // SQLite rolled the whole transaction back (an interrupted write, a full disk, ...).
        this.transaction = null;
        described.transactionAborted = true;
      }
    } else if (this.db.inTransaction) this.db.exec('ROLLBACK');
    return described;
  }

  // --- commits and transactions -------------------------------------------------------------

  /**
   * The commit protocol: a write transaction that changed rows or the schema gets the next SCN,
   * recorded with the commit; the triggers already stamped its row changes with that SCN.
   */
  private commit(transactionId: string | null, schemaChanged: boolean): CommitInfo | null {
    const record = this.recordCommit(transactionId, schemaChanged);
    this.db.exec('COMMIT');
    return record && this.withChanges(record);
  }

  /** Records the commit of the work done since the last record, if it changed anything: that is its SCN. */
  private recordCommit(transactionId: string | null, schemaChanged: boolean): CommitRecord | null {
    const scn = this.nextScn.get() as number;
    const rowChanges = this.countChanges.get(scn) as number;
    if (rowChanges === 0 && !schemaChanged) return null;
    const committedAt = new Date().toISOString();
    this.insertCommit.run(scn, transactionId, committedAt, rowChanges, schemaChanged ? 1 : 0);
    // From the schema log, as a reader of the log later finds it (DDL undone by a rollback to a savepoint is not there).
    const ddl = schemaChanged ? ddlOf(this.schemaChangesOf.all(scn, scn) as SchemaChangeRow[]).get(scn) : undefined;
    return { scn, transactionId, committedAt, rowChanges, schemaChanged, ddl };
  }

  /** The record with its changes, read back after COMMIT when there are few enough to send along. */
  private withChanges(record: CommitRecord): CommitInfo {
    const changes = record.rowChanges <= this.inlineChangeLimit ? (this.changesOfScn.all(record.scn) as ChangeRow[]).map(toChangeRecord) : null;
    return { ...record, changes };
  }

  private transactionWork(work: TransactionWork): CommitInfo | null {
    switch (work.type) {
      case 'begin':
        if (this.transaction) throw new ExecutorError('CONFLICT', 'this session already has a transaction');
        this.db.exec(`BEGIN ${work.mode.toUpperCase()}`);
        this.transaction = { id: work.transactionId, schemaChanged: false };
        return null;
      case 'commit': {
        const transaction = this.requireTransaction();
        this.transaction = null;
        try {
          return this.commit(transaction.id, transaction.schemaChanged);
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw describeError(error);
        }
      }
      case 'rollback':
        this.transaction = null;
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        return null;
      case 'savepoint':
        this.requireTransaction();
        this.db.exec(`SAVEPOINT ${quoteIdentifier(work.name)}`);
        return null;
      case 'release':
        this.requireTransaction();
        this.db.exec(`RELEASE ${quoteIdentifier(work.name)}`);
        return null;
      case 'rollback-to':
        this.requireTransaction();
        this.db.exec(`ROLLBACK TO ${quoteIdentifier(work.name)}`);
        return null;
    }
  }

  private requireTransaction(): OpenTransaction {
    if (!this.transaction || !this.db.inTransaction) {
      this.transaction = null;
      throw new ExecutorError('TRANSACTION_NOT_ACTIVE', 'the transaction is no longer open');
    }
    return this.transaction;
  }

  private dropCaptureTriggers(): void {
    const names = (this.db.prepare(CAPTURE_TRIGGERS_SQL).all() as Array<{ name: string }>).map((trigger) => trigger.name);
    for (const name of names) this.db.exec(`DROP TRIGGER ${quoteIdentifier(name)}`);
  }

  // --- plans, change log, streams -----------------------------------------------------------

  private explain(statement: Statement): QueryPlanRow[] {
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...toBindableParams(statement.params)) as Array<{ id: number; parent: number; detail: string }>;
    return rows.map((row) => ({ id: row.id, parent: row.parent, detail: row.detail }));
  }

  private readChanges(work: ReadChangesWork): WorkResult {
    const rows = this.db
      .prepare('SELECT scn, transaction_id, committed_at, row_changes, schema_changed FROM _strata_commits WHERE scn > ? AND scn <= ? ORDER BY scn')
      .all(work.afterScn, work.throughScn) as Array<{ scn: number; transaction_id: string | null; committed_at: string; row_changes: number; schema_changed: number }>;
    const ddl = rows.some((commit) => commit.schema_changed === 1) ? ddlOf(this.schemaChangesOf.all(work.afterScn + 1, work.throughScn) as SchemaChangeRow[]) : new Map<number, DdlStatement[]>();
    const commits = rows.map((commit) => ({
      scn: commit.scn,
      transactionId: commit.transaction_id,
      committedAt: commit.committed_at,
      rowChanges: commit.row_changes,
      schemaChanged: commit.schema_changed === 1,
      ddl: ddl.get(commit.scn),
    }));
    const changes = (
      this.db.prepare('SELECT * FROM _strata_changes WHERE scn > ? AND scn <= ? AND id > ? ORDER BY id LIMIT ?').all(work.afterScn, work.throughScn, work.afterChangeId, work.limit) as ChangeRow[]
    ).map(toChangeRecord);
    return { type: 'read-changes', commits, changes };
  }

  openStream(statement: Statement, batchSize: number): ResultColumn[] {
    if (this.stream) throw new ExecutorError('CONFLICT', 'a stream is already open on this session');
    const prepared = this.prepare(statement.sql);
    if (!prepared.reader || !prepared.readonly) throw new ExecutorError('READ_ONLY', 'only a statement that reads and returns rows can be streamed');
    prepared.raw(false);
    const columns = this.columns(prepared);
    this.stream = { iterator: prepared.iterate(...toBindableParams(statement.params)) as IterableIterator<unknown>, batchSize };
    return columns;
  }

  /** The next batch of the open stream; done when the result is exhausted (the stream is then closed). */
  nextBatch(): { rows: unknown[]; done: boolean } {
    const stream = this.stream;
    if (!stream) throw new ExecutorError('CONFLICT', 'no stream is open');
    const rows: unknown[] = [];
    try {
      while (rows.length < stream.batchSize) {
        const step = stream.iterator.next();
        if (step.done) {
          this.stream = null;
          return { rows, done: true };
        }
        rows.push(fromStoredRow(step.value as Record<string, unknown>));
      }
    } catch (error) {
      this.closeStream();
      throw describeError(error);
    }
    return { rows, done: false };
  }

  closeStream(): void {
    this.stream?.iterator.return?.();
    this.stream = null;
  }

  /** Leaves the connection as a new session would find it. */
  reset(): void {
    this.closeStream();
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.transaction = null;
  }
}

interface SchemaChangeRow {
  scn: number;
  sql: string;
  username: string | null;
}

/**
 * The DDL of each commit in the schema log's rows, in the order it ran, on objects that are not
 * the engine's own. A schema-changing commit without rows predates the schema log: it has none
 * (undefined), not an empty list.
 */
function ddlOf(rows: SchemaChangeRow[]): Map<number, DdlStatement[]> {
  const byScn = new Map<number, DdlStatement[]>();
  for (const row of rows) {
    const statements = byScn.get(row.scn) ?? [];
    byScn.set(row.scn, statements);
    const described = describeDdl(row.sql);
    if (described && !described.objectName.startsWith(INTERNAL_PREFIX)) statements.push({ ...described, username: row.username });
  }
  return byScn;
}

function firstKeyword(sql: string): string {
  return /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
}

function toChangeRecord(row: ChangeRow): ChangeRecord {
  return {
    id: row.id,
    scn: row.scn,
    table: row.table_name,
    operation: row.operation,
    rowId: row.row_id,
    oldRow: row.old_row === null ? null : (JSON.parse(row.old_row) as RowData),
    newRow: row.new_row === null ? null : (JSON.parse(row.new_row) as RowData),
    changedAt: row.changed_at,
  };
}

export function describeError(error: unknown): WorkerError {
  if (error instanceof ExecutorError) return { code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return { code, message: error.message };
    // better-sqlite3 reports bad parameters as RangeError or TypeError.
    if (error instanceof RangeError || error instanceof TypeError) return { code: 'BIND_ERROR', message: error.message };
    return { code: 'INTERNAL', message: error.message };
  }
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) return error as WorkerError;
  return { code: 'INTERNAL', message: String(error) };
}
