// What the administration and diagnostics tests share: a server with a developer, dana, signed
// in, a table of notes, and a statement that runs until it is stopped.
import { call, signIn, startTestServer, type TestServer } from '../helpers/server.js';

/** Runs for minutes unless stopped. */
export const ENDLESS = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) AS n FROM n';

export interface AdminTestServer {
  server: TestServer;
  /** dana's Authorization header. */
  dana: Record<string, string>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<any>;
}

export async function startWithDana(): Promise<AdminTestServer> {
  const server = await startTestServer({ signInsPerMinute: 0 });
  await call(server, 'POST', '/api/v1/admin/users', { username: 'dana', password: 'dana-password', roles: ['developer'] });
  await call(server, 'POST', '/api/v1/tables', { name: 'notes', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'body', type: 'TEXT' }] });
  return {
    server,
    dana: await signIn(server.url, 'dana', 'dana-password'),
    graphql: async (query, variables = {}) => (await call(server, 'POST', '/graphql', { query, variables })).body,
  };
}
