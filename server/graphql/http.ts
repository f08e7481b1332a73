// GraphQL over HTTP at /graphql (graphql-http); browsers asking for HTML get GraphiQL.
import type { IncomingMessage } from 'node:http';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-http';
import type { Middleware } from 'koa';
import type { HandlerContext } from '../../handlers/context.js';
import { readText } from '../body.js';
import type { ReportUnexpected } from '../incidents.js';
import type { Logger } from '../logger.js';
import type { RequestState } from '../request-state.js';
import type { DocumentCache } from './documents.js';
import { formatGraphQLError } from './errors.js';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLHttpOptions {
  bodyLimitBytes: number;
  log: Logger;
  reportUnexpected: ReportUnexpected;
  context(state: RequestState): HandlerContext;
  documents: DocumentCache;
  /** Serves the GraphiQL page. */
  playground: Middleware;
}

export function graphqlHttp(schema: GraphQLSchema, options: GraphQLHttpOptions): Middleware<{ request: RequestState }> {
  const { documents } = options;
  const handle = createHandler<IncomingMessage, HandlerContext, HandlerContext>({
    schema,
    parse: documents.parse,
    validate: documents.validate,
    context: (request) => request.context,
    onOperation: (request, _args, result) => {
      if (!result.errors) return result;
      return { ...result, errors: result.errors.map((error) => formatGraphQLError(error, options.reportUnexpected, request.context.requestId)) };
    },
    // Errors before execution (syntax, validation, variables) get a code too.
    formatError: (error) => {
      if (error instanceof GraphQLError && error.extensions.code !== undefined) return error;
      return new GraphQLError(error.message, {
        source: error instanceof GraphQLError ? error.source : undefined,
        positions: error instanceof GraphQLError ? error.positions : undefined,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
      });
    },
  });
  return async (ctx, next) => {
    if (ctx.path !== GRAPHQL_PATH) return next();
    ctx.state.request.operationId = 'graphql';
    if (ctx.method === 'GET' && ctx.accepts('application/graphql-response+json', 'application/json', 'text/html') === 'text/html') return options.playground(ctx, next);
    const context = options.context(ctx.state.request);
    const [body, init] = await handle({
      url: ctx.url,
      method: ctx.method,
      headers: ctx.headers,
      body: () => readText(ctx.req, options.bodyLimitBytes),
      raw: ctx.req,
      context,
    });
    ctx.status = init.status;
    for (const [name, value] of Object.entries(init.headers ?? {})) ctx.set(name, value);
    ctx.body = body;
  };
}
