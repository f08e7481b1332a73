import type { SchemaRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const schemaRest: SchemaRestHandlers<HandlerContext> = {
  schemas: async (_input, { engine }) => ({ schemas: await engine.schema.schemas() }),
  schema: ({ path }, { engine }) => engine.schema.schema(path.name),
  tables: async (_input, { engine }) => ({ tables: await engine.schema.tables() }),
  createTable: ({ body }, { engine, caller }) => engine.schema.createTable(body, caller),
  table: ({ path }, { engine }) => engine.schema.table(path.name),
  alterTable: ({ path, body }, { engine, caller }) => engine.schema.alterTable(path.name, body, caller),
  dropTable: ({ path, query }, { engine, caller }) => engine.schema.dropTable(path.name, query.ifExists, caller),
  indexes: async ({ path }, { engine }) => ({ indexes: await engine.schema.indexes(path.name) }),
  createIndex: ({ path, body }, { engine, caller }) => engine.schema.createIndex(path.name, body, caller),
  dropIndex: ({ path, query }, { engine, caller }) => engine.schema.dropIndex(path.name, path.index, query.ifExists, caller),
  views: async (_input, { engine }) => ({ views: await engine.schema.views() }),
  createView: ({ body }, { engine, caller }) => engine.schema.createView(body, caller),
  view: ({ path }, { engine }) => engine.schema.view(path.name),
  dropView: ({ path, query }, { engine, caller }) => engine.schema.dropView(path.name, query.ifExists, caller),
};
