// Turns a push source (bus listener, timer, change stream) into an async iterator for pull
// consumers such as GraphQL subscriptions. The buffer is bounded: a source that checks room()
// can wait for drained() or stop; one that pushes regardless makes a consumer that falls that far
// behind get an error, instead of the server holding events for it without limit.
//
// A consumer that can take values as they come (a socket's send queue) listens instead of
// calling next(): a change fanned out to thousands of subscriptions then costs no promise per
// subscriber, and the source paces itself by the consumer's own bound rather than the buffer's.
import { EngineError } from '../errors.js';

/** The consumer's side of the buffer, for sources that pace themselves. */
export interface PushQueue<T> {
  push(value: T): void;
  /** Values the buffer takes now. */
  room(): number;
  capacity(): number;
  /** Resolves when the buffer has room again, or the consumer has gone. */
  drained(): Promise<void>;
  /** Ends the iterator with this error once the values already pushed are consumed. */
  fail(error: EngineError): void;
}

/** A consumer that takes values as they are pushed, within a bound of its own (see PushIterator.listen). */
export interface PushListener<T> {
  /** Values it takes now. */
  room(): number;
  capacity(): number;
  /** Resolves when it has room again, or has gone. */
  drained(): Promise<void>;
  take(value: T): void;
  /** The source failed: every value pushed before was taken, and none follows. */
  fail(error: EngineError): void;
}

/** An iterator over pushed values that tells how many wait in its buffer. */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  /** Values pushed and not consumed yet. */
  readonly buffered: number;
  /**
   * Hands the values to `listener`, in order, instead of to next(): at once while it has room;
   * values pushed while it has none wait in the buffer until it drains. From then on the source
   * sees the listener's room and capacity. return() stops it.
   */
  listen(listener: PushListener<T>): void;
  /** Stops the source; nothing more is delivered. */
  return(): Promise<IteratorResult<T>>;
}

export function isPushIterator(value: unknown): value is PushIterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Partial<PushIterator<unknown>>).listen === 'function';
}

/** Starts the source; returns the function that stops it. */
export type PushSource<T> = (push: (value: T) => void, queue: PushQueue<T>) => () => void;

export function pushIterator<T>(source: PushSource<T>, bufferSize: number): PushIterator<T> {
  const buffer: T[] = [];
  let waiting: { resolve(step: IteratorResult<T>): void; reject(error: EngineError): void } | null = null;
  let roomWaiters: Array<() => void> = [];
  let failure: EngineError | null = null;
  let done = false;
  let listener: PushListener<T> | null = null;
  /** A listener with no room holds buffered values: deliverBuffered runs again when it drains. */
  let awaitingListener = false;

  const wakeRoomWaiters = (): void => {
    for (const wake of roomWaiters) wake();
    roomWaiters = [];
  };
  const finish = (): void => {
    if (done) return;
    done = true;
    listener = null;
    stop();
    waiting?.resolve({ done: true, value: undefined });
    waiting = null;
    wakeRoomWaiters();
  };
  /** Hands the listener what the buffer holds while it has room, then the failure once nothing is left before it. */
  const deliverBuffered = (): void => {
    const consumer = listener;
    if (!consumer) return;
    const held = buffer.length;
    // take() may end the iteration (return()), which clears the listener.
    while (listener === consumer && buffer.length > 0 && consumer.room() > 0) consumer.take(buffer.shift()!);
    if (listener !== consumer) return;
    // A source that waited for the buffer before the listener came (drained()) looks again.
    if (buffer.length < held) wakeRoomWaiters();
    if (buffer.length > 0 && !awaitingListener) {
      awaitingListener = true;
      // A listener that has gone resolves at once, but return() (its owner's close) has cleared it by then.
      void consumer.drained().then(() => {
        awaitingListener = false;
        deliverBuffered();
      });
    }
    if (buffer.length === 0 && failure) {
      const error = failure;
      finish();
      consumer.fail(error);
    }
  };
  const fail = (error: EngineError): void => {
    if (done || failure) return;
    failure = error;
    stop();
    wakeRoomWaiters();
    if (listener) return deliverBuffered();
    if (!waiting) return;
    // The consumer is waiting for a value, so the buffer is empty: give it the error now.
    const { reject } = waiting;
    waiting = null;
    finish();
    reject(error);
  };
  const push = (value: T): void => {
    if (done || failure) return;
    if (listener && buffer.length === 0 && listener.room() > 0) listener.take(value);
    else if (waiting) {
      const { resolve } = waiting;
      waiting = null;
      resolve({ done: false, value });
    } else if (buffer.length < bufferSize) {
      buffer.push(value);
      if (listener) deliverBuffered();
    } else fail(new EngineError('UNAVAILABLE', `the subscriber fell more than ${bufferSize} events behind and was dropped; subscribe again`));
  };
  const queue: PushQueue<T> = {
    push,
    room: () => {
      if (done || failure) return 0;
      return listener ? Math.max(0, listener.room() - buffer.length) : bufferSize - buffer.length;
    },
    capacity: () => listener?.capacity() ?? bufferSize,
    drained: () => {
      if (done || failure) return Promise.resolve();
      if (listener) return listener.drained();
      return buffer.length < bufferSize ? Promise.resolve() : new Promise((resolve) => roomWaiters.push(resolve));
    },
    fail,
  };
  const stop = source(push, queue);

  return {
    get buffered() {
      return buffer.length;
    },
    listen(consumer) {
      if (done) return;
      listener = consumer;
      deliverBuffered();
    },
    next() {
      if (buffer.length > 0) {
        const value = buffer.shift()!;
        wakeRoomWaiters();
        return Promise.resolve({ done: false, value });
      }
      if (done) return Promise.resolve({ done: true, value: undefined });
      if (failure) {
        const error = failure;
        finish();
        return Promise.reject(error);
      }
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
