// What every handler gets, on every surface.
import type { Logger } from 'pino';
import type { Engine } from '../engine/index.js';

export interface Lifecycle {
  readonly state: 'starting' | 'ready' | 'stopping';
}

// A type alias, not an interface: GraphQL executors want a plain record as context.
export type HandlerContext = {
  engine: Engine;
  requestId: string;
  log: Logger;
  lifecycle: Lifecycle;
};
