import type { DiagnosticsRestHandlers } from '../../generated/rest/handlers.js';
import { SAMPLE_INTERVAL_MS } from '../../engine/modules/diagnostics/session-history.js';
import type { HandlerContext } from '../context.js';

export const diagnosticsRest: DiagnosticsRestHandlers<HandlerContext> = {
  incidents: async ({ query: { limit, cursor, ...filter } }, { engine }) => engine.diagnostics.incidents(filter, limit, cursor),
  queryProfiling: ({ query }, { engine }) => engine.diagnostics.queryProfiling(query.limit, query.orderBy),
  activeSessionHistory: async ({ query: { limit, ...filter } }, { engine }) => ({ intervalMs: SAMPLE_INTERVAL_MS, samples: engine.diagnostics.activeSessionHistory(filter, limit) }),
};
