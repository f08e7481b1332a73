import type { QueryGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { BindParams } from '../../engine/storage/driver.js';
import { invalid } from '../../engine/errors.js';
import type { HandlerContext } from '../context.js';

/** SQL parameters: a list or an object, as in the REST API. */
function params(value: unknown): BindParams | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') throw invalid('/params', 'params must be a list or an object');
  return value as BindParams;
}

export const queryGraphQL: QueryGraphQLResolvers<HandlerContext> = {
  Query: {
    executeSql: (_parent, args, { engine, caller }) =>
      engine.query.executeSql({ sql: args.sql, params: params(args.params), timeoutMs: args.timeoutMs ?? undefined, maxRows: args.maxRows ?? undefined, transactionId: args.transactionId, readOnly: true, caller }),
    explainQuery: (_parent, args, { engine }) => engine.query.explainQuery(args.sql, params(args.params)),
  },
  Mutation: {
    executeSql: (_parent, args, { engine, caller }) =>
      engine.query.executeSql({ sql: args.sql, params: params(args.params), timeoutMs: args.timeoutMs ?? undefined, maxRows: args.maxRows ?? undefined, transactionId: args.transactionId, caller }),
  },
};
