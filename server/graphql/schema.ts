// The executable GraphQL schema: the SDL generated from specs/graphql, the resolvers of every
// module, and the scalars. A root field without a resolver stops the server from starting.
// Every root field is wrapped by the access check its @permission asks for, and mutations by
// the audit trail, so no resolver can forget either.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { type GraphQLModules, rootFields } from '../../generated/graphql/fields.js';
import type { Resolvers } from '../../generated/graphql/resolvers.js';
import { graphqlSdl } from '../../generated/specs.js';
import type { HandlerContext } from '../../handlers/context.js';
import { requireAccess } from '../access/access.js';
import { auditEntry, isDenialWorthAuditing } from '../access/audit.js';
import { servingOperation } from '../access/caller.js';
import { toProblem } from '../problem.js';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: HandlerContext, info: GraphQLResolveInfo) => unknown;

export function buildGraphQLSchema(modules: GraphQLModules<HandlerContext>): GraphQLSchema {
  const resolvers: Record<string, Record<string, unknown>> = { JSON: JSONResolver as never, DateTime: DateTimeResolver as never, SafeInt: SafeIntResolver as never };
  for (const module of Object.values(modules) as Resolvers<HandlerContext>[]) {
    for (const [type, fields] of Object.entries(module)) resolvers[type] = { ...resolvers[type], ...(fields as Record<string, unknown>) };
  }
  for (const [root, fields] of Object.entries(rootFields)) {
    for (const [field, { permission }] of Object.entries(fields)) {
      const resolver = resolvers[root]?.[field];
      if (!resolver) throw new Error(`GraphQL field ${root}.${field} has no resolver`);
      resolvers[root]![field] = root === 'Subscription' ? guardSubscription(resolver as { subscribe: Resolve }, field, permission) : guard(resolver as Resolve, root as 'Query' | 'Mutation', field, permission);
    }
  }
  return makeExecutableSchema({ typeDefs: graphqlSdl, resolvers });
}

/**
 * A query or mutation root field as it is served: access checked, run for its caller, mutations
 * and worthy denials audited, and counted with its outcome and time by monitoring. One async
 * layer for all of it: each layer is a promise more on every field.
 */
function guard(resolve: Resolve, root: 'Query' | 'Mutation', field: string, permission: string): Resolve {
  const audited = root === 'Mutation';
  const type = root === 'Query' ? 'query' : 'mutation';
  return async (parent, args, context, info) => {
    const started = performance.now();
    try {
      requireAccess(context.identity, permission, field);
      const result = await resolve(parent, args, servingOperation(context, field), info);
      if (audited) record(context, field, args, null);
      context.engine.monitoring.recordGraphQLField(type, field, 200, (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      const problem = toProblem(error, context.requestId);
      if (audited || isDenialWorthAuditing(context.identity, problem.status)) record(context, field, args, problem);
      context.engine.monitoring.recordGraphQLField(type, field, problem.status, (performance.now() - started) / 1000);
      throw error;
    }
  };
}

function guardSubscription(resolver: { subscribe: Resolve }, field: string, permission: string): { subscribe: Resolve } {
  return {
    ...resolver,
    subscribe: (parent, args, context, info) => {
      try {
        requireAccess(context.identity, permission, field);
      } catch (error) {
        const problem = toProblem(error, context.requestId);
        if (isDenialWorthAuditing(context.identity, problem.status)) record(context, field, args, problem);
        throw error;
      }
      return resolver.subscribe(parent, args, servingOperation(context, field), info);
    },
  };
}

function record(context: HandlerContext, field: string, args: Record<string, unknown>, problem: { status: number; detail?: string; title: string } | null): void {
  context.engine.security.audit(
    auditEntry(context.identity, { surface: 'graphql', operation: field, target: targetOf(args), status: problem?.status ?? 200, requestId: context.requestId, detail: problem ? (problem.detail ?? problem.title) : null }),
  );
}

/** What a field acted on, from the arguments that name things; never values or passwords. */
function targetOf(args: Record<string, unknown>): string | null {
  for (const key of ['table', 'name', 'id', 'roleId', 'transactionId']) if (typeof args[key] === 'string') return `${key}=${args[key] as string}`;
  const input = args.input as Record<string, unknown> | undefined;
  if (input && typeof input.username === 'string') return `username=${input.username}`;
  if (input && typeof input.name === 'string') return `name=${input.name}`;
  return null;
}
