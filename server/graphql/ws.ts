// GraphQL subscriptions (and queries) over graphql-ws (the graphql-transport-ws protocol) at
// /graphql. Credentials come from connection_init's payload, else from the upgrade request.
import type { IncomingMessage } from 'node:http';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { HandlerContext } from '../../handlers/context.js';
import type { AccessControl, Identity } from '../access/access.js';
import { CLOSE_UNAUTHORIZED, type ConnectionGuard } from '../access/connections.js';
import { type Presented, fromConnectionParams } from '../access/credentials.js';
import type { Logger } from '../logger.js';
import type { DocumentCache } from './documents.js';
import { formatGraphQLError } from './errors.js';
import { HttpProblem } from '../problem.js';

export interface GraphQLWsOptions {
  log: Logger;
  access: AccessControl;
  guard: ConnectionGuard;
  documents: DocumentCache;
  /** Subscriptions one connection may hold (0: no limit). */
  subscriptionsPerConnection: number;
  context(requestId: string, identity: Identity): HandlerContext;
}

type Extra = { socket: WebSocket; request: IncomingMessage };

/** What the upgrade request presented, kept for connection_init. */
export const upgradeIdentities = new WeakMap<IncomingMessage, { identity: Identity; presented: Presented }>();

const CLOSE_TOO_MANY_CONNECTIONS = 4429;

/** Serves graphql-ws on the given socket server; returns what disposes it. */
export function serveGraphQLWs(schema: GraphQLSchema, server: WebSocketServer, options: GraphQLWsOptions): ReturnType<typeof useServer> {
  const identities = new WeakMap<Context, Identity>();
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
        // Fields check permissions as they run; the connection itself is closed when its credentials die.
        if (presented) options.guard.watch(socket, identity, presented.credentials, () => []);
        return true;
      },
      onSubscribe: (ctx) => {
        const limit = options.subscriptionsPerConnection;
        if (limit > 0 && Object.keys(ctx.subscriptions).length > limit) {
          const problem = new HttpProblem('RATE_LIMITED', `a connection holds at most ${limit} subscriptions; complete one first`);
          // onError formats it, keeping the problem's code.
          return [new GraphQLError(problem.message, { originalError: problem })];
        }
        return undefined;
      },
      context: (ctx, id) => options.context(`graphql-ws:${id}`, identities.get(ctx) ?? anonymous(null)),
      onNext: (_connection, id, _payload, _args, result) => {
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((error) => formatGraphQLError(error, options.log, `graphql-ws:${id}`).toJSON()) };
      },
      onError: (_connection, id, _payload, errors) => errors.map((error) => formatGraphQLError(error, options.log, `graphql-ws:${id}`).toJSON()),
    },
    server,
  );
}
