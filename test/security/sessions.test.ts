// Sign-in and the life of credentials: expiry, refresh rotation and reuse detection, logout,
// API key revocation, password changes, brute-force lockout, and the audit records of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call, signIn, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ accessTokenTtlSeconds: 2, signInsPerMinute: 0 });
  // Access tokens live 2 s here: the admin acts through an API key instead.
  server.auth = { 'x-api-key': (await call(server, 'POST', '/api/v1/auth/api-keys', { name: 'tests' })).body.api_key };
  await call(server, 'POST', '/api/v1/admin/users', { username: 'dana', password: 'dana-password', roles: ['developer'] });
});

afterAll(() => server.close());

const login = (username: string, password: string) => call(server.url, 'POST', '/api/v1/auth/login', { username, password });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const audit = async (query: string) => (await call(server, 'GET', `/api/v1/security/audit?${query}`)).body.entries as Array<Record<string, unknown>>;

describe('tokens', () => {
  it('signs in with the seed shape, and the access token expires', async () => {
    const response = await login('dana', 'dana-password');
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 2 });
    const claims = JSON.parse(Buffer.from(response.body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: expect.any(String), username: 'dana', roles: ['developer'], iat: expect.any(Number), exp: expect.any(Number) });
    expect((await call(server.url, 'GET', '/api/v1/auth/validate', undefined, bearer(response.body.access_token))).body).toMatchObject({ username: 'dana', permissions: ['database:read', 'database:write'], via: 'token' });
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const expired = await call(server.url, 'GET', '/api/v1/tables', undefined, bearer(response.body.access_token));
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toBe('the token has expired');
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('rotates refresh tokens, and a reused one revokes the whole session', async () => {
    const first = (await login('dana', 'dana-password')).body;
    const second = await call(server.url, 'POST', '/api/v1/auth/refresh', { refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    const reused = await call(server.url, 'POST', '/api/v1/auth/refresh', { refresh_token: first.refresh_token });
    expect(reused.status).toBe(401);
    // The thief's reuse also kills the pair the rightful client got.
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, bearer(second.body.access_token))).status).toBe(401);
    expect((await call(server.url, 'POST', '/api/v1/auth/refresh', { refresh_token: second.body.refresh_token })).status).toBe(401);
    expect(await audit('operation=refreshToken&outcome=failure')).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'dana', detail: expect.stringContaining('spent refresh token') })]));
  });

  it('logout revokes the session at once, and closes its WebSockets with 4401', async () => {
    const tokens = (await login('dana', 'dana-password')).body;
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws/events`, { headers: bearer(tokens.access_token) });
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    expect((await call(server.url, 'POST', '/api/v1/auth/logout', undefined, bearer(tokens.access_token))).status).toBe(204);
    expect(await closed).toBe(4401);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, bearer(tokens.access_token))).body.detail).toBe('the token has been revoked');
  });
});

describe('API keys', () => {
  it('works as X-API-Key and in access_token, is listed without its secret, and stops at revocation', async () => {
    const created = (await call(server, 'POST', '/api/v1/auth/api-keys', { name: 'ci', expires_in_days: 1 })).body;
    expect(created.api_key).toMatch(/^strata_/);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, { 'x-api-key': created.api_key })).status).toBe(200);
    const listed = (await call(server, 'GET', '/api/v1/auth/api-keys')).body.keys;
    expect(JSON.stringify(listed)).not.toContain(created.api_key);
    expect(listed.find((key: { id: string }) => key.id === created.id).last_used_at).not.toBeNull();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws/events?access_token=${encodeURIComponent(created.api_key)}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    expect((await call(server, 'DELETE', `/api/v1/auth/api-keys/${created.id}`)).status).toBe(204);
    expect(await closed).toBe(4401);
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, { 'x-api-key': created.api_key })).status).toBe(401);
  });
});

describe('users and roles', () => {
  it('a password change revokes every session of the user', async () => {
    await call(server, 'POST', '/api/v1/admin/users', { username: 'erin', password: 'erin-password' });
    const session = await signIn(server.url, 'erin', 'erin-password');
    const wrong = await call(server.url, 'POST', '/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'erin-password-2' }, session);
    expect(wrong.status).toBe(400);
    expect((await call(server.url, 'POST', '/api/v1/auth/password', { currentPassword: 'erin-password', newPassword: 'erin-password-2' }, session)).status).toBe(204);
    expect((await call(server.url, 'GET', '/api/v1/auth/validate', undefined, session)).status).toBe(401);
    expect((await login('erin', 'erin-password-2')).status).toBe(200);
  });

  it('role changes apply to tokens already issued; built-in roles and the last admin are protected', async () => {
    await call(server, 'POST', '/api/v1/admin/roles', { name: 'readers', permissions: [] });
    await call(server, 'POST', '/api/v1/admin/users', { username: 'finn', password: 'finn-password', roles: ['readers'] });
    const session = await signIn(server.url, 'finn', 'finn-password');
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, session)).status).toBe(403);
    await call(server, 'POST', '/api/v1/admin/roles/readers/permissions', { permission: 'database:read' });
    expect((await call(server.url, 'GET', '/api/v1/tables', undefined, session)).status).toBe(200);
    expect((await call(server, 'PUT', '/api/v1/admin/roles/admin', { permissions: [] })).status).toBe(409);
    const admin = (await call(server, 'GET', '/api/v1/admin/users')).body.users.find((user: { username: string }) => user.username === 'admin');
    expect((await call(server, 'DELETE', `/api/v1/admin/users/${admin.id}`)).body).toMatchObject({ status: 409, detail: 'this would leave no enabled user with the admin role' });
    expect(JSON.stringify((await call(server, 'GET', '/api/v1/admin/users')).body)).not.toContain('password');
  });
});

describe('brute force and audit', () => {
  it('locks sign-ins out past the per-address limit with 429 and the rate-limit headers, once in the audit', async () => {
    const limited = await startTestServer({ signInsPerMinute: 3 });
    try {
      const attempts = [];
      // The test server's own sign-in took one of the three.
      for (let attempt = 0; attempt < 4; attempt++) attempts.push(await call(limited.url, 'POST', '/api/v1/auth/login', { username: 'admin', password: 'wrong' }));
      expect(attempts.map((attempt) => attempt.status)).toEqual([401, 401, 429, 429]);
      const last = attempts.at(-1)!;
      expect(last.body).toMatchObject({ code: 'RATE_LIMITED', retry_after: expect.any(Number) });
      expect(last.headers.get('x-ratelimit-limit')).toBe('3');
      expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(last.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      const trail = (await call(limited, 'GET', '/api/v1/security/audit?operation=login')).body.entries;
      expect(trail.filter((entry: { outcome: string }) => entry.outcome === 'failure')).toHaveLength(2);
      expect(trail.filter((entry: { outcome: string }) => entry.outcome === 'denied')).toHaveLength(1);
      expect(trail[0]).toMatchObject({ username: null, status: 429, ip: expect.any(String) });
    } finally {
      await limited.close();
    }
  });

  it('records changes and refusals on every surface, and cannot be altered', async () => {
    await call(server, 'POST', '/api/v1/query/execute', { sql: 'CREATE TABLE audited (id INTEGER PRIMARY KEY)' });
    const graphql = await call(server, 'POST', '/graphql', { query: 'mutation { createRole(input: { name: "auditors", permissions: ["system:admin"] }) { id } }' });
    expect(graphql.body.errors).toBeUndefined();
    const rest = await audit('operation=executeSql');
    expect(rest[0]).toMatchObject({ username: 'admin', surface: 'rest', outcome: 'success', target: '/api/v1/query/execute', status: 200, via: 'api_key' });
    expect((await audit('surface=graphql&operation=createRole'))[0]).toMatchObject({ target: 'name=auditors', outcome: 'success' });
    // No operation changes the trail; its SQL lives outside every database user SQL can reach.
    const tamper = await call(server, 'POST', '/api/v1/query/execute', { sql: 'DELETE FROM audit' });
    expect(tamper.status).toBe(400);
    expect((await call(server, 'GET', '/api/v1/security/audit?limit=1')).body.nextCursor).not.toBeNull();
  });
});
