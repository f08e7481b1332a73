// Errors the engine reports. Each surface maps the code to its own form (HTTP status and
// problem+json, GraphQL extensions.code, WebSocket error messages) in one place.

export type ErrorCode =
  /** Input the engine cannot accept: unknown column, bad filter, wrong key shape, ... */
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  /** A UNIQUE, NOT NULL, CHECK or FOREIGN KEY constraint failed. */
  | 'CONSTRAINT_VIOLATION'
  /** Another transaction holds the write lock, or committed first. */
  | 'TRANSACTION_CONFLICT'
  /** The operation does not fit the object's state (e.g. dropping a constraint's index). */
  | 'CONFLICT'
  /** SQLite refused the SQL: syntax, unknown table, wrong parameter count, ... */
  | 'SQL_ERROR'
  /** A statement that would write, where only reads are allowed. */
  | 'READ_ONLY'
  /** A statement the server manages itself: transaction control, ATTACH, some PRAGMAs. */
  | 'STATEMENT_NOT_ALLOWED'
  | 'STATEMENT_TIMEOUT'
  | 'CANCELLED'
  /** The transaction is not active (committed, rolled back, timed out or failed). */
  | 'TRANSACTION_NOT_ACTIVE'
  /** No credentials, or credentials that are invalid, expired or revoked. */
  | 'UNAUTHENTICATED'
  /** Valid credentials without the permission the operation needs. */
  | 'FORBIDDEN'
  /** A rate limit was exceeded. */
  | 'RATE_LIMITED'
  /** No capacity right now (too many open transactions, shutting down). */
  | 'UNAVAILABLE'
  /** A change subscriber fell behind its bounded queue; it resumes from the SCN it is given. */
  | 'LAGGED'
  /** The change log no longer holds the changes a subscriber asked to resume from: read the state again. */
  | 'RESYNC_REQUIRED'
  | 'INTERNAL';

export interface ErrorDetail {
  /** JSON pointer into the input, e.g. /body/columns/0/name. */
  pointer: string;
  message: string;
}

export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Facts a client acts on (e.g. the SCN to resume from), passed on as they are. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export function notFound(kind: string, name: string): EngineError {
  return new EngineError('NOT_FOUND', `${kind} ${JSON.stringify(name)} does not exist`);
}

export function invalid(pointer: string, message: string): EngineError {
  return new EngineError('VALIDATION_FAILED', message, [{ pointer, message }]);
}
