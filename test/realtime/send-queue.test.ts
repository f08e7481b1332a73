// The send queue's slow-client clock (a full queue that drains to half is a client reading; a
// lagged subscription stays a slow client until the client closes it, however empty the queue),
// and its writes: the frames of one task leave together, each a frame a client reads back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { SendQueue, textFrame } from '../../server/ws/send-queue.js';
import { HeldSocket, Receiver } from '../helpers/held-socket.js';

const TIMEOUT = 1000;
const FRAME = textFrame('frame');

/** Sends `count` frames, each in a task of its own: one write each. */
async function sendApart(queue: SendQueue, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    queue.send(FRAME);
    await Promise.resolve();
  }
}

/** Lets the frames sent in this task be written. */
const endOfTask = () => Promise.resolve();

/** The queue, and the close codes the socket got: 4008 once the slow-client timeout ran out. */
function queueOn(socket: HeldSocket, capacity = 10) {
  const queue = new SendQueue(socket as unknown as WebSocket, { capacity, slowClientTimeoutMs: TIMEOUT, onSent: () => {} });
  return { queue, slow: socket.closedWith };
}

// The slow-client clock's timers are fake; setImmediate, which ends a turn's writes, is real.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('SendQueue slow-client clock', () => {
  it('closes a client whose queue stays full, and spares one that reads back to half', async () => {
    const stuck = new HeldSocket();
    const { queue: full, slow: stuckSlow } = queueOn(stuck);
    await sendApart(full, 10);
    expect(full.room()).toBe(0);
    vi.advanceTimersByTime(TIMEOUT);
    expect(stuckSlow).toEqual([4008]);

    const reading = new HeldSocket();
    const { queue, slow } = queueOn(reading);
    await sendApart(queue, 10);
    vi.advanceTimersByTime(TIMEOUT / 2);
    reading.take(4);
    // 6 left: more than half, still full as far as the clock goes.
    vi.advanceTimersByTime(TIMEOUT / 4);
    reading.take(1);
    vi.advanceTimersByTime(TIMEOUT);
    expect(slow).toEqual([]);
  });

  it('keeps the clock running for a lagged subscription after the queue drains, until the client closes it', async () => {
    const socket = new HeldSocket();
    const { queue, slow } = queueOn(socket);
    await sendApart(queue, 10);
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

  it('writes the frames of one task in one write, a split message framed whole', async () => {
    const socket = new HeldSocket();
    const { queue } = queueOn(socket);
    const body = Buffer.from('"shared body"}');
    queue.send(textFrame('first'));
    queue.send([Buffer.from('{"id":"a","payload":'), body]);
    queue.send([Buffer.from('{"id":"b","payload":'), Buffer.from(`"${'y'.repeat(200)}"}`)]);
    expect(socket.writes).toHaveLength(0);
    await endOfTask();
    queue.send(textFrame('next task'));
    await endOfTask();
    expect(socket.writes).toHaveLength(2);
    const received: string[] = [];
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer) => received.push(data.toString()));
    for (const bytes of socket.writes) receiver.write(bytes);
    expect(received).toEqual(['first', '{"id":"a","payload":"shared body"}', `{"id":"b","payload":"${'y'.repeat(200)}"}`, 'next task']);
    expect(queue.queued).toBe(4);
    socket.take(1);
    expect(queue.queued).toBe(1);
  });

  it('holds the writes of one turn in the corked socket until its end, and lets a big turn out early', async () => {
    const socket = new HeldSocket();
    const { queue } = queueOn(socket, 10_000);
    await new Promise((resolve) => setImmediate(resolve));
    queue.send(FRAME);
    await endOfTask();
    queue.send(FRAME);
    await endOfTask();
    // Each task's frames entered the socket, which keeps them for one system call.
    expect(socket.writes).toHaveLength(2);
    expect(socket.corked).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket).toMatchObject({ corked: false, uncorks: 1 });
    // Past 2,048 frames in a turn they leave at once, before the task ends.
    for (let i = 0; i < 2048; i += 1) queue.send(FRAME);
    expect(socket.writes).toHaveLength(3);
    expect(socket).toMatchObject({ corked: false, uncorks: 2 });
  });

  it('resolves flushed() once the network took every frame sent before it', async () => {
    const socket = new HeldSocket();
    const { queue } = queueOn(socket);
    await sendApart(queue, 2);
    let flushed = false;
    void queue.flushed().then(() => (flushed = true));
    await sendApart(queue, 1);
    socket.take(1);
    await Promise.resolve();
    expect(flushed).toBe(false);
    socket.take(1);
    await Promise.resolve();
    expect(flushed).toBe(true);
    expect(queue.queued).toBe(1);
  });
});
