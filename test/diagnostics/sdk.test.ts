// Administration and diagnostics through the generated SDK, on storage that outlives a restart:
// configuration changes are kept and in effect at the next start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GraphQL, StrataApiError, createStrataClient } from '../../generated/client/index.js';
import { type StrataServer, startServer } from '../../server/app.js';
import { ADMIN_PASSWORD, signIn, testConfig } from '../helpers/server.js';

let dataDir: string;
let server: StrataServer;

const connect = async (target: StrataServer) => createStrataClient({ baseUrl: target.url, headers: await signIn(target.url, 'admin', ADMIN_PASSWORD), WebSocket: WebSocket as never });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'strata-admin-'));
  server = await startServer(testConfig({ memory: false, dataDir }));
}, 180_000);

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('administration and diagnostics through the SDK', () => {
  it('runs maintenance, reads profiles, and refuses a read-only key with StrataApiError', async () => {
    const client = await connect(server);
    await client.rest.executeSql({ body: { sql: 'SELECT 41 + 1 AS answer' } });
    expect((await client.rest.runMaintenance({ body: { operation: 'integrity_check' } })).outcome).toBe('ok');
    const profiles = await client.rest.queryProfiling({ query: { orderBy: 'calls', limit: 500 } });
    expect(profiles.statements.map((profile) => profile.statement)).toContain('SELECT ? + ? AS answer');
    const error = await client.rest.updateServerConfig({ body: { dataDir: '/elsewhere' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StrataApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const config = await client.graphql.request(GraphQL.ServerConfigQueryDocument);
    expect(config.serverConfig.persisted).toBe(true);
    await client.close();
  });

  it('keeps changes for the next start: a restart key then takes effect, a live key stays', async () => {
    const client = await connect(server);
    await client.rest.updateServerConfig({ body: { maxStreams: 7, statementTimeoutMs: 12345 } });
    const before = await client.rest.serverConfig();
    expect(before.entries.find((entry) => entry.key === 'maxStreams')).toMatchObject({ value: 16, pendingValue: 7 });
    await client.close();
    await server.close();
    server = await startServer(testConfig({ memory: false, dataDir }));
    const again = await connect(server);
    const after = await again.rest.serverConfig();
    expect(after.settings).toMatchObject({ maxStreams: 7, statementTimeoutMs: 12345 });
    expect(after.entries.find((entry) => entry.key === 'maxStreams')!.pendingValue).toBeNull();
    await again.close();
  }, 180_000);
});
