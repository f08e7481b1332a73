import type { DiagnosticsRestHandlers, DownloadDumpOutput } from '../../generated/rest/handlers.js';
import { SAMPLE_INTERVAL_MS } from '../../engine/modules/diagnostics/session-history.js';
import type { HandlerContext } from '../context.js';

export const diagnosticsRest: DiagnosticsRestHandlers<HandlerContext> = {
  incidents: async ({ query: { limit, cursor, ...filter } }, { engine }) => engine.diagnostics.incidents(filter, limit, cursor),
  queryProfiling: ({ query }, { engine }) => engine.diagnostics.queryProfiling(query.limit, query.orderBy),
  createDump: async (_input, { engine }) => engine.diagnostics.createDump(),
  dumpStatus: async ({ path }, { engine }) => engine.diagnostics.dumpStatus(path.id),
  // A Blob: Koa sends it with its type (application/gzip), read from the file as it goes. Node's
  // Blob is the global Blob at run time; only their TypeScript declarations differ.
  downloadDump: async ({ path }, { engine }) => (await engine.diagnostics.downloadDump(path.id)) as unknown as DownloadDumpOutput,
  activeSessionHistory: async ({ query: { limit, ...filter } }, { engine }) => ({ intervalMs: SAMPLE_INTERVAL_MS, samples: engine.diagnostics.activeSessionHistory(filter, limit) }),
};
