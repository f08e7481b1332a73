// What goes to the audit trail from the API surfaces: every changing operation (whatever its
// outcome) and every refusal. Sign-ins are audited by the engine, which knows why one failed.
import type { Middleware } from 'koa';
import type { AuditInput, AuditOutcome, AuditSurface, SecurityModule } from '../../engine/modules/security/security.js';
import { operations } from '../../generated/rest/operations.js';
import { toProblem } from '../problem.js';
import type { RequestState } from '../request-state.js';
import type { Identity } from './access.js';

export interface AuditEvent {
  surface: AuditSurface;
  operation: string;
  target: string | null;
  status: number | null;
  requestId: string | null;
  /** For failures: what went wrong. */
  detail: string | null;
}

export function auditEntry(identity: Identity, event: AuditEvent): AuditInput {
  const principal = identity.principal;
  return {
    userId: principal?.userId ?? null,
    username: principal?.username ?? null,
    via: principal?.via ?? 'none',
    ip: identity.ip,
    ...event,
    outcome: outcomeOf(event.status),
  };
}

function outcomeOf(status: number | null): AuditOutcome {
  if (status === null || status < 400) return 'success';
  return status === 401 || status === 403 || status === 429 ? 'denied' : 'failure';
}

/** Refusals worth a record: bad credentials (not merely none) and missing permissions. A missing
 * token on a probe is not an event; rate limits record their lockouts themselves. */
export function isDenialWorthAuditing(identity: Identity, status: number): boolean {
  return (status === 401 && identity.failure !== null) || status === 403;
}

/** Audits REST operations once they have an outcome; must run inside the router. */
export function restAudit(security: SecurityModule): Middleware<{ request: RequestState }> {
  return async (ctx, next) => {
    let status: number;
    let detail: string | null = null;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      const problem = toProblem(error, ctx.state.request.id);
      status = problem.status;
      detail = problem.detail ?? problem.title;
      throw error;
    } finally {
      const state = ctx.state.request;
      const operation = state.operationId === undefined ? undefined : operations[state.operationId as keyof typeof operations];
      const identity = state.identity;
      if (operation && identity) {
        const changing = operation.method !== 'GET' && operation.permission !== 'public';
        if (changing || isDenialWorthAuditing(identity, status!)) {
          security.audit(auditEntry(identity, { surface: 'rest', operation: operation.id, target: ctx.path, status: status!, requestId: state.id, detail }));
        }
      }
    }
  };
}
