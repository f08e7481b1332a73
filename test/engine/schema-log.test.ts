// The schema log records who ran each DDL statement, for schema.changed and the schemaChanges
// subscription, live and read back from the log; databases and backup files made before it did
// keep working: their earlier DDL has no name.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SchemaChangedEvent } from '../../engine/events/bus.js';
import { SCHEMA_CHANGES_TABLE_SQL, copySchemaLog, upgradeSchemaLog } from '../../engine/storage/sqlite/sqlite-changelog.js';
import { callerNamed } from '../helpers/caller.js';
import { openTestEngine } from '../helpers/engine.js';

/** The schema log as Strata wrote it before it recorded names. */
const OLD_SCHEMA_LOG_SQL = 'CREATE TABLE _strata_schema_changes (id INTEGER PRIMARY KEY, scn INTEGER NOT NULL, after_change INTEGER NOT NULL, sql TEXT NOT NULL)';

const scratch = mkdtempSync(join(tmpdir(), 'strata-schema-log-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the schema log', () => {
  it('records who ran each DDL statement, live and read back from the log', async () => {
    const engine = await openTestEngine();
    try {
      const published: SchemaChangedEvent[] = [];
      engine.events.subscribe('schema.changed', (event) => void published.push(event));
      const before = engine.flashback.currentScn().scn;
      await engine.query.executeSql({ sql: 'CREATE TABLE parts (id INTEGER PRIMARY KEY, code TEXT)', caller: callerNamed('ada') });
      // The engine's own work has no user.
      await engine.schema.createIndex('parts', { name: 'parts_by_code', columns: ['code'] });
      await engine.database.changes.flush();
      const names = (events: Array<{ statements?: SchemaChangedEvent['statements'] }>) => events.flatMap((event) => (event.statements ?? []).map((ddl) => [ddl.objectName, ddl.username]));
      expect(names(published)).toEqual([
        ['parts', 'ada'],
        ['parts_by_code', null],
      ]);
      const { commits } = await engine.database.readers.run({ type: 'read-changes', afterScn: before, throughScn: before + 2, afterChangeId: 0, limit: 10 }, { timeoutMs: 5000 });
      expect(names(commits.map((commit) => ({ statements: commit.ddl })))).toEqual(names(published));
    } finally {
      await engine.close();
    }
  });

  it('gives a database made before names were recorded the column: its earlier DDL keeps null, new DDL is named', async () => {
    const dataDir = join(scratch, 'old-database');
    mkdirSync(join(dataDir, 'databases'), { recursive: true });
    const old = new Database(join(dataDir, 'databases', 'default.db'));
    old.exec(OLD_SCHEMA_LOG_SQL);
    old.prepare('INSERT INTO _strata_schema_changes VALUES (1, 0, 0, ?)').run('CREATE TABLE early (x)');
    old.close();
    const engine = await openTestEngine({ memory: false, dataDir });
    try {
      await engine.query.executeSql({ sql: 'CREATE TABLE later (x)', caller: callerNamed('bob') });
    } finally {
      await engine.close();
    }
    const reopened = new Database(join(dataDir, 'databases', 'default.db'), { readonly: true });
    expect(reopened.prepare('SELECT sql, username FROM _strata_schema_changes ORDER BY id').all()).toEqual([
      { sql: 'CREATE TABLE early (x)', username: null },
      { sql: 'CREATE TABLE later (x)', username: 'bob' },
    ]);
    reopened.close();
  });

  it('copies between logs of either age, by SCN, names where the source has them', () => {
    const db = new Database(':memory:');
    db.exec(SCHEMA_CHANGES_TABLE_SQL);
    db.exec("ATTACH ':memory:' AS old_file");
    db.exec(OLD_SCHEMA_LOG_SQL.replace('_strata_schema_changes', 'old_file._strata_schema_changes'));
    db.exec("INSERT INTO old_file._strata_schema_changes VALUES (1, 5, 0, 'CREATE TABLE a (x)'), (2, 9, 0, 'CREATE TABLE too_late (x)')");
    db.exec("ATTACH ':memory:' AS new_file");
    db.exec(SCHEMA_CHANGES_TABLE_SQL.replace('_strata_schema_changes', 'new_file._strata_schema_changes'));
    db.exec("INSERT INTO new_file._strata_schema_changes VALUES (3, 6, 0, 'CREATE TABLE b (x)', 'ada')");
    copySchemaLog(db, 'old_file', 'main', 4, 8);
    copySchemaLog(db, 'new_file', 'main', 4, 8);
    expect(db.prepare('SELECT id, scn, sql, username FROM main._strata_schema_changes ORDER BY id').all()).toEqual([
      { id: 1, scn: 5, sql: 'CREATE TABLE a (x)', username: null },
      { id: 3, scn: 6, sql: 'CREATE TABLE b (x)', username: 'ada' },
    ]);
    upgradeSchemaLog(db, 'old_file');
    upgradeSchemaLog(db, 'old_file');
    expect(db.prepare("SELECT name FROM pragma_table_info('_strata_schema_changes', 'old_file')").pluck().all()).toEqual(['id', 'scn', 'after_change', 'sql', 'username']);
    db.close();
  });
});
