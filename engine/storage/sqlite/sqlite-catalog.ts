// Reads the catalog (tables, columns, indexes, foreign keys, views) of a SQLite connection.
import type Database from 'better-sqlite3';
import type { CatalogSnapshot, Column, ForeignKey, ForeignKeyAction, Index, Table, View } from '../types.js';

const ORIGINS: Record<string, Index['origin']> = { c: 'index', u: 'unique', pk: 'primaryKey' };

/** User objects only: SQLite's own tables, Strata's _strata_ tables and FTS shadow tables are left out. */
const USER_OBJECTS = `
  SELECT l.name, l.type, l.wr, l.strict, s.sql
  FROM pragma_table_list AS l JOIN sqlite_schema AS s ON s.name = l.name
  WHERE l.schema = 'main' AND l.type IN ('table', 'view', 'virtual')
    AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND l.name NOT LIKE '\\_strata\\_%' ESCAPE '\\'
  ORDER BY l.name`;

export function readCatalog(db: Database.Database): CatalogSnapshot {
  const objects = db.prepare(USER_OBJECTS).all() as Array<{ name: string; type: string; wr: number; strict: number; sql: string }>;
  const tables: Table[] = [];
  const views: View[] = [];
  for (const object of objects) {
    if (object.type === 'view') views.push({ name: object.name, schema: 'main', columns: readColumns(db, object.name, [], false), sql: object.sql });
    else tables.push(readTable(db, object));
  }
  return { tables, views };
}

function readTable(db: Database.Database, object: { name: string; wr: number; strict: number; sql: string }): Table {
  const indexes = readIndexes(db, object.name);
  const columns = readColumns(db, object.name, indexes, object.wr === 1);
  const primaryKey = (db.prepare('SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(object.name) as Array<{ name: string }>).map((column) => column.name);
  return { name: object.name, schema: 'main', columns, primaryKey, indexes, strict: object.strict === 1, withoutRowid: object.wr === 1, sql: object.sql };
}

function readColumns(db: Database.Database, table: string, indexes: Index[], withoutRowid: boolean): Column[] {
  const rows = db.prepare('SELECT cid, name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{
    cid: number;
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
  }>;
  const foreignKeys = new Map<string, ForeignKey>();
  for (const key of db.prepare('SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)').all(table) as Array<{
    table: string;
    from: string;
    to: string | null;
    on_update: ForeignKeyAction;
    on_delete: ForeignKeyAction;
  }>) {
    foreignKeys.set(key.from, { table: key.table, column: key.to ?? key.from, onDelete: key.on_delete, onUpdate: key.on_update });
  }
  const uniqueAlone = new Set(indexes.filter((index) => index.unique && index.columns.length === 1).map((index) => index.columns[0]));
  const singleKey = rows.filter((row) => row.pk > 0).length === 1;
  return rows.map((row) => {
    const column: Column = {
      name: row.name,
      type: row.type,
      position: row.cid,
      // SQLite lets key columns of rowid tables hold NULL, except INTEGER PRIMARY KEY (the rowid).
      nullable: row.notnull === 0 && !(row.pk > 0 && (withoutRowid || (singleKey && row.type.toUpperCase() === 'INTEGER'))),
      default: row.dflt_value,
      primaryKey: row.pk > 0,
      unique: uniqueAlone.has(row.name) || (row.pk > 0 && singleKey),
    };
    const reference = foreignKeys.get(row.name);
    if (reference) column.references = reference;
    return column;
  });
}

function readIndexes(db: Database.Database, table: string): Index[] {
  const list = db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name').all(table) as Array<{
    name: string;
    unique: number;
    origin: string;
    partial: number;
  }>;
  const sqlOf = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck();
  const columnsOf = db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck();
  return list.map((index) => ({
    name: index.name,
    table,
    columns: (columnsOf.all(index.name) as Array<string | null>).map((name) => name ?? '<expression>'),
    unique: index.unique === 1,
    origin: ORIGINS[index.origin] ?? 'index',
    partial: index.partial === 1,
    sql: (sqlOf.get(index.name) as string | null | undefined) ?? null,
  }));
}
