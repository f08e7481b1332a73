// pushIterator's two consumers: next() callers, and a listener that takes values as they are
// pushed within a bound of its own (a socket's send queue), with what waits for it bounded too.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors.js';
import { type PushQueue, pushIterator } from '../../engine/events/push-iterator.js';

/** An iterator whose source the test drives through the queue it was given. */
function driven(bufferSize = 3) {
  let source!: PushQueue<number>;
  let stopped = 0;
  const iterator = pushIterator<number>((_push, queue) => {
    source = queue;
    return () => void (stopped += 1);
  }, bufferSize);
  return { iterator, source: () => source, stopped: () => stopped };
}

/** A listener with `room` places; free(n) makes n more and says so. */
function listener(room: number, capacity = 5) {
  const taken: number[] = [];
  const failures: EngineError[] = [];
  let wake: (() => void) | null = null;
  return {
    taken,
    failures,
    room: () => room,
    capacity: () => capacity,
    drained: () => (room > 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve))),
    take: (value: number) => {
      taken.push(value);
      room -= 1;
    },
    fail: (error: EngineError) => void failures.push(error),
    free(count: number) {
      room += count;
      wake?.();
      wake = null;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pushIterator with a listener', () => {
  it('hands values over as they are pushed, and the source sees the room and capacity of the listener', () => {
    const { iterator, source } = driven();
    const consumer = listener(2);
    iterator.listen(consumer);
    expect(source().room()).toBe(2);
    expect(source().capacity()).toBe(5);
    source().push(1);
    source().push(2);
    expect(consumer.taken).toEqual([1, 2]);
    expect(iterator.buffered).toBe(0);
    expect(source().room()).toBe(0);
  });

  it('keeps what the listener has no room for, in order, and hands it over when it drains', async () => {
    const { iterator, source } = driven(3);
    const consumer = listener(1);
    iterator.listen(consumer);
    for (const value of [1, 2, 3]) source().push(value);
    expect(consumer.taken).toEqual([1]);
    expect(iterator.buffered).toBe(2);
    consumer.free(1);
    await settle();
    expect(consumer.taken).toEqual([1, 2]);
    consumer.free(5);
    await settle();
    expect(consumer.taken).toEqual([1, 2, 3]);
    source().push(4);
    expect(consumer.taken).toEqual([1, 2, 3, 4]);
  });

  it('wakes a source that waited for the full buffer before the listener came', async () => {
    const { iterator, source } = driven(2);
    source().push(1);
    source().push(2);
    let woken = false;
    void source().drained().then(() => (woken = true));
    iterator.listen(listener(5));
    await settle();
    expect(woken).toBe(true);
    expect(source().room()).toBe(3);
  });

  it('hands over values pushed before it listened, first', () => {
    const { iterator, source } = driven();
    source().push(1);
    const consumer = listener(5);
    iterator.listen(consumer);
    source().push(2);
    expect(consumer.taken).toEqual([1, 2]);
  });

  it('fails after the values pushed before the failure, and drops a source that pushes past its buffer', async () => {
    const { iterator, source, stopped } = driven(2);
    const consumer = listener(0);
    iterator.listen(consumer);
    source().push(1);
    source().fail(new EngineError('LAGGED', 'behind'));
    expect(consumer.failures).toEqual([]);
    consumer.free(1);
    await settle();
    expect(consumer.taken).toEqual([1]);
    expect(consumer.failures.map((error) => error.code)).toEqual(['LAGGED']);
    expect(stopped()).toBeGreaterThan(0);

    const overflowing = driven(2);
    const stuck = listener(0);
    overflowing.iterator.listen(stuck);
    for (const value of [1, 2, 3]) overflowing.source().push(value);
    // Nothing was taken: the failure waits behind the two buffered values.
    expect(stuck.failures).toEqual([]);
    stuck.free(2);
    await settle();
    expect(stuck.taken).toEqual([1, 2]);
    expect(stuck.failures.map((error) => error.code)).toEqual(['UNAVAILABLE']);
  });

  it('stops the source and hands nothing more after return()', async () => {
    const { iterator, source, stopped } = driven();
    const consumer = listener(0);
    iterator.listen(consumer);
    source().push(1);
    await iterator.return();
    expect(stopped()).toBe(1);
    consumer.free(5);
    await settle();
    source().push(2);
    expect(consumer.taken).toEqual([]);
    expect(source().room()).toBe(0);
  });
});

describe('pushIterator with next()', () => {
  it('buffers up to its size and ends with the failure after the values before it', async () => {
    const { iterator, source } = driven(2);
    source().push(1);
    source().push(2);
    expect(source().room()).toBe(0);
    source().fail(new EngineError('LAGGED', 'behind'));
    expect(await iterator.next()).toEqual({ done: false, value: 1 });
    expect(await iterator.next()).toEqual({ done: false, value: 2 });
    await expect(iterator.next()).rejects.toMatchObject({ code: 'LAGGED' });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});
