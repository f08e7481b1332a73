// The engine's caller for what a client asks: who (the actor), which request, which operation.
// Built once per REST request, GraphQL root field and WebSocket subscription, and handed to the
// engine functions the handler calls.
import type { Actor } from '../../engine/events/bus.js';
import type { AuditSurface } from '../../engine/modules/security/security.js';
import type { ClientCaller } from '../../engine/work/caller.js';
import type { HandlerContext } from '../../handlers/context.js';
import type { Identity } from './access.js';

function actorOf(identity: Identity): Actor | null {
  const principal = identity.principal;
  if (principal === null) return null;
  return { userId: principal.userId, username: principal.username, sessionId: principal.sessionId ?? principal.apiKeyId };
}

export function callerOf(identity: Identity, surface: AuditSurface, requestId: string, operation: string | null): ClientCaller {
  return { actor: actorOf(identity), requestId, operation, origin: { via: identity.principal?.via ?? 'none', ip: identity.ip, surface } };
}

/** The same context serving one operation of it: a GraphQL root field, a channel of the generic WebSocket. */
export function servingOperation(context: HandlerContext, operation: string): HandlerContext {
  return { ...context, caller: { ...context.caller, operation } };
}
