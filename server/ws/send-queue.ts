// A WebSocket connection's bounded send queue. It counts the frames handed to the socket that
// the network has not taken yet: producers that must not outrun the client (change streams)
// check room() and wait for drained(), or stop and tell the client it lagged. A client whose
// queue stays full, or that holds a lagged subscription, past the slow-client timeout is
// disconnected, so whatever clients do, the server holds at most `capacity` frames for each.
//
// Frames are complete WebSocket frames, written to the connection's socket as they are: one
// change fanned out to a thousand connections is framed once, not once per connection by ws.
// That is sound because our servers never negotiate permessage-deflate (ws's sender would
// otherwise queue frames behind a compression) and every write is a whole frame, so ws's own
// pings and close frames fall between ours.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** A final, unmasked text frame (RFC 6455 section 5.2) carrying `payload`: what a server sends for one message. */
export function textFrame(payload: string | Buffer): Buffer {
  const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  // FIN and the text opcode.
  frame[0] = 0x81;
  if (length < 126) frame[1] = length;
  else if (length < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  if (typeof payload === 'string') frame.write(payload, header);
  else payload.copy(frame, header);
  return frame;
}

/**
 * Sockets holding frames until the end of this turn of the event loop. A turn often sends
 * several frames to one connection (the rows of a commit; one change to each of the
 * subscriptions a graphql-ws connection holds): corked, they leave in one write instead of one
 * system call each.
 */
const corked = new Set<Duplex>();

function corkUntilNextTurn(socket: Duplex): void {
  if (corked.has(socket)) return;
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
  private readonly socket: Duplex;
  /** Frames handed to the socket since the connection opened, and those the network took. */
  private sent = 0;
  private written = 0;
  /** Reached capacity and has not drained to half since. */
  private full = false;
  /** Subscriptions that dropped events and that the client has not closed since. */
  private readonly lagging = new Set<string>();
  private roomWaiters: Array<() => void> = [];
  /** Callers of flushed(), by the count of frames that must be written first (in ascending order). */
  private flushWaiters: Array<{ upTo: number; resolve(): void }> = [];
  private slowTimer: NodeJS.Timeout | undefined;
  /** One callback for every write: the socket takes frames in order, so a count is enough. */
  private readonly onWritten = (): void => this.taken();

  /** Frames handed to the socket that the network has not taken yet. */
  private pending(): number {
    return this.sent - this.written;
  }

  constructor(
    private readonly ws: WebSocket,
    private readonly options: SendQueueOptions,
  ) {
    this.socket = (ws as unknown as { _socket: Duplex })._socket;
    ws.once('close', () => {
      clearTimeout(this.slowTimer);
      this.wake();
      this.release(Number.POSITIVE_INFINITY);
    });
  }

  get capacity(): number {
    return this.options.capacity;
  }

  /** Frames waiting for the network. */
  get queued(): number {
    return this.pending();
  }

  room(): number {
    return this.ws.readyState === this.ws.OPEN ? Math.max(0, this.options.capacity - this.pending()) : 0;
  }

  /** Resolves when there is room again, or the connection has closed. */
  drained(): Promise<void> {
    if (this.room() > 0 || this.ws.readyState !== this.ws.OPEN) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Hands a complete frame (see textFrame) to the socket, room or not; callers that may drop check room() first. */
  send(frame: Buffer): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.sent += 1;
    this.options.onSent();
    corkUntilNextTurn(this.socket);
    if (this.pending() >= this.options.capacity) {
      this.full = true;
      this.startClock();
    }
    this.socket.write(frame, this.onWritten);
  }

  /** Resolves once the network took every frame sent so far (or the connection closed): for producers that keep pace with the client. */
  flushed(): Promise<void> {
    if (this.written >= this.sent || this.ws.readyState !== this.ws.OPEN) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push({ upTo: this.sent, resolve }));
  }

  private taken(): void {
    this.written += 1;
    // Reading again: half the queue is free.
    if (this.full && this.pending() <= this.options.capacity / 2) {
      this.full = false;
      this.stopClockIfSettled();
    }
    if (this.pending() < this.options.capacity) this.wake();
    this.release(this.written);
  }

  private release(upTo: number): void {
    let count = 0;
    while (count < this.flushWaiters.length && this.flushWaiters[count]!.upTo <= upTo) count += 1;
    for (const waiter of this.flushWaiters.splice(0, count)) waiter.resolve();
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
