// Who a request is and what it may do: the one place that turns credentials into an identity
// and refuses operations, for every surface (REST router, GraphQL fields, WebSocket channels).
import { EngineError } from '../../engine/errors.js';
import { type Requirement, isPermission } from '../../engine/modules/security/permissions.js';
import type { Principal, SecurityModule } from '../../engine/modules/security/security.js';
import { HttpProblem } from '../problem.js';
import { type AuditEvent, auditEntry } from './audit.js';
import type { Presented } from './credentials.js';
import { type RateDecision, RateLimiter, rateLimitHeaders } from './rate-limiter.js';

export interface Identity {
  principal: Principal | null;
  /** Why presented credentials were refused; null when none were presented, or they were good. */
  failure: string | null;
  ip: string | null;
}

export interface AccessLimits {
  /** Per user; 0: no limit. */
  requestsPerMinute: number;
  /** Per client address, for operations marked x-strata-rate-limit: sign-in; 0: no limit. */
  signInsPerMinute: number;
}

const MINUTE_MS = 60_000;

export class AccessControl {
  private readonly requests: RateLimiter;
  private readonly signIns: RateLimiter;

  constructor(
    private readonly security: SecurityModule,
    limits: AccessLimits,
  ) {
    this.requests = new RateLimiter(limits.requestsPerMinute, MINUTE_MS);
    this.signIns = new RateLimiter(limits.signInsPerMinute, MINUTE_MS);
  }

  async identify(presented: Presented, ip: string | null): Promise<Identity> {
    if (presented.malformed !== null) return { principal: null, failure: presented.malformed, ip };
    const { credentials } = presented;
    if (credentials.bearer === undefined && credentials.apiKey === undefined) return { principal: null, failure: null, ip };
    try {
      return { principal: await this.security.authenticate(credentials), failure: null, ip };
    } catch (error) {
      if (error instanceof EngineError && error.code === 'UNAUTHENTICATED') return { principal: null, failure: error.message, ip };
      throw error;
    }
  }

  /** Counts a request of the caller; throws 429 past the limit. Returns the headers to send. */
  limitRequest(identity: Identity, event: AuditEvent): Record<string, string> {
    if (identity.principal === null) return {};
    return this.enforce(this.requests.hit(`user:${identity.principal.userId}`), 'requests', identity, event);
  }

  /** Counts a sign-in attempt from the caller's address; throws 429 past the limit. */
  limitSignIn(identity: Identity, event: AuditEvent): Record<string, string> {
    return this.enforce(this.signIns.hit(`ip:${identity.ip ?? 'unknown'}`), 'sign-in attempts', identity, event);
  }

  private enforce(decision: RateDecision, what: string, identity: Identity, event: AuditEvent): Record<string, string> {
    if (decision.limit === 0) return {};
    const headers = rateLimitHeaders(decision);
    if (decision.allowed) return headers;
    const message = `more than ${decision.limit} ${what} a minute; retry after ${decision.retryAfter} seconds`;
    // One record per lockout, not one per refused hit.
    if (decision.firstRefusal) this.security.audit(auditEntry(identity, { ...event, status: 429, detail: message }));
    throw new HttpProblem('RATE_LIMITED', message, [], headers, decision.retryAfter);
  }
}

export function allows(principal: Principal | null, requirement: Requirement): boolean {
  if (requirement === 'public') return true;
  if (principal === null) return false;
  return requirement === 'authenticated' || principal.permissions.includes(requirement);
}

/** Throws 401 (no or bad credentials) or 403 (no permission) unless the identity may do `what`. */
export function requireAccess(identity: Identity, requirement: string, what: string): void {
  const needed = asRequirement(requirement);
  if (allows(identity.principal, needed)) return;
  const principal = identity.principal;
  if (principal === null) {
    const challenge = identity.failure === null ? 'Bearer realm="strata"' : `Bearer realm="strata", error="invalid_token", error_description="${identity.failure.replaceAll('"', "'")}"`;
    throw new HttpProblem('UNAUTHENTICATED', identity.failure ?? `${what} needs credentials: Authorization: Bearer <token>, or X-API-Key: <key>`, [], { 'WWW-Authenticate': challenge });
  }
  const roles = principal.roles.length > 0 ? `roles ${principal.roles.join(', ')}` : 'no roles';
  throw new HttpProblem('FORBIDDEN', `${what} needs the ${needed} permission, and ${principal.username} (${roles}) does not have it`);
}

/** The specs name requirements as strings; codegen checks them, this keeps the server honest. */
export function asRequirement(name: string): Requirement {
  if (name === 'public' || name === 'authenticated' || isPermission(name)) return name;
  throw new Error(`unknown permission ${JSON.stringify(name)} in the generated tables`);
}
