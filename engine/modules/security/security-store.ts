// Where users, roles, sessions, API keys and the audit trail live: security.db, a SQLite file of
// its own next to the databases. User SQL cannot reach it (ATTACH is refused), so no statement
// sent to a database can read a password hash or rewrite the audit trail.
import BetterSqlite3 from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_login_at TEXT
);
CREATE TABLE IF NOT EXISTS roles (
  name TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  permissions TEXT NOT NULL,
  built_in INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_roles (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
  PRIMARY KEY (user_id, role)
);
-- A session is one sign-in: every access and refresh token descended from it.
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at TEXT,
  revoked_reason TEXT
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  spent_at TEXT
);
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT
);
CREATE INDEX IF NOT EXISTS api_keys_user ON api_keys(user_id);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time TEXT NOT NULL,
  user_id TEXT,
  username TEXT,
  via TEXT NOT NULL,
  ip TEXT,
  surface TEXT NOT NULL,
  operation TEXT NOT NULL,
  target TEXT,
  outcome TEXT NOT NULL,
  status INTEGER,
  request_id TEXT,
  detail TEXT
);
-- Append-only, whatever code runs against this file.
CREATE TRIGGER IF NOT EXISTS audit_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
`;

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  /** JSON array, from user_roles. */
  roles: string;
}

export interface RoleRow {
  name: string;
  description: string;
  /** JSON array. */
  permissions: string;
  built_in: number;
  created_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  expires_at: number;
  revoked_at: string | null;
}

export interface RefreshTokenRow {
  hash: string;
  session_id: string;
  expires_at: number;
  spent_at: string | null;
}

export interface ApiKeyRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

export interface AuditRow {
  id: number;
  time: string;
  user_id: string | null;
  username: string | null;
  via: string;
  ip: string | null;
  surface: string;
  operation: string;
  target: string | null;
  outcome: string;
  status: number | null;
  request_id: string | null;
  detail: string | null;
}

export interface AuditQuery {
  username?: string;
  operation?: string;
  outcome?: string;
  surface?: string;
  from?: string;
  to?: string;
  /** Only records with a smaller id (the cursor). */
  before?: number;
  limit: number;
}

/** A session that ended, as session.closed reports it. */
export interface ClosedSessionRow {
  id: string;
  user_id: string;
  username: string;
}

const CLOSED_SESSION = 'id, user_id, (SELECT username FROM users WHERE users.id = sessions.user_id) AS username';

const USER_COLUMNS = `u.*, (SELECT json_group_array(role) FROM (SELECT role FROM user_roles WHERE user_id = u.id ORDER BY role)) AS roles`;

export class SecurityStore {
  private readonly db: BetterSqlite3.Database;
  private readonly statements;

  constructor(file: string) {
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.statements = {
      countUsers: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM users'),
      users: db.prepare<[], UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.username`),
      userById: db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`),
      userByName: db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.username = ?`),
      insertUser: db.prepare('INSERT INTO users (id, username, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'),
      updateUser: db.prepare('UPDATE users SET password_hash = coalesce(?, password_hash), disabled = coalesce(?, disabled), updated_at = ? WHERE id = ?'),
      touchLogin: db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?'),
      deleteUser: db.prepare('DELETE FROM users WHERE id = ?'),
      clearUserRoles: db.prepare('DELETE FROM user_roles WHERE user_id = ?'),
      addUserRole: db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)'),
      enabledAdmins: db.prepare<[], { id: string }>(
        `SELECT DISTINCT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id WHERE u.disabled = 0 AND ur.role = 'admin'`,
      ),
      roles: db.prepare<[], RoleRow>('SELECT * FROM roles ORDER BY built_in DESC, name'),
      role: db.prepare<[string], RoleRow>('SELECT * FROM roles WHERE name = ?'),
      upsertBuiltInRole: db.prepare(
        `INSERT INTO roles (name, description, permissions, built_in, created_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT(name) DO UPDATE SET description = excluded.description, permissions = excluded.permissions, built_in = 1`,
      ),
      insertRole: db.prepare('INSERT INTO roles (name, description, permissions, built_in, created_at) VALUES (?, ?, ?, 0, ?)'),
      updateRole: db.prepare('UPDATE roles SET description = ?, permissions = ? WHERE name = ?'),
      deleteRole: db.prepare('DELETE FROM roles WHERE name = ?'),
      insertSession: db.prepare('INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      session: db.prepare<[string], SessionRow>('SELECT id, user_id, expires_at, revoked_at FROM sessions WHERE id = ?'),
      extendSession: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?'),
      revokeSession: db.prepare<[string, string, string], ClosedSessionRow>(`UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL RETURNING ${CLOSED_SESSION}`),
      revokeUserSessions: db.prepare<[string, string, string], ClosedSessionRow>(`UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL RETURNING ${CLOSED_SESSION}`),
      liveSessionsOfUser: db.prepare<[string], ClosedSessionRow>(`SELECT ${CLOSED_SESSION} FROM sessions WHERE user_id = ? AND revoked_at IS NULL`),
      insertRefreshToken: db.prepare('INSERT INTO refresh_tokens (hash, session_id, expires_at) VALUES (?, ?, ?)'),
      refreshToken: db.prepare<[string], RefreshTokenRow>('SELECT * FROM refresh_tokens WHERE hash = ?'),
      spendRefreshToken: db.prepare('UPDATE refresh_tokens SET spent_at = ? WHERE hash = ? AND spent_at IS NULL'),
      // Spent tokens are kept until they expire: a spent one presented again reveals a theft.
      purgeExpired: db.prepare<[number], ClosedSessionRow & { revoked_at: string | null }>(`DELETE FROM sessions WHERE expires_at < ? RETURNING ${CLOSED_SESSION}, revoked_at`),
      insertApiKey: db.prepare('INSERT INTO api_keys (id, user_id, name, prefix, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      apiKey: db.prepare<[string], ApiKeyRow>('SELECT * FROM api_keys WHERE id = ?'),
      apiKeysOf: db.prepare<[string], ApiKeyRow>('SELECT * FROM api_keys WHERE user_id = ? ORDER BY created_at, id'),
      deleteApiKey: db.prepare('DELETE FROM api_keys WHERE id = ?'),
      touchApiKey: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?'),
      insertAudit: db.prepare<unknown[], AuditRow>(
        'INSERT INTO audit (time, user_id, username, via, ip, surface, operation, target, outcome, status, request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *',
      ),
      auditPage: db.prepare<Record<string, unknown>, AuditRow>(
        `SELECT * FROM audit
         WHERE (:username IS NULL OR username = :username COLLATE NOCASE)
           AND (:operation IS NULL OR operation = :operation)
           AND (:outcome IS NULL OR outcome = :outcome)
           AND (:surface IS NULL OR surface = :surface)
           AND (:from IS NULL OR time >= :from)
           AND (:to IS NULL OR time < :to)
           AND (:before IS NULL OR id < :before)
         ORDER BY id DESC LIMIT :limit`,
      ),
    };
  }

  get s() {
    return this.statements;
  }

  /** Runs fn in one write transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  auditPage(query: AuditQuery): AuditRow[] {
    return this.statements.auditPage.all({
      username: query.username ?? null,
      operation: query.operation ?? null,
      outcome: query.outcome ?? null,
      surface: query.surface ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      before: query.before ?? null,
      limit: query.limit,
    });
  }

  close(): void {
    this.db.close();
  }
}
