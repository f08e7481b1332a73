// Turns a push source (bus listener, timer) into an async iterator for pull consumers such as
// GraphQL subscriptions. The buffer is bounded: a consumer that falls that far behind gets an
// error instead of the server holding events for it without limit.
import { EngineError } from '../errors.js';

/** Starts the source; returns the function that stops it. */
export type PushSource<T> = (push: (value: T) => void) => () => void;

export function pushIterator<T>(source: PushSource<T>, bufferSize: number): AsyncIterableIterator<T> {
  const buffer: T[] = [];
  let waiting: ((step: IteratorResult<T>) => void) | null = null;
  let failure: EngineError | null = null;
  let done = false;

  const finish = (): void => {
    if (done) return;
    done = true;
    stop();
    waiting?.({ done: true, value: undefined });
    waiting = null;
  };
  const stop = source((value) => {
    if (done || failure) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ done: false, value });
    } else if (buffer.length < bufferSize) buffer.push(value);
    else {
      failure = new EngineError('UNAVAILABLE', `the subscriber fell more than ${bufferSize} events behind and was dropped; subscribe again`);
      stop();
    }
  });

  return {
    next() {
      if (buffer.length > 0) return Promise.resolve({ done: false, value: buffer.shift()! });
      if (failure) {
        const error = failure;
        finish();
        return Promise.reject(error);
      }
      if (done) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => (waiting = resolve));
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
