import type { AdministrationRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const administrationRest: AdministrationRestHandlers<HandlerContext> = {
  serverConfig: async (_input, { engine }) => engine.administration.serverConfig(),
  updateServerConfig: async ({ body }, { engine, caller }) => engine.administration.updateServerConfig(body, caller),
  runMaintenance: ({ body }, { engine, caller }) => engine.administration.runMaintenance(body.operation, caller),
  activeQueries: async ({ query }, { engine }) => ({ queries: engine.administration.activeQueries(query.limit) }),
  killQuery: ({ path }, { engine }) => engine.administration.killQuery(path.id),
  slowQueries: async ({ query }, { engine }) => ({
    queries: engine.administration.slowQueries(query.limit, query.minDurationMs),
    thresholdMs: engine.administration.slowQueryThresholdMs(),
  }),
  terminateSession: ({ path }, { engine }) => engine.administration.terminateSession(path.id),
};
