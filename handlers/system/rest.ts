import type { SystemRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';
import { serverInfo } from './server-info.js';

export const systemRest: SystemRestHandlers<HandlerContext> = {
  serverInfo: async (_input, { engine }) => serverInfo(engine),
};
