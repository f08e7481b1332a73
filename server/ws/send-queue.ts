// A WebSocket connection's bounded send queue. It counts the frames handed to the socket that
// the network has not taken yet: producers that must not outrun the client (change streams)
// check room() and wait for drained(), or stop and tell the client it lagged. A client whose
// queue stays full, or that holds a lagged subscription, past the slow-client timeout is
// disconnected, so whatever clients do, the server holds at most `capacity` frames for each.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/**
 * Sockets holding frames until the end of this turn of the event loop. A turn often sends
 * several frames to one connection (the rows of a commit; one change to each of the
 * subscriptions a graphql-ws connection holds): corked, they leave in one write instead of one
 * system call each. ws has no cork of its own; its frames go through this socket.
 */
const corked = new Set<Duplex>();

function corkUntilNextTurn(ws: WebSocket): void {
  const socket = (ws as unknown as { _socket?: Duplex })._socket;
  if (!socket || corked.has(socket)) return;
  if (corked.size === 0) setImmediate(uncorkAll);
  socket.cork();
  corked.add(socket);
}

function uncorkAll(): void {
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/** Close code of a connection whose queue stayed full, or that kept a lagged subscription, past the slow-client timeout. */
export const CLOSE_SLOW_CLIENT = 4008;

export interface SendQueueOptions {
  capacity: number;
  /** A queue full (or lagged) for this long ends the connection (CLOSE_SLOW_CLIENT). */
  slowClientTimeoutMs: number;
  /** Counts each frame handed to the socket. */
  onSent(): void;
}

export class SendQueue {
  private pending = 0;
  /** Reached capacity and has not drained to half since. */
  private full = false;
  /** Subscriptions that dropped events and that the client has not closed since. */
  private readonly lagging = new Set<string>();
  private roomWaiters: Array<() => void> = [];
  private slowTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: SendQueueOptions,
  ) {
    ws.once('close', () => {
      clearTimeout(this.slowTimer);
      this.wake();
    });
  }

  get capacity(): number {
    return this.options.capacity;
  }

  /** Frames waiting for the network. */
  get queued(): number {
    return this.pending;
  }

  room(): number {
    return this.ws.readyState === this.ws.OPEN ? Math.max(0, this.options.capacity - this.pending) : 0;
  }

  /** Resolves when there is room again, or the connection has closed. */
  drained(): Promise<void> {
    if (this.room() > 0 || this.ws.readyState !== this.ws.OPEN) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Hands a frame to the socket, room or not (callers that may drop check room() first); resolves once the network took it. */
  send(frame: string | Buffer): Promise<void> {
    if (this.ws.readyState !== this.ws.OPEN) return Promise.resolve();
    this.pending += 1;
    this.options.onSent();
    corkUntilNextTurn(this.ws);
    if (this.pending >= this.options.capacity) {
      this.full = true;
      this.startClock();
    }
    return new Promise((resolve) =>
      this.ws.send(frame, () => {
        this.pending -= 1;
        // Reading again: half the queue is free.
        if (this.full && this.pending <= this.options.capacity / 2) {
          this.full = false;
          this.stopClockIfSettled();
        }
        if (this.pending < this.options.capacity) this.wake();
        resolve();
      }),
    );
  }

  /**
   * A subscription found no room and stopped sending. Its stream is over, so the queue draining
   * afterwards says nothing about the lag being dealt with (nothing more is queued for it): the
   * clock runs until the client closes that subscription (settled) or the connection ends.
   */
  lagged(subscription: string): void {
    this.lagging.add(subscription);
    this.startClock();
  }

  /** The client closed a subscription; if it had lagged, that lag is dealt with. */
  settled(subscription: string): void {
    if (this.lagging.delete(subscription)) this.stopClockIfSettled();
  }

  private startClock(): void {
    this.slowTimer ??= setTimeout(
      () => this.ws.close(CLOSE_SLOW_CLIENT, `the send queue stayed full, or a subscription lagged, for ${this.options.slowClientTimeoutMs} ms`),
      this.options.slowClientTimeoutMs,
    );
  }

  private stopClockIfSettled(): void {
    if (this.full || this.lagging.size > 0) return;
    clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
  }

  private wake(): void {
    for (const wake of this.roomWaiters.splice(0)) wake();
  }
}
