import type { AdministrationGraphQLResolvers } from '../../generated/graphql/fields.js';
import { invalid } from '../../engine/errors.js';
import type { HandlerContext } from '../context.js';

export const administrationGraphQL: AdministrationGraphQLResolvers<HandlerContext> = {
  Query: {
    serverConfig: (_parent, _args, { engine }) => engine.administration.serverConfig(),
    activeQueries: (_parent, { limit }, { engine }) => engine.administration.activeQueries(limit ?? undefined),
    slowQueries: (_parent, { limit, minDurationMs }, { engine }) => engine.administration.slowQueries(limit ?? undefined, minDurationMs ?? undefined),
  },
  Mutation: {
    updateServerConfig: (_parent, { config }, { engine, caller }) => {
      if (typeof config !== 'object' || config === null || Array.isArray(config)) throw invalid('/config', 'config is a JSON object of settings by key');
      return engine.administration.updateServerConfig(config as Record<string, unknown>, caller);
    },
    runMaintenance: (_parent, { operation }, { engine, caller }) => engine.administration.runMaintenance(operation, caller),
    killQuery: async (_parent, { queryId }, { engine }) => (await engine.administration.killQuery(queryId)).stopped,
    terminateSession: async (_parent, { sessionId }, { engine }) => Boolean(await engine.administration.terminateSession(sessionId)),
  },
  ActiveQueryState: { WAITING: 'waiting', RUNNING: 'running', CANCELLING: 'cancelling' },
  QueryOutcome: { COMPLETED: 'completed', FAILED: 'failed', CANCELLED: 'cancelled' },
  MaintenanceOperation: { VACUUM: 'vacuum', ANALYZE: 'analyze', REINDEX: 'reindex', CHECKPOINT: 'checkpoint', INTEGRITY_CHECK: 'integrity_check', OPTIMIZE: 'optimize' },
  MaintenanceOutcome: { OK: 'ok', PROBLEMS_FOUND: 'problems_found', BUSY: 'busy' },
  ConfigApply: { LIVE: 'live', RESTART: 'restart', READ_ONLY: 'read_only' },
};
