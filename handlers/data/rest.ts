import type { DataRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';
import { throwRowNotFound } from '../../engine/modules/data/data.js';
import { parseAsOf, parseFilters, parseSort } from './rest-params.js';

export const dataRest: DataRestHandlers<HandlerContext> = {
  queryTable: async ({ path, query }, { engine }) => {
    const page = await engine.data.queryTable(
      path.name,
      { asOf: parseAsOf(query), filter: parseFilters(query.filter), sort: parseSort(query.sort), limit: query.limit, offset: query.offset, cursor: query.cursor, includeTotal: query.includeTotal },
      query,
    );
    return { ...page, rows: page.rows.map(({ id, data }) => ({ id, data })) };
  },
  insertRow: ({ path, query, body }, { engine }) => engine.data.insertRow(path.name, body, query),
  insertRows: ({ path, query, body }, { engine }) => engine.data.insertRows(path.name, body.rows, query),
  updateRows: ({ path, query, body }, { engine }) => engine.data.updateRows(path.name, { filter: parseFilters(query.filter), all: query.all }, body, query),
  deleteRows: ({ path, query }, { engine }) => engine.data.deleteRows(path.name, { filter: parseFilters(query.filter), all: query.all }, query),
  row: async ({ path, query }, { engine }) => (await engine.data.row(path.name, path.id, { transactionId: query.transactionId, asOf: parseAsOf(query) })) ?? throwRowNotFound(path.name, path.id),
  replaceRow: ({ path, query, body }, { engine }) => engine.data.replaceRow(path.name, path.id, body, query),
  updateRow: ({ path, query, body }, { engine }) => engine.data.updateRow(path.name, path.id, body, query),
  deleteRow: ({ path, query }, { engine }) => engine.data.deleteRow(path.name, path.id, query),
  count: async ({ path, query }, { engine }) => ({ count: await engine.data.count(path.name, parseFilters(query.filter), query) }),
  aggregate: ({ path, query, body }, { engine }) => engine.data.aggregate(path.name, body, query),
};
