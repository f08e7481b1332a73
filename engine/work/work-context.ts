// Who the work in progress is for. The server enters a context for each request (and each
// WebSocket message); the engine reads it where it records work — the statement registry, the
// owner of a transaction — so that engine functions need no caller argument.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../events/bus.js';
import type { AuditInput } from '../modules/security/security.js';

export interface WorkContext {
  actor: Actor | null;
  requestId: string | null;
  /** The operation being served (a REST operationId or GraphQL field), once known. */
  operation(): string | null;
  /** How the caller came in, for audit records the engine writes about their changes. */
  caller: Pick<AuditInput, 'via' | 'ip' | 'surface'>;
}

const storage = new AsyncLocalStorage<WorkContext>();

export function runInWorkContext<T>(context: WorkContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the work in progress; null for work the engine started itself. */
export function currentWork(): WorkContext | null {
  return storage.getStore() ?? null;
}
