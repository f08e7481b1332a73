// What a DDL statement acts on: a CREATE, ALTER or DROP of a table, index, view or trigger, as
// schema.changed and the schemaChanges subscription report it. The SQLite driver reads it from
// the statement's tokens (describeDdl in sqlite-script.ts).

export type DdlChangeType = 'CREATE' | 'ALTER' | 'DROP';
export type DdlObjectType = 'TABLE' | 'INDEX' | 'VIEW' | 'TRIGGER';

export interface DdlStatement {
  changeType: DdlChangeType;
  objectType: DdlObjectType;
  /** The object's name, without its schema. */
  objectName: string;
  /** The statement as it ran. */
  statement: string;
  /** Who ran it: a user's name; null for the engine's own work, and for DDL logged before names were recorded. */
  username: string | null;
}
