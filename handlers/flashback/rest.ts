import type { FlashbackRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const flashbackRest: FlashbackRestHandlers<HandlerContext> = {
  currentScn: async (_input, { engine }) => engine.flashback.currentScn(),
};
