// Protection beyond permissions: GraphQL depth and cost limits, security headers, CORS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ graphqlMaxDepth: 3, graphqlMaxCost: 50, corsOrigins: 'https://app.example.com' });
});

afterAll(() => server.close());

const graphql = (query: string) => call(server, 'POST', '/graphql', { query });

describe('GraphQL limits', () => {
  it('refuses a selection deeper than the limit, and one that costs too much', async () => {
    const deep = await graphql('{ schemas { tables { columns { references { table } } } } }');
    expect(deep.body.errors[0], JSON.stringify(deep.body)).toMatchObject({ message: 'query depth 5 exceeds the limit of 3', extensions: { code: 'QUERY_TOO_COMPLEX' } });
    // 1 + 10 tables x (1 + columns: 1 + 10 x 2) = 221 > 50.
    const costly = await graphql('{ tables { name columns { name type } } }');
    expect(costly.body.errors[0].message).toMatch(/^query cost \d+ exceeds the limit of 50$/);
    expect((await graphql('{ queryTable(table: "none", limit: 2) { id } }')).body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets introspection through whatever its depth', async () => {
    const introspection = await graphql('{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(introspection.body.errors).toBeUndefined();
  });
});

describe('headers', () => {
  it('sends the security headers on answers and errors alike', async () => {
    for (const response of [await call(server, 'GET', '/api/v1/tables'), await call(server.url, 'GET', '/api/v1/tables')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('answers CORS for configured origins only', async () => {
    const allowed = await call(server, 'GET', '/api/v1/tables', undefined, { origin: 'https://app.example.com' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining');
    const other = await call(server, 'GET', '/api/v1/tables', undefined, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await call(server.url, 'OPTIONS', '/api/v1/tables', undefined, { origin: 'https://app.example.com', 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-API-Key');
  });
});
