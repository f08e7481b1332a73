// Schemas, tables, indexes and views: reads from the catalog, changes as DDL that commits with
// an SCN like any other write.
import { EngineError, invalid, notFound } from '../../errors.js';
import type { Database } from '../../storage/database.js';
import type { ExecuteResult } from '../../storage/driver.js';
import { quoteIdentifier } from '../../storage/sql/identifiers.js';
import { type SchemaGuard, checkedStatements } from '../../storage/sqlite/sqlite-policy.js';
import type { Index, Table, View } from '../../storage/types.js';
import type { Caller } from '../../work/caller.js';
import { type TableAlteration, type TableDefinition, alterTableSql, createIndexSql, createTableSql } from './ddl.js';

export type { TableAlteration, TableDefinition };

export interface DatabaseSchema {
  name: string;
  tables: Table[];
  views: View[];
}

export interface DropResult {
  name: string;
  dropped: boolean;
  scn: number | null;
}

/** SQLite's main schema is the only one a Strata database exposes. */
const MAIN_SCHEMA = 'main';

export class SchemaModule {
  constructor(
    private readonly database: Database,
    private readonly guard: SchemaGuard,
  ) {}

  async schemas(): Promise<DatabaseSchema[]> {
    return [await this.schema(MAIN_SCHEMA)];
  }

  async schema(name: string): Promise<DatabaseSchema> {
    if (name !== MAIN_SCHEMA) throw notFound('schema', name);
    const catalog = await this.database.catalog.get();
    return { name, tables: catalog.tables, views: catalog.views };
  }

  async tables(): Promise<Table[]> {
    return (await this.database.catalog.get()).tables;
  }

  async table(name: string): Promise<Table> {
    return (await this.database.catalog.table(name)) ?? throwNotFound('table', name);
  }

  async createTable(definition: TableDefinition, caller: Caller | null = null): Promise<Table> {
    await this.ddl([createTableSql(definition)], caller);
    return this.table(definition.name);
  }

  async alterTable(name: string, alteration: TableAlteration, caller: Caller | null = null): Promise<Table> {
    const table = await this.table(name);
    const statements = alterTableSql(name, alteration, table.strict);
    await this.guard.checkSchemaChanges([{ action: 'ALTER TABLE', table: name }], caller);
    await this.ddl(statements, caller);
    return this.table(alteration.renameTo ?? name);
  }

  async dropTable(name: string, ifExists = false, caller: Caller | null = null): Promise<DropResult> {
    const exists = (await this.database.catalog.table(name)) !== undefined;
    if (exists) await this.guard.checkSchemaChanges([{ action: 'DROP TABLE', table: name }], caller);
    return this.drop('table', name, ifExists, exists, caller);
  }

  async indexes(table: string): Promise<Index[]> {
    return (await this.table(table)).indexes;
  }

  async createIndex(table: string, index: { name: string; columns: string[]; unique?: boolean; ifNotExists?: boolean }, caller: Caller | null = null): Promise<Index> {
    const columns = new Set((await this.table(table)).columns.map((column) => column.name));
    index.columns.forEach((column, position) => {
      if (!columns.has(column)) throw invalid(`/body/columns/${position}`, `${table} has no column ${JSON.stringify(column)}`);
    });
    await this.ddl([createIndexSql(table, index)], caller);
    const created = (await this.table(table)).indexes.find((candidate) => candidate.name === index.name);
    // With ifNotExists the name may belong to an index of another table.
    if (!created) throw new EngineError('ALREADY_EXISTS', `index ${index.name} already exists on another table`);
    return created;
  }

  async dropIndex(table: string, name: string, ifExists = false, caller: Caller | null = null): Promise<DropResult> {
    const index = (await this.table(table)).indexes.find((candidate) => candidate.name === name);
    if (index && index.origin !== 'index') throw new EngineError('CONFLICT', `${name} enforces a ${index.origin === 'unique' ? 'UNIQUE' : 'PRIMARY KEY'} constraint of ${table}; it goes only with the table`);
    return this.drop('index', name, ifExists, index !== undefined, caller, `index of ${table}`);
  }

  async views(): Promise<View[]> {
    return (await this.database.catalog.get()).views;
  }

  async view(name: string): Promise<View> {
    return (await this.database.catalog.view(name)) ?? throwNotFound('view', name);
  }

  async createView(definition: { name: string; select: string; ifNotExists?: boolean }, caller: Caller | null = null): Promise<View> {
    const statements = checkedStatements(definition.select, { transactionHint: 'a view is one SELECT' });
    if (statements.length !== 1 || statements[0]!.kind !== 'query') throw invalid('/body/select', 'a view is defined by exactly one SELECT (or VALUES, or WITH ... SELECT) statement');
    await this.ddl([`CREATE VIEW ${definition.ifNotExists ? 'IF NOT EXISTS ' : ''}${quoteIdentifier(definition.name)} AS ${statements[0]!.sql}`], caller);
    return this.view(definition.name);
  }

  async dropView(name: string, ifExists = false, caller: Caller | null = null): Promise<DropResult> {
    return this.drop('view', name, ifExists, (await this.database.catalog.view(name)) !== undefined, caller);
  }

  /** DROP TABLE, INDEX or VIEW of something that exists; with ifExists, nothing to drop is fine. */
  private async drop(kind: 'table' | 'index' | 'view', name: string, ifExists: boolean, exists: boolean, caller: Caller | null, described: string = kind): Promise<DropResult> {
    if (!exists) {
      if (ifExists) return { name, dropped: false, scn: null };
      throw notFound(described, name);
    }
    const result = await this.ddl([`DROP ${kind.toUpperCase()} ${quoteIdentifier(name)}`], caller);
    return { name, dropped: true, scn: result.commit?.scn ?? null };
  }

  private ddl(statements: string[], caller: Caller | null): Promise<ExecuteResult> {
    return this.database.executor({ caller }).execute({
      statements: statements.map((sql) => ({ sql })),
      readOnly: false,
      maxRows: 0,
      rowMode: 'object',
      keep: 'last',
      atomicity: 'transaction',
    });
  }
}

function throwNotFound(kind: string, name: string): never {
  throw notFound(kind, name);
}
