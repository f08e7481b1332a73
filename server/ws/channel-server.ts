// The AsyncAPI channels over WebSocket: each dedicated address opens one subscription;
// /api/v1/ws opens any number by name. Every client message is validated against its schema;
// a bad one gets an error message and never disturbs the connection's other subscriptions.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { ErrorDetail } from '../../engine/errors.js';
import { type ChannelInfo, channels } from '../../generated/ws/channels.js';
import type { Credentials } from '../../engine/modules/security/security.js';
import type { HandlerContext } from '../../handlers/context.js';
import { type Identity, allows, asRequirement, requireAccess } from '../access/access.js';
import { auditEntry } from '../access/audit.js';
import { asCaller } from '../access/work-context.js';
import type { ConnectionGuard } from '../access/connections.js';
import type { Logger } from '../logger.js';
import { HttpProblem, statusOf, toProblem } from '../problem.js';
import { validationDetails } from '../validation.js';
import type { ChannelHandler, ChannelHandlers, ChannelSubscription, ServedChannel } from './channel.js';

export interface ChannelServerOptions {
  maxPayloadBytes: number;
  /** A client that does not answer a ping within this interval is disconnected. */
  heartbeatMs: number;
  /** Subscriptions one /api/v1/ws connection may hold (0: no limit). */
  subscriptionsPerConnection: number;
  log: Logger;
  guard: ConnectionGuard;
  context(requestId: string, identity: Identity): HandlerContext;
}

interface Envelope {
  message_type: string;
  data: unknown;
  subscription_id?: string;
}

type AnySubscription = ChannelSubscription<ServedChannel>;

const byAddress = new Map(Object.values(channels).map((channel) => [channel.address, channel]));

export class ChannelServer {
  private readonly server: WebSocketServer;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();

  constructor(
    private readonly handlers: ChannelHandlers,
    private readonly options: ChannelServerOptions,
  ) {
    this.server = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
    this.heartbeat = setInterval(() => this.checkAlive(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** The channel served at this path, if any. */
  static channelAt(pathname: string): ChannelInfo | undefined {
    return byAddress.get(pathname);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, channel: ChannelInfo, url: URL, identity: Identity, credentials: Credentials): void {
    const requestId = randomUUID();
    const context = this.options.context(requestId, identity);
    try {
      requireAccess(identity, channel.permission, channel.address);
      this.options.guard.admit(identity);
    } catch (error) {
      const problem = error as HttpProblem;
      if (problem.code !== 'UNAUTHENTICATED' || identity.failure !== null) audit(context, channel.name, url.pathname, statusOf(problem.code), problem.message);
      rejectUpgrade(socket, problem, requestId);
      return;
    }
    let params: Record<string, string> = {};
    if (!channel.multiplex) {
      // access_token carries credentials (read at the upgrade), not a channel parameter.
      params = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'access_token'));
      if (!channel.validateQuery(params)) {
        rejectUpgrade(socket, new HttpProblem('VALIDATION_FAILED', `invalid query parameters for ${channel.address}`, validationDetails(channel.validateQuery.errors, '/query')), requestId);
        return;
      }
    }
    this.server.handleUpgrade(request, socket, head, (ws) => {
      this.alive.add(ws);
      ws.on('pong', () => this.alive.add(ws));
      const subscriptions = this.connect(ws, channel, params, context);
      const requirements = () => (channel.multiplex ? [...subscriptions.values()].map((open) => open.channel.permission) : [channel.permission]).map(asRequirement);
      this.options.guard.watch(ws, identity, credentials, requirements);
    });
  }

  /** Closes every connection with a close frame (server shutdown). */
  closeAll(code: number, reason: string): void {
    clearInterval(this.heartbeat);
    for (const client of this.server.clients) client.close(code, reason);
  }

  /** Serves a connection; returns its open subscriptions (by subscription id; '' on a dedicated address). */
  private connect(ws: WebSocket, channel: ChannelInfo, params: Record<string, string>, context: HandlerContext): Map<string, { channel: ChannelInfo; subscription: AnySubscription }> {
    const subscriptions = new Map<string, { channel: ChannelInfo; subscription: AnySubscription }>();
    const requestId = context.requestId;
    const sendError = (code: string, message: string, errors?: ErrorDetail[], subscriptionId?: string): void => {
      void send(ws, { message_type: 'error', data: errors && errors.length > 0 ? { code, message, errors } : { code, message }, subscription_id: subscriptionId });
    };

    const open = (target: ChannelInfo, targetParams: Record<string, string>, subscriptionId: string | undefined): void => {
      const handler = this.handlers[target.name as ServedChannel] as ChannelHandler<ServedChannel>;
      const subscription = handler.open(targetParams as never, {
        send: (message) => send(ws, { ...(message as object), subscription_id: subscriptionId } as Envelope),
        error: (code, message, errors) => sendError(code, message, errors, subscriptionId),
      }, context);
      subscriptions.set(subscriptionId ?? '', { channel: target, subscription });
    };

    const receive = (envelope: Envelope): void => {
      if (channel.multiplex && envelope.message_type === 'subscribe') return subscribe(envelope);
      if (channel.multiplex && envelope.message_type === 'unsubscribe') return unsubscribe(envelope);
      const key = channel.multiplex ? envelope.subscription_id : '';
      const target = key === undefined ? undefined : subscriptions.get(key);
      if (!target) return sendError('VALIDATION_FAILED', channel.multiplex ? 'subscription_id names no open subscription; subscribe first' : 'no open subscription', [], envelope.subscription_id);
      const validate = target.channel.inbound[envelope.message_type];
      if (!validate) return sendError('VALIDATION_FAILED', `${target.channel.name} does not take ${envelope.message_type} messages`, [], envelope.subscription_id);
      if (!validate(envelope)) return sendError('VALIDATION_FAILED', `invalid ${envelope.message_type} message`, validationDetails(validate.errors, ''), envelope.subscription_id);
      target.subscription.receive?.(envelope as never);
    };

    const subscribe = (envelope: Envelope): void => {
      if (!channel.inbound.subscribe!(envelope)) return sendError('VALIDATION_FAILED', 'invalid subscribe message', validationDetails(channel.inbound.subscribe!.errors, ''));
      const request = envelope.data as { subscription_id?: string; channel: string; params?: Record<string, string> };
      const id = request.subscription_id ?? randomUUID();
      const target = (channels as Record<string, ChannelInfo>)[request.channel];
      if (!target || target.multiplex) return sendError('NOT_FOUND', `there is no channel ${JSON.stringify(request.channel)}`, [], id);
      if (subscriptions.has(id)) return sendError('ALREADY_EXISTS', `subscription ${id} is already open`, [], id);
      if (!allows(context.identity.principal, asRequirement(target.permission))) {
        const message = `channel ${target.name} needs the ${target.permission} permission, and ${context.identity.principal?.username ?? 'this connection'} does not have it`;
        audit(context, target.name, channel.address, 403, message);
        return sendError('FORBIDDEN', message, [], id);
      }
      const limit = this.options.subscriptionsPerConnection;
      if (limit > 0 && subscriptions.size >= limit) return sendError('RATE_LIMITED', `a connection holds at most ${limit} subscriptions; unsubscribe first`, [], id);
      const targetParams = request.params ?? {};
      if (!target.validateQuery(targetParams)) return sendError('VALIDATION_FAILED', `invalid params for ${target.name}`, validationDetails(target.validateQuery.errors, '/data/params'), id);
      open(target, targetParams, id);
      void send(ws, { message_type: 'subscribed', data: { subscription_id: id, channel: target.name }, subscription_id: id });
    };

    const unsubscribe = (envelope: Envelope): void => {
      if (!channel.inbound.unsubscribe!(envelope)) return sendError('VALIDATION_FAILED', 'invalid unsubscribe message', validationDetails(channel.inbound.unsubscribe!.errors, ''));
      const id = (envelope.data as { subscription_id: string }).subscription_id;
      const target = subscriptions.get(id);
      if (!target) return sendError('NOT_FOUND', `subscription ${id} is not open`, [], id);
      subscriptions.delete(id);
      target.subscription.close();
      void send(ws, { message_type: 'unsubscribed', data: { subscription_id: id, channel: target.channel.name }, subscription_id: id });
    };

    ws.on('message', (raw, isBinary) => {
      let envelope: unknown;
      try {
        envelope = isBinary ? undefined : JSON.parse(raw.toString());
      } catch {
        envelope = undefined;
      }
      if (typeof envelope !== 'object' || envelope === null || typeof (envelope as Envelope).message_type !== 'string') {
        return sendError('MALFORMED_JSON', 'each message is one JSON text frame with the envelope { message_type, data }');
      }
      try {
        asCaller(context.identity, 'websocket', requestId, () => channel.name, () => receive(envelope as Envelope));
      } catch (error) {
        const problem = toProblem(error, requestId);
        if (problem.code === 'INTERNAL') this.options.log.error({ err: error, requestId }, 'channel message failed');
        sendError(problem.code, problem.detail ?? problem.title, problem.errors, (envelope as Envelope).subscription_id);
      }
    });
    ws.on('close', () => {
      for (const { subscription } of subscriptions.values()) subscription.close();
      subscriptions.clear();
    });
    ws.on('error', (error) => this.options.log.warn({ err: error, requestId }, 'WebSocket error'));

    if (!channel.multiplex) open(channel, params, undefined);
    return subscriptions;
  }

  private checkAlive(): void {
    for (const client of this.server.clients) {
      if (!this.alive.has(client)) {
        client.terminate();
        continue;
      }
      this.alive.delete(client);
      client.ping();
    }
  }
}

/** Sends a message, stamped with the time; resolves when it is handed to the network. */
function send(ws: WebSocket, message: Envelope): Promise<void> {
  if (ws.readyState !== ws.OPEN) return Promise.resolve();
  const frame = JSON.stringify({ ...message, timestamp: Date.now() / 1000 });
  return new Promise((resolve) => ws.send(frame, () => resolve()));
}

function audit(context: HandlerContext, operation: string, target: string, status: number, detail: string): void {
  context.engine.security.audit(auditEntry(context.identity, { surface: 'websocket', operation, target, status, requestId: context.requestId, detail }));
}

export function rejectUpgrade(socket: Duplex, problem: HttpProblem, requestId: string): void {
  const body = JSON.stringify(toProblem(problem, requestId));
  const status = statusOf(problem.code);
  const headers = Object.entries(problem.headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\n${headers}Connection: close\r\n\r\n${body}`);
}

