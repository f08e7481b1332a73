import type { QueryRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const queryRest: QueryRestHandlers<HandlerContext> = {
  executeSql: ({ body }, { engine, caller }) => engine.query.executeSql({ ...body, caller }),
  explainQuery: ({ body }, { engine }) => engine.query.explainQuery(body.sql, body.params),
};
