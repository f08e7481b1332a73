// Identity and access: users and roles, sign-in with rotating refresh tokens, API keys, the
// principal behind a credential, and the append-only audit trail. Every change that can take
// rights away publishes security.changed, so open connections re-check who they serve.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { EventBus, SessionEvent } from '../../events/bus.js';
import { EngineError, invalid, notFound } from '../../errors.js';
import { hashPassword, unusableHash, verifyPassword } from './passwords.js';
import { ALL_PERMISSIONS, BUILT_IN_ROLES, PERMISSIONS, type Permission, isPermission } from './permissions.js';
import { type ApiKeyRow, type AuditRow, type ClosedSessionRow, type RoleRow, SecurityStore, type UserRow } from './security-store.js';
import { loadSigningKey, newApiKey, newId, newRefreshToken, parseApiKey, sameHash, sha256, signAccessToken, verifyAccessToken } from './tokens.js';

export interface SecurityOptions {
  /** security.db */
  file: string;
  /** Where a generated JWT signing key is kept. */
  keyFile: string;
  /** Where a generated admin password is written, readable by the owner only. */
  adminPasswordFile: string;
  /** A JWT signing secret (32 bytes or more); else one is generated and kept in keyFile. */
  jwtSecret?: string;
  /** The first admin's password; else a random one is generated. */
  adminPassword?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export interface User {
  id: string;
  username: string;
  roles: string[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export interface Role {
  id: string;
  name: string;
  description: string;
  permissions: Permission[];
  builtIn: boolean;
  createdAt: string;
}

/** Who a request acts for, and what it may do now. */
export interface Principal {
  userId: string;
  username: string;
  roles: string[];
  permissions: Permission[];
  via: 'token' | 'api_key';
  sessionId: string | null;
  apiKeyId: string | null;
  /** When the credential expires (RFC 3339), or null. */
  expiresAt: string | null;
}

export interface Credentials {
  bearer?: string;
  apiKey?: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshExpiresIn: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export type AuditSurface = 'rest' | 'graphql' | 'websocket';
export type AuditOutcome = 'success' | 'failure' | 'denied';
export type AuditVia = 'token' | 'api_key' | 'password' | 'none';

export interface AuditEntry {
  id: number;
  time: string;
  userId: string | null;
  username: string | null;
  via: AuditVia;
  ip: string | null;
  surface: AuditSurface;
  operation: string;
  target: string | null;
  outcome: AuditOutcome;
  status: number | null;
  requestId: string | null;
  detail: string | null;
}

export type AuditInput = Omit<AuditEntry, 'id' | 'time'>;

export interface AuditFilter {
  username?: string;
  operation?: string;
  outcome?: AuditOutcome;
  surface?: AuditSurface;
  from?: string;
  to?: string;
}

/** Where a sign-in came from, for the audit trail. */
export interface Caller {
  ip: string | null;
  requestId: string | null;
  surface: AuditSurface;
}

export interface Bootstrap {
  username: string;
  /** Set when the password was generated: shown once. */
  generatedPassword: string | null;
  passwordFile: string | null;
}

/** Resolved credentials are kept this many at most; any change clears them all. */
const PRINCIPAL_CACHE_SIZE = 10_000;
/** How often sessions past their lifetime are looked for. */
const SESSION_SWEEP_MS = 60_000;
/** last_used_at of API keys is written at most this often per key. */
const KEY_TOUCH_INTERVAL_MS = 60_000;

export class SecurityModule {
  private readonly principals = new Map<string, { principal: Principal; untilMs: number }>();
  private readonly keyTouchedAt = new Map<string, number>();
  /** Looks for sessions that outlived their refresh lifetime, so their end is reported. */
  private readonly expirySweep: NodeJS.Timeout;

  private constructor(
    private readonly store: SecurityStore,
    private readonly signingKey: Uint8Array,
    private readonly options: SecurityOptions,
    private readonly events: EventBus,
    readonly bootstrap: Bootstrap | null,
  ) {
    this.expirySweep = setInterval(() => this.expireSessions(), SESSION_SWEEP_MS);
    this.expirySweep.unref();
  }

  static async open(options: SecurityOptions, events: EventBus): Promise<SecurityModule> {
    const store = new SecurityStore(options.file);
    try {
      const now = new Date().toISOString();
      store.transaction(() => {
        for (const [name, role] of Object.entries(BUILT_IN_ROLES)) store.s.upsertBuiltInRole.run(name, role.description, JSON.stringify(role.permissions), now);
      });
      store.s.purgeExpired.all(unixNow());
      const bootstrap = store.s.countUsers.get()!.count === 0 ? await createFirstAdmin(store, options) : null;
      return new SecurityModule(store, loadSigningKey(options.jwtSecret, options.keyFile), options, events, bootstrap);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  close(): void {
    clearInterval(this.expirySweep);
    this.store.close();
  }

  // --- Sign-in -------------------------------------------------------------------------------

  async login(username: string, password: string, caller: Caller): Promise<TokenPair> {
    const row = this.store.s.userByName.get(username);
    // Hash even for an unknown name, so timing does not tell which names exist.
    const matches = await verifyPassword(password, row?.password_hash ?? (await unusableHash()));
    const refuse = (detail: string): never => {
      this.audit({ ...callerEntry(caller), userId: row?.id ?? null, username, via: 'password', operation: 'login', target: null, outcome: 'failure', status: 401, detail });
      throw new EngineError('UNAUTHENTICATED', 'wrong user name or password');
    };
    if (!row || !matches) return refuse(row ? 'wrong password' : 'unknown user');
    if (row.disabled) return refuse('user disabled');
    const sessionId = newId();
    const now = new Date().toISOString();
    this.expireSessions();
    this.store.transaction(() => {
      this.store.s.insertSession.run(sessionId, row.id, now, unixNow() + this.options.refreshTokenTtlSeconds);
      this.store.s.touchLogin.run(now, row.id);
    });
    this.events.publish('session.opened', { sessionId, userId: row.id, username: row.username, reason: 'login', at: now });
    this.audit({ ...callerEntry(caller), userId: row.id, username: row.username, via: 'password', operation: 'login', target: null, outcome: 'success', status: 200, detail: null });
    return this.issueTokens(toUser(row), sessionId);
  }

  /** Spends a refresh token for a new pair. A spent one presented again revokes its session. */
  async refreshToken(token: string, caller: Caller): Promise<TokenPair> {
    const row = this.store.s.refreshToken.get(sha256(token));
    const session = row ? this.store.s.session.get(row.session_id) : undefined;
    const user = session ? this.store.s.userById.get(session.user_id) : undefined;
    const refuse = (detail: string, message = 'the refresh token is not valid'): never => {
      this.audit({ ...callerEntry(caller), userId: user?.id ?? null, username: user?.username ?? null, via: 'token', operation: 'refreshToken', target: session?.id ?? null, outcome: 'failure', status: 401, detail });
      throw new EngineError('UNAUTHENTICATED', message);
    };
    if (!row || !session || !user) return refuse('unknown refresh token');
    if (row.spent_at !== null) {
      this.sessionsClosed(this.changeRights(() => this.store.s.revokeSession.all(new Date().toISOString(), 'refresh token reused', session.id)), 'revoked');
      return refuse('a spent refresh token was presented again; the session is revoked', 'the refresh token was already used; the session is revoked, sign in again');
    }
    if (session.revoked_at !== null) return refuse('session revoked');
    if (row.expires_at < unixNow() || session.expires_at < unixNow()) return refuse('refresh token expired', 'the refresh token has expired');
    if (user.disabled) return refuse('user disabled');
    // Only the first of two concurrent refreshes with the same token wins.
    if (this.store.s.spendRefreshToken.run(new Date().toISOString(), row.hash).changes === 0) return refuse('refresh token spent concurrently');
    this.store.s.extendSession.run(unixNow() + this.options.refreshTokenTtlSeconds, session.id);
    this.audit({ ...callerEntry(caller), userId: user.id, username: user.username, via: 'token', operation: 'refreshToken', target: session.id, outcome: 'success', status: 200, detail: null });
    return this.issueTokens(toUser(user), session.id);
  }

  /** Revokes the session of the principal's access token. */
  logout(principal: Principal): void {
    if (principal.sessionId === null) throw new EngineError('VALIDATION_FAILED', 'an API key has no session to sign out of; delete the key instead');
    const sessionId = principal.sessionId;
    this.sessionsClosed(this.changeRights(() => this.store.s.revokeSession.all(new Date().toISOString(), 'signed out', sessionId)), 'logout');
  }

  /** Ends a live sign-in session for good: its tokens stop working, its WebSockets close. */
  terminateSession(sessionId: string): void {
    const session = this.store.s.session.get(sessionId);
    if (!session || session.revoked_at !== null || session.expires_at < unixNow()) throw notFound('sign-in session', sessionId);
    this.sessionsClosed(this.changeRights(() => this.store.s.revokeSession.all(new Date().toISOString(), 'terminated by an administrator', sessionId)), 'terminated');
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const row = this.store.s.userById.get(principal.userId);
    if (!row) throw notFound('user', principal.userId);
    if (!(await verifyPassword(currentPassword, row.password_hash))) throw invalid('/body/currentPassword', 'the current password is wrong');
    const hash = await hashPassword(newPassword);
    const closed = this.changeRights(() => {
      this.store.s.updateUser.run(hash, null, new Date().toISOString(), row.id);
      return this.store.s.revokeUserSessions.all(new Date().toISOString(), 'password changed', row.id);
    });
    this.sessionsClosed(closed, 'revoked');
  }

  /** The principal behind a credential, as of now. Throws UNAUTHENTICATED, saying why. */
  async authenticate(credentials: Credentials): Promise<Principal> {
    const presented = credentials.bearer ?? credentials.apiKey;
    if (presented === undefined) throw new EngineError('UNAUTHENTICATED', 'this operation needs credentials: a bearer token or an API key');
    const cached = this.principals.get(presented);
    if (cached && cached.untilMs > Date.now()) {
      this.touchApiKey(cached.principal);
      return cached.principal;
    }
    const principal = credentials.bearer !== undefined ? await this.principalOfToken(credentials.bearer) : this.principalOfApiKey(credentials.apiKey!);
    if (this.principals.size >= PRINCIPAL_CACHE_SIZE) this.principals.clear();
    this.principals.set(presented, { principal, untilMs: principal.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(principal.expiresAt) });
    this.touchApiKey(principal);
    return principal;
  }

  // --- API keys ------------------------------------------------------------------------------

  createApiKey(principal: Principal, name: string, expiresInDays?: number): ApiKey & { key: string } {
    const { id, key, prefix } = newApiKey();
    const createdAt = new Date().toISOString();
    const expiresAt = expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * 86_400_000).toISOString();
    this.store.s.insertApiKey.run(id, principal.userId, name, prefix, sha256(parseApiKey(key)!.secret), createdAt, expiresAt);
    return { id, name, prefix, createdAt, expiresAt, lastUsedAt: null, key };
  }

  apiKeys(principal: Principal): ApiKey[] {
    return this.store.s.apiKeysOf.all(principal.userId).map(toApiKey);
  }

  /** The caller's own keys; with system:admin, anyone's. */
  deleteApiKey(principal: Principal, id: string): void {
    const row = this.store.s.apiKey.get(id);
    if (!row || (row.user_id !== principal.userId && !principal.permissions.includes('system:admin'))) throw notFound('API key', id);
    this.changeRights(() => this.store.s.deleteApiKey.run(id));
  }

  // --- Users ---------------------------------------------------------------------------------

  users(): User[] {
    return this.store.s.users.all().map(toUser);
  }

  user(id: string): User {
    const row = this.store.s.userById.get(id);
    if (!row) throw notFound('user', id);
    return toUser(row);
  }

  async createUser(input: { username: string; password: string; roles?: string[]; disabled?: boolean }): Promise<User> {
    checkUsername(input.username);
    checkPassword('/body/password', input.password);
    const roles = this.checkRoles(input.roles ?? []);
    if (this.store.s.userByName.get(input.username)) throw new EngineError('ALREADY_EXISTS', `user ${JSON.stringify(input.username)} already exists`);
    const id = newId();
    const hash = await hashPassword(input.password);
    const now = new Date().toISOString();
    this.store.transaction(() => {
      this.store.s.insertUser.run(id, input.username, hash, input.disabled ? 1 : 0, now, now);
      for (const role of roles) this.store.s.addUserRole.run(id, role);
    });
    return this.user(id);
  }

  async updateUser(id: string, input: { password?: string; roles?: string[]; disabled?: boolean }): Promise<User> {
    this.user(id);
    if (input.password !== undefined) checkPassword('/body/password', input.password);
    const roles = input.roles === undefined ? undefined : this.checkRoles(input.roles);
    const hash = input.password === undefined ? null : await hashPassword(input.password);
    const now = new Date().toISOString();
    const closed = this.changeRights(() => {
      this.store.s.updateUser.run(hash, input.disabled === undefined ? null : input.disabled ? 1 : 0, now, id);
      if (roles !== undefined) {
        this.store.s.clearUserRoles.run(id);
        for (const role of roles) this.store.s.addUserRole.run(id, role);
      }
      this.keepAnAdmin();
      return hash !== null || input.disabled === true ? this.store.s.revokeUserSessions.all(now, hash !== null ? 'password changed' : 'user disabled', id) : [];
    });
    this.sessionsClosed(closed, 'revoked');
    return this.user(id);
  }

  deleteUser(id: string): void {
    this.user(id);
    const closed = this.changeRights(() => {
      const live = this.store.s.liveSessionsOfUser.all(id);
      this.store.s.deleteUser.run(id);
      this.keepAnAdmin();
      return live;
    });
    this.sessionsClosed(closed, 'revoked');
  }

  // --- Roles and permissions -----------------------------------------------------------------

  permissions(): Array<{ name: Permission; description: string }> {
    return ALL_PERMISSIONS.map((name) => ({ name, description: PERMISSIONS[name] }));
  }

  roles(): Role[] {
    return this.store.s.roles.all().map(toRole);
  }

  role(id: string): Role {
    const row = this.store.s.role.get(id);
    if (!row) throw notFound('role', id);
    return toRole(row);
  }

  createRole(input: { name: string; description?: string; permissions: string[] }): Role {
    if (!/^[a-z][a-z0-9_-]{0,63}$/.test(input.name)) throw invalid('/body/name', 'a role name is 1 to 64 lower-case letters, digits, dashes and underscores, starting with a letter');
    const permissions = checkPermissions(input.permissions);
    if (this.store.s.role.get(input.name)) throw new EngineError('ALREADY_EXISTS', `role ${JSON.stringify(input.name)} already exists`);
    this.store.s.insertRole.run(input.name, input.description ?? '', JSON.stringify(permissions), new Date().toISOString());
    return this.role(input.name);
  }

  updateRole(id: string, input: { description?: string; permissions?: string[] }): Role {
    const role = this.customRole(id);
    const permissions = input.permissions === undefined ? role.permissions : checkPermissions(input.permissions);
    this.changeRights(() => this.store.s.updateRole.run(input.description ?? role.description, JSON.stringify(permissions), id));
    return this.role(id);
  }

  deleteRole(id: string): void {
    this.customRole(id);
    this.changeRights(() => this.store.s.deleteRole.run(id));
  }

  grantPermission(roleId: string, permission: string): Role {
    const role = this.customRole(roleId);
    return this.updateRole(roleId, { permissions: [...new Set([...role.permissions, ...checkPermissions([permission])])] });
  }

  revokePermission(roleId: string, permission: string): Role {
    const role = this.customRole(roleId);
    checkPermissions([permission]);
    return this.updateRole(roleId, { permissions: role.permissions.filter((held) => held !== permission) });
  }

  // --- Audit ---------------------------------------------------------------------------------

  /** Appends a record and publishes it; records are never changed or deleted. */
  audit(input: AuditInput): AuditEntry {
    const row = this.store.s.insertAudit.get(
      new Date().toISOString(),
      input.userId,
      input.username,
      input.via,
      input.ip,
      input.surface,
      input.operation,
      input.target,
      input.outcome,
      input.status,
      input.requestId,
      input.detail,
    )!;
    const entry = toAuditEntry(row);
    this.events.publish('audit.recorded', entry);
    return entry;
  }

  auditLog(filter: AuditFilter, limit: number, cursor?: string): { entries: AuditEntry[]; nextCursor: string | null } {
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalid('/query/limit', 'limit is from 1 to 1000');
    if (cursor !== undefined && !/^[0-9]{1,16}$/.test(cursor)) throw invalid('/query/cursor', 'not a cursor this server gave');
    const rows = this.store.auditPage({
      ...filter,
      from: filter.from === undefined ? undefined : isoTime('/query/from', filter.from),
      to: filter.to === undefined ? undefined : isoTime('/query/to', filter.to),
      before: cursor === undefined ? undefined : Number(cursor),
      limit: limit + 1,
    });
    const entries = rows.slice(0, limit).map(toAuditEntry);
    return { entries, nextCursor: rows.length > limit ? String(entries.at(-1)!.id) : null };
  }

  // --- Internals -----------------------------------------------------------------------------

  private async issueTokens(user: User, sessionId: string): Promise<TokenPair> {
    const refreshToken = newRefreshToken(sessionId);
    this.store.s.insertRefreshToken.run(sha256(refreshToken), sessionId, unixNow() + this.options.refreshTokenTtlSeconds);
    const accessToken = await signAccessToken(this.signingKey, { sub: user.id, username: user.username, roles: user.roles, sid: sessionId }, this.options.accessTokenTtlSeconds);
    return { accessToken, refreshToken, expiresIn: this.options.accessTokenTtlSeconds, refreshExpiresIn: this.options.refreshTokenTtlSeconds };
  }

  private async principalOfToken(token: string): Promise<Principal> {
    const claims = await verifyAccessToken(this.signingKey, token);
    if ('invalid' in claims) throw new EngineError('UNAUTHENTICATED', claims.invalid);
    const session = this.store.s.session.get(claims.sid);
    if (!session || session.revoked_at !== null) throw new EngineError('UNAUTHENTICATED', 'the token has been revoked');
    return this.principalOf(claims.sub, { via: 'token', sessionId: session.id, apiKeyId: null, expiresAt: new Date(claims.exp * 1000).toISOString() });
  }

  private principalOfApiKey(key: string): Principal {
    const parsed = parseApiKey(key);
    const row = parsed ? this.store.s.apiKey.get(parsed.id) : undefined;
    if (!parsed || !row || !sameHash(sha256(parsed.secret), row.secret_hash)) throw new EngineError('UNAUTHENTICATED', 'the API key is not valid');
    if (row.expires_at !== null && Date.parse(row.expires_at) <= Date.now()) throw new EngineError('UNAUTHENTICATED', 'the API key has expired');
    return this.principalOf(row.user_id, { via: 'api_key', sessionId: null, apiKeyId: row.id, expiresAt: row.expires_at });
  }

  private principalOf(userId: string, credential: Pick<Principal, 'via' | 'sessionId' | 'apiKeyId' | 'expiresAt'>): Principal {
    const row = this.store.s.userById.get(userId);
    if (!row) throw new EngineError('UNAUTHENTICATED', 'the user no longer exists');
    if (row.disabled) throw new EngineError('UNAUTHENTICATED', 'the user is disabled');
    const user = toUser(row);
    const permissions = new Set<Permission>();
    for (const name of user.roles) for (const permission of this.role(name).permissions) permissions.add(permission);
    return { userId: user.id, username: user.username, roles: user.roles, permissions: [...permissions], ...credential };
  }

  private touchApiKey(principal: Principal): void {
    if (principal.apiKeyId === null) return;
    const now = Date.now();
    if (now - (this.keyTouchedAt.get(principal.apiKeyId) ?? 0) < KEY_TOUCH_INTERVAL_MS) return;
    this.keyTouchedAt.set(principal.apiKeyId, now);
    this.store.s.touchApiKey.run(new Date(now).toISOString(), principal.apiKeyId);
  }

  /** Runs a change that may take rights away, then forgets every resolved credential and says so. */
  private changeRights<T>(change: () => T): T {
    const result = this.store.transaction(change);
    this.principals.clear();
    this.events.publish('security.changed', {});
    return result;
  }

  /** Forgets sessions past their lifetime, saying which ended that way (the others were closed when revoked). */
  private expireSessions(): void {
    this.sessionsClosed(this.store.s.purgeExpired.all(unixNow()).filter((session) => session.revoked_at === null), 'expired');
  }

  private sessionsClosed(sessions: ClosedSessionRow[], reason: SessionEvent['reason']): void {
    const at = new Date().toISOString();
    for (const session of sessions) this.events.publish('session.closed', { sessionId: session.id, userId: session.user_id, username: session.username, reason, at });
  }

  private checkRoles(roles: string[]): string[] {
    roles.forEach((role, index) => {
      if (!this.store.s.role.get(role)) throw invalid(`/body/roles/${index}`, `role ${JSON.stringify(role)} does not exist`);
    });
    return [...new Set(roles)];
  }

  private customRole(id: string): Role {
    const role = this.role(id);
    if (role.builtIn) throw new EngineError('CONFLICT', `role ${JSON.stringify(id)} is built in and cannot be changed; create a custom role instead`);
    return role;
  }

  /** Inside a transaction: refuses a change that leaves nobody able to administer the server. */
  private keepAnAdmin(): void {
    if (this.store.s.enabledAdmins.all().length === 0) throw new EngineError('CONFLICT', 'this would leave no enabled user with the admin role');
  }
}

async function createFirstAdmin(store: SecurityStore, options: SecurityOptions): Promise<Bootstrap> {
  const given = options.adminPassword !== undefined && options.adminPassword !== '';
  const password = given ? options.adminPassword! : randomBytes(18).toString('base64url');
  checkPassword('/adminPassword', password);
  const hash = await hashPassword(password);
  const now = new Date().toISOString();
  const id = newId();
  store.transaction(() => {
    store.s.insertUser.run(id, 'admin', hash, 0, now, now);
    store.s.addUserRole.run(id, 'admin');
  });
  if (given) return { username: 'admin', generatedPassword: null, passwordFile: null };
  writeFileSync(options.adminPasswordFile, `${password}\n`, { mode: 0o600 });
  return { username: 'admin', generatedPassword: password, passwordFile: options.adminPasswordFile };
}

function checkUsername(username: string): void {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(username)) throw invalid('/body/username', 'a user name is 1 to 64 letters, digits, dots, dashes and underscores');
}

function checkPassword(pointer: string, password: string): void {
  if (password.length < 8 || password.length > 1024) throw invalid(pointer, 'a password has 8 to 1024 characters');
}

function checkPermissions(permissions: string[]): Permission[] {
  permissions.forEach((permission, index) => {
    if (!isPermission(permission)) throw invalid(`/body/permissions/${index}`, `${JSON.stringify(permission)} is not a permission; one of: ${ALL_PERMISSIONS.join(', ')}`);
  });
  return [...new Set(permissions as Permission[])];
}

function isoTime(pointer: string, text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw invalid(pointer, 'not an RFC 3339 date-time');
  return new Date(time).toISOString();
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

function callerEntry(caller: Caller): Pick<AuditEntry, 'ip' | 'requestId' | 'surface'> {
  return { ip: caller.ip, requestId: caller.requestId, surface: caller.surface };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    roles: JSON.parse(row.roles) as string[],
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
  };
}

function toRole(row: RoleRow): Role {
  return { id: row.name, name: row.name, description: row.description, permissions: JSON.parse(row.permissions) as Permission[], builtIn: row.built_in === 1, createdAt: row.created_at };
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at };
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    time: row.time,
    userId: row.user_id,
    username: row.username,
    via: row.via as AuditVia,
    ip: row.ip,
    surface: row.surface as AuditSurface,
    operation: row.operation,
    target: row.target,
    outcome: row.outcome as AuditOutcome,
    status: row.status,
    requestId: row.request_id,
    detail: row.detail,
  };
}
