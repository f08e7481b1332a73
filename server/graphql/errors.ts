// GraphQL errors carry the codes of the REST problems in extensions.code; unexpected failures
// are reported (logged, an incident) and answered without their internals.
import { GraphQLError } from 'graphql';
import { EngineError } from '../../engine/errors.js';
import { HttpProblem, statusOf } from '../problem.js';
import type { ReportUnexpected } from '../incidents.js';

export function formatGraphQLError(error: GraphQLError, reportUnexpected: ReportUnexpected, requestId: string): GraphQLError {
  const original = error.originalError;
  const keep = { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
  if (original instanceof EngineError || original instanceof HttpProblem) {
    const facts = original instanceof EngineError ? original.extensions : {};
    return new GraphQLError(original.message, { ...keep, extensions: { ...facts, code: original.code, status: statusOf(original.code), requestId } });
  }
  // No path: the document or its variables did not validate, before anything ran.
  if (error.path === undefined) return new GraphQLError(error.message, { ...keep, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', status: 400, requestId } });
  reportUnexpected(original ?? error, { surface: 'graphql', requestId, operation: String(error.path[0]), path: error.path.join('.') });
  return new GraphQLError(`An unexpected error occurred; the server log has it under request id ${requestId}.`, { ...keep, extensions: { code: 'INTERNAL', status: 500, requestId } });
}
