// GraphQL subscriptions (and queries) over graphql-ws (the graphql-transport-ws protocol) at
// /graphql. Credentials come from connection_init's payload, else from the upgrade request.
// The transport is ours rather than graphql-ws/use/ws, so that these connections get the same
// heartbeat, idle timeout and bounded send queue as the AsyncAPI channels.
import type { IncomingMessage } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, GraphQLError, type GraphQLSchema, Kind, createSourceEventStream, getArgumentValues, getOperationAST } from 'graphql';
import { CloseCode, type Context, handleProtocols, makeServer } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { EngineError } from '../../engine/errors.js';
import type { ConnectionCounters, SubscriptionInfo } from '../../engine/modules/realtime/connections.js';
import type { Engine } from '../../engine/index.js';
import type { HandlerContext } from '../../handlers/context.js';
import type { AccessControl, Identity } from '../access/access.js';
import { CLOSE_UNAUTHORIZED, type ConnectionGuard } from '../access/connections.js';
import { type Presented, fromConnectionParams } from '../access/credentials.js';
import type { ReportUnexpected } from '../incidents.js';
import type { Logger } from '../logger.js';
import type { DocumentCache } from './documents.js';
import { formatGraphQLError } from './errors.js';
import { sharedExecution } from './shared-execution.js';
import { type PushIterator, isPushIterator } from '../../engine/events/push-iterator.js';
import { deliverEvents } from './event-delivery.js';
import { Heartbeat } from '../ws/heartbeat.js';
import { SendQueue, textFrame } from '../ws/send-queue.js';
import { HttpProblem } from '../problem.js';

export interface GraphQLWsOptions {
  log: Logger;
  reportUnexpected: ReportUnexpected;
  access: AccessControl;
  guard: ConnectionGuard;
  documents: DocumentCache;
  /** Subscriptions one connection may hold (0: no limit). */
  subscriptionsPerConnection: number;
  /** Ping interval; a peer that answers none of two pings is dropped. */
  heartbeatMs: number;
  /** A connection that sent and received no message this long is closed (0: never). */
  idleTimeoutMs: number;
  /** Messages a connection may have waiting for the network. */
  sendQueueLimit: number;
  /** A connection whose send queue stays full this long is closed. */
  slowClientTimeoutMs: number;
  /** Where connections are registered for the management operations. */
  engine: Engine;
  context(requestId: string, identity: Identity, surface: 'graphql', operation: null): HandlerContext;
  /** Called with each connection as it opens (monitoring counts them and their messages); returns what counts each message sent. */
  track?(socket: WebSocket): () => void;
}

type Extra = { socket: WebSocket; request: IncomingMessage; queue: SendQueue };

/** A running operation, for the management listing: what it is, and the events it has waiting. */
interface Operation {
  info: SubscriptionInfo;
  stream: PushIterator<unknown> | null;
}

/** What the upgrade request presented, kept for connection_init. */
export const upgradeIdentities = new WeakMap<IncomingMessage, { identity: Identity; presented: Presented }>();

const CLOSE_TOO_MANY_CONNECTIONS = 4429;

/** Serves graphql-ws on the given socket server; returns what disposes it. */
export function serveGraphQLWs(schema: GraphQLSchema, server: WebSocketServer, options: GraphQLWsOptions): { dispose(): Promise<void> } {
  const identities = new WeakMap<Context, Identity>();
  const registered = new WeakMap<Context, { counters: ConnectionCounters; operations: Map<string, Operation> }>();
  const anonymous = (ip: string | null): Identity => ({ principal: null, failure: null, ip });
  /** A result as the client gets it: errors formatted (unexpected ones reported) for this subscription. */
  const forClient = (result: ExecutionResult, id: string) =>
    result.errors ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error, options.reportUnexpected, `graphql-ws:${id}`).toJSON()) } : result;
  const protocol = makeServer<Record<string, unknown>, Extra>(
    {
      schema,
      parse: options.documents.parse,
      validate: options.documents.validate,
      // The stream of payloads, not of results as graphql-ws types it: onOperation hands it to
      // deliverEvents, which executes each event, before graphql-ws reads from it.
      subscribe: (args) => createSourceEventStream(args) as Promise<AsyncIterable<ExecutionResult> | ExecutionResult>,
      onConnect: async (ctx) => {
        const { socket, request, queue } = ctx.extra;
        const fromParams = fromConnectionParams(ctx.connectionParams);
        const upgrade = upgradeIdentities.get(request);
        const useParams = fromParams.malformed !== null || Object.keys(fromParams.credentials).length > 0;
        const ip = request.socket.remoteAddress ?? null;
        const identity = useParams ? await options.access.identify(fromParams, ip) : (upgrade?.identity ?? anonymous(ip));
        const presented = useParams ? fromParams : upgrade?.presented;
        if (identity.failure !== null) {
          socket.close(CLOSE_UNAUTHORIZED, identity.failure.slice(0, 120));
          return false;
        }
        try {
          options.guard.admit(identity);
        } catch (error) {
          socket.close(CLOSE_TOO_MANY_CONNECTIONS, (error as Error).message.slice(0, 120));
          return false;
        }
        identities.set(ctx, identity);
        const operations = new Map<string, Operation>();
        const { counters } = options.engine.realtime.connections.register({
          surface: 'graphql-ws',
          path: request.url?.split('?')[0] ?? '/graphql',
          userId: identity.principal?.userId ?? null,
          username: identity.principal?.username ?? null,
          clientAddress: ip,
          subscriptions: () => [...operations.values()].map((operation) => operation.info),
          // Frames waiting for the network, and events waiting in the subscriptions' buffers.
          queued: () => [...operations.values()].reduce((sum, operation) => sum + (operation.stream?.buffered ?? 0), queue.queued),
          close: (code, reason) => socket.close(code, reason),
          broadcast: () => null,
        });
        socket.once('close', () => counters.closed());
        registered.set(ctx, { counters, operations });
        // Fields check permissions as they run; the connection itself is closed when its credentials die.
        if (presented) options.guard.watch(socket, identity, presented.credentials, () => []);
        return true;
      },
      onSubscribe: (ctx) => {
        registered.get(ctx)?.counters.received();
        const limit = options.subscriptionsPerConnection;
        if (limit > 0 && Object.keys(ctx.subscriptions).length > limit) {
          const problem = new HttpProblem('RATE_LIMITED', `a connection holds at most ${limit} subscriptions; complete one first`);
          // onError formats it, keeping the problem's code.
          return [new GraphQLError(problem.message, { originalError: problem })];
        }
        return undefined;
      },
      context: (ctx, id) => options.context(`graphql-ws:${id}`, identities.get(ctx) ?? anonymous(null), 'graphql', null),
      onOperation: (ctx, id, _payload, args, result) => {
        const connection = registered.get(ctx)!;
        const info = describeOperation(schema, id, args);
        if (!(Symbol.asyncIterator in result)) {
          // A query, a mutation, or a subscription refused before it started: graphql-ws sends the result.
          connection.operations.set(id, { info, stream: null });
          return undefined;
        }
        if (!isPushIterator(result)) {
          void (result as AsyncIterator<unknown>).return?.();
          throw new Error(`the subscribe resolver of ${info.target} must return a pushIterator (engine/events/push-iterator.ts)`);
        }
        connection.operations.set(id, { info, stream: result });
        return deliverEvents(result, {
          id,
          execute: sharedExecution(args, (executed) => Buffer.from(`${JSON.stringify(forClient(executed, id))}}`)),
          queue: ctx.extra.queue,
          sent: () => connection.counters.sent(),
        });
      },
      onComplete: (ctx, id) => {
        registered.get(ctx)?.operations.delete(id);
      },
      onNext: (ctx, id, _payload, _args, result) => {
        registered.get(ctx)?.counters.sent();
        return forClient(result, id);
      },
      onError: (ctx, id, _payload, errors) => {
        const connection = registered.get(ctx);
        connection?.counters.sent();
        connection?.operations.delete(id);
        if (errors.some((error) => error.originalError instanceof EngineError && error.originalError.code === 'LAGGED')) connection?.counters.lagged();
        return errors.map((error) => formatGraphQLError(error, options.reportUnexpected, `graphql-ws:${id}`).toJSON());
      },
    },
  );
  const heartbeat = new Heartbeat({ intervalMs: options.heartbeatMs, idleTimeoutMs: options.idleTimeoutMs });
  server.options.handleProtocols = handleProtocols;
  server.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const touch = heartbeat.watch(socket);
    const countSent = options.track?.(socket);
    const queue = new SendQueue(socket, {
      capacity: options.sendQueueLimit,
      slowClientTimeoutMs: options.slowClientTimeoutMs,
      onSent: () => {
        touch();
        countSent?.();
      },
    });
    socket.on('error', (error) => options.log.warn({ err: error }, 'graphql-ws socket error'));
    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        // graphql-ws waits for each message to be written before it takes the subscription's next event.
        send: (data) => {
          queue.send(textFrame(data));
          return queue.flushed();
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (receive) =>
          socket.on('message', (data) => {
            touch();
            receive(String(data)).catch((error: unknown) => {
              options.log.error({ err: error }, 'graphql-ws message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request, queue },
    );
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });
  return {
    dispose: async () => {
      heartbeat.stop();
      for (const client of server.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** The root field an operation runs and the arguments it gave, for the subscriptions of a connection. */
function describeOperation(schema: GraphQLSchema, id: string, args: ExecutionArgs): SubscriptionInfo {
  const operation = getOperationAST(args.document, args.operationName);
  const field = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  const root = operation && schema.getRootType(operation.operation);
  const definition = field?.kind === Kind.FIELD ? root?.getFields()[field.name.value] : undefined;
  const params = field?.kind === Kind.FIELD && definition ? getArgumentValues(definition, field, (args.variableValues ?? {}) as Record<string, unknown>) : {};
  return { subscriptionId: id, target: field?.kind === Kind.FIELD ? field.name.value : 'unknown', params, openedAt: new Date().toISOString() };
}
