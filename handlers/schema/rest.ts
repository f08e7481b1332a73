import type { SchemaRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const schemaRest: SchemaRestHandlers<HandlerContext> = {
  schemas: async (_input, { engine }) => ({ schemas: await engine.schema.schemas() }),
  schema: ({ path }, { engine }) => engine.schema.schema(path.name),
  tables: async (_input, { engine }) => ({ tables: await engine.schema.tables() }),
  createTable: ({ body }, { engine }) => engine.schema.createTable(body),
  table: ({ path }, { engine }) => engine.schema.table(path.name),
  alterTable: ({ path, body }, { engine }) => engine.schema.alterTable(path.name, body),
  dropTable: ({ path, query }, { engine }) => engine.schema.dropTable(path.name, query.ifExists),
  indexes: async ({ path }, { engine }) => ({ indexes: await engine.schema.indexes(path.name) }),
  createIndex: ({ path, body }, { engine }) => engine.schema.createIndex(path.name, body),
  dropIndex: ({ path, query }, { engine }) => engine.schema.dropIndex(path.name, path.index, query.ifExists),
  views: async (_input, { engine }) => ({ views: await engine.schema.views() }),
  createView: ({ body }, { engine }) => engine.schema.createView(body),
  view: ({ path }, { engine }) => engine.schema.view(path.name),
  dropView: ({ path, query }, { engine }) => engine.schema.dropView(path.name, query.ifExists),
};
