// The access matrix, generated from the specs: every REST operation, GraphQL root field and
// WebSocket channel, called with no credentials (401), with a role lacking its permission (403)
// and with a role holding exactly that permission (neither). Nothing may be left out.
import { type GraphQLField, type GraphQLInputType, buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ALL_PERMISSIONS, PERMISSIONS } from '../../engine/modules/security/permissions.js';
import { rootFields } from '../../generated/graphql/fields.js';
import { type OperationId, operations } from '../../generated/rest/operations.js';
import { graphqlSdl, openApiJson } from '../../generated/specs.js';
import { channels } from '../../generated/ws/channels.js';
import { call, signIn, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
/** Authorization headers: of a user whose only role grants nothing, and per permission of a user holding just it. */
let nobody: Record<string, string>;
const holders = new Map<string, Record<string, string>>();

beforeAll(async () => {
  server = await startTestServer({ signInsPerMinute: 0, requestsPerMinute: 0 });
  const makeUser = async (name: string, permissions: string[]) => {
    await call(server, 'POST', '/api/v1/admin/roles', { name, permissions });
    await call(server, 'POST', '/api/v1/admin/users', { username: name, password: 'matrix-password', roles: [name] });
    return signIn(server.url, name, 'matrix-password');
  };
  nobody = await makeUser('nobody', []);
  for (const permission of ALL_PERMISSIONS) holders.set(permission, await makeUser(`holds-${permission.replace(':', '-')}`, [permission]));
});

/** Credentials holding the requirement; for `authenticated`, a session of its own (logout ends it). */
async function holding(requirement: string): Promise<Record<string, string>> {
  if (requirement === 'public') return {};
  if (requirement === 'authenticated') return signIn(server.url, 'nobody', 'matrix-password');
  return holders.get(requirement)!;
}

afterAll(() => server.close());

it('names the same permissions in the engine, the OpenAPI document and every table', () => {
  const declared = Object.keys((JSON.parse(openApiJson) as { 'x-strata-permissions': Record<string, string> })['x-strata-permissions']);
  expect(declared.sort()).toEqual(['authenticated', 'public', ...Object.keys(PERMISSIONS)].sort());
  const used = [...Object.values(operations).map((operation) => operation.permission), ...Object.values(rootFields).flatMap((fields) => Object.values(fields).map((field) => field.permission)), ...Object.values(channels).map((channel) => channel.permission)];
  for (const permission of used) expect(declared).toContain(permission);
});

function restPath(id: OperationId): string {
  return operations[id].path.replace(/\{[^}]+\}/g, 'x');
}

describe.each(Object.keys(operations) as OperationId[])('REST %s', (id) => {
  const operation = operations[id];
  const guarded = operation.permission !== 'public';
  it.runIf(guarded)('answers 401 problem+json with WWW-Authenticate without credentials', async () => {
    const response = await call(server.url, operation.method, restPath(id), operation.body === 'none' ? undefined : {});
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="strata"/);
  });
  it.runIf(guarded && operation.permission !== 'authenticated')('answers 403 to a role without its permission', async () => {
    const response = await call(server.url, operation.method, restPath(id), operation.body === 'none' ? undefined : {}, nobody);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });
  it('lets a role holding its permission through', async () => {
    // Run with the dummy input; what comes back may be 400 or 404, never 401 or 403.
    const headers = await holding(operation.permission);
    const response = await call(server.url, operation.method, restPath(id), operation.body === 'none' ? undefined : {}, headers);
    expect([401, 403]).not.toContain(response.status);
  });
});

/** A document calling one root field with placeholder arguments, selecting only __typename. */
function documentFor(root: 'Query' | 'Mutation' | 'Subscription', name: string): string {
  const schema = buildSchema(graphqlSdl);
  const field = (root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType())!.getFields()[name] as GraphQLField<unknown, unknown>;
  const args = field.args.filter((argument) => isNonNullType(argument.type)).map((argument) => `${argument.name}: ${placeholder(argument.type)}`);
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${root.toLowerCase()} { ${name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
}

function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${fields.map((field) => `${field.name}: ${placeholder(field.type)}`).join(', ')} }`;
  }
  return { Int: '1', Float: '1', Boolean: 'false', SafeInt: '1', JSON: '{}' }[type.name] ?? '"x"';
}

async function graphqlCodes(document: string, headers: Record<string, string>): Promise<string[]> {
  const response = await call(server.url, 'POST', '/graphql', { query: document }, { ...headers, accept: 'application/graphql-response+json' });
  return ((response.body.errors ?? []) as Array<{ extensions?: { code?: string } }>).map((error) => error.extensions?.code ?? '');
}

function subscriptionCodes(document: string, headers: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => finish([]), 1500);
    const finish = (codes: string[]) => {
      clearTimeout(timer);
      ws.close();
      resolve(codes);
    };
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: headers })));
    ws.on('error', reject);
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as { type: string; payload?: any };
      if (message.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: document } }));
      if (message.type === 'error') finish((message.payload as Array<{ extensions?: { code?: string } }>).map((error) => error.extensions?.code ?? ''));
      if (message.type === 'next') finish(((message.payload.errors ?? []) as Array<{ extensions?: { code?: string } }>).map((error) => error.extensions?.code ?? ''));
    });
  });
}

const fields = Object.entries(rootFields).flatMap(([root, entries]) => Object.entries(entries).map(([name, info]) => ({ root: root as 'Query' | 'Mutation' | 'Subscription', name, permission: info.permission })));

describe.each(fields)('GraphQL $root.$name', ({ root, name, permission }) => {
  const run = (headers: Record<string, string>) => (root === 'Subscription' ? subscriptionCodes(documentFor(root, name), headers) : graphqlCodes(documentFor(root, name), headers));
  it.runIf(permission !== 'public')('is refused with UNAUTHENTICATED without credentials', async () => {
    expect(await run({})).toContain('UNAUTHENTICATED');
  });
  it.runIf(permission !== 'public' && permission !== 'authenticated')('is refused with FORBIDDEN to a role without its permission', async () => {
    expect(await run(nobody)).toContain('FORBIDDEN');
  });
  it('lets a role holding its permission through', async () => {
    const codes = await run(await holding(permission));
    expect(codes).not.toContain('UNAUTHENTICATED');
    expect(codes).not.toContain('FORBIDDEN');
  });
});

/** The status of the upgrade: 101 when the channel opened. */
function upgradeStatus(address: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}${address}`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

describe.each(Object.values(channels))('WebSocket channel $name', (channel) => {
  it('refuses the upgrade with 401 without credentials', async () => {
    expect(await upgradeStatus(channel.address, {})).toBe(401);
  });
  it.runIf(channel.permission !== 'authenticated')('refuses the upgrade with 403 to a role without its permission, and so does /api/v1/ws', async () => {
    expect(await upgradeStatus(channel.address, nobody)).toBe(403);
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/ws`, { headers: nobody });
    const error = await new Promise<any>((resolve) => {
      ws.on('open', () => ws.send(JSON.stringify({ message_type: 'subscribe', data: { channel: channel.name } })));
      ws.on('message', (raw) => resolve(JSON.parse(raw.toString())));
    });
    ws.close();
    expect(error).toMatchObject({ message_type: 'error', data: { code: 'FORBIDDEN' } });
  });
  it('opens for a role holding its permission', async () => {
    expect(await upgradeStatus(channel.address, await holding(channel.permission))).toBe(101);
  });
});
