// Security headers on every response. The fixed ones are set before the rest runs, so the error
// responses an outer middleware makes from a throw carry them too.
import type { Middleware } from 'koa';

const FIXED_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-DNS-Prefetch-Control': 'off',
};
const HSTS = 'max-age=31536000; includeSubDomains';
// API answers are JSON and load nothing; the docs pages set their own policy, which wins.
const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(options: { hsts: boolean }): Middleware {
  const headers: Record<string, string> = options.hsts ? { ...FIXED_HEADERS, 'Strict-Transport-Security': HSTS } : FIXED_HEADERS;
  return async (ctx, next) => {
    ctx.set(headers);
    try {
      await next();
    } finally {
      if (!ctx.res.hasHeader('Content-Security-Policy')) ctx.set('Content-Security-Policy', DEFAULT_CSP);
    }
  };
}
