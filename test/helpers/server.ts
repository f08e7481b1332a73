// Starts a server on a free port with an in-memory database, response validation on, logs off;
// and an SDK client pointed at it.
import WebSocket from 'ws';
import { type StrataClient, createStrataClient } from '../../generated/client/index.js';
import { type StrataServer, startServer } from '../../server/app.js';
import { type ServerConfig, loadConfig } from '../../server/config.js';

export interface TestServer {
  server: StrataServer;
  url: string;
  /** Signed in as the admin. */
  client: StrataClient;
  /** The admin's Authorization header. */
  auth: Record<string, string>;
  close(): Promise<void>;
}

/** The first admin's password on every test server. */
export const ADMIN_PASSWORD = 'admin-password-for-tests';

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig([], {}), port: 0, memory: true, logLevel: 'silent', validateResponses: true, adminPassword: ADMIN_PASSWORD, ...overrides };
}

/** Signs in; returns the Authorization header of the access token. */
export async function signIn(base: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await call(base, 'POST', '/api/v1/auth/login', { username, password });
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { authorization: `Bearer ${response.body.access_token as string}` };
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const server = await startServer(testConfig(overrides));
  const auth = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  const client = createStrataClient({ baseUrl: server.url, headers: auth, WebSocket: WebSocket as never });
  return {
    server,
    url: server.url,
    client,
    auth,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** fetch against a server, JSON in and out; given a TestServer, as its admin. */
export async function call(target: string | Pick<TestServer, 'url' | 'auth'>, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const [base, auth] = typeof target === 'string' ? [target, {}] : [target.url, target.auth];
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? { ...auth, ...headers } : { 'content-type': 'application/json', ...auth, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
