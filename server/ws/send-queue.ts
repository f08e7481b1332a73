// A WebSocket connection's bounded send queue. It counts the frames handed to the socket that
// the network has not taken yet: producers that must not outrun the client (change streams)
// check room() and wait for drained(), or stop and tell the client it lagged. A client whose
// queue stays full, or that holds a lagged subscription, past the slow-client timeout is
// disconnected, so whatever clients do, the server holds at most `capacity` frames for each.
//
// Frames are complete WebSocket frames (or a message's pieces, framed as they are joined),
// written to the connection's socket by us rather than ws: one change fanned out to a thousand
// connections is framed once, not once per connection by ws.
// That is sound because our servers never negotiate permessage-deflate (ws's sender would
// otherwise queue frames behind a compression) and every write is a whole frame, so ws's own
// pings and close frames fall between ours.
//
// The frames a connection is sent in one task (the rows of a commit; one change to each of the
// subscriptions a graphql-ws connection holds) enter its socket in one write at the end of that
// task, so ws's own pings and closes, which come from tasks of their own, follow them. The socket
// stays corked until the end of the event loop's turn: the tasks of one turn (several commits
// published while the server was busy) leave in one system call per connection, which is what
// lets a saturated server catch up instead of falling further behind. A turn that sends more
// than EARLY_WRITE_FRAMES does not hold them all to its end.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** The bytes of a text frame's header for a payload of `length` bytes. */
function headerSize(length: number): number {
  return length < 126 ? 2 : length < 65536 ? 4 : 10;
}

/** Writes a final, unmasked text frame's header (RFC 6455 section 5.2) at `offset`; returns where the payload starts. */
function writeHeader(frame: Buffer, offset: number, length: number): number {
  // FIN and the text opcode.
  frame[offset] = 0x81;
  if (length < 126) {
    frame[offset + 1] = length;
    return offset + 2;
  }
  if (length < 65536) {
    frame[offset + 1] = 126;
    frame.writeUInt16BE(length, offset + 2);
    return offset + 4;
  }
  frame[offset + 1] = 127;
  frame.writeBigUInt64BE(BigInt(length), offset + 2);
  return offset + 10;
}

/** A text frame carrying `payload`: what a server sends for one message. */
export function textFrame(payload: string | Buffer): Buffer {
  const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  const frame = Buffer.allocUnsafe(headerSize(length) + length);
  const start = writeHeader(frame, 0, length);
  if (typeof payload === 'string') frame.write(payload, start);
  else payload.copy(frame, start);
  return frame;
}

/**
 * A text message whose payload comes in two pieces, framed when it is written: a head of the
 * receiver's own (a subscription's id) and a body shared by many receivers, encoded once.
 */
export type SplitText = readonly [head: Buffer, body: Buffer];

/** What send() takes: a complete frame (see textFrame), or a message to frame. */
export type Outgoing = Buffer | SplitText;

function frameSize(item: Outgoing): number {
  if (Buffer.isBuffer(item)) return item.length;
  const length = item[0].length + item[1].length;
  return headerSize(length) + length;
}

/** The frames of a task in one buffer. */
function joinFrames(items: Outgoing[]): Buffer {
  if (items.length === 1 && Buffer.isBuffer(items[0])) return items[0];
  let size = 0;
  for (const item of items) size += frameSize(item);
  const joined = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const item of items) {
    if (Buffer.isBuffer(item)) {
      joined.set(item, offset);
      offset += item.length;
    } else {
      const [head, body] = item;
      offset = writeHeader(joined, offset, head.length + body.length);
      joined.set(head, offset);
      joined.set(body, offset + head.length);
      offset += head.length + body.length;
    }
  }
  return joined;
}

/** Queues with frames sent in this task, written into their sockets at its end. */
const batched = new Set<SendQueue>();

/** Sockets holding writes until the end of this turn of the event loop. */
const corked = new Set<Duplex>();

/** Frames sent in this turn; see EARLY_WRITE_FRAMES. */
let framesThisTurn = 0;

/**
 * Frames a turn sends before they leave without waiting for its end: a change fanned out to
 * 10,000 subscriptions starts reaching clients while the server still serves the rest, and a
 * few commits' worth of frames to a thousand connections still leave together.
 */
const EARLY_WRITE_FRAMES = 2048;

function writeBatches(): void {
  for (const queue of batched) queue.writeBatch();
  batched.clear();
}

function corkUntilNextTurn(socket: Duplex): void {
  if (corked.has(socket)) return;
  if (corked.size === 0) setImmediate(uncorkAll);
  socket.cork();
  corked.add(socket);
}

function uncorkAll(): void {
  writeBatches();
  for (const socket of corked) socket.uncork();
  corked.clear();
  framesThisTurn = 0;
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
  /** Frames sent since the connection opened, and those the network took. */
  private sent = 0;
  private written = 0;
  /** Frames sent in this task, written at its end. */
  private batch: Outgoing[] = [];
  /** Reached capacity and has not drained to half since. */
  private full = false;
  /** Subscriptions that dropped events and that the client has not closed since. */
  private readonly lagging = new Set<string>();
  private roomWaiters: Array<() => void> = [];
  /** Callers of flushed(), by the count of frames that must be written first (in ascending order). */
  private flushWaiters: Array<{ upTo: number; resolve(): void }> = [];
  private slowTimer: NodeJS.Timeout | undefined;

  /** Frames sent that the network has not taken yet. */
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

  /** Whether frames sent now can still reach the client. */
  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /** Frames waiting for the network. */
  get queued(): number {
    return this.pending();
  }

  room(): number {
    return this.open ? Math.max(0, this.options.capacity - this.pending()) : 0;
  }

  /** Resolves when there is room again, or the connection has closed. */
  drained(): Promise<void> {
    if (this.room() > 0 || !this.open) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Sends a frame, room or not; callers that may drop check room() first. */
  send(frame: Outgoing): void {
    if (!this.open) return;
    this.sent += 1;
    this.options.onSent();
    this.batch.push(frame);
    if (this.batch.length === 1) {
      if (batched.size === 0) queueMicrotask(writeBatches);
      batched.add(this);
    }
    if (++framesThisTurn >= EARLY_WRITE_FRAMES) uncorkAll();
    if (this.pending() >= this.options.capacity) {
      this.full = true;
      this.startClock();
    }
  }

  /** Hands the frames sent in this task to the corked socket in one write (at the task's end, see writeBatches). */
  writeBatch(): void {
    const frames = this.batch;
    this.batch = [];
    // Closed meanwhile: they never leave, so the network has taken all it will.
    if (!this.open) return this.taken(frames.length);
    corkUntilNextTurn(this.socket);
    this.socket.write(joinFrames(frames), () => this.taken(frames.length));
  }

  /** Resolves once the network took every frame sent so far (or the connection closed): for producers that keep pace with the client. */
  flushed(): Promise<void> {
    if (this.written >= this.sent || !this.open) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push({ upTo: this.sent, resolve }));
  }

  /** The network took `count` more frames (the socket takes writes in order, so a count is enough). */
  private taken(count: number): void {
    this.written += count;
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
