// Start-up and graceful shutdown: requests in flight finish, WebSockets get a close frame, the
// database closes, and nothing answers afterwards.
import { describe, expect, it } from 'vitest';
import { healthRest } from '../../handlers/health/rest.js';
import { unexpectedFailures } from '../../server/incidents.js';
import { startServer } from '../../server/app.js';
import { ADMIN_PASSWORD, call, signIn, testConfig } from '../helpers/server.js';
import { TestSocket } from '../helpers/ws.js';
import { callerOf } from '../../server/access/caller.js';

describe('shutdown', () => {
  it('lets a request in flight finish, closes WebSockets with 1001, then stops answering', async () => {
    const server = await startServer(testConfig());
    const admin = { url: server.url, auth: await signIn(server.url, 'admin', ADMIN_PASSWORD) };
    const socket = await TestSocket.open(admin, 'events');
    // About half a second of work inside SQLite.
    const inFlight = call(admin, 'POST', '/api/v1/query/execute', { sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 4000000) SELECT count(*) AS n FROM c' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([{ n: 4000000 }]);
    await closing;
    await socket.next(() => false, 2000).catch(() => undefined);
    expect(socket.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    await expect(fetch(`${server.url}/api/v1/health/liveness`)).rejects.toThrow();
  });

  it('reports not ready while starting or stopping, naming the check that fails', async () => {
    const server = await startServer(testConfig());
    try {
      const identity = { principal: null, failure: null, ip: null };
      const context = { engine: server.engine, requestId: 'test', log: server.log, identity, caller: callerOf(identity, 'rest', 'test', 'readinessProbe'), reportUnexpected: unexpectedFailures(server.engine, server.log) };
      const ready = await healthRest.readinessProbe({}, { ...context, lifecycle: { state: 'ready' } });
      expect(ready).toMatchObject({ status: 200, body: { status: 'pass' } });
      const stopping = await healthRest.readinessProbe({}, { ...context, lifecycle: { state: 'stopping' } });
      expect(stopping).toMatchObject({ status: 503, body: { status: 'fail', checks: [{ name: 'lifecycle', status: 'fail', detail: 'shutting down' }, { name: 'storage', status: 'pass' }] } });
    } finally {
      await server.close();
    }
  });

  it('refuses to start on a port in use, and closes what it opened', async () => {
    const first = await startServer(testConfig());
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer(testConfig({ port }))).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
