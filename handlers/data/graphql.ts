import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import type { DataGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { InputMaybe, SortField as SortInput } from '../../generated/graphql/resolvers.js';
import { invalid } from '../../engine/errors.js';
import type { SortField } from '../../engine/modules/data/data.js';
import type { HandlerContext } from '../context.js';
import { filter, optionalPoint } from '../graphql-inputs.js';

function sort(orderBy: InputMaybe<SortInput[]> | undefined): SortField[] {
  return (orderBy ?? []).map((field) => ({ field: field.field, direction: field.direction ?? 'ASC' }));
}

/** Whether the query selects this field of the resolved field's result (directly or in fragments). */
function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && visit(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && visit(node.selectionSet.selections));
}

/** Column values must be a JSON object. */
function values(data: unknown, argument: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid(`/${argument}`, `${argument} must be an object of column values`);
  return data as Record<string, unknown>;
}

export const dataGraphQL: DataGraphQLResolvers<HandlerContext> = {
  Query: {
    queryTable: async (_parent, args, { engine, caller }) => {
      const page = await engine.data.queryTable(
        args.table,
        { asOf: optionalPoint(args.asOf), filter: filter(args.where), sort: sort(args.orderBy), limit: args.limit ?? undefined, offset: args.offset ?? undefined },
        { transactionId: args.transactionId, caller },
      );
      return page.rows.map(({ id, data }) => ({ id, data }));
    },
    queryTableConnection: async (_parent, args, { engine, caller }, info) => {
      // Counting every matching row costs a scan: only when totalCount is selected.
      const includeTotal = selectsField(info, 'totalCount');
      const page = await engine.data.queryTable(
        args.table,
        { asOf: optionalPoint(args.asOf), filter: filter(args.where), sort: sort(args.orderBy), limit: args.first ?? undefined, cursor: args.after ?? undefined, includeTotal },
        { transactionId: args.transactionId, caller },
      );
      return {
        edges: page.rows.map(({ cursor, id, data }) => ({ cursor, node: { id, data } })),
        pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: page.rows.at(-1)?.cursor ?? null },
        // Read only when selected, and then counted above.
        totalCount: page.total ?? 0,
      };
    },
    row: (_parent, { table, id, transactionId, asOf }, { engine, caller }) => engine.data.row(table, id, { transactionId, asOf: optionalPoint(asOf), caller }),
    count: (_parent, { table, where, transactionId }, { engine, caller }) => engine.data.count(table, filter(where), { transactionId, caller }),
    aggregate: async (_parent, { table, aggregates, groupBy, where, transactionId }, { engine, caller }) =>
      (await engine.data.aggregate(table, { aggregates, groupBy: groupBy ?? undefined, filter: filter(where) }, { transactionId, caller })).groups,
  },
  Mutation: {
    insertRow: (_parent, { table, data, transactionId }, { engine, caller }) => engine.data.insertRow(table, values(data, 'data'), { transactionId, caller }),
    insertRows: async (_parent, { table, rows, transactionId }, { engine, caller }) =>
      (await engine.data.insertRows(table, rows.map((row, index) => values(row, `rows/${index}`)), { transactionId, caller })).rows,
    updateRow: (_parent, { table, id, data, transactionId }, { engine, caller }) => engine.data.updateRow(table, id, values(data, 'data'), { transactionId, caller }),
    updateRows: (_parent, { table, where, data, all, transactionId }, { engine, caller }) => engine.data.updateRows(table, { filter: filter(where), all: all ?? false }, values(data, 'data'), { transactionId, caller }),
    deleteRow: (_parent, { table, id, transactionId }, { engine, caller }) => engine.data.deleteRow(table, id, { transactionId, caller }),
    deleteRows: (_parent, { table, where, all, transactionId }, { engine, caller }) => engine.data.deleteRows(table, { filter: filter(where), all: all ?? false }, { transactionId, caller }),
  },
  FilterOperator: { EQ: 'eq', NE: 'ne', LT: 'lt', LTE: 'lte', GT: 'gt', GTE: 'gte', IN: 'in', LIKE: 'like', IS_NULL: 'isNull' },
};
