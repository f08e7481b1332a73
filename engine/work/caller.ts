// Who asked for a piece of work. The server builds one per operation it serves (a REST request,
// a GraphQL field, a WebSocket message) and hands it to the engine function it calls; the engine
// records it where it records work — the statement registry, the owner of a transaction, audit.
// Passed, not held in an AsyncLocalStorage: on Node 20 that runs async hooks on every promise of
// the process, which cost 12% of a key lookup's CPU.
import type { Actor } from '../events/bus.js';
import type { AuditInput } from '../modules/security/security.js';

export interface Caller {
  actor: Actor | null;
  requestId: string | null;
  /** The operation being served (a REST operationId, GraphQL field or WebSocket channel), or the engine job. */
  operation: string | null;
  /** How a client came in, for audit records the engine writes about their changes; null for an engine job. */
  origin: Pick<AuditInput, 'via' | 'ip' | 'surface'> | null;
}

/** A client's caller: what the server builds for every operation it serves. */
export interface ClientCaller extends Caller {
  origin: Pick<AuditInput, 'via' | 'ip' | 'surface'>;
}

/** Who records (the chain, the schema log) say did something: the username, or null for the engine's own work. */
export function usernameOf(caller: Caller | null): string | null {
  return caller?.actor?.username ?? null;
}

/** Work the engine does on its own, named so that active queries and incidents say which job ran it. */
export function engineJob(name: string): Caller {
  return { actor: null, requestId: null, operation: name, origin: null };
}

/** What an engine function that runs statements is told besides its arguments. */
export interface WorkOptions {
  /** Run inside this open transaction instead of in one of its own. */
  transactionId?: string | null;
  /** Who asked; absent only where the engine's own work has no job name. */
  caller?: Caller | null;
}
