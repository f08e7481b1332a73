import type { SystemGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { HandlerContext } from '../context.js';
import { serverInfo } from './server-info.js';

export const systemGraphQL: SystemGraphQLResolvers<HandlerContext> = {
  Query: {
    serverInfo: (_parent, _args, { engine }) => serverInfo(engine),
  },
};
