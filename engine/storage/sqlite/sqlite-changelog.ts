// The SCN and the change log, kept by SQLite itself: every user table carries three triggers
// that copy each row change into _strata_changes within the writing transaction, so a change
// is logged exactly when it commits. The commit protocol (sqlite-executor) then records the
// commit in _strata_commits; its SCN is max(scn) + 1, which only one writer can see at a time.
import type Database from 'better-sqlite3';
import { quoteIdentifier, quoteLiteral } from '../sql/identifiers.js';

export const INTERNAL_PREFIX = '_strata_';

/**
 * Triggers other modules keep on user tables (the guards of blockchain tables). Change capture
 * leaves them alone: they mention no column, so ALTER TABLE works with them in place.
 */
export const GUARD_TRIGGER_PREFIX = '_strata_guard_';

/** The guard triggers of a schema (`main`, or an attached one), with their tables. */
export function guardTriggersSql(schema: string): string {
  return `SELECT name, tbl_name AS tableName, sql FROM ${schema}.sqlite_schema WHERE type = 'trigger' AND name LIKE '\\_strata\\_guard\\_%' ESCAPE '\\'`;
}

/** The change-capture triggers: every _strata_ trigger but the guards. */
export const CAPTURE_TRIGGERS_SQL = `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '\\_strata\\_%' ESCAPE '\\' AND name NOT LIKE '\\_strata\\_guard\\_%' ESCAPE '\\'`;

/**
 * The schema changes of the log: each DDL statement a commit ran, in order, with the position
 * among its row changes (`after_change`: the id of the last row change logged before it), so
 * that replay (incremental backups, PITR) can redo the schema and the rows in the order they
 * happened, and who ran it (`username`, null for the engine's own work). Used with IF NOT EXISTS
 * by databases and backup files made before it existed.
 */
export const SCHEMA_CHANGES_TABLE_SQL = `CREATE TABLE IF NOT EXISTS _strata_schema_changes (
  id INTEGER PRIMARY KEY,
  scn INTEGER NOT NULL,
  after_change INTEGER NOT NULL,
  sql TEXT NOT NULL,
  username TEXT
)`;

/** Whether a schema's log records who ran each DDL statement: files made before it was recorded do not. */
function schemaLogHasUsername(db: Database.Database, schema: string): boolean {
  return (db.prepare("SELECT count(*) FROM pragma_table_info('_strata_schema_changes', ?) WHERE name = 'username'").pluck().get(schema) as number) > 0;
}

/** Gives the schema log of a database made before `username` was recorded its column (its earlier DDL keeps null). */
export function upgradeSchemaLog(db: Database.Database, schema: string): void {
  if (!schemaLogHasUsername(db, schema)) db.exec(`ALTER TABLE ${schema}._strata_schema_changes ADD COLUMN username TEXT`);
}

/** Copies the schema log's records of commits (afterScn, throughScn] from one attached schema to another (upgraded) one. */
export function copySchemaLog(db: Database.Database, from: string, to: string, afterScn: number, throughScn: number): void {
  const username = schemaLogHasUsername(db, from) ? 'username' : 'NULL';
  db.prepare(`INSERT INTO ${to}._strata_schema_changes (id, scn, after_change, sql, username)
    SELECT id, scn, after_change, sql, ${username} FROM ${from}._strata_schema_changes WHERE scn > ? AND scn <= ?`).run(afterScn, throughScn);
}

export const INTERNAL_SCHEMA = `
CREATE TABLE IF NOT EXISTS _strata_commits (
  scn INTEGER PRIMARY KEY,
  transaction_id TEXT,
  committed_at TEXT NOT NULL,
  row_changes INTEGER NOT NULL,
  schema_changed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS _strata_changes (
  id INTEGER PRIMARY KEY,
  scn INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
  row_id TEXT NOT NULL,
  old_row TEXT,
  new_row TEXT,
  changed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS _strata_changes_by_scn ON _strata_changes (scn);
${SCHEMA_CHANGES_TABLE_SQL};
CREATE INDEX IF NOT EXISTS _strata_schema_changes_by_scn ON _strata_schema_changes (scn);
-- Flashback: resolving a time to an SCN, and the restore points (named SCNs; guaranteed ones hold back the purge).
CREATE INDEX IF NOT EXISTS _strata_commits_by_time ON _strata_commits (committed_at);
CREATE TABLE IF NOT EXISTS _strata_restore_points (
  name TEXT PRIMARY KEY,
  scn INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  guaranteed INTEGER NOT NULL
);
`;

/** The SCN the running write transaction will commit with. */
export const NEXT_SCN_SQL = 'SELECT coalesce(max(scn), 0) + 1 FROM _strata_commits';

const NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** SQLite caps function arguments; build row JSON in chunks of this many columns. */
const COLUMNS_PER_CALL = 60;

interface CapturedTable {
  name: string;
  columns: string[];
  primaryKey: string[];
}

/** The triggers a table needs, by trigger name. */
export function triggersFor(table: CapturedTable): Map<string, string> {
  const name = quoteIdentifier(table.name);
  const triggers = new Map<string, string>();
  const insert = (operation: string, rowId: string, oldRow: string, newRow: string): string =>
    `INSERT INTO _strata_changes (scn, table_name, operation, row_id, old_row, new_row, changed_at) VALUES ((${NEXT_SCN_SQL}), ${quoteLiteral(table.name)}, '${operation}', ${rowId}, ${oldRow}, ${newRow}, ${NOW_SQL})`;
  const trigger = (suffix: string, event: string, body: string): void => {
    const triggerName = `${INTERNAL_PREFIX}${suffix}_${table.name}`;
    triggers.set(triggerName, `CREATE TRIGGER ${quoteIdentifier(triggerName)} AFTER ${event} ON ${name} BEGIN ${body}; END`);
  };
  trigger('insert', 'INSERT', insert('INSERT', rowIdOf(table, 'NEW'), 'NULL', rowJson(table.columns, 'NEW')));
  trigger('update', 'UPDATE', insert('UPDATE', rowIdOf(table, 'NEW'), rowJson(table.columns, 'OLD'), rowJson(table.columns, 'NEW')));
  trigger('delete', 'DELETE', insert('DELETE', rowIdOf(table, 'OLD'), rowJson(table.columns, 'OLD'), 'NULL'));
  return triggers;
}

/** The row id as the API shows it: the key value, a JSON array for composite keys, else the rowid. */
function rowIdOf(table: CapturedTable, row: 'NEW' | 'OLD'): string {
  if (table.primaryKey.length === 1) return `${row}.${quoteIdentifier(table.primaryKey[0]!)}`;
  if (table.primaryKey.length > 1) return `json_array(${table.primaryKey.map((column) => `${row}.${quoteIdentifier(column)}`).join(', ')})`;
  return `${row}.rowid`;
}

function rowJson(columns: string[], row: 'NEW' | 'OLD'): string {
  const value = (column: string): string => {
    const reference = `${row}.${quoteIdentifier(column)}`;
    return `CASE WHEN typeof(${reference}) = 'blob' THEN json_object('$hex', lower(hex(${reference}))) ELSE ${reference} END`;
  };
  let json = '';
  for (let start = 0; start < columns.length; start += COLUMNS_PER_CALL) {
    const chunk = columns.slice(start, start + COLUMNS_PER_CALL);
    json =
      start === 0
        ? `json_object(${chunk.map((column) => `${quoteLiteral(column)}, ${value(column)}`).join(', ')})`
        : `json_set(${json}, ${chunk.map((column) => `${quoteLiteral(`$.${JSON.stringify(column)}`)}, ${value(column)}`).join(', ')})`;
  }
  return json === '' ? "json_object()" : json;
}

/**
 * Makes the change-capture triggers match the schema: creates missing ones, replaces stale ones
 * (after ALTER TABLE) and drops those of renamed tables. Runs inside the transaction that
 * changed the schema, so no change slips through between DDL and trigger.
 */
export function syncChangeTriggers(db: Database.Database): void {
  const expected = new Map<string, string>();
  const tables = db
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_strata\\_%' ESCAPE '\\'`)
    .all() as Array<{ name: string }>;
  for (const table of tables) {
    const columns = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table.name) as Array<{ name: string; pk: number }>;
    const primaryKey = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    for (const [name, sql] of triggersFor({ name: table.name, columns: columns.map((column) => column.name), primaryKey })) {
      expected.set(name, sql);
    }
  }
  const existing = db.prepare(CAPTURE_TRIGGERS_SQL).all() as Array<{ name: string; sql: string }>;
  for (const trigger of existing) {
    if (expected.get(trigger.name) === trigger.sql) expected.delete(trigger.name);
    else db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
  }
  for (const sql of expected.values()) db.exec(sql);
}
