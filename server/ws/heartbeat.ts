// The heartbeat every WebSocket connection gets, whatever protocol it speaks (AsyncAPI channels,
// graphql-ws): a ping every interval, and a peer that answered none of the last two is dropped;
// with an idle timeout, a connection that sent and received no message that long is closed.
import type { WebSocket } from 'ws';

export interface HeartbeatOptions {
  intervalMs: number;
  /** Close connections with no message either way for this long (0: never); checked at each beat. */
  idleTimeoutMs: number;
}

/** Close code of a connection that sent and received no message for the idle timeout. */
export const CLOSE_IDLE = 4408;

interface Watched {
  /** Pings left unanswered. */
  unanswered: number;
  lastActivity: number;
}

export class Heartbeat {
  private readonly watched = new Map<WebSocket, Watched>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: HeartbeatOptions) {
    this.timer = setInterval(() => this.beat(), options.intervalMs);
    this.timer.unref();
  }

  /** Watches a connection until it closes; returns what to call for each message sent or received. */
  watch(ws: WebSocket): () => void {
    const state: Watched = { unanswered: 0, lastActivity: Date.now() };
    this.watched.set(ws, state);
    ws.on('pong', () => (state.unanswered = 0));
    ws.once('close', () => this.watched.delete(ws));
    return () => void (state.lastActivity = Date.now());
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    const idleSince = this.options.idleTimeoutMs > 0 ? Date.now() - this.options.idleTimeoutMs : null;
    for (const [ws, state] of this.watched) {
      // Silent for two intervals: the peer or the path to it is gone.
      if (state.unanswered >= 2) {
        ws.terminate();
        continue;
      }
      if (idleSince !== null && state.lastActivity < idleSince) {
        ws.close(CLOSE_IDLE, `no message for ${this.options.idleTimeoutMs} ms`);
        continue;
      }
      state.unanswered += 1;
      ws.ping();
    }
  }
}
