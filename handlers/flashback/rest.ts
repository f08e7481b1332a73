import type { FlashbackRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const flashbackRest: FlashbackRestHandlers<HandlerContext> = {
  currentScn: async (_input, { engine }) => engine.flashback.currentScn(),
  flashbackQuery: async ({ body }, { engine, caller }) => engine.flashback.flashbackQuery(body, caller),
  flashbackVersions: async ({ body }, { engine, caller }) => engine.flashback.flashbackVersions(body, caller),
  flashbackTable: async ({ body }, { engine, caller }) => engine.flashback.flashbackTable(body, caller),
  flashbackDatabase: async ({ body }, { engine, caller }) => engine.flashback.flashbackDatabase(body, caller),
  flashbackTransaction: async ({ body }, { engine, caller }) => engine.flashback.flashbackTransaction(body, caller),
  restorePoints: async (_input, { engine, caller }) => engine.flashback.restorePoints(caller),
  createRestorePoint: async ({ body }, { engine, caller }) => engine.flashback.createRestorePoint(body, caller),
  dropRestorePoint: async ({ path }, { engine, caller }) => engine.flashback.dropRestorePoint(path.name, caller),
  flashbackStats: async (_input, { engine, caller }) => engine.flashback.flashbackStats(caller),
};
