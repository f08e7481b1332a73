// TLS: with a certificate and key configured, the one port serves HTTPS and WSS (with HSTS), and
// plain HTTP gets no answer. The certificate is made for the test by openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { request as plainRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type StrataServer, startServer } from '../../server/app.js';
import { ADMIN_PASSWORD, testConfig } from '../helpers/server.js';

let dir: string;
let ca: Buffer;
let server: StrataServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'strata-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  ca = readFileSync(cert);
  server = await startServer(testConfig({ tlsCert: cert, tlsKey: key }));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An HTTPS request trusting only the test certificate. */
function httpsCall(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, ca, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

it('serves the API over HTTPS with HSTS, and signs in there', async () => {
  expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const probe = await httpsCall('GET', '/api/v1/health/liveness');
  expect(probe.status).toBe(200);
  expect(probe.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  const login = await httpsCall('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
  expect(login.status).toBe(200);
  const tables = await httpsCall('GET', '/api/v1/tables', undefined, { authorization: `Bearer ${login.body.access_token}` });
  expect(tables.status).toBe(200);
});

it('serves the WebSocket channels over WSS', async () => {
  const login = await httpsCall('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
  const ws = new WebSocket(`${server.url.replace('https', 'wss')}/api/v1/ws/events`, { ca, headers: { authorization: `Bearer ${login.body.access_token}` } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise((resolve) => ws.once('close', resolve));
  ws.close();
  await closed;
});

it('refuses a certificate it was not told to trust, and answers no plain HTTP', async () => {
  await expect(new Promise((resolve, reject) => request(`${server.url}/api/v1/health/liveness`, resolve).on('error', reject).end())).rejects.toThrow(/self.signed|unable to verify/i);
  const plain = await new Promise<string>((resolve) => {
    const req = plainRequest(server.url.replace('https', 'http') + '/api/v1/health/liveness', (res) => resolve(`status ${res.statusCode}`));
    req.on('error', (error) => resolve(`error ${(error as NodeJS.ErrnoException).code}`));
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
    req.end();
  });
  expect(plain).not.toMatch(/^status 2/);
});
