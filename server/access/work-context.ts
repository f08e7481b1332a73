// The engine's work context for what a caller asks: who (the actor), which request, which
// operation. Entered once per HTTP request, GraphQL field and WebSocket message.
import type { Actor } from '../../engine/events/bus.js';
import type { AuditSurface } from '../../engine/modules/security/security.js';
import { type WorkContext, runInWorkContext } from '../../engine/work/work-context.js';
import type { Identity } from './access.js';

export function actorOf(identity: Identity): Actor | null {
  const principal = identity.principal;
  if (principal === null) return null;
  return { userId: principal.userId, username: principal.username, sessionId: principal.sessionId ?? principal.apiKeyId };
}

export function asCaller<T>(identity: Identity, surface: AuditSurface, requestId: string, operation: () => string | null, work: () => T): T {
  const context: WorkContext = { actor: actorOf(identity), requestId, operation, caller: { via: identity.principal?.via ?? 'none', ip: identity.ip, surface } };
  return runInWorkContext(context, work);
}
