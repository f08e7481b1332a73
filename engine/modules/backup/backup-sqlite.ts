// The SQLite side of backups, synchronous (better-sqlite3): snapshots, change-log slices,
// content summaries, change-log replay and applying a restored database in place. It runs on a
// worker thread (backup-worker.ts) so that a long copy never stalls the server's event loop.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { EngineError } from '../../errors.js';
import { quoteIdentifier, quoteLiteral } from '../../storage/sql/identifiers.js';
import { SCHEMA_CHANGES_TABLE_SQL, copySchemaLog, guardTriggersSql, syncChangeTriggers, upgradeSchemaLog } from '../../storage/sqlite/sqlite-changelog.js';

/** Reports work done so far, in the unit of the operation (bytes, changes). */
export type Progress = (done: number, total: number) => void;

export interface TableSummary {
  name: string;
  rows: number;
  /** SHA-256 over the table's definition and its rows in key order, each value with its SQLite type. */
  sha256: string;
}

export interface ContentSummary {
  /** The SCN of the latest commit the content includes. */
  scn: number;
  committedAt: string | null;
  tables: TableSummary[];
  /** SHA-256 over every user object's definition and every table's hash. */
  contentHash: string;
}

export interface SliceResult extends ContentSummary {
  fromScn: number;
  commits: number;
  rowChanges: number;
}

export interface CheckResult {
  /** PRAGMA integrity_check and foreign_key_check findings; empty when sound. */
  problems: string[];
  summary: ContentSummary;
}

const BUSY_TIMEOUT_MS = 5000;
/** Names of the server's own objects: the change log, its triggers, SQLite's internals. */
const INTERNAL_NAME = `(name LIKE 'sqlite\\_%' ESCAPE '\\' OR name LIKE '\\_strata\\_%' ESCAPE '\\')`;
const LOG_SCHEMA = `
CREATE TABLE _strata_commits (scn INTEGER PRIMARY KEY, transaction_id TEXT, committed_at TEXT NOT NULL, row_changes INTEGER NOT NULL, schema_changed INTEGER NOT NULL);
CREATE TABLE _strata_changes (id INTEGER PRIMARY KEY, scn INTEGER NOT NULL, table_name TEXT NOT NULL, operation TEXT NOT NULL, row_id TEXT NOT NULL, old_row TEXT, new_row TEXT, changed_at TEXT NOT NULL);
${SCHEMA_CHANGES_TABLE_SQL};
`;

/** Runs work on a connection of its own to a file, closed whatever happens. */
function withFile<T>(file: string, options: Database.Options, work: (db: Database.Database) => T): T {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, ...options });
  try {
    // Replay and in-place restores write rows as they were: constraints were checked when they were first written.
    db.pragma('foreign_keys = OFF');
    return work(db);
  } finally {
    db.close();
  }
}

/** A consistent copy of a live database: VACUUM INTO reads one snapshot while writes go on. */
export function snapshot(liveFile: string, targetFile: string): void {
  return withFile(liveFile, {}, (live) => {
    live.prepare('VACUUM INTO ?').run(targetFile);
  });
}

/** The content summary of a database file (a snapshot just taken), read only. */
export function summarizeFile(file: string): ContentSummary {
  return withFile(file, { readonly: true }, summarize);
}

/** What the live file's pages amount to, to measure a snapshot's progress by the size of its file. */
export function expectedBytes(liveFile: string): number {
  return withFile(liveFile, { readonly: true }, fileBytes);
}

function fileBytes(db: Database.Database): number {
  const pages = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
  return pages * (db.pragma('page_size', { simple: true }) as number);
}

/**
 * The change log after `afterScn`, copied into a new file (an incremental backup), with a
 * summary of the live content at the same SCN, all read from one snapshot. Refuses when the log
 * no longer holds every commit since, or when the schema changed: replay cannot redo DDL.
 */
export function changeSlice(liveFile: string, targetFile: string, afterScn: number): SliceResult {
  return withFile(liveFile, {}, (live) => {
    live.prepare('ATTACH DATABASE ? AS slice').run(targetFile);
    live.exec(LOG_SCHEMA.replaceAll(/CREATE TABLE (IF NOT EXISTS )?_strata_/g, 'CREATE TABLE $1slice._strata_'));
    return live.transaction(() => {
      const summary = summarize(live);
      checkLogReaches(live, 'main', afterScn, summary.scn);
      live.prepare('INSERT INTO slice._strata_commits SELECT * FROM main._strata_commits WHERE scn > ? AND scn <= ?').run(afterScn, summary.scn);
      const { changes } = live.prepare('INSERT INTO slice._strata_changes SELECT * FROM main._strata_changes WHERE scn > ? AND scn <= ?').run(afterScn, summary.scn);
      copySchemaLog(live, 'main', 'slice', afterScn, summary.scn);
      return { ...summary, fromScn: afterScn, commits: summary.scn - afterScn, rowChanges: changes };
    })();
  });
}

/**
 * Refuses a replay of (afterScn, throughScn] that the log cannot do faithfully: SCNs are
 * consecutive, so every one of them must be there with all its row changes; a commit that
 * changed the schema must have its DDL in the log (an in-place restore, or a change made before
 * the log recorded DDL, has none); and DDL of Strata's own objects (a blockchain table's guards,
 * whose chain is not in the log) cannot be redone.
 */
function checkLogReaches(db: Database.Database, schema: string, afterScn: number, throughScn: number): void {
  const log = db
    .prepare(`SELECT count(*) AS commits, coalesce(sum(row_changes), 0) AS declared,
      (SELECT count(*) FROM ${schema}._strata_changes WHERE scn > @after AND scn <= @through) AS logged
      FROM ${schema}._strata_commits WHERE scn > @after AND scn <= @through`)
    .get({ after: afterScn, through: throughScn }) as { commits: number; declared: number; logged: number };
  if (log.commits !== throughScn - afterScn || log.declared !== log.logged) {
    throw new EngineError('CONFLICT', `the change log no longer holds every commit from SCN ${afterScn + 1} to ${throughScn} (retention purged them); take a full backup`);
  }
  const schemaLog = hasSchemaLog(db, schema);
  const unrecorded = db
    .prepare(`SELECT min(scn) FROM ${schema}._strata_commits c WHERE scn > @after AND scn <= @through AND schema_changed = 1
      ${schemaLog ? `AND NOT EXISTS (SELECT 1 FROM ${schema}._strata_schema_changes s WHERE s.scn = c.scn)` : ''}`)
    .pluck()
    .get({ after: afterScn, through: throughScn }) as number | null;
  if (unrecorded !== null) {
    throw new EngineError('CONFLICT', `SCN ${unrecorded} changed the schema without a record of its DDL in the change log (an in-place restore, or a change from before DDL was logged), so replay cannot redo it; take a full backup after it, or choose a point before it`);
  }
  const internal = schemaLog
    ? (db.prepare(`SELECT min(scn) FROM ${schema}._strata_schema_changes WHERE scn > ? AND scn <= ? AND sql LIKE '%\\_strata\\_%' ESCAPE '\\'`).pluck().get(afterScn, throughScn) as number | null)
    : null;
  if (internal !== null) {
    throw new EngineError('CONFLICT', `SCN ${internal} changed Strata's own objects (such as a blockchain table's guards), which replaying the change log cannot redo; take a full backup after it, or choose a point before it`);
  }
}

/** Backup files made before DDL was logged have no _strata_schema_changes (and no DDL to replay). */
function hasSchemaLog(db: Database.Database, schema: string): boolean {
  return db.prepare(`SELECT 1 FROM ${schema}.sqlite_schema WHERE name = '_strata_schema_changes'`).get() !== undefined;
}

/** Integrity checks and a content summary of a database file (a restored backup). */
export function check(file: string): CheckResult {
  return withFile(file, { readonly: true }, (db) => {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).filter((line) => line !== 'ok');
    const foreignKeys = (db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>).map(
      (row) => `row ${row.rowid} of ${row.table} refers to a missing row of ${row.parent}`,
    );
    return { problems: [...integrity, ...foreignKeys], summary: summarize(db) };
  });
}

/** Counts and hashes every user table; the same content gives the same hashes, whatever the file layout. */
export function summarize(db: Database.Database): ContentSummary {
  const latest = db.prepare('SELECT scn, committed_at AS committedAt FROM _strata_commits ORDER BY scn DESC LIMIT 1').get() as { scn: number; committedAt: string } | undefined;
  const objects = db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE NOT ${INTERNAL_NAME} AND sql IS NOT NULL ORDER BY type, name`).all() as Array<{ type: string; name: string; sql: string }>;
  const whole = createHash('sha256');
  const tables: TableSummary[] = [];
  for (const object of objects) {
    whole.update(`${object.type}\u001f${object.name}\u001f${object.sql}\u001e`);
    if (object.type !== 'table') continue;
    const table = summarizeTable(db, object.name, object.sql);
    whole.update(`${table.sha256}\u001e`);
    tables.push(table);
  }
  return { scn: latest?.scn ?? 0, committedAt: latest?.committedAt ?? null, tables, contentHash: whole.digest('hex') };
}

function summarizeTable(db: Database.Database, name: string, sql: string): TableSummary {
  const shape = tableShape(db, name);
  const order = shape.primaryKey.length > 0 ? shape.primaryKey.map(quoteIdentifier).join(', ') : 'rowid';
  const hash = createHash('sha256').update(`${name}\u001f${sql}\u001e`);
  let rows = 0;
  // The same bytes as hashing row by row, gathered into chunks: one hash call (and no array of
  // strings) per ~64 KiB instead of two calls and two arrays per row.
  let chunk = '';
  const select = db.prepare(`SELECT ${shape.columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(name)} ORDER BY ${order}`).raw().safeIntegers();
  for (const row of select.iterate() as Iterable<unknown[]>) {
    for (let index = 0; index < row.length; index++) chunk += index === 0 ? serializeValue(row[index]) : `\u001f${serializeValue(row[index])}`;
    chunk += '\u001e';
    if (chunk.length >= HASH_CHUNK) {
      hash.update(chunk);
      chunk = '';
    }
    rows += 1;
  }
  hash.update(chunk);
  return { name, rows, sha256: hash.digest('hex') };
}

const HASH_CHUNK = 64 * 1024;

/** A value with its SQLite storage class, so 1, 1.0, '1' and x'01' all differ. */
function serializeValue(value: unknown): string {
  if (value === null) return 'n';
  if (typeof value === 'bigint') return `i${value}`;
  if (typeof value === 'number') return `r${value}`;
  if (typeof value === 'string') return `s${value}`;
  return `b${(value as Buffer).toString('hex')}`;
}

interface TableShape {
  columns: string[];
  primaryKey: string[];
}

function tableShape(db: Database.Database, table: string): TableShape {
  const columns = db.prepare('SELECT name, pk FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid').all(table) as Array<{ name: string; pk: number }>;
  return {
    columns: columns.map((column) => column.name),
    primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
  };
}

/**
 * Replays the change log of `sourceFile` (a live database or an incremental backup) over
 * (afterScn, throughScn] onto the database in `targetFile`, and appends those commits to its own
 * log, so the result is the database as it was at throughScn. Each commit is applied by its net
 * effect (rows as they were before it go, rows as they are after it come), so a commit that
 * shuffled unique keys replays without tripping over them. Refuses what the log cannot redo.
 */
export function replay(targetFile: string, sourceFile: string, afterScn: number, throughScn: number, progress: Progress): { commits: number; rowChanges: number } {
  return withFile(targetFile, {}, (db) => {
    db.prepare('ATTACH DATABASE ? AS source').run(sourceFile);
    const baseScn = (db.prepare('SELECT coalesce(max(scn), 0) AS scn FROM main._strata_commits').get() as { scn: number }).scn;
    if (baseScn !== afterScn) throw new EngineError('CONFLICT', `the chain is broken: the database is at SCN ${baseScn}, the changes start after SCN ${afterScn}`);
    checkLogReaches(db, 'source', afterScn, throughScn);
    const total = (db.prepare('SELECT count(*) AS n FROM source._strata_changes WHERE scn > ? AND scn <= ?').get(afterScn, throughScn) as { n: number }).n;
    return db.transaction(() => {
      // The change log's own triggers would log the replayed changes a second time, and the
      // guards of blockchain tables would refuse their rows (their chain is not replayed): both
      // are lifted, and put back at the end.
      const guards = db.prepare(guardTriggersSql('main')).all() as GuardTrigger[];
      for (const { name } of db.prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'trigger' AND name LIKE '\\_strata\\_%' ESCAPE '\\'`).all() as Array<{ name: string }>) {
        db.exec(`DROP TRIGGER ${quoteIdentifier(name)}`);
      }
      let applier = new ChangeApplier(db);
      // One commit at a time: better-sqlite3 runs no other statement while one is being iterated.
      const commits = db.prepare('SELECT scn FROM source._strata_commits WHERE scn > ? AND scn <= ? ORDER BY scn').pluck().all(afterScn, throughScn) as number[];
      const changesOf = db.prepare('SELECT id, scn, table_name AS tableName, operation, row_id AS rowId, old_row AS oldRow, new_row AS newRow FROM source._strata_changes WHERE scn = ? ORDER BY id');
      const schemaLog = hasSchemaLog(db, 'source');
      const schemaChangesOf = schemaLog ? db.prepare('SELECT after_change AS afterChange, sql FROM source._strata_schema_changes WHERE scn = ? ORDER BY id') : null;
      let done = 0;
      for (const scn of commits) {
        const changes = changesOf.all(scn) as ChangeRow[];
        // The commit's row changes up to each DDL statement, then the statement, then the rest.
        for (const ddl of (schemaChangesOf?.all(scn) ?? []) as Array<{ afterChange: number; sql: string }>) {
          const before = changes.findIndex((change) => change.id > ddl.afterChange);
          const applied = changes.splice(0, before === -1 ? changes.length : before);
          if (applied.length > 0) applier.applyCommit(applied);
          db.exec(ddl.sql);
          // Tables may have gone, come or changed columns: prepare their statements afresh.
          applier = new ChangeApplier(db);
          done += applied.length;
        }
        if (changes.length > 0) applier.applyCommit(changes);
        done += changes.length;
        progress(done, total);
      }
      progress(total, total);
      db.prepare('INSERT INTO main._strata_commits SELECT * FROM source._strata_commits WHERE scn > ? AND scn <= ?').run(afterScn, throughScn);
      db.prepare('INSERT INTO main._strata_changes SELECT * FROM source._strata_changes WHERE scn > ? AND scn <= ?').run(afterScn, throughScn);
      db.exec(SCHEMA_CHANGES_TABLE_SQL);
      upgradeSchemaLog(db, 'main');
      if (schemaLog) copySchemaLog(db, 'source', 'main', afterScn, throughScn);
      syncChangeTriggers(db);
      restoreGuards(db, guards);
      return { commits: throughScn - afterScn, rowChanges: total };
    }).immediate();
  });
}

interface GuardTrigger {
  name: string;
  tableName: string;
  sql: string;
}

/** Recreates guard triggers (of blockchain tables) whose table is there and which are not. */
function restoreGuards(db: Database.Database, guards: GuardTrigger[]): void {
  const exists = db.prepare("SELECT type FROM main.sqlite_schema WHERE name = ? COLLATE NOCASE").pluck();
  for (const guard of guards) if (exists.get(guard.tableName) === 'table' && exists.get(guard.name) === undefined) db.exec(guard.sql);
}

interface ChangeRow {
  id: number;
  scn: number;
  tableName: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  rowId: string;
  oldRow: string | null;
  newRow: string | null;
}

interface TableStatements {
  /** The row's key as text, from a row image (JSON), exactly as SQLite reads it. */
  key: Database.Statement;
  remove: Database.Statement;
  insert: Database.Statement;
}

/** Applies logged changes to a database with the same schema, by row image. */
class ChangeApplier {
  private readonly statements = new Map<string, TableStatements>();

  constructor(private readonly db: Database.Database) {}

  applyCommit(changes: ChangeRow[]): void {
    // Per row: its image before the commit (if it existed) and after it (if it still exists).
    const rows = new Map<string, { table: string; rowId: string; before: string | null; after: string | null }>();
    for (const change of changes) {
      if (change.oldRow !== null) {
        const key = this.rowKey(change.tableName, change.oldRow, change.rowId);
        const known = rows.get(key);
        if (known) known.after = null;
        else rows.set(key, { table: change.tableName, rowId: change.rowId, before: change.oldRow, after: null });
      }
      if (change.newRow !== null) {
        const key = this.rowKey(change.tableName, change.newRow, change.rowId);
        const known = rows.get(key);
        if (known) known.after = change.newRow;
        else rows.set(key, { table: change.tableName, rowId: change.rowId, before: null, after: change.newRow });
      }
    }
    const scn = changes[0]!.scn;
    for (const row of rows.values()) {
      if (row.before === null) continue;
      if (this.for(row.table).remove.run({ image: row.before, rowId: row.rowId }).changes !== 1) {
        throw new EngineError('CONFLICT', `the change log does not fit the backup: SCN ${scn} changes a row of ${row.table} (${row.rowId}) that is not there`);
      }
    }
    for (const row of rows.values()) {
      if (row.after !== null) this.for(row.table).insert.run({ image: row.after, rowId: row.rowId });
    }
  }

  private rowKey(table: string, image: string, rowId: string): string {
    return `${table}\u001f${this.for(table).key.pluck().get({ image, rowId }) as string}`;
  }

  private for(table: string): TableStatements {
    let statements = this.statements.get(table);
    if (statements) return statements;
    const shape = tableShape(this.db, table);
    if (shape.columns.length === 0) throw new EngineError('CONFLICT', `the change log names table ${table}, which the backup does not have`);
    const name = quoteIdentifier(table);
    const keyed = shape.primaryKey.length > 0;
    const columns = keyed ? shape.columns : ['rowid', ...shape.columns];
    const values = columns.map((column) => (column === 'rowid' ? 'CAST(:rowId AS INTEGER)' : valueFromImage(column)));
    statements = {
      key: this.db.prepare(keyed ? `SELECT json_array(${shape.primaryKey.map(valueFromImage).join(', ')})` : 'SELECT :rowId'),
      remove: this.db.prepare(
        keyed
          ? `DELETE FROM ${name} WHERE ${shape.primaryKey.map((column) => `${quoteIdentifier(column)} IS ${valueFromImage(column)}`).join(' AND ')}`
          : `DELETE FROM ${name} WHERE rowid = CAST(:rowId AS INTEGER)`,
      ),
      insert: this.db.prepare(`INSERT INTO ${name} (${columns.map((column) => (column === 'rowid' ? 'rowid' : quoteIdentifier(column))).join(', ')}) VALUES (${values.join(', ')})`),
    };
    this.statements.set(table, statements);
    return statements;
  }
}

/** A column's value from a row image as the change log writes it (BLOBs as { "$hex": ... }). */
function valueFromImage(column: string): string {
  const path = quoteLiteral(`$.${JSON.stringify(column)}`);
  const hexPath = quoteLiteral(`$.${JSON.stringify(column)}."$hex"`);
  return `CASE json_type(:image, ${path}) WHEN 'object' THEN unhex(json_extract(:image, ${hexPath})) ELSE json_extract(:image, ${path}) END`;
}

/**
 * Makes the live database's content that of `restoredFile`, in one write transaction: other
 * connections see the old content or the new, never a mix, and a crash leaves the old. The live
 * change log stays; the restore is recorded as a commit of its own that changed the schema, so
 * SCNs keep increasing and the change feed tells subscribers. Returns the SCN of that commit.
 * The content is checked against `expectedHash` before the commit.
 */
export function applyInPlace(liveFile: string, restoredFile: string, label: string, expectedHash: string): { scn: number } {
  return withFile(liveFile, {}, (live) => {
    live.prepare('ATTACH DATABASE ? AS restored').run(restoredFile);
    return live.transaction(() => {
      const objects = (schema: string, type: string): Array<{ name: string; sql: string }> =>
        live.prepare(`SELECT name, sql FROM ${schema}.sqlite_schema WHERE type = ? AND NOT ${INTERNAL_NAME} AND sql IS NOT NULL ORDER BY rowid`).all(type) as Array<{ name: string; sql: string }>;
      for (const type of ['view', 'trigger', 'table']) {
        for (const object of objects('main', type)) live.exec(`DROP ${type.toUpperCase()} IF EXISTS main.${quoteIdentifier(object.name)}`);
      }
      for (const table of objects('restored', 'table')) {
        live.exec(table.sql);
        const { columns } = tableShape(live, table.name);
        const withoutRowid = (live.prepare('SELECT wr FROM pragma_table_list WHERE schema = ? AND name = ?').get('main', table.name) as { wr: number }).wr === 1;
        const list = [...(withoutRowid ? [] : ['rowid']), ...columns.map(quoteIdentifier)].join(', ');
        live.exec(`INSERT INTO main.${quoteIdentifier(table.name)} (${list}) SELECT ${list} FROM restored.${quoteIdentifier(table.name)}`);
      }
      if (live.prepare(`SELECT 1 FROM restored.sqlite_schema WHERE name = 'sqlite_sequence'`).get()) {
        live.exec('DELETE FROM main.sqlite_sequence; INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence');
      }
      for (const type of ['index', 'view', 'trigger']) for (const object of objects('restored', type)) live.exec(object.sql);
      syncChangeTriggers(live);
      // Blockchain tables were dropped and recreated with the rest: their guards come back too.
      restoreGuards(live, live.prepare(guardTriggersSql('restored')).all() as GuardTrigger[]);
      const scn = (live.prepare('SELECT coalesce(max(scn), 0) + 1 AS scn FROM _strata_commits').get() as { scn: number }).scn;
      live.prepare("INSERT INTO _strata_commits (scn, transaction_id, committed_at, row_changes, schema_changed) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0, 1)").run(scn, label);
      // Checked before the commit: a mismatch rolls the whole restore back.
      const { contentHash } = summarize(live);
      if (contentHash !== expectedHash) throw new EngineError('INTERNAL', `the database restored in place has content hash ${contentHash}, not the backup's ${expectedHash}; nothing was changed`);
      return { scn };
    }).immediate();
  });
}

/** Prepares a restored file to be served as a database of its own: WAL, as the server opens it. */
export function makeServable(file: string): void {
  return withFile(file, {}, (db) => {
    db.pragma('journal_mode = WAL');
  });
}
