// Per-request state: the request id every response carries (X-Request-Id), the operation
// served, timing and the one log line per request; errors become problem+json here.
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Identity } from './access/access.js';
import type { ReportUnexpected } from './incidents.js';
import type { Logger } from './logger.js';
import { HttpProblem, type Problem, isUnexpected, toProblem } from './problem.js';

export interface RequestState {
  id: string;
  operationId?: string;
  /** Who the request is, once its credentials are read. */
  identity?: Identity;
}

const INCOMING_ID = /^[\w.:-]{1,128}$/;
/** Requests slower than this are logged as warnings. */
const SLOW_REQUEST_MS = 1000;

export interface RequestStateOptions {
  log: Logger;
  /** Counts requests being served, for a graceful shutdown. */
  requests: { inFlight: number };
  /** Given the operation and a problem response, says why the spec does not allow it (tests). */
  checkProblem?: (operationId: string, status: number, problem: Problem) => string | null;
  /** Logs and records every unexpected failure (a 500). */
  reportUnexpected: ReportUnexpected;
  /** Told of every request answered, with its final status (problem responses included). */
  answered(operation: string, method: string, status: number, seconds: number): void;
}

export function requestState(options: RequestStateOptions): Middleware<{ request: RequestState }> {
  return async (ctx, next) => {
    const started = performance.now();
    options.requests.inFlight += 1;
    const incoming = ctx.get('x-request-id');
    const request: RequestState = { id: INCOMING_ID.test(incoming) ? incoming : randomUUID() };
    ctx.state.request = request;
    ctx.set('X-Request-Id', request.id);
    try {
      await next();
      if (ctx.body === undefined && ctx.status === 404) throw new HttpProblem('NOT_FOUND', `no route for ${ctx.method} ${ctx.path}`);
    } catch (error) {
      let problem = toProblem(error, request.id, ctx.path);
      if (isUnexpected(error)) {
        options.reportUnexpected(error, { surface: 'rest', requestId: request.id, operation: request.operationId ?? null, path: ctx.path, username: request.identity?.principal?.username ?? null });
      }
      const violation = options.checkProblem && request.operationId ? options.checkProblem(request.operationId, problem.status, problem) : null;
      if (violation) problem = toProblem(new HttpProblem('RESPONSE_CONTRACT_VIOLATION', `${violation} (the problem was: ${problem.status} ${problem.detail})`), request.id, ctx.path);
      ctx.status = problem.status;
      ctx.type = 'application/problem+json';
      ctx.body = problem;
      if (error instanceof HttpProblem) for (const [name, value] of Object.entries(error.headers)) ctx.set(name, value);
    }
    options.requests.inFlight -= 1;
    // One line per request at debug (an access log costs a busy server a third of its
    // throughput); slow requests are worth a warning at any level.
    const latencyMs = performance.now() - started;
    // Requests no route took (docs pages, unknown paths) are counted together.
    options.answered(request.operationId ?? 'other', ctx.method, ctx.status, latencyMs / 1000);
    const level = latencyMs >= SLOW_REQUEST_MS ? 'warn' : 'debug';
    if (options.log.isLevelEnabled(level)) {
      options.log[level]({ requestId: request.id, method: ctx.method, path: ctx.path, operationId: request.operationId, user: request.identity?.principal?.username, status: ctx.status, latencyMs: Math.round(latencyMs * 100) / 100 }, 'request');
    }
  };
}

