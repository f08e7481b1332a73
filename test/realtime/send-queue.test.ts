// The send queue's slow-client clock: a full queue that drains to half is a client reading; a
// lagged subscription stays a slow client until the client closes it, however empty the queue.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import * as wsModule from 'ws';
import { SendQueue, textFrame } from '../../server/ws/send-queue.js';

/** A WebSocket whose network takes a frame only when the test says so. */
class HeldSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  private readonly held: Array<() => void> = [];

  readonly closedWith: number[] = [];

  /** The TCP socket under the WebSocket, which the queue writes frames to. */
  readonly _socket = {
    cork: () => undefined,
    uncork: () => undefined,
    write: (_frame: Buffer, taken: () => void) => void this.held.push(taken),
  };

  close(code: number): void {
    this.closedWith.push(code);
  }

  /** The client reads `count` frames. */
  take(count: number): void {
    for (const taken of this.held.splice(0, count)) taken();
  }
}

const TIMEOUT = 1000;
const FRAME = textFrame('frame');

/** ws's frame parser (exported by ws, not declared by its types): what a client runs on each frame. */
const Receiver = (wsModule as unknown as { Receiver: new (options: { isServer: boolean }) => NodeJS.WritableStream & EventEmitter }).Receiver;

/** The queue, and the close codes the socket got: 4008 once the slow-client timeout ran out. */
function queueOn(socket: HeldSocket, capacity = 10) {
  const queue = new SendQueue(socket as unknown as WebSocket, { capacity, slowClientTimeoutMs: TIMEOUT, onSent: () => {} });
  return { queue, slow: socket.closedWith };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SendQueue slow-client clock', () => {
  it('closes a client whose queue stays full, and spares one that reads back to half', () => {
    const stuck = new HeldSocket();
    const { queue: full, slow: stuckSlow } = queueOn(stuck);
    for (let i = 0; i < 10; i += 1) full.send(FRAME);
    expect(full.room()).toBe(0);
    vi.advanceTimersByTime(TIMEOUT);
    expect(stuckSlow).toEqual([4008]);

    const reading = new HeldSocket();
    const { queue, slow } = queueOn(reading);
    for (let i = 0; i < 10; i += 1) queue.send(FRAME);
    vi.advanceTimersByTime(TIMEOUT / 2);
    reading.take(4);
    // 6 left: more than half, still full as far as the clock goes.
    vi.advanceTimersByTime(TIMEOUT / 4);
    reading.take(1);
    vi.advanceTimersByTime(TIMEOUT);
    expect(slow).toEqual([]);
  });

  it('keeps the clock running for a lagged subscription after the queue drains, until the client closes it', () => {
    const socket = new HeldSocket();
    const { queue, slow } = queueOn(socket);
    for (let i = 0; i < 10; i += 1) queue.send(FRAME);
    queue.lagged('a');
    socket.take(10);
    expect(queue.queued).toBe(0);
    vi.advanceTimersByTime(TIMEOUT);
    expect(slow).toEqual([4008]);
  });

  it('stops the clock when every lagged subscription is closed', () => {
    const socket = new HeldSocket();
    const { queue, slow } = queueOn(socket);
    queue.lagged('a');
    queue.lagged('b');
    queue.settled('a');
    // A subscription that never lagged settles nothing.
    queue.settled('c');
    vi.advanceTimersByTime(TIMEOUT / 2);
    queue.settled('b');
    vi.advanceTimersByTime(TIMEOUT);
    expect(slow).toEqual([]);
  });

  it('keeps a settled lag from hiding a queue that is still full', () => {
    const socket = new HeldSocket();
    const { queue, slow } = queueOn(socket);
    for (let i = 0; i < 10; i += 1) queue.send(FRAME);
    queue.lagged('a');
    queue.settled('a');
    vi.advanceTimersByTime(TIMEOUT);
    expect(slow).toEqual([4008]);
  });
});

describe('SendQueue frames', () => {
  it('writes text frames that a WebSocket client reads back, whatever the payload length', () => {
    const received: string[] = [];
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => received.push(`${isBinary}:${data.toString()}`));
    // One length of each header size: 7 bits, 16 bits, 64 bits; and multi-byte characters.
    const payloads = ['{"a":1}', 'é'.repeat(100), 'x'.repeat(70_000)];
    for (const payload of payloads) receiver.write(textFrame(payload));
    receiver.write(textFrame(Buffer.from('buffer payload')));
    expect(received).toEqual([...payloads, 'buffer payload'].map((payload) => `false:${payload}`));
  });

  it('resolves flushed() once the network took every frame sent before it', async () => {
    const socket = new HeldSocket();
    const { queue } = queueOn(socket);
    queue.send(FRAME);
    queue.send(FRAME);
    let flushed = false;
    void queue.flushed().then(() => (flushed = true));
    queue.send(FRAME);
    socket.take(1);
    await Promise.resolve();
    expect(flushed).toBe(false);
    socket.take(1);
    await Promise.resolve();
    expect(flushed).toBe(true);
    expect(queue.queued).toBe(1);
  });
});
