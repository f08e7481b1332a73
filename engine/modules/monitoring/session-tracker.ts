// Sign-in sessions, from the session.opened / session.closed events of the bus; a session is
// active while a statement it started runs (asked of the statement registry when read, so a
// statement costs the tracker nothing until then), idle otherwise.
import type { QueryFinishedEvent, SessionEvent } from '../../events/bus.js';
import { round } from './latency-window.js';

export interface SessionInfo {
  sessionId: string;
  userId: string;
  username: string;
  openedAt: string;
  state: 'active' | 'idle';
  /** Statements running now. */
  runningQueries: number;
  /** Statements finished in this session since it opened. */
  queries: number;
  lastActivityAt: string;
}

export interface SessionStats {
  open: number;
  active: number;
  idle: number;
  /** Most sessions open at once since start. */
  peak: number;
  openedTotal: number;
  closedTotal: number;
  /** Mean life of the sessions closed since start (0 when none has closed). */
  averageDurationSeconds: number;
  /** Open WebSocket connections (every endpoint). */
  websocketConnections: number;
}

interface Tracked extends Omit<SessionInfo, 'state' | 'runningQueries' | 'lastActivityAt'> {
  openedMs: number;
  lastActivityMs: number;
}

export class SessionTracker {
  private readonly sessions = new Map<string, Tracked>();
  private peak = 0;
  private openedTotal = 0;
  private closedTotal = 0;
  private closedSeconds = 0;

  /** runningBySession: statements running now, by sign-in session. */
  constructor(private readonly runningBySession: () => Map<string, number>) {}

  opened(event: SessionEvent): void {
    if (this.sessions.has(event.sessionId)) return;
    this.sessions.set(event.sessionId, {
      sessionId: event.sessionId,
      userId: event.userId,
      username: event.username,
      openedAt: event.at,
      openedMs: Date.parse(event.at),
      queries: 0,
      lastActivityMs: Date.parse(event.at),
    });
    this.openedTotal += 1;
    this.peak = Math.max(this.peak, this.sessions.size);
  }

  closed(event: SessionEvent): void {
    const session = this.sessions.get(event.sessionId);
    if (!session) return;
    this.sessions.delete(event.sessionId);
    this.closedTotal += 1;
    this.closedSeconds += Math.max(0, Date.parse(event.at) - session.openedMs) / 1000;
  }

  queryFinished(event: QueryFinishedEvent): void {
    const session = event.actor?.sessionId ? this.sessions.get(event.actor.sessionId) : undefined;
    if (!session) return;
    session.queries += 1;
    session.lastActivityMs = event.finishedAtMs;
  }

  list(): SessionInfo[] {
    const running = this.runningBySession();
    return [...this.sessions.values()].map(({ openedMs: _openedMs, lastActivityMs, ...session }) => {
      const runningQueries = running.get(session.sessionId) ?? 0;
      // A running statement is activity now.
      const lastActivityAt = new Date(runningQueries > 0 ? Date.now() : lastActivityMs).toISOString();
      return { ...session, runningQueries, lastActivityAt, state: runningQueries > 0 ? 'active' : 'idle' };
    });
  }

  stats(websocketConnections: number): SessionStats {
    const running = this.runningBySession();
    const active = [...this.sessions.keys()].filter((sessionId) => (running.get(sessionId) ?? 0) > 0).length;
    return {
      open: this.sessions.size,
      active,
      idle: this.sessions.size - active,
      peak: this.peak,
      openedTotal: this.openedTotal,
      closedTotal: this.closedTotal,
      averageDurationSeconds: this.closedTotal === 0 ? 0 : round(this.closedSeconds / this.closedTotal),
      websocketConnections,
    };
  }
}
