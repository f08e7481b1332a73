// GraphQL subscriptions (and queries) over graphql-ws (the graphql-transport-ws protocol) at /graphql.
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { HandlerContext } from '../../handlers/context.js';
import type { Logger } from '../logger.js';
import { formatGraphQLError } from './errors.js';

export interface GraphQLWsOptions {
  log: Logger;
  context(requestId: string): HandlerContext;
}

/** Serves graphql-ws on the given socket server; returns what disposes it. */
export function serveGraphQLWs(schema: GraphQLSchema, server: WebSocketServer, options: GraphQLWsOptions): ReturnType<typeof useServer> {
  return useServer(
    {
      schema,
      context: (_connection, id) => options.context(`graphql-ws:${id}`),
      onNext: (_connection, id, _payload, _args, result) => {
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((error) => formatGraphQLError(error, options.log, `graphql-ws:${id}`).toJSON()) };
      },
      onError: (_connection, id, _payload, errors) => errors.map((error) => formatGraphQLError(error, options.log, `graphql-ws:${id}`).toJSON()),
    },
    server,
  );
}
