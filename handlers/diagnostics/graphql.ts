import type { DiagnosticsGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { HandlerContext } from '../context.js';
import { nullWhenMissing } from '../schema/graphql.js';

/** GraphQL gives absent arguments as null; the engine's filters want them left out. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export const diagnosticsGraphQL: DiagnosticsGraphQLResolvers<HandlerContext> = {
  Query: {
    incidents: (_parent, args, { engine }) =>
      engine.diagnostics.incidents({ kind: given(args.kind), severity: given(args.severity), requestId: given(args.requestId), from: given(args.from), to: given(args.to) }, given(args.limit), given(args.cursor)),
    queryProfiling: (_parent, { limit, orderBy }, { engine }) => engine.diagnostics.queryProfiling(given(limit), given(orderBy)),
    dumpStatus: (_parent, { id }, { engine }) => nullWhenMissing(Promise.resolve().then(() => engine.diagnostics.dumpStatus(id))),
    activeSessionHistory: (_parent, args, { engine }) =>
      engine.diagnostics.activeSessionHistory({ from: given(args.from), to: given(args.to), sessionId: given(args.sessionId), username: given(args.username) }, given(args.limit)),
  },
  Mutation: {
    createDump: (_parent, _args, { engine }) => engine.diagnostics.createDump(),
  },
  DumpStatus: { BUILDING: 'building', READY: 'ready', FAILED: 'failed' },
  IncidentKind: { INTERNAL_ERROR: 'internal_error', BACKGROUND_FAILURE: 'background_failure', SLOW_STATEMENT: 'slow_statement', HEALTH_CHECK_FAILED: 'health_check_failed' },
  IncidentSeverity: { WARNING: 'warning', ERROR: 'error' },
  ProfileOrder: { TOTAL_TIME: 'totalTime', MEAN_TIME: 'meanTime', P95_TIME: 'p95Time', CALLS: 'calls', ERRORS: 'errors' },
  SessionSampleState: { RUNNING: 'running', WAITING: 'waiting', CANCELLING: 'cancelling', IDLE_IN_TRANSACTION: 'idle_in_transaction' },
};
