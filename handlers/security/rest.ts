import type { SecurityRestHandlers } from '../../generated/rest/handlers.js';
import type { ApiKey, Caller, TokenPair } from '../../engine/modules/security/security.js';
import { type HandlerContext, principalOf } from '../context.js';

// The seeds spell tokens and API keys in snake_case; the engine speaks camelCase.
const tokenPair = (pair: TokenPair) => ({
  access_token: pair.accessToken,
  refresh_token: pair.refreshToken,
  expires_in: pair.expiresIn,
  refresh_expires_in: pair.refreshExpiresIn,
  token_type: 'Bearer' as const,
});

const apiKey = (key: ApiKey) => ({ id: key.id, name: key.name, prefix: key.prefix, created_at: key.createdAt, expires_at: key.expiresAt });

const caller = ({ identity, requestId }: HandlerContext): Caller => ({ ip: identity.ip, requestId, surface: 'rest' });

const roles: Pick<SecurityRestHandlers<HandlerContext>, 'roles' | 'createRole' | 'role' | 'updateRole' | 'deleteRole'> = {
  roles: async (_input, { engine }) => ({ roles: engine.security.roles() }),
  createRole: async ({ body }, { engine }) => engine.security.createRole(body),
  role: async ({ path }, { engine }) => engine.security.role(path.id),
  updateRole: async ({ path, body }, { engine }) => engine.security.updateRole(path.id, body),
  deleteRole: async ({ path }, { engine }) => engine.security.deleteRole(path.id),
};

export const securityRest: SecurityRestHandlers<HandlerContext> = {
  login: async ({ body }, context) => tokenPair(await context.engine.security.login(body.username, body.password, caller(context))),
  refreshToken: async ({ body }, context) => tokenPair(await context.engine.security.refreshToken(body.refresh_token, caller(context))),
  logout: async (_input, context) => context.engine.security.logout(principalOf(context)),
  validateToken: async (_input, context) => {
    const { userId, username, roles: held, permissions, via, expiresAt } = principalOf(context);
    return { userId, username, roles: held, permissions, via, expiresAt };
  },
  changePassword: ({ body }, context) => context.engine.security.changePassword(principalOf(context), body.currentPassword, body.newPassword),
  createApiKey: async ({ body }, context) => {
    const created = context.engine.security.createApiKey(principalOf(context), body.name, body.expires_in_days);
    return { ...apiKey(created), api_key: created.key };
  },
  apiKeys: async (_input, context) => ({ keys: context.engine.security.apiKeys(principalOf(context)).map((key) => ({ ...apiKey(key), last_used_at: key.lastUsedAt })) }),
  deleteApiKey: async ({ path }, context) => context.engine.security.deleteApiKey(principalOf(context), path.id),
  users: async (_input, { engine }) => ({ users: engine.security.users() }),
  createUser: ({ body }, { engine }) => engine.security.createUser(body),
  user: async ({ path }, { engine }) => engine.security.user(path.id),
  updateUser: ({ path, body }, { engine }) => engine.security.updateUser(path.id, body),
  deleteUser: async ({ path }, { engine }) => engine.security.deleteUser(path.id),
  ...roles,
  // /api/v1/security/roles: the same operations, as the v0.5.1 reference spells them.
  securityRoles: roles.roles,
  createSecurityRole: roles.createRole,
  securityRole: roles.role,
  updateSecurityRole: roles.updateRole,
  deleteSecurityRole: roles.deleteRole,
  grantPermission: async ({ path, body }, { engine }) => engine.security.grantPermission(path.id, body.permission),
  revokePermission: async ({ path }, { engine }) => engine.security.revokePermission(path.id, path.permission),
  permissions: async (_input, { engine }) => ({ permissions: engine.security.permissions() }),
  auditLog: async ({ query }, { engine }) => {
    const { limit, cursor, ...filter } = query;
    return engine.security.auditLog(filter, limit ?? 100, cursor);
  },
};
