// The executable GraphQL schema: the SDL generated from specs/graphql, the resolvers of every
// module, and the scalars. A root field without a resolver stops the server from starting.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { type GraphQLModules, rootFields } from '../../generated/graphql/fields.js';
import type { Resolvers } from '../../generated/graphql/resolvers.js';
import { graphqlSdl } from '../../generated/specs.js';
import type { HandlerContext } from '../../handlers/context.js';

export function buildGraphQLSchema(modules: GraphQLModules<HandlerContext>): GraphQLSchema {
  const resolvers: Record<string, Record<string, unknown>> = { JSON: JSONResolver as never, DateTime: DateTimeResolver as never, SafeInt: SafeIntResolver as never };
  for (const module of Object.values(modules) as Resolvers<HandlerContext>[]) {
    for (const [type, fields] of Object.entries(module)) resolvers[type] = { ...resolvers[type], ...(fields as Record<string, unknown>) };
  }
  for (const [root, fields] of Object.entries(rootFields)) {
    for (const field of Object.keys(fields)) {
      if (!resolvers[root]?.[field]) throw new Error(`GraphQL field ${root}.${field} has no resolver`);
    }
  }
  return makeExecutableSchema({ typeDefs: graphqlSdl, resolvers });
}
