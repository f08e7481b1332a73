// Requests that failed unexpectedly (500) become incidents, with what is known of them (the
// stack trace stays in the log, under the same request id).
import type { Engine } from '../engine/index.js';
import type { RequestState } from './request-state.js';

export function recordInternalError(engine: Engine): (error: unknown, request: RequestState, path: string) => void {
  return (error, request, path) => {
    engine.diagnostics.recordIncident({
      kind: 'internal_error',
      severity: 'error',
      summary: `${request.operationId ?? path} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      requestId: request.id,
      operation: request.operationId ?? null,
      context: { path, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), username: request.identity?.principal?.username ?? null },
    });
  };
}
