// GraphQL subscriptions (and queries) over graphql-ws (the graphql-transport-ws protocol) at
// /graphql. Credentials come from connection_init's payload, else from the upgrade request.
import type { IncomingMessage } from 'node:http';
import { type ExecutionArgs, GraphQLError, type GraphQLSchema, Kind, getArgumentValues, getOperationAST } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
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
import { HttpProblem } from '../problem.js';

export interface GraphQLWsOptions {
  log: Logger;
  reportUnexpected: ReportUnexpected;
  access: AccessControl;
  guard: ConnectionGuard;
  documents: DocumentCache;
  /** Subscriptions one connection may hold (0: no limit). */
  subscriptionsPerConnection: number;
  /** Where connections are registered for the management operations. */
  engine: Engine;
  context(requestId: string, identity: Identity): HandlerContext;
}

type Extra = { socket: WebSocket; request: IncomingMessage };

/** What the upgrade request presented, kept for connection_init. */
export const upgradeIdentities = new WeakMap<IncomingMessage, { identity: Identity; presented: Presented }>();

const CLOSE_TOO_MANY_CONNECTIONS = 4429;

/** Serves graphql-ws on the given socket server; returns what disposes it. */
export function serveGraphQLWs(schema: GraphQLSchema, server: WebSocketServer, options: GraphQLWsOptions): ReturnType<typeof useServer> {
  const identities = new WeakMap<Context, Identity>();
  const registered = new WeakMap<Context, { counters: ConnectionCounters; operations: Map<string, SubscriptionInfo> }>();
  const anonymous = (ip: string | null): Identity => ({ principal: null, failure: null, ip });
  return useServer<Record<string, unknown>, Extra>(
    {
      schema,
      parse: options.documents.parse,
      validate: options.documents.validate,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
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
        const operations = new Map<string, SubscriptionInfo>();
        const { counters } = options.engine.realtime.connections.register({
          surface: 'graphql-ws',
          path: request.url?.split('?')[0] ?? '/graphql',
          userId: identity.principal?.userId ?? null,
          username: identity.principal?.username ?? null,
          clientAddress: ip,
          subscriptions: () => [...operations.values()],
          // graphql-ws queues per subscription (bounded buffers), not per connection.
          queued: () => null,
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
      context: (ctx, id) => options.context(`graphql-ws:${id}`, identities.get(ctx) ?? anonymous(null)),
      onOperation: (ctx, id, _payload, args) => {
        registered.get(ctx)?.operations.set(id, describeOperation(schema, id, args));
      },
      onComplete: (ctx, id) => {
        registered.get(ctx)?.operations.delete(id);
      },
      onNext: (ctx, id, _payload, _args, result) => {
        registered.get(ctx)?.counters.sent();
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((error) => formatGraphQLError(error, options.reportUnexpected, `graphql-ws:${id}`).toJSON()) };
      },
      onError: (ctx, id, _payload, errors) => {
        const connection = registered.get(ctx);
        connection?.counters.sent();
        connection?.operations.delete(id);
        if (errors.some((error) => error.originalError instanceof EngineError && error.originalError.code === 'LAGGED')) connection?.counters.lagged();
        return errors.map((error) => formatGraphQLError(error, options.reportUnexpected, `graphql-ws:${id}`).toJSON());
      },
    },
    server,
  );
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
