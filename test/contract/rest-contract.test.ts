// Walks every operation of the OpenAPI document: each is routed, answers a valid request with a
// response its spec allows, refuses bad input with problem+json 4xx, and carries a request id.
// Every operation needs a fixture in fixtures/<module>.ts; a new operation without one fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as responseValidators from '../../generated/rest/response-validators.js';
import { type OperationId, operations, responseValidatorNames } from '../../generated/rest/operations.js';
import { openApiJson } from '../../generated/specs.js';
import type { QueryStartedEvent } from '../../engine/events/bus.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { type ContractRequest, freshTable, useContractServer } from './fixture-kit.js';
import { fixtures } from './fixtures/index.js';

let server: TestServer;

function url(id: OperationId, request: ContractRequest): string {
  const operation = operations[id];
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.path?.[name] ?? `missing-${name}`));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) for (const item of [value].flat()) query.append(key, item);
  return query.size > 0 ? `${path}?${query}` : path;
}

/** Checks a response body against the operation's spec, independently of the server's own check. */
function violation(id: OperationId, status: number, body: unknown): string | null {
  const name = responseValidatorNames[id][status];
  if (name === undefined) return `status ${status} is not declared`;
  const validate = (responseValidators as unknown as Record<string, ((data: unknown) => boolean) & { errors?: unknown }>)[name]!;
  return validate(body) ? null : JSON.stringify(validate.errors);
}

/** The media type the spec declares for the operation's success response (application/json for most). */
function successMediaType(id: OperationId): string {
  const operation = operations[id];
  const document = JSON.parse(openApiJson) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
  const content = document.paths[operation.path]![operation.method.toLowerCase()]!.responses[String(operation.successStatus)]!.content ?? {};
  return Object.keys(content)[0] ?? 'application/json';
}

beforeAll(async () => {
  // Sign-ins are limited per address; this file signs in far more often than a person would.
  server = await startTestServer({ bodyLimitBytes: 64 * 1024, transactionIdleTimeoutMs: 60_000, signInsPerMinute: 0 });
  useContractServer(server);
});

afterAll(() => server.close());

const ids = Object.keys(operations) as OperationId[];

it('has a fixture for every operation of the spec', () => {
  expect(Object.keys(fixtures).sort()).toEqual([...ids].sort());
});

/** A method no operation takes on the path of this one (DELETE /rows/batch, say, is deleteRow of row "batch"). */
function freeMethod(id: OperationId): string | undefined {
  const path = operations[id].path.replace(/\{[^}]+\}/g, 'x');
  const matches = (template: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path);
  return ['PUT', 'PATCH', 'DELETE', 'POST'].find((method) => !Object.values(operations).some((other) => other.method === method && matches(other.path)));
}

describe.each(ids)('%s', (id) => {
  const operation = operations[id];

  it('is routed and answers a valid request as its spec says, running its statements for its caller', async () => {
    const request = await fixtures[id]!();
    const started: QueryStartedEvent[] = [];
    const stop = server.server.engine.events.subscribe('query.started', (event) => started.push(event));
    const response = await call(server, operation.method, url(id, request), request.body, request.headers).finally(stop);
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
    // The handler handed its caller to the engine (active queries, sessions and incidents show it):
    // no statement ran for nobody. Engine jobs running meanwhile name themselves.
    const requestId = response.headers.get('x-request-id');
    expect(started.filter((event) => event.operation === null || (event.requestId === requestId && event.operation !== id)).map((event) => event.sql)).toEqual([]);
    expect(response.status, JSON.stringify(response.body)).toBe(operation.successStatus);
    if (response.status !== 204) expect(response.headers.get('content-type')?.startsWith(successMediaType(id))).toBe(true);
    expect(violation(id, response.status, response.body)).toBeNull();
  });

  if (operation.body !== 'none') {
    it('refuses a body of the wrong shape with 400 naming the body', async () => {
      const request = await fixtures[id]!();
      const response = await call(server, operation.method, url(id, request), [1, 2, 3]);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: response.headers.get('x-request-id') });
      expect(response.body.errors[0].pointer).toMatch(/^\/body/);
      expect(violation(id, 400, response.body)).toBeNull();
    });

    it('refuses malformed JSON (400), other media types (415) and bodies over the limit (413)', async () => {
      const request = await fixtures[id]!();
      const malformed = await call(server, operation.method, url(id, request), '{"unterminated": ');
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('MALFORMED_JSON');
      const text = await call(server, operation.method, url(id, request), 'sql=1', { 'content-type': 'text/plain' });
      expect(text.status).toBe(415);
      expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const huge = await call(server, operation.method, url(id, request), JSON.stringify({ sql: 'x'.repeat(100 * 1024) }));
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
      for (const response of [malformed, text, huge]) expect(violation(id, response.status, response.body)).toBeNull();
    });
  }

  const method = freeMethod(id);
  if (method !== undefined) {
    it(`answers ${method}, which its path does not take, with 405 and Allow`, async () => {
      const request = await fixtures[id]!();
      const response = await call(server, method, url(id, request));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toContain(operation.method);
      expect(response.body.code).toBe('METHOD_NOT_ALLOWED');
    });
  }
});

describe('parameters', () => {
  it('refuses unknown and ill-typed query parameters, naming them', async () => {
    const table = await freshTable();
    const response = await call(server, 'GET', `/api/v1/tables/${table}/rows?limit=many&colour=red`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/query/colour', '/query/limit']);
  });

  it('refuses a malformed filter', async () => {
    const table = await freshTable();
    const response = await call(server, 'GET', `/api/v1/tables/${table}/rows?filter=label:approximately:a`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/query/filter/0');
  });

  it('answers unknown tables, rows and transactions with 404', async () => {
    for (const path of ['/api/v1/tables/nowhere', '/api/v1/tables/nowhere/rows', '/api/v1/transactions/nope', `/api/v1/tables/${await freshTable()}/rows/999`]) {
      const response = await call(server, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
  });

  it('answers unknown routes with a 404 problem and never leaks a stack trace', async () => {
    const response = await call(server, 'GET', '/api/v1/no/such/route');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('keeps a well-formed incoming request id', async () => {
    const response = await call(server, 'GET', '/api/v1/info', undefined, { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });

  it('maps SQL errors to 400 and constraint violations to 409', async () => {
    const table = await freshTable();
    const syntax = await call(server, 'POST', '/api/v1/query/execute', { sql: 'SELEC 1' });
    expect(syntax.status).toBe(400);
    expect(syntax.body).toMatchObject({ code: 'SQL_ERROR', detail: 'near "SELEC": syntax error' });
    const duplicate = await call(server, 'POST', `/api/v1/tables/${table}/rows`, { id: 1, label: 'dup' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('CONSTRAINT_VIOLATION');
  });
});
