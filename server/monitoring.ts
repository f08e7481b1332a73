// What the server reports to the monitoring module besides HTTP requests (request-state reports
// those, as it times them): every WebSocket connection with its messages, and GraphQL root
// fields. Kept to a few counter updates each; the figures are computed when someone asks.
import type { GraphQLResolveInfo } from 'graphql';
import type { WebSocket } from 'ws';
import type { MonitoringModule } from '../engine/modules/monitoring/monitoring.js';
import type { HandlerContext } from '../handlers/context.js';
import { toProblem } from './problem.js';

/** Counts a WebSocket connection until it closes, and the messages it receives and sends. */
export function trackWebSocket(monitoring: MonitoringModule, ws: WebSocket, endpoint: string): void {
  const tracker = monitoring.trackSocket(endpoint);
  ws.on('message', () => tracker.received());
  ws.once('close', () => tracker.closed());
  // Every sender (channels, graphql-ws) goes through send: counting there misses none.
  const send = ws.send.bind(ws) as (...args: unknown[]) => void;
  ws.send = ((...args: unknown[]) => {
    tracker.sent();
    send(...args);
  }) as WebSocket['send'];
}

type Resolve = (parent: unknown, args: Record<string, unknown>, context: HandlerContext, info: GraphQLResolveInfo) => unknown;

/** Wraps a query or mutation root field: counts it with the status its outcome maps to, and times it. */
export function measuredField(resolve: Resolve, root: 'Query' | 'Mutation', field: string): Resolve {
  const type = root === 'Query' ? 'query' : 'mutation';
  return async (parent, args, context, info) => {
    const started = performance.now();
    let status = 200;
    try {
      return await resolve(parent, args, context, info);
    } catch (error) {
      status = toProblem(error, context.requestId).status;
      throw error;
    } finally {
      context.engine.monitoring.recordGraphQLField(type, field, status, (performance.now() - started) / 1000);
    }
  };
}
