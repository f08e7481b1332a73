// Reads the credentials of every HTTP request once, for REST and GraphQL alike, and counts the
// request against its user's rate limit. Refusing is left to the operation's own check: a
// liveness probe must answer even when it carries an expired token.
import type { Middleware } from 'koa';
import type { RequestState } from '../request-state.js';
import type { AccessControl } from './access.js';
import { fromHeaders } from './credentials.js';

export function httpAccess(access: AccessControl): Middleware<{ request: RequestState }> {
  return async (ctx, next) => {
    const identity = await access.identify(fromHeaders(ctx.headers), ctx.ip || null);
    ctx.state.request.identity = identity;
    const surface = ctx.path === '/graphql' ? 'graphql' : 'rest';
    ctx.set(access.limitRequest(identity, { surface, operation: 'request', target: ctx.path, status: 429, requestId: ctx.state.request.id, detail: null }));
    await next();
  };
}
