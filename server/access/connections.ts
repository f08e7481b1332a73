// WebSocket connections outlive the credentials they opened with: this counts them per user,
// closes them when their token expires (4401), re-checks them whenever rights change anywhere
// (4401 when the credentials are revoked, 4403 when a permission they use is gone).
import type { WebSocket } from 'ws';
import { EngineError } from '../../engine/errors.js';
import type { EventBus } from '../../engine/events/bus.js';
import type { Requirement } from '../../engine/modules/security/permissions.js';
import type { Credentials, SecurityModule } from '../../engine/modules/security/security.js';
import { HttpProblem } from '../problem.js';
import { type Identity, allows } from './access.js';

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

interface Watched {
  ws: WebSocket;
  identity: Identity;
  credentials: Credentials;
  /** The requirements of what the connection has open right now. */
  requirements(): Requirement[];
  expiry: NodeJS.Timeout | undefined;
}

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class ConnectionGuard {
  private readonly watched = new Set<Watched>();
  private readonly perUser = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly security: SecurityModule,
    events: EventBus,
    private readonly connectionsPerUser: number,
  ) {
    this.unsubscribe = events.subscribe('security.changed', () => {
      for (const entry of this.watched) void this.recheck(entry);
    });
  }

  /** Throws 429 when the user already has as many connections as allowed (0: no limit). */
  admit(identity: Identity): void {
    const userId = identity.principal?.userId;
    if (userId === undefined || this.connectionsPerUser === 0) return;
    if ((this.perUser.get(userId) ?? 0) >= this.connectionsPerUser) {
      throw new HttpProblem('RATE_LIMITED', `${identity.principal!.username} already has ${this.connectionsPerUser} WebSocket connections open`, [], {}, 60);
    }
  }

  /** Watches an open connection until it closes. `identity.principal` is kept current. */
  watch(ws: WebSocket, identity: Identity, credentials: Credentials, requirements: () => Requirement[]): void {
    const principal = identity.principal;
    if (principal === null) return;
    this.perUser.set(principal.userId, (this.perUser.get(principal.userId) ?? 0) + 1);
    const entry: Watched = { ws, identity, credentials, requirements, expiry: undefined };
    if (principal.expiresAt !== null) {
      const delay = Date.parse(principal.expiresAt) - Date.now();
      if (delay < MAX_TIMER_MS) entry.expiry = setTimeout(() => ws.close(CLOSE_UNAUTHORIZED, 'credentials expired'), Math.max(0, delay));
    }
    this.watched.add(entry);
    ws.once('close', () => {
      clearTimeout(entry.expiry);
      this.watched.delete(entry);
      const count = (this.perUser.get(principal.userId) ?? 1) - 1;
      if (count === 0) this.perUser.delete(principal.userId);
      else this.perUser.set(principal.userId, count);
    });
  }

  close(): void {
    this.unsubscribe();
    for (const entry of this.watched) clearTimeout(entry.expiry);
  }

  private async recheck(entry: Watched): Promise<void> {
    try {
      entry.identity.principal = await this.security.authenticate(entry.credentials);
    } catch (error) {
      // Unsure whether the credentials still hold: closing is the safe answer.
      const revoked = error instanceof EngineError && error.code === 'UNAUTHENTICATED';
      entry.ws.close(revoked ? CLOSE_UNAUTHORIZED : 1011, revoked ? error.message.slice(0, 120) : 'could not re-check the credentials');
      return;
    }
    if (entry.requirements().some((requirement) => !allows(entry.identity.principal, requirement))) entry.ws.close(CLOSE_FORBIDDEN, 'a permission this connection uses was withdrawn');
  }
}
