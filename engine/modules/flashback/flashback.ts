// Flashback: time travel by SCN over the change log (engine/storage/sqlite/sqlite-changelog.ts):
// rows as they were, their versions, restoring tables or the whole database to a point,
// reversing a committed transaction, restore points, and the retention of the log.
import { EngineError, invalid, notFound } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database, Executor } from '../../storage/database.js';
import type { Statement } from '../../storage/driver.js';
import type { FilterCondition } from '../../storage/sql/filters.js';
import type { CatalogSnapshot, ChangeOperation, RowData } from '../../storage/types.js';
import { TableShape } from '../data/table-shape.js';
import type { FlashbackEvent, FlashbackOperation } from './events.js';
import { OLDEST_REACHABLE_SCN_SQL, readFirstRows, readRows, readTogether } from './log-reads.js';
import { type PointInTime, type ResolvedPoint, resolvePoint } from './point-in-time.js';
import { HistoryRetention, type PurgeResult } from './retention.js';
import { type CreateRestorePointRequest, type RestorePoint, createRestorePoint, dropRestorePoint, listRestorePoints } from './restore-points.js';
import { type CommitRef, planReversal } from './reversal.js';
import type { Caller } from '../../work/caller.js';
import { filterRows } from './row-filter.js';
import { type TableRestore, restoreStatements, undoStatement } from './row-writes.js';
import { type LoggedChange, type TableRows, changesStatement, idOfImage, projectImage, rowsStatement, sortedRows, stepBack, toLoggedChange, toTableRows } from './table-history.js';

export type { CommitRef, CreateRestorePointRequest, FlashbackEvent, PointInTime, PurgeResult, ResolvedPoint, RestorePoint, TableRestore };

export interface CurrentScn {
  scn: number;
  timestamp: string | null;
}

export interface FlashbackOptions {
  /** How long the change log keeps row versions. */
  retentionSeconds: number;
  onError(error: unknown): void;
}

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 10_000;

export interface FlashbackQueryRequest {
  table: string;
  asOf: PointInTime;
  filter?: FilterCondition[];
  limit?: number;
}

export interface FlashbackRows {
  table: string;
  scn: number;
  committedAt: string | null;
  rows: Array<{ id: string; data: RowData }>;
  /** More rows matched than the limit. */
  truncated: boolean;
}

export interface FlashbackVersionsRequest {
  table: string;
  from: PointInTime;
  to: PointInTime;
  filter?: FilterCondition[];
  limit?: number;
}

export interface RowVersion {
  rowId: string;
  /** The change that made this version; null for a version already there at `from`. */
  operation: ChangeOperation | null;
  /** The commit that made it; null when it was already there at `from`. */
  startScn: number | null;
  /** The commit that replaced or deleted it; null when it was still current at `to` (or is the deletion itself). */
  endScn: number | null;
  transactionId: string | null;
  committedAt: string | null;
  /** The row's columns; for a DELETE, the row as it was deleted. */
  data: RowData;
}

export interface FlashbackVersions {
  table: string;
  fromScn: number;
  toScn: number;
  versions: RowVersion[];
  truncated: boolean;
}

export interface FlashbackTableRequest {
  table: string;
  to: PointInTime;
}

export interface FlashbackResult {
  /** The point restored to. */
  targetScn: number;
  tables: TableRestore[];
  /** Tables whose logged changes could not be restored: they no longer exist. */
  skippedTables: string[];
  rowsChanged: number;
  /** The commit that made the restore; null when nothing had to change. */
  scn: number | null;
  /** Its transaction: flashbackTransaction with this id undoes the restore. */
  transactionId: string;
}

export interface FlashbackTransactionRequest {
  /** The transaction to reverse, by id (interactive transactions) ... */
  transactionId?: string;
  /** ... or by the SCN of its commit (any commit, autocommit writes included). */
  scn?: number;
  /** Also reverse the later commits that changed the same rows. */
  cascade?: boolean;
}

export interface FlashbackTransactionResult {
  /** The commits reversed, oldest first. */
  reversed: CommitRef[];
  rowsChanged: number;
  scn: number | null;
  transactionId: string;
}

export interface FlashbackStats {
  retentionSeconds: number;
  currentScn: number;
  /** The oldest SCN whose state the change log can still rebuild. */
  oldestScn: number;
  /** When the oldest commit the log holds happened; null when it holds none. */
  oldestCommitAt: string | null;
  history: { commits: number; changes: number; bytes: number };
  restorePoints: { normal: number; guaranteed: number };
  /** Operations since the server started. */
  operations: Record<'query' | 'versions' | 'table' | 'database' | 'transaction', number>;
  lastPurge: PurgeResult | null;
}

/** The change log's own tables and indexes, for its size. */
const HISTORY_OBJECTS = ['_strata_changes', '_strata_changes_by_scn', '_strata_commits', '_strata_commits_by_time', '_strata_schema_changes', '_strata_schema_changes_by_scn'];

export class FlashbackModule {
  private readonly retention: HistoryRetention;
  private readonly operations: FlashbackStats['operations'] = { query: 0, versions: 0, table: 0, database: 0, transaction: 0 };

  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    options: FlashbackOptions,
  ) {
    this.retention = new HistoryRetention(database, options.retentionSeconds, (result) => this.record('history_purged', { targetScn: result.oldestScn, rows: result.changes }), options.onError);
    this.retention.start();
  }

  currentScn(): CurrentScn {
    const { scn, committedAt } = this.database.currentScn();
    return { scn, timestamp: committedAt };
  }

  /**
   * The SCN a point in time stands for; refuses the future, what retention purged, and unknown
   * restore points. `pointer` locates the point in the request (for errors), e.g. /body/to.
   */
  resolvePoint(point: PointInTime, pointer = '', caller: Caller | null = null): Promise<ResolvedPoint> {
    return resolvePoint(this.database.executor({ caller }), point, pointer);
  }

  async flashbackQuery(request: FlashbackQueryRequest, caller: Caller | null = null): Promise<FlashbackRows> {
    const limit = checkLimit(request.limit);
    const executor = this.database.executor({ caller });
    const shape = await tableShape(executor, request.table);
    const { point, rows } = await this.rowsAsOf(shape, request.asOf, '/body/asOf', caller);
    const matching = await filterRows(executor, shape, rows, request.filter ?? [], '/body/filter');
    this.record('query', { tables: [shape.name], targetScn: point.scn, rows: Math.min(matching.length, limit) });
    return { table: shape.name, scn: point.scn, committedAt: point.committedAt, rows: matching.slice(0, limit), truncated: matching.length > limit };
  }

  /**
   * A table's rows as they were at a point, in key order: the one as-of read, behind
   * flashbackQuery and the asOf of row reads (DataModule). `pointer` locates the point in the request.
   */
  async rowsAsOf(shape: TableShape, asOf: PointInTime, pointer: string, caller: Caller | null): Promise<{ point: ResolvedPoint; rows: Array<{ id: string; data: RowData }> }> {
    const point = await this.resolvePoint(asOf, pointer, caller);
    const { rows: current, changes } = await readHistory(this.database.executor({ caller }), [shape], shape.name, point.scn, pointer);
    return { point, rows: sortedRows(shape, stepBack(shape, current.get(shape.name)!, changes)) };
  }

  async flashbackVersions(request: FlashbackVersionsRequest, caller: Caller | null = null): Promise<FlashbackVersions> {
    const limit = checkLimit(request.limit);
    const executor = this.database.executor({ caller });
    const shape = await tableShape(executor, request.table);
    const from = await this.resolvePoint(request.from, '/body/from', caller);
    const to = await this.resolvePoint(request.to, '/body/to', caller);
    if (from.scn > to.scn) throw invalid('/body/from', `from (SCN ${from.scn}) is after to (SCN ${to.scn})`);
    const { rows: current, changes } = await readHistory(executor, [shape], shape.name, from.scn, '/body/from');
    const atFrom = stepBack(shape, current.get(shape.name)!, changes);
    const versions = versionsBetween(shape, atFrom, changes.filter((change) => change.scn <= to.scn));
    const matching = await filterRows(executor, shape, versions, request.filter ?? [], '/body/filter');
    this.record('versions', { tables: [shape.name], targetScn: to.scn, rows: Math.min(matching.length, limit) });
    return { table: shape.name, fromScn: from.scn, toScn: to.scn, versions: matching.slice(0, limit), truncated: matching.length > limit };
  }

  /** Restores a table's rows to a point, as a new transaction. */
  async flashbackTable(request: FlashbackTableRequest, caller: Caller | null = null): Promise<FlashbackResult> {
    const point = await this.resolvePoint(request.to, '/body/to', caller);
    await tableShape(this.database.executor({ caller }), request.table);
    return this.restore('table', request.table, point.scn, caller);
  }

  /** Restores every table's rows to a point, as a new transaction; refused while other transactions are open. */
  async flashbackDatabase(request: { to: PointInTime }, caller: Caller | null = null): Promise<FlashbackResult> {
    const open = this.database.transactions.active();
    if (open.length > 0) {
      throw new EngineError('CONFLICT', `${open.length} transaction${open.length === 1 ? ' is' : 's are'} open (${open.map((transaction) => transaction.id).join(', ')}); commit or roll back before flashing back the database`);
    }
    const point = await this.resolvePoint(request.to, '/body/to', caller);
    return this.restore('database', null, point.scn, caller);
  }

  /** Reverses a committed transaction with a compensating one. */
  async flashbackTransaction(request: FlashbackTransactionRequest, caller: Caller | null = null): Promise<FlashbackTransactionResult> {
    const target = await this.findCommit(request, caller);
    const { result, transactionId, scn } = await this.inWriteTransaction(async (executor) => {
      const catalog = await executor.catalog();
      const [changeRecords, oldestRows] = await readTogether(executor, [changesStatement(null, target.scn - 1), { sql: OLDEST_REACHABLE_SCN_SQL }]);
      if ((oldestRows![0] as { scn: number }).scn >= target.scn) throw notFound('commit with SCN', String(target.scn));
      const changes = changeRecords!.map(toLoggedChange);
      const shapes = new Map<string, TableShape>();
      const shapeOf = (name: string): TableShape => {
        const shape = shapes.get(name) ?? shapeIn(catalog, name);
        if (!shape) throw new EngineError('CONFLICT', `the transaction changed table ${JSON.stringify(name)}, which no longer exists`);
        shapes.set(name, shape);
        return shape;
      };
      const plan = planReversal(target.scn, changes, shapeOf, request.cascade === true);
      const undo = plan.changes.toReversed().map((change) => undoStatement(shapeOf(change.table), change));
      await write(executor, undo);
      return { reversed: plan.commits, rowsChanged: undo.length, tables: [...new Set(plan.changes.map((change) => change.table))] };
    }, caller);
    this.record('transaction', { tables: result.tables, targetScn: target.scn, scn, rows: result.rowsChanged });
    return { reversed: result.reversed, rowsChanged: result.rowsChanged, scn, transactionId };
  }

  async restorePoints(caller: Caller | null = null): Promise<RestorePoint[]> {
    return listRestorePoints(this.database.executor({ caller }));
  }

  async createRestorePoint(request: CreateRestorePointRequest, caller: Caller | null = null): Promise<RestorePoint> {
    const point = await createRestorePoint(this.database.executor({ caller }), request);
    this.record('restore_point_created', { targetScn: point.scn, restorePoint: point.name });
    return point;
  }

  async dropRestorePoint(name: string, caller: Caller | null = null): Promise<void> {
    const point = await dropRestorePoint(this.database.executor({ caller }), name);
    this.record('restore_point_dropped', { targetScn: point.scn, restorePoint: point.name });
  }

  async flashbackStats(caller: Caller | null = null): Promise<FlashbackStats> {
    const [counts, size, oldestCommit, oldest] = await readFirstRows(this.database.executor({ caller }), [
      {
        sql: `SELECT (SELECT count(*) FROM _strata_commits) AS commits, (SELECT count(*) FROM _strata_changes) AS changes,
          (SELECT count(*) FROM _strata_restore_points WHERE guaranteed = 0) AS normal, (SELECT count(*) FROM _strata_restore_points WHERE guaranteed = 1) AS guaranteed`,
      },
      { sql: `SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat WHERE name IN (${HISTORY_OBJECTS.map(() => '?').join(', ')})`, params: HISTORY_OBJECTS },
      { sql: 'SELECT committed_at AS committedAt FROM _strata_commits ORDER BY scn LIMIT 1' },
      { sql: OLDEST_REACHABLE_SCN_SQL },
    ]);
    const { commits, changes, normal, guaranteed } = counts as { commits: number; changes: number; normal: number; guaranteed: number };
    return {
      retentionSeconds: this.retention.retentionSeconds,
      currentScn: this.database.currentScn().scn,
      oldestScn: (oldest as { scn: number }).scn,
      oldestCommitAt: (oldestCommit as { committedAt: string } | undefined)?.committedAt ?? null,
      history: { commits, changes, bytes: (size as { bytes: number }).bytes },
      restorePoints: { normal, guaranteed },
      operations: { ...this.operations },
      lastPurge: this.retention.lastPurge,
    };
  }

  /** Purges the change log past retention now (it also runs on its own, every so often). */
  purgeHistory(): Promise<PurgeResult> {
    return this.retention.purge();
  }

  /** Stops the purge timer and waits for a purge under way. */
  close(): Promise<void> {
    return this.retention.stop();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Restores a table (every table, when null) to an SCN in one transaction. */
  private async restore(operation: 'table' | 'database', table: string | null, targetScn: number, caller: Caller | null): Promise<FlashbackResult> {
    const { result, transactionId, scn } = await this.inWriteTransaction(async (executor) => {
      const catalog = await executor.catalog();
      const names = table === null ? catalog.tables.map((each) => each.name) : [table];
      const shapes = names.map((name) => shapeIn(catalog, name) ?? throwNoTable(name));
      const history = await readHistory(executor, shapes, table, targetScn, '/body/to');
      const statements: Statement[] = [];
      const tables: TableRestore[] = [];
      for (const shape of shapes) {
        const changes = history.changes.filter((change) => change.table === shape.name);
        if (changes.length === 0) continue;
        const current = history.rows.get(shape.name)!;
        const target = stepBack(shape, new Map(current), changes);
        const restore = restoreStatements(shape, current, target);
        if (restore.statements.length === 0) continue;
        statements.push(...restore.statements);
        tables.push(restore.counts);
      }
      await write(executor, statements);
      // A database restore reads the changes of every table, those of dropped ones included.
      const skippedTables = [...new Set(history.changes.map((change) => change.table))].filter((name) => !names.includes(name));
      return { tables, skippedTables, rowsChanged: statements.length };
    }, caller);
    this.record(operation, { tables: result.tables.map((restored) => restored.table), targetScn, scn, rows: result.rowsChanged });
    return { targetScn, ...result, scn, transactionId };
  }

  /** Runs work in a transaction of its own that holds the write lock from the start, so what it reads stays true until it commits. */
  private async inWriteTransaction<T>(work: (executor: Executor) => Promise<T>, caller: Caller | null): Promise<{ result: T; transactionId: string; scn: number | null }> {
    const timeoutMs = this.database.statementTimeoutMs;
    const transaction = await this.database.transactions.begin('immediate', undefined, timeoutMs, caller);
    let result: T;
    try {
      const executor = this.database.executor({ transactionId: transaction.id, caller });
      // Restoring one table at a time can break foreign keys in between; they must hold at commit.
      await write(executor, [{ sql: 'PRAGMA defer_foreign_keys = ON' }]);
      result = await work(executor);
    } catch (error) {
      await this.database.transactions.rollback(transaction.id, timeoutMs).catch(() => undefined);
      throw error;
    }
    const committed = await this.database.transactions.commit(transaction.id, timeoutMs);
    return { result, transactionId: transaction.id, scn: committed.scn };
  }

  private async findCommit(request: FlashbackTransactionRequest, caller: Caller | null): Promise<CommitRef> {
    const byId = request.transactionId !== undefined && request.transactionId !== null;
    const byScn = request.scn !== undefined && request.scn !== null;
    if (byId === byScn) throw invalid('/body', 'name the transaction by transactionId or by scn, not both');
    const [commit] = await readRows<CommitRef & { schemaChanged: number; rowChanges: number }>(
      this.database.executor({ caller }),
      `SELECT scn, transaction_id AS transactionId, schema_changed AS schemaChanged, row_changes AS rowChanges FROM _strata_commits WHERE ${byId ? 'transaction_id' : 'scn'} = ?`,
      [byId ? request.transactionId : request.scn],
    );
    const described = byId ? `transaction ${request.transactionId}` : `SCN ${request.scn}`;
    if (!commit) throw new EngineError('NOT_FOUND', `the change log holds no commit of ${described}: it changed nothing, never committed, or was purged by retention`);
    if (commit.schemaChanged === 1) throw new EngineError('CONFLICT', `${described} changed the schema; flashback reverses row changes only`);
    return { scn: commit.scn, transactionId: commit.transactionId };
  }

  private record(operation: FlashbackOperation, event: Partial<Omit<FlashbackEvent, 'operation' | 'at'>>): void {
    if (operation in this.operations) this.operations[operation as keyof FlashbackStats['operations']] += 1;
    this.events.publish('flashback.operation', { operation, tables: [], targetScn: null, scn: null, rows: 0, restorePoint: null, ...event, at: new Date().toISOString() });
  }
}

function checkLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) throw invalid('/body/limit', `limit is 1 to ${MAX_LIMIT}`);
  return value;
}

async function tableShape(executor: Executor, name: string): Promise<TableShape> {
  return shapeIn(await executor.catalog(), name) ?? throwNoTable(name);
}

function shapeIn(catalog: CatalogSnapshot, name: string): TableShape | null {
  const table = catalog.tables.find((candidate) => candidate.name === name);
  return table ? new TableShape(table) : null;
}

function throwNoTable(name: string): never {
  throw notFound('table', name);
}

/**
 * The rows of some tables now and the logged changes after an SCN (of one table, or of all when
 * null), from one snapshot. Refuses an SCN the log no longer reaches (a purge may have run since
 * the point was resolved).
 */
async function readHistory(executor: Executor, shapes: TableShape[], changesOf: string | null, afterScn: number, pointer: string): Promise<{ rows: Map<string, TableRows>; changes: LoggedChange[] }> {
  const [oldestRows, changeRecords, ...tableRecords] = await readTogether(executor, [{ sql: OLDEST_REACHABLE_SCN_SQL }, changesStatement(changesOf, afterScn), ...shapes.map(rowsStatement)]);
  const oldest = (oldestRows![0] as { scn: number }).scn;
  if (afterScn < oldest) throw invalid(pointer, `SCN ${afterScn} is beyond the retention of the change log: the oldest reachable SCN is ${oldest}`);
  const rows = new Map(shapes.map((shape, index) => [shape.name, toTableRows(shape, tableRecords[index]!)]));
  return { rows, changes: changeRecords!.map(toLoggedChange) };
}

/** Every version from the rows at `from` through the changes after it (oldest first). */
function versionsBetween(shape: TableShape, atFrom: TableRows, changes: LoggedChange[]): RowVersion[] {
  const versions: RowVersion[] = [];
  const current = new Map<string, RowVersion>();
  for (const { id, data } of sortedRows(shape, atFrom)) {
    const version: RowVersion = { rowId: id, operation: null, startScn: null, endScn: null, transactionId: null, committedAt: null, data };
    versions.push(version);
    current.set(id, version);
  }
  for (const change of changes) {
    if (change.oldRow !== null) {
      const replacedId = idOfImage(shape, change.oldRow, change.rowId);
      const replaced = current.get(replacedId);
      if (replaced) replaced.endScn = change.scn;
      current.delete(replacedId);
    }
    const version: RowVersion = {
      rowId: change.rowId,
      operation: change.operation,
      startScn: change.scn,
      endScn: null,
      transactionId: change.transactionId,
      committedAt: change.committedAt,
      data: projectImage(shape, (change.newRow ?? change.oldRow)!),
    };
    versions.push(version);
    if (change.operation !== 'DELETE') current.set(change.rowId, version);
  }
  return versions;
}

async function write(executor: Executor, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  await executor.execute({ statements, readOnly: false, maxRows: 0, rowMode: 'object', keep: 'last', atomicity: 'transaction' });
}
