// The Strata server: one HTTP server on one port for REST, GraphQL (HTTP and graphql-ws), the
// WebSocket channels and the docs; a Koa app of a few middlewares over the engine.
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { WebSocketServer } from 'ws';
import { Engine } from '../engine/index.js';
import { LogRing } from '../engine/modules/monitoring/log-ring.js';
import type { AuditSurface } from '../engine/modules/security/security.js';
import type { HandlerContext, Lifecycle } from '../handlers/context.js';
import { channelHandlers, graphqlModules, restHandlers } from '../handlers/index.js';
import { AccessControl, type Identity } from './access/access.js';
import { restAudit } from './access/audit.js';
import { callerOf } from './access/caller.js';
import { ConnectionGuard } from './access/connections.js';
import { firstPresented, fromHeaders, fromQuery } from './access/credentials.js';
import { httpAccess } from './access/http.js';
import { type ServerConfig, engineSettings } from './config.js';
import { serverConfiguration, withPersistedSettings } from './config-document.js';
import { unexpectedFailures } from './incidents.js';
import { GRAPHIQL_PAGE, docs, sendPage } from './docs/pages.js';
import { GRAPHQL_PATH, graphqlHttp } from './graphql/http.js';
import { DocumentCache } from './graphql/documents.js';
import { limitRules } from './graphql/limits.js';
import { buildGraphQLSchema } from './graphql/schema.js';
import { serveGraphQLWs, upgradeIdentities } from './graphql/ws.js';
import { cors, parseOrigins } from './http/cors.js';
import { securityHeaders } from './http/security-headers.js';
import { type Logger, createLogger, setLogLevel } from './logger.js';
import { HttpProblem } from './problem.js';
import { trackWebSocket } from './monitoring.js';
import { type RequestState, requestState } from './request-state.js';
import { problemChecker, restRouter } from './rest/router.js';
import { ChannelServer, rejectUpgrade } from './ws/channel-server.js';

export interface StrataServer {
  readonly url: string;
  readonly engine: Engine;
  readonly http: Server;
  readonly log: Logger;
  /** Stops accepting, lets requests in flight finish, closes WebSockets and the database. */
  close(): Promise<void>;
}

/** Version of this build, reported by /api/v1/info. */
const VERSION = '0.1.0';
/** Log entries GET /api/v1/logs can read back. */
const LOG_RING_ENTRIES = 5000;

export async function startServer(given: ServerConfig, log?: Logger): Promise<StrataServer> {
  const config = withPersistedSettings(given);
  const lifecycle: { state: Lifecycle['state'] } = { state: 'starting' };
  const logs = new LogRing(LOG_RING_ENTRIES);
  const logger = log ?? createLogger(config.logLevel, logs);
  // A level set through the admin config outlives restarts.
  setLogLevel(logger, config.logLevel);
  const engine = await Engine.open({
    ...engineSettings(config),
    version: VERSION,
    onError: (error, context) => logger.error({ err: error, context }, 'background failure'),
    logs,
    log: (level, message, fields) => logger[level](fields, message),
  });
  try {
    return await serve(config, logger, engine, lifecycle);
  } catch (error) {
    // Nothing listens: close the threads and files the engine opened.
    await engine.close();
    throw error;
  }
}

async function serve(config: ServerConfig, log: Logger, engine: Engine, lifecycle: { state: Lifecycle['state'] }): Promise<StrataServer> {
  engine.administration.useConfiguration(serverConfiguration(config, engine, log));
  const contextFor = (requestId: string, identity: Identity, surface: AuditSurface, operation: string | null): HandlerContext => ({
    engine,
    requestId,
    log,
    lifecycle,
    identity,
    caller: callerOf(identity, surface, requestId, operation),
    reportUnexpected,
  });
  const access = new AccessControl(engine.security, { requestsPerMinute: config.requestsPerMinute, signInsPerMinute: config.signInsPerMinute });
  const guard = new ConnectionGuard(engine.security, engine.events, config.connectionsPerUser);
  const tls = config.tlsCert !== '' || config.tlsKey !== '';

  const schema = buildGraphQLSchema(graphqlModules);
  const documents = new DocumentCache(limitRules({ maxDepth: config.graphqlMaxDepth, maxCost: config.graphqlMaxCost }));
  const app = new Koa<{ request: RequestState }>();
  const requests = { inFlight: 0 };
  const reportUnexpected = unexpectedFailures(engine, log);
  app.use(requestState({ log, requests, checkProblem: config.validateResponses ? await problemChecker() : undefined, reportUnexpected, answered: (...request) => engine.monitoring.recordRequest(...request) }));
  app.use(securityHeaders({ hsts: tls }));
  app.use(cors({ origins: parseOrigins(config.corsOrigins) }));
  app.use(docs());
  app.use(httpAccess(access));
  app.use(graphqlHttp(schema, { bodyLimitBytes: config.bodyLimitBytes, log, reportUnexpected, context: (state) => contextFor(state.id, state.identity!, 'graphql', null), documents, playground: async (ctx) => sendPage(ctx, GRAPHIQL_PAGE) }));
  app.use(restAudit(engine.security));
  app.use(await restRouter(restHandlers, { bodyLimitBytes: config.bodyLimitBytes, validateResponses: config.validateResponses, context: (state) => contextFor(state.id, state.identity!, 'rest', state.operationId ?? null), access }));

  const http = tls ? createHttpsServer({ cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) }, app.callback()) : createServer(app.callback());
  const channels = new ChannelServer(channelHandlers, { maxPayloadBytes: config.bodyLimitBytes, heartbeatMs: config.wsHeartbeatMs, subscriptionsPerConnection: config.subscriptionsPerConnection, sendQueueLimit: config.wsSendQueueLimit, slowClientTimeoutMs: config.wsSlowClientTimeoutMs, idleTimeoutMs: config.wsIdleTimeoutMs, log, guard, context: contextFor, track: (ws, channel) => trackWebSocket(engine.monitoring, ws, channel) });
  const graphqlSockets = new WebSocketServer({ noServer: true, maxPayload: config.bodyLimitBytes });
  const graphqlWs = serveGraphQLWs(schema, graphqlSockets, {
    log,
    reportUnexpected,
    access,
    guard,
    documents,
    subscriptionsPerConnection: config.subscriptionsPerConnection,
    heartbeatMs: config.wsHeartbeatMs,
    idleTimeoutMs: config.wsIdleTimeoutMs,
    sendQueueLimit: config.wsSendQueueLimit,
    slowClientTimeoutMs: config.wsSlowClientTimeoutMs,
    track: (ws) => trackWebSocket(engine.monitoring, ws, 'graphql'),
    engine,
    context: contextFor,
  });
  http.on('upgrade', (request, socket, head) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (lifecycle.state === 'stopping') return rejectUpgrade(socket, new HttpProblem('UNAVAILABLE', 'the server is shutting down'), 'shutdown');
      const presented = firstPresented(fromHeaders(request.headers), fromQuery(url));
      const identity = await access.identify(presented, request.socket.remoteAddress ?? null);
      if (url.pathname === GRAPHQL_PATH) {
        upgradeIdentities.set(request, { identity, presented });
        return graphqlSockets.handleUpgrade(request, socket, head, (ws) => graphqlSockets.emit('connection', ws, request));
      }
      const channel = ChannelServer.channelAt(url.pathname);
      if (channel) return channels.handleUpgrade(request, socket, head, channel, url, identity, presented.credentials);
      rejectUpgrade(socket, new HttpProblem('NOT_FOUND', `no WebSocket endpoint at ${url.pathname}`), 'upgrade');
    })().catch((error: unknown) => {
      log.error({ err: error }, 'WebSocket upgrade failed');
      rejectUpgrade(socket, new HttpProblem('INTERNAL', 'the upgrade failed'), 'upgrade');
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  lifecycle.state = 'ready';
  engine.monitoring.serving();
  const address = http.address() as AddressInfo;
  const url = `${tls ? 'https' : 'http'}://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      lifecycle.state = 'stopping';
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      channels.closeAll(1001, 'server shutting down');
      for (const client of graphqlSockets.clients) client.close(1001, 'server shutting down');
      await graphqlWs.dispose();
      guard.close();
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (requests.inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      http.closeAllConnections();
      await stopped;
      await engine.close();
    })());

  return { url, engine, http, log, close };
}
