// A graphql-ws subscription's events sent straight to the send queue: next messages a
// graphql-ws client accepts, in order, paced by the connection's queue; an event the operation
// cannot execute ends the subscription with the error; return() (the client's complete) stops it.
import { parseMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { EngineError } from '../../engine/errors.js';
import { type PushQueue, pushIterator } from '../../engine/events/push-iterator.js';
import { deliverEvents } from '../../server/graphql/event-delivery.js';
import { SendQueue } from '../../server/ws/send-queue.js';
import { HeldSocket, Receiver } from '../helpers/held-socket.js';

function subscription(capacity: number, execute = (payload: unknown) => Buffer.from(`${JSON.stringify({ data: payload })}}`)) {
  const socket = new HeldSocket();
  const queue = new SendQueue(socket as unknown as WebSocket, { capacity, slowClientTimeoutMs: 60_000, onSent: () => {} });
  let source!: PushQueue<unknown>;
  let stopped = false;
  const stream = pushIterator<unknown>((_push, sourceQueue) => {
    source = sourceQueue;
    return () => void (stopped = true);
  }, 10);
  let sent = 0;
  const handle = deliverEvents(stream, { id: 'sub "1"', execute, queue, sent: () => void (sent += 1) });
  /** What the client has read so far, as graphql-ws parses it. */
  const read = () => {
    const messages: unknown[] = [];
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer) => messages.push(parseMessage(data.toString())));
    for (const bytes of socket.writes) receiver.write(bytes);
    return messages;
  };
  return { socket, source: () => source, handle, read, sent: () => sent, stopped: () => stopped };
}

const endOfTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deliverEvents', () => {
  it('sends each event as a next message with the subscription id', async () => {
    const { source, read, sent } = subscription(10);
    source().push({ n: 1 });
    source().push({ n: 2 });
    await endOfTask();
    expect(read()).toEqual([
      { id: 'sub "1"', type: 'next', payload: { data: { n: 1 } } },
      { id: 'sub "1"', type: 'next', payload: { data: { n: 2 } } },
    ]);
    expect(sent()).toBe(2);
  });

  it('holds events while the queue is full and sends them in order as the network takes frames', async () => {
    const { socket, source, read } = subscription(2);
    for (const n of [1, 2, 3, 4]) source().push({ n });
    await endOfTask();
    expect(read()).toHaveLength(2);
    // The source sees the queue full: a change stream would lag now rather than push.
    expect(source().room()).toBe(0);
    socket.take(1);
    await endOfTask();
    socket.take(1);
    await endOfTask();
    expect(read().map((message) => (message as { payload: { data: { n: number } } }).payload.data.n)).toEqual([1, 2, 3, 4]);
  });

  it('ends with the error of an event it cannot execute, and stops the stream', async () => {
    const { source, handle, stopped } = subscription(10, () => {
      throw new Error('GraphQL execution failed to complete synchronously.');
    });
    const ended = handle.next();
    source().push({ n: 1 });
    await expect(ended).rejects.toThrow(/synchronously/);
    expect(stopped()).toBe(true);
  });

  it('ends the stream when graphql-ws returns it, and sends nothing more', async () => {
    const { source, handle, read, stopped } = subscription(10);
    const ended = handle.next();
    await handle.return();
    expect(await ended).toEqual({ done: true, value: undefined });
    expect(stopped()).toBe(true);
    source().push({ n: 1 });
    await endOfTask();
    expect(read()).toEqual([]);
  });

  it('passes the stream failure on after the events before it', async () => {
    const { source, handle, read } = subscription(10);
    const ended = handle.next();
    source().push({ n: 1 });
    source().fail(new EngineError('LAGGED', 'behind'));
    await expect(ended).rejects.toMatchObject({ code: 'LAGGED' });
    await endOfTask();
    expect(read()).toHaveLength(1);
  });
});
