// Errors as RFC 9457 problem details: one table from error code to HTTP status and title, used
// by REST (problem+json), GraphQL (extensions.code) and the WebSocket channels (error messages).
import { EngineError, type ErrorCode } from '../engine/errors.js';
import type { ErrorDetail } from '../engine/errors.js';

/** Codes the HTTP layer adds to the engine's. */
export type ProblemCode = ErrorCode | 'MALFORMED_JSON' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'METHOD_NOT_ALLOWED' | 'RESPONSE_CONTRACT_VIOLATION';

const KINDS: Record<ProblemCode, { status: number; title: string }> = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  SQL_ERROR: { status: 400, title: 'The SQL could not be executed' },
  READ_ONLY: { status: 400, title: 'Only reads are allowed here' },
  STATEMENT_NOT_ALLOWED: { status: 400, title: 'The statement is not allowed' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'The permission is missing' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  ALREADY_EXISTS: { status: 409, title: 'It already exists' },
  CONSTRAINT_VIOLATION: { status: 409, title: 'A constraint was violated' },
  TRANSACTION_CONFLICT: { status: 409, title: 'Another transaction is in the way' },
  CONFLICT: { status: 409, title: 'Conflict' },
  TRANSACTION_NOT_ACTIVE: { status: 409, title: 'The transaction is not active' },
  CANCELLED: { status: 409, title: 'The statement was cancelled' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body must be application/json' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
  LAGGED: { status: 503, title: 'The subscriber fell behind' },
  RESYNC_REQUIRED: { status: 410, title: 'The change log no longer holds that SCN' },
  STATEMENT_TIMEOUT: { status: 504, title: 'The statement timed out' },
  INTERNAL: { status: 500, title: 'Internal error' },
  RESPONSE_CONTRACT_VIOLATION: { status: 500, title: 'The response does not match the API contract' },
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId: string;
  errors?: ErrorDetail[];
  retry_after?: number;
}

/** An error with a problem code, raised by the HTTP layer itself. */
export class HttpProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
    /** For RATE_LIMITED: seconds until the limit lets the caller in again. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export function statusOf(code: ProblemCode): number {
  return KINDS[code].status;
}

/** The problem for any error; unexpected ones become INTERNAL without their message. */
export function toProblem(error: unknown, requestId: string, instance?: string): Problem {
  const known = error instanceof EngineError || error instanceof HttpProblem;
  const code: ProblemCode = known ? error.code : 'INTERNAL';
  const kind = KINDS[code];
  const problem: Problem = {
    type: `urn:strata:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: kind.title,
    status: kind.status,
    detail: known ? error.message : `An unexpected error occurred; the server log has it under request id ${requestId}.`,
    code,
    requestId,
  };
  if (instance !== undefined) problem.instance = instance;
  if (known && error.details.length > 0) problem.errors = error.details;
  if (error instanceof HttpProblem && error.retryAfter !== undefined) problem.retry_after = error.retryAfter;
  return problem;
}

export function isUnexpected(error: unknown): boolean {
  return !(error instanceof EngineError || error instanceof HttpProblem) || error.code === 'INTERNAL';
}
