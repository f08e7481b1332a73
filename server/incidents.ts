// Unexpected failures — a request answered 500, a GraphQL field or a WebSocket message failing
// with INTERNAL — are logged with their stack and become incidents, with what is known of them
// (the stack stays in the log, under the same request id). One reporter serves every surface.
import type { Engine } from '../engine/index.js';
import type { AuditSurface } from '../engine/modules/security/security.js';
import type { Logger } from './logger.js';

export interface UnexpectedFailure {
  surface: AuditSurface;
  requestId: string;
  /** The operationId, GraphQL field or channel that failed, when known. */
  operation: string | null;
  path?: string;
  username?: string | null;
}

export type ReportUnexpected = (error: unknown, failure: UnexpectedFailure) => void;

export function unexpectedFailures(engine: Engine, log: Logger): ReportUnexpected {
  return (error, { surface, requestId, operation, path, username = null }) => {
    log.error({ err: error, requestId, operationId: operation, surface }, `${surface} ${operation ?? path ?? 'request'} failed unexpectedly`);
    engine.diagnostics.recordIncident({
      kind: 'internal_error',
      severity: 'error',
      summary: `${operation ?? path ?? surface} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      requestId,
      operation,
      context: { surface, ...(path === undefined ? {} : { path }), error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), username },
    });
  };
}
