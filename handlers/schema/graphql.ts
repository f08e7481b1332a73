import type { SchemaGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { ColumnInput } from '../../generated/graphql/resolvers.js';
import type { ColumnDefinition } from '../../engine/modules/schema/ddl.js';
import type { HandlerContext } from '../context.js';

/** GraphQL inputs say null where the engine expects a missing field. */
function column(input: ColumnInput): ColumnDefinition {
  return {
    name: input.name,
    type: input.type,
    primaryKey: input.primaryKey ?? undefined,
    autoIncrement: input.autoIncrement ?? undefined,
    nullable: input.nullable ?? undefined,
    unique: input.unique ?? undefined,
    default: input.default === undefined ? undefined : (input.default as ColumnDefinition['default']),
    defaultExpression: input.defaultExpression ?? undefined,
    references: input.references ? { table: input.references.table, column: input.references.column, onDelete: input.references.onDelete ?? undefined, onUpdate: input.references.onUpdate ?? undefined } : undefined,
  };
}

export const schemaGraphQL: SchemaGraphQLResolvers<HandlerContext> = {
  Query: {
    schemas: (_parent, _args, { engine }) => engine.schema.schemas(),
    schema: (_parent, { name }, { engine }) => nullWhenMissing(engine.schema.schema(name)),
    tables: (_parent, _args, { engine }) => engine.schema.tables(),
    table: (_parent, { name }, { engine }) => nullWhenMissing(engine.schema.table(name)),
    indexes: (_parent, { table }, { engine }) => engine.schema.indexes(table),
    views: (_parent, _args, { engine }) => engine.schema.views(),
    view: (_parent, { name }, { engine }) => nullWhenMissing(engine.schema.view(name)),
  },
  Mutation: {
    createTable: (_parent, { input }, { engine, caller }) =>
      engine.schema.createTable({ name: input.name, columns: input.columns.map(column), ifNotExists: input.ifNotExists ?? undefined, strict: input.strict ?? undefined }, caller),
    alterTable: (_parent, { name, input }, { engine, caller }) =>
      engine.schema.alterTable(name, {
        renameTo: input.renameTo ?? undefined,
        addColumns: input.addColumns?.map(column),
        dropColumns: input.dropColumns ?? undefined,
        renameColumns: input.renameColumns ?? undefined,
      }, caller),
    dropTable: (_parent, { name, ifExists }, { engine, caller }) => engine.schema.dropTable(name, ifExists ?? false, caller),
    createIndex: (_parent, { input }, { engine, caller }) =>
      engine.schema.createIndex(input.table, { name: input.name, columns: input.columns, unique: input.unique ?? undefined, ifNotExists: input.ifNotExists ?? undefined }, caller),
    dropIndex: (_parent, { table, name, ifExists }, { engine, caller }) => engine.schema.dropIndex(table, name, ifExists ?? false, caller),
    createView: (_parent, { input }, { engine, caller }) => engine.schema.createView({ name: input.name, select: input.select, ifNotExists: input.ifNotExists ?? undefined }, caller),
    dropView: (_parent, { name, ifExists }, { engine, caller }) => engine.schema.dropView(name, ifExists ?? false, caller),
  },
  IndexOrigin: { INDEX: 'index', UNIQUE: 'unique', PRIMARY_KEY: 'primaryKey' },
  ForeignKeyAction: { NO_ACTION: 'NO ACTION', RESTRICT: 'RESTRICT', SET_NULL: 'SET NULL', SET_DEFAULT: 'SET DEFAULT', CASCADE: 'CASCADE' },
};

/** Nullable GraphQL fields answer null for what does not exist, instead of an error. */
export async function nullWhenMissing<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') return null;
    throw error;
  }
}
