import type { FlashbackGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { HandlerContext } from '../context.js';

export const flashbackGraphQL: FlashbackGraphQLResolvers<HandlerContext> = {
  Query: {
    currentScn: (_parent, _args, { engine }) => engine.flashback.currentScn(),
  },
};
