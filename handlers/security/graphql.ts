import type { SecurityGraphQLResolvers } from '../../generated/graphql/fields.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';

/** Records a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 1000;

/** GraphQL input leaves absent fields as null; the engine wants them absent. */
function present<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as never;
}

export const securityGraphQL: SecurityGraphQLResolvers<HandlerContext> = {
  Query: {
    users: (_parent, _args, { engine }) => engine.security.users(),
    user: (_parent, { id }, { engine }) => engine.security.user(id),
    roles: (_parent, _args, { engine }) => engine.security.roles(),
    role: (_parent, { id }, { engine }) => engine.security.role(id),
    permissions: (_parent, _args, { engine }) => engine.security.permissions(),
    auditLog: (_parent, { filter, limit, cursor }, { engine }) => engine.security.auditLog(present(filter ?? {}), limit ?? 100, cursor ?? undefined),
  },
  Mutation: {
    createUser: (_parent, { input }, { engine }) => engine.security.createUser(present(input)),
    updateUser: (_parent, { id, input }, { engine }) => engine.security.updateUser(id, present(input)),
    deleteUser: (_parent, { id }, { engine }) => {
      engine.security.deleteUser(id);
      return true;
    },
    createRole: (_parent, { input }, { engine }) => engine.security.createRole(present(input)),
    updateRole: (_parent, { id, input }, { engine }) => engine.security.updateRole(id, present(input)),
    deleteRole: (_parent, { id }, { engine }) => {
      engine.security.deleteRole(id);
      return true;
    },
    grantPermission: (_parent, { roleId, permission }, { engine }) => {
      engine.security.grantPermission(roleId, permission);
      return true;
    },
    revokePermission: (_parent, { roleId, permission }, { engine }) => {
      engine.security.revokePermission(roleId, permission);
      return true;
    },
  },
  Subscription: {
    auditEvents: {
      subscribe: (_parent, _args, { engine }) => pushIterator((push) => engine.events.subscribe('audit.recorded', (entry) => push({ auditEvents: entry })), SUBSCRIPTION_BUFFER),
    },
  },
};
