// Security headers on every response. Set before the rest runs, so error responses get them too;
// API answers are JSON and need no resources, so they get a CSP that allows none (the docs pages
// set their own).
import type { Middleware } from 'koa';

const FIXED = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-DNS-Prefetch-Control': 'off',
};

export function securityHeaders(options: { hsts: boolean }): Middleware {
  const headers: Record<string, string> = options.hsts ? { ...FIXED, 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : FIXED;
  return async (ctx, next) => {
    ctx.set(headers);
    ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    await next();
  };
}
