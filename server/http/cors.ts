// CORS for browsers on other origins, off unless origins are configured. No cookies are used
// (credentials are bearer tokens and API keys), so credentials mode is never allowed.
import type { Middleware } from 'koa';

const EXPOSED = 'X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, WWW-Authenticate';
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-API-Key, X-Request-Id',
  'Access-Control-Max-Age': '600',
};

/** The --cors-origins setting: comma-separated exact origins, or *. */
export function parseOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    if (!URL.canParse(origin) || new URL(origin).origin !== origin || !/^https?:$/.test(new URL(origin).protocol)) {
      throw new Error(`CORS origin ${JSON.stringify(origin)} is not an origin like https://app.example.com (scheme, host and port only)`);
    }
  }
  return origins;
}

export function cors(options: { origins: string[] }): Middleware {
  const any = options.origins.includes('*');
  const allowed = new Set(options.origins);
  return async (ctx, next) => {
    const origin = ctx.get('Origin');
    if (allowed.size === 0 || origin === '') return next();
    const allow = any || allowed.has(origin);
    const preflight = ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') !== '';
    ctx.vary('Origin');
    if (allow) ctx.set({ 'Access-Control-Allow-Origin': any ? '*' : origin, 'Access-Control-Expose-Headers': EXPOSED });
    if (!preflight) return next();
    // A refused preflight gets no Allow headers: the browser then blocks the request.
    if (allow) ctx.set(PREFLIGHT);
    ctx.status = 204;
  };
}
