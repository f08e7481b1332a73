// Subscription events executed and serialized once for all the subscriptions that share them:
// when many subscriptions of the same operation receive the same payload object (a committed
// change fanned out; see oncePerEvent), the selection set is executed and the result turned into
// JSON once, not once per subscriber. Only identical payload objects share a result, and the
// payload types of subscriptions resolve from the payload alone (no resolver reads the caller's
// context), so a shared result is what each would have computed.
//
// Payloads are executed synchronously (graphql's executeSync): the payload types have no async
// resolvers, and a result in hand is what lets an event go to every socket in the turn it arrives.
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, executeSync } from 'graphql';

/** Serialized results by payload, then by operation (document, operation name, variables). */
const results = new WeakMap<object, Map<string, unknown>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

/**
 * What a subscription makes of each event: its execution result serialized, shared with every
 * subscription of the same operation. `serialize` runs once per payload and operation.
 */
export function sharedExecution<S>(args: ExecutionArgs, serialize: (result: ExecutionResult) => S): (payload: unknown) => S {
  const operation = operationKey(args);
  const run = (payload: unknown) => serialize(executeSync({ ...args, rootValue: payload }));
  return (payload) => {
    if (typeof payload !== 'object' || payload === null) return run(payload);
    let byOperation = results.get(payload);
    if (!byOperation) results.set(payload, (byOperation = new Map()));
    if (byOperation.has(operation)) return byOperation.get(operation) as S;
    const serialized = run(payload);
    byOperation.set(operation, serialized);
    return serialized;
  };
}

function operationKey(args: ExecutionArgs): string {
  let id = documentIds.get(args.document);
  if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
  return `${id}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
}
