// Turns a push source (bus listener, timer, change stream) into an async iterator for pull
// consumers such as GraphQL subscriptions. The buffer is bounded: a source that checks room()
// can wait for drained() or stop; one that pushes regardless makes a consumer that falls that far
// behind get an error, instead of the server holding events for it without limit.
import { EngineError } from '../errors.js';

/** The consumer's side of the buffer, for sources that pace themselves. */
export interface PushQueue<T> {
  push(value: T): void;
  /** Values the buffer takes now. */
  room(): number;
  readonly capacity: number;
  /** Resolves when the buffer has room again, or the consumer has gone. */
  drained(): Promise<void>;
  /** Ends the iterator with this error once the values already pushed are consumed. */
  fail(error: EngineError): void;
}

/** An iterator over pushed values that tells how many wait in its buffer. */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  /** Values pushed and not consumed yet. */
  readonly buffered: number;
}

/** Starts the source; returns the function that stops it. */
export type PushSource<T> = (push: (value: T) => void, queue: PushQueue<T>) => () => void;

export function pushIterator<T>(source: PushSource<T>, bufferSize: number): PushIterator<T> {
  const buffer: T[] = [];
  let waiting: { resolve(step: IteratorResult<T>): void; reject(error: EngineError): void } | null = null;
  let roomWaiters: Array<() => void> = [];
  let failure: EngineError | null = null;
  let done = false;

  const wakeRoomWaiters = (): void => {
    for (const wake of roomWaiters) wake();
    roomWaiters = [];
  };
  const finish = (): void => {
    if (done) return;
    done = true;
    stop();
    waiting?.resolve({ done: true, value: undefined });
    waiting = null;
    wakeRoomWaiters();
  };
  const fail = (error: EngineError): void => {
    if (done || failure) return;
    failure = error;
    stop();
    wakeRoomWaiters();
    if (!waiting) return;
    // The consumer is waiting for a value, so the buffer is empty: give it the error now.
    const { reject } = waiting;
    waiting = null;
    finish();
    reject(error);
  };
  const push = (value: T): void => {
    if (done || failure) return;
    if (waiting) {
      const { resolve } = waiting;
      waiting = null;
      resolve({ done: false, value });
    } else if (buffer.length < bufferSize) buffer.push(value);
    else fail(new EngineError('UNAVAILABLE', `the subscriber fell more than ${bufferSize} events behind and was dropped; subscribe again`));
  };
  const queue: PushQueue<T> = {
    push,
    room: () => (done || failure ? 0 : bufferSize - buffer.length),
    capacity: bufferSize,
    drained: () => (done || failure || buffer.length < bufferSize ? Promise.resolve() : new Promise((resolve) => roomWaiters.push(resolve))),
    fail,
  };
  const stop = source(push, queue);

  return {
    get buffered() {
      return buffer.length;
    },
    next() {
      if (buffer.length > 0) {
        const value = buffer.shift()!;
        wakeRoomWaiters();
        return Promise.resolve({ done: false, value });
      }
      if (failure) {
        const error = failure;
        finish();
        return Promise.reject(error);
      }
      if (done) return Promise.resolve({ done: true, value: undefined });
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
