// Subscriptions whose events are shared: when many subscriptions of the same operation receive
// the same payload object (a committed change fanned out; see oncePerEvent), the selection set is
// executed once for all of them instead of once per subscriber. Only identical payload objects
// share a result, and the payload types of subscriptions resolve from the payload alone (no
// resolver reads the caller's context), so a shared result is what each would have computed.
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute } from 'graphql';
import type { PushIterator } from '../../engine/events/push-iterator.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Results by payload, then by operation (document, operation name, variables). */
const results = new WeakMap<object, Map<string, Result>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

/** graphql's subscribe, with each event's result shared between subscriptions of the same operation. */
export async function subscribeShared(args: ExecutionArgs): Promise<PushIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const operation = operationKey(args);
  return mapIterator(source[Symbol.asyncIterator](), (payload) => executeOnce(payload, operation, args));
}

function operationKey(args: ExecutionArgs): string {
  let id = documentIds.get(args.document);
  if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
  return `${id}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
}

function executeOnce(payload: unknown, operation: string, args: ExecutionArgs): Result {
  if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
  let byOperation = results.get(payload);
  if (!byOperation) results.set(payload, (byOperation = new Map()));
  let result = byOperation.get(operation);
  if (!result) {
    result = execute({ ...args, rootValue: payload });
    byOperation.set(operation, result);
  }
  return result;
}

/** Maps each value of an async iterator; closing the result closes the source, and it reports the source's buffer. */
function mapIterator<T, U>(source: AsyncIterator<T> & Partial<PushIterator<T>>, map: (value: T) => U | Promise<U>): PushIterator<U> {
  const close = async (): Promise<void> => {
    await source.return?.();
  };
  return {
    get buffered() {
      return source.buffered ?? 0;
    },
    async next() {
      const step = await source.next();
      if (step.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await map(step.value) };
      } catch (error) {
        await close();
        throw error;
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
