// Diagnostic dumps end to end: built in the background, downloaded, unpacked and read.
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await call(server, 'POST', '/api/v1/tables', { name: 'notes', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'body', type: 'TEXT' }] });
  await call(server, 'POST', '/api/v1/query/execute', { sql: 'SELECT count(*) FROM notes' });
}, 180_000);

afterAll(() => server.close());

async function untar(archive: Buffer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk) => chunks.push(chunk as Buffer));
    stream.on('end', () => {
      files.set(header.name, Buffer.concat(chunks).toString());
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) => extract.on('finish', () => resolve()).on('error', reject));
  extract.end(gunzipSync(archive));
  await done;
  return files;
}

async function ready(id: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { body } = await call(server, 'GET', `/api/v1/diagnostics/dump/${id}`);
    if (body.status !== 'building') return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the dump never finished');
}

describe('diagnostic dumps', () => {
  it('builds a bundle in the background that downloads and unpacks', async () => {
    server.server.log.warn({ requestId: 'before-the-dump' }, 'something to find in the dump');
    const created = await call(server, 'POST', '/api/v1/diagnostics/dump');
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'building', sizeBytes: null, sections: [] });
    const dump = await ready(created.body.id);
    expect(dump.status).toBe('ready');
    const response = await fetch(`${server.url}/api/v1/diagnostics/dump/${dump.id}/download`, { headers: server.auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const archive = Buffer.from(await response.arrayBuffer());
    expect(archive.length).toBe(dump.sizeBytes);
    const files = await untar(archive);
    expect([...files.keys()].sort()).toEqual([...dump.sections].sort());
    const read = (name: string) => JSON.parse(files.get(`${name}.json`)!);
    expect(read('manifest')).toMatchObject({ server: 'strata' });
    // The dump's own request is logged before the dump is built.
    expect(read('logs')).toContainEqual(expect.objectContaining({ requestId: 'before-the-dump', level: 'warn', message: 'something to find in the dump' }));
    expect(read('config').settings.adminPassword).toBe('[redacted]');
    expect(read('integrity')).toMatchObject({ operation: 'integrity_check', outcome: 'ok' });
    expect(read('schema')[0].tables.map((table: { name: string }) => table.name)).toContain('notes');
    expect(read('metrics').memory.rss).toBeGreaterThan(0);
    expect(read('profiling').map((profile: { statement: string }) => profile.statement)).toContain('SELECT count(*) FROM notes');
  });

  it('answers unknown dumps with 404, and works over GraphQL', async () => {
    expect((await call(server, 'GET', '/api/v1/diagnostics/dump/nope')).status).toBe(404);
    expect((await call(server, 'GET', '/api/v1/diagnostics/dump/nope/download')).status).toBe(404);
    const created = (await call(server, 'POST', '/graphql', { query: 'mutation { createDump { id status } }' })).body.data.createDump;
    expect(created.status).toBe('BUILDING');
    await ready(created.id);
    const status = (await call(server, 'POST', '/graphql', { query: 'query ($id: ID!) { dumpStatus(id: $id) { status sections } }', variables: { id: created.id } })).body.data.dumpStatus;
    expect(status.status).toBe('READY');
    expect(status.sections).toContain('incidents.json');
    expect((await call(server, 'POST', '/graphql', { query: '{ dumpStatus(id: "nope") { id } }' })).body.data.dumpStatus).toBeNull();
  });
});
