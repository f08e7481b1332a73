import type { FlashbackRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const flashbackRest: FlashbackRestHandlers<HandlerContext> = {
  currentScn: async (_input, { engine }) => engine.flashback.currentScn(),
  flashbackQuery: async ({ body }, { engine }) => engine.flashback.flashbackQuery(body),
  flashbackVersions: async ({ body }, { engine }) => engine.flashback.flashbackVersions(body),
  flashbackTable: async ({ body }, { engine }) => engine.flashback.flashbackTable(body),
  flashbackDatabase: async ({ body }, { engine }) => engine.flashback.flashbackDatabase(body),
  flashbackTransaction: async ({ body }, { engine }) => engine.flashback.flashbackTransaction(body),
  restorePoints: async (_input, { engine }) => engine.flashback.restorePoints(),
  createRestorePoint: async ({ body }, { engine }) => engine.flashback.createRestorePoint(body),
  dropRestorePoint: async ({ path }, { engine }) => engine.flashback.dropRestorePoint(path.name),
  flashbackStats: async (_input, { engine }) => engine.flashback.flashbackStats(),
};
