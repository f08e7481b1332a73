// Starts a server on a free port with an in-memory database, response validation on, logs off;
// and an SDK client pointed at it.
import WebSocket from 'ws';
import { type StrataClient, createStrataClient } from '../../generated/client/index.js';
import { type StrataServer, startServer } from '../../server/app.js';
import { type ServerConfig, loadConfig } from '../../server/config.js';

export interface TestServer {
  server: StrataServer;
  url: string;
  client: StrataClient;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig([], {}), port: 0, memory: true, logLevel: 'silent', validateResponses: true, ...overrides };
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const server = await startServer(testConfig(overrides));
  const client = createStrataClient({ baseUrl: server.url, WebSocket: WebSocket as never });
  return {
    server,
    url: server.url,
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** fetch against the test server, JSON in and out. */
export async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
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
