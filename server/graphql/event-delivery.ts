// A graphql-ws subscription's events, sent to the connection as they are pushed. graphql-ws would
// pull each event through an async iterator, build and validate its message, and wait for it to
// be written before taking the next: a dozen promises and a serialization per event and
// subscriber, which is most of what a change fanned out to 10,000 subscriptions costs. Here an
// event is executed, serialized and encoded once per operation (shared-execution), and each
// subscriber only puts its own head (its id) in front, in the send queue, in the turn it arrived.
// graphql-ws keeps the protocol (subscribe, complete, error): it runs the subscription by the
// iterator returned here, which ends when the stream fails and closes it on `complete`.
import type { PushIterator } from '../../engine/events/push-iterator.js';
import type { SendQueue } from '../ws/send-queue.js';

export interface EventDelivery {
  /** The subscription's id, as the client chose it. */
  id: string;
  /** An event's execution result as JSON, followed by the `}` that closes the message: the body every subscriber shares. */
  execute(payload: unknown): Buffer;
  queue: SendQueue;
  /** Counts a message sent. */
  sent(): void;
}

/** The iterator graphql-ws runs a subscription by: it yields nothing, and settles when the subscription ends. */
export type DeliveryHandle = AsyncIterableIterator<never> & { return(): Promise<IteratorResult<never>> };

/** Sends `stream`'s events as `next` messages from now on. */
export function deliverEvents(stream: PushIterator<unknown>, delivery: EventDelivery): DeliveryHandle {
  const { queue } = delivery;
  // Every next message of this subscription starts the same way.
  const head = Buffer.from(`{"id":${JSON.stringify(delivery.id)},"type":"next","payload":`);
  const finished: IteratorResult<never> = { done: true, value: undefined };
  let end!: { resolve(step: IteratorResult<never>): void; reject(error: unknown): void };
  const ended = new Promise<IteratorResult<never>>((resolve, reject) => (end = { resolve, reject }));

  // The connection's send queue bounds the stream: a change subscription that finds it full lags.
  stream.listen({
    room: () => queue.room(),
    capacity: () => queue.capacity,
    drained: () => queue.drained(),
    take: (payload) => {
      let body: Buffer;
      try {
        body = delivery.execute(payload);
      } catch (error) {
        // The operation cannot be executed in this turn (see shared-execution): the subscription
        // ends with the error, which graphql-ws sends and the server reports as unexpected.
        void stream.return();
        end.reject(error);
        return;
      }
      queue.send([head, body]);
      delivery.sent();
    },
    fail: (error) => end.reject(error),
  });

  const close = async (): Promise<IteratorResult<never>> => {
    await stream.return();
    end.resolve(finished);
    return finished;
  };
  return {
    next: () => ended,
    return: close,
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
