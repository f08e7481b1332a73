// What every handler gets, on every surface.
import type { Logger } from 'pino';
import type { Engine } from '../engine/index.js';
import { EngineError } from '../engine/errors.js';
import type { Principal } from '../engine/modules/security/security.js';
import type { ClientCaller } from '../engine/work/caller.js';
import type { Identity } from '../server/access/access.js';
import type { ReportUnexpected } from '../server/incidents.js';

export interface Lifecycle {
  readonly state: 'starting' | 'ready' | 'stopping';
}

// A type alias, not an interface: GraphQL executors want a plain record as context.
export type HandlerContext = {
  engine: Engine;
  requestId: string;
  log: Logger;
  lifecycle: Lifecycle;
  /** Who is calling; the server has already checked the operation's permission. */
  identity: Identity;
  /** The same caller as the engine records it: pass it to every engine function that takes one. */
  caller: ClientCaller;
  /** Logs a failure nobody expected and records it as an incident (work that outlives its request reports its own). */
  reportUnexpected: ReportUnexpected;
};

/** The caller of an operation that needs credentials (the access check let it through). */
export function principalOf(context: HandlerContext): Principal {
  if (context.identity.principal === null) throw new EngineError('UNAUTHENTICATED', 'this operation needs credentials');
  return context.identity.principal;
}
