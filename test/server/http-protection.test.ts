// The security headers and CORS middlewares on tiny Koa apps, each behind an error-catching
// middleware like the server's, so error responses are checked as the server makes them.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa, { type Middleware } from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { cors, parseOrigins } from '../../server/http/cors.js';
import { securityHeaders } from '../../server/http/security-headers.js';

const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";
const APP_ORIGIN = 'https://app.example.com';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const routes: Middleware = async (ctx) => {
  if (ctx.path === '/fail') throw new Error('downstream failure');
  if (ctx.path === '/page') ctx.set('Content-Security-Policy', "default-src 'self'");
  ctx.body = { ok: true };
};

/** Serves the middleware under test, then a counter of requests that reached the routes. */
async function serve(middleware: Middleware): Promise<{ url: string; reachedRoutes: () => number }> {
  let reached = 0;
  const app = new Koa();
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      ctx.status = 500;
      ctx.type = 'application/problem+json';
      ctx.body = { status: 500, detail: (error as Error).message };
    }
  });
  app.use(middleware);
  app.use(async (ctx, next) => {
    reached += 1;
    await next();
  });
  app.use(routes);
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedRoutes: () => reached };
}

describe('securityHeaders', () => {
  it('sets the headers on answers and on errors caught further out', async () => {
    const { url } = await serve(securityHeaders({ hsts: false }));
    const ok = await fetch(`${url}/`);
    const failed = await fetch(`${url}/fail`);
    expect(ok.status).toBe(200);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    for (const response of [ok, failed]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(response.headers.get('x-dns-prefetch-control')).toBe('off');
      expect(response.headers.get('content-security-policy')).toBe(DEFAULT_CSP);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('keeps a Content-Security-Policy set downstream', async () => {
    const { url } = await serve(securityHeaders({ hsts: false }));
    expect((await fetch(`${url}/page`)).headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('sends HSTS only when asked', async () => {
    const { url } = await serve(securityHeaders({ hsts: true }));
    for (const path of ['/', '/fail']) {
      expect((await fetch(`${url}${path}`)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });
});

describe('cors', () => {
  const preflight = (url: string, origin: string) => fetch(`${url}/`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

  it('is off with no origins: no headers, preflights reach the next middleware', async () => {
    const { url, reachedRoutes } = await serve(cors({ origins: [] }));
    const response = await fetch(`${url}/`, { headers: { origin: APP_ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
    await preflight(url, APP_ORIGIN);
    expect(reachedRoutes()).toBe(2);
  });

  it('echoes an allowed origin with Vary and the exposed headers, on answers and errors', async () => {
    const { url } = await serve(cors({ origins: [APP_ORIGIN, 'http://localhost:3000'] }));
    for (const path of ['/', '/fail']) {
      const response = await fetch(`${url}${path}`, { headers: { origin: APP_ORIGIN } });
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('vary')).toBe('Origin');
      expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, WWW-Authenticate');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('answers * to any origin when configured *', async () => {
    const { url } = await serve(cors({ origins: ['*'] }));
    const response = await fetch(`${url}/`, { headers: { origin: 'https://anywhere.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives a disallowed origin no allow headers', async () => {
    const { url } = await serve(cors({ origins: [APP_ORIGIN] }));
    const response = await fetch(`${url}/`, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('answers preflights itself: the allow headers for an allowed origin, none for another', async () => {
    const { url, reachedRoutes } = await serve(cors({ origins: [APP_ORIGIN] }));
    const allowed = await preflight(url, APP_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, PATCH, DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, X-API-Key, X-Request-Id');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
    const refused = await preflight(url, 'https://evil.example');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    expect(reachedRoutes()).toBe(0);
  });
});

describe('parseOrigins', () => {
  it('splits, trims and drops empty entries', () => {
    expect(parseOrigins('')).toEqual([]);
    expect(parseOrigins(' https://app.example.com , http://localhost:3000,, ')).toEqual(['https://app.example.com', 'http://localhost:3000']);
    expect(parseOrigins('*')).toEqual(['*']);
  });

  it('refuses entries that are not exact http(s) origins', () => {
    for (const entry of ['app.example.com', 'https://app.example.com/', 'https://app.example.com/path', 'ftp://files.example.com', 'ws://app.example.com', '**']) {
      expect(() => parseOrigins(`https://ok.example.com, ${entry}`), entry).toThrow(`CORS origin ${JSON.stringify(entry)} is not`);
    }
  });
});
