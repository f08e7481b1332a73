// CORS for browsers on other origins, off unless origins are configured. Credentials are bearer
// tokens and API keys, never cookies, so Access-Control-Allow-Credentials is never sent.
import type { Middleware } from 'koa';

const EXPOSED_HEADERS = 'X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, WWW-Authenticate';
const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-API-Key, X-Request-Id',
  'Access-Control-Max-Age': '600',
};

/** Reads the CORS origins setting: comma-separated exact origins (https://app.example.com), or *. */
export function parseOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin !== '*' && !isHttpOrigin(origin)) {
      throw new Error(`CORS origin ${JSON.stringify(origin)} is not * or an origin like https://app.example.com (lower-case scheme and host, optional port, no path or trailing slash)`);
    }
  }
  return origins;
}

function isHttpOrigin(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
}

export function cors(options: { origins: string[] }): Middleware {
  if (options.origins.length === 0) return (_ctx, next) => next();
  const anyOrigin = options.origins.includes('*');
  const allowedOrigins = new Set(options.origins);
  return async (ctx, next) => {
    // Every answer depends on Origin once CORS is on, so caches must key on it.
    ctx.vary('Origin');
    const origin = ctx.get('Origin');
    if (origin === '') return next();
    const allowed = anyOrigin || allowedOrigins.has(origin);
    // Set before next() so error responses stay readable by the browser.
    if (allowed) ctx.set({ 'Access-Control-Allow-Origin': anyOrigin ? '*' : origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS });
    const preflight = ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') !== '';
    if (!preflight) return next();
    // A refused preflight gets no Allow headers, and the browser then blocks the request.
    if (allowed) ctx.set(PREFLIGHT_HEADERS);
    ctx.status = 204;
  };
}
