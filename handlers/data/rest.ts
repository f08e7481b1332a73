import type { DataRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';
import { throwRowNotFound } from '../../engine/modules/data/data.js';
import { parseAsOf, parseFilters, parseSort } from './rest-params.js';

export const dataRest: DataRestHandlers<HandlerContext> = {
  queryTable: async ({ path, query }, { engine, caller }) => {
    const page = await engine.data.queryTable(
      path.name,
      { asOf: parseAsOf(query), filter: parseFilters(query.filter), sort: parseSort(query.sort), limit: query.limit, offset: query.offset, cursor: query.cursor, includeTotal: query.includeTotal },
      { transactionId: query.transactionId, caller },
    );
    return { ...page, rows: page.rows.map(({ id, data }) => ({ id, data })) };
  },
  insertRow: ({ path, query, body }, { engine, caller }) => engine.data.insertRow(path.name, body, { transactionId: query.transactionId, caller }),
  insertRows: ({ path, query, body }, { engine, caller }) => engine.data.insertRows(path.name, body.rows, { transactionId: query.transactionId, caller }),
  updateRows: ({ path, query, body }, { engine, caller }) => engine.data.updateRows(path.name, { filter: parseFilters(query.filter), all: query.all }, body, { transactionId: query.transactionId, caller }),
  deleteRows: ({ path, query }, { engine, caller }) => engine.data.deleteRows(path.name, { filter: parseFilters(query.filter), all: query.all }, { transactionId: query.transactionId, caller }),
  row: async ({ path, query }, { engine, caller }) => (await engine.data.row(path.name, path.id, { transactionId: query.transactionId, asOf: parseAsOf(query), caller })) ?? throwRowNotFound(path.name, path.id),
  replaceRow: ({ path, query, body }, { engine, caller }) => engine.data.replaceRow(path.name, path.id, body, { transactionId: query.transactionId, caller }),
  updateRow: ({ path, query, body }, { engine, caller }) => engine.data.updateRow(path.name, path.id, body, { transactionId: query.transactionId, caller }),
  deleteRow: ({ path, query }, { engine, caller }) => engine.data.deleteRow(path.name, path.id, { transactionId: query.transactionId, caller }),
  count: async ({ path, query }, { engine, caller }) => ({ count: await engine.data.count(path.name, parseFilters(query.filter), { transactionId: query.transactionId, caller }) }),
  aggregate: ({ path, query, body }, { engine, caller }) => engine.data.aggregate(path.name, body, { transactionId: query.transactionId, caller }),
};
