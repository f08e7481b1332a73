// The AsyncAPI channels over WebSocket: each dedicated address opens one subscription;
// /api/v1/ws opens any number by name. Every client message is validated against its schema;
// a bad one gets an error message and never disturbs the connection's other subscriptions.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { EngineError, type ErrorDetail } from '../../engine/errors.js';
import { type ChannelInfo, channels } from '../../generated/ws/channels.js';
import type { Credentials } from '../../engine/modules/security/security.js';
import type { ConnectionCounters, SubscriptionInfo } from '../../engine/modules/realtime/connections.js';
import type { HandlerContext } from '../../handlers/context.js';
import { type Identity, allows, asRequirement, requireAccess } from '../access/access.js';
import { auditEntry } from '../access/audit.js';
import { servingOperation } from '../access/caller.js';
import type { ConnectionGuard } from '../access/connections.js';
import type { Logger } from '../logger.js';
import { HttpProblem, statusOf, toProblem } from '../problem.js';
import { validationDetails } from '../validation.js';
import type { ChannelHandler, ChannelHandlers, ChannelSubscription, ServedChannel } from './channel.js';
import { Heartbeat } from './heartbeat.js';
import { SendQueue, textFrame } from './send-queue.js';

export interface ChannelServerOptions {
  maxPayloadBytes: number;
  /** A client that does not answer a ping within this interval is disconnected. */
  heartbeatMs: number;
  /** Subscriptions one /api/v1/ws connection may hold (0: no limit). */
  subscriptionsPerConnection: number;
  /** Messages a connection may have waiting to be sent. */
  sendQueueLimit: number;
  /** A connection whose send queue stays full, or that keeps a lagged subscription, this long is closed. */
  slowClientTimeoutMs: number;
  /** A connection that sent and received no message this long is closed (0: never). */
  idleTimeoutMs: number;
  log: Logger;
  guard: ConnectionGuard;
  context(requestId: string, identity: Identity, surface: 'websocket', operation: string): HandlerContext;
  /** Called with each connection as it opens (monitoring counts them and their messages); returns what counts each message sent. */
  track?(ws: WebSocket, channel: string): () => void;
}

interface Envelope {
  message_type: string;
  data: unknown;
  subscription_id?: string;
}

/** A message as a handler gives it: the transport adds subscription_id and timestamp. */
type Outbound = Omit<Envelope, 'subscription_id'>;

/**
 * Frames already built, by message and subscription id. A handler that hands every subscriber
 * the same message object (one committed change fanned out) has it serialized, encoded and
 * framed once, not once per connection; its timestamp is when it was first serialized.
 */
const frames = new WeakMap<Outbound, Map<string | undefined, Buffer>>();

function frameOf(message: Outbound, subscriptionId: string | undefined): Buffer {
  let bySubscription = frames.get(message);
  if (!bySubscription) frames.set(message, (bySubscription = new Map()));
  let frame = bySubscription.get(subscriptionId);
  if (!frame) {
    frame = textFrame(JSON.stringify({ ...message, subscription_id: subscriptionId, timestamp: Date.now() / 1000 }));
    bySubscription.set(subscriptionId, frame);
  }
  return frame;
}

type AnySubscription = ChannelSubscription<ServedChannel>;

interface OpenSubscription {
  channel: ChannelInfo;
  subscription: AnySubscription;
  info: SubscriptionInfo;
}


const byAddress = new Map(Object.values(channels).map((channel) => [channel.address, channel]));

export class ChannelServer {
  private readonly server: WebSocketServer;
  private readonly heartbeat: Heartbeat;

  constructor(
    private readonly handlers: ChannelHandlers,
    private readonly options: ChannelServerOptions,
  ) {
    this.server = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
    this.heartbeat = new Heartbeat({ intervalMs: options.heartbeatMs, idleTimeoutMs: options.idleTimeoutMs });
  }

  /** The channel served at this path, if any. */
  static channelAt(pathname: string): ChannelInfo | undefined {
    return byAddress.get(pathname);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, channel: ChannelInfo, url: URL, identity: Identity, credentials: Credentials): void {
    const requestId = randomUUID();
    const context = this.options.context(requestId, identity, 'websocket', channel.name);
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
      try {
        this.handlerOf(channel).check?.(params as never);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        rejectUpgrade(socket, new HttpProblem(error.code, error.message, error.details), requestId);
        return;
      }
    }
    this.server.handleUpgrade(request, socket, head, (ws) => {
      const countSent = this.options.track?.(ws, channel.name);
      const subscriptions = this.connect(ws, channel, params, context, request, countSent);
      const requirements = () => (channel.multiplex ? [...subscriptions.values()].map((open) => open.channel.permission) : [channel.permission]).map(asRequirement);
      this.options.guard.watch(ws, identity, credentials, requirements);
    });
  }

  /** Closes every connection with a close frame (server shutdown). */
  closeAll(code: number, reason: string): void {
    this.heartbeat.stop();
    for (const client of this.server.clients) client.close(code, reason);
  }

  /** Serves a connection; returns its open subscriptions (by subscription id; '' on a dedicated address). */
  private connect(ws: WebSocket, channel: ChannelInfo, params: Record<string, string>, context: HandlerContext, request: IncomingMessage, countSent?: () => void): Map<string, OpenSubscription> {
    const subscriptions = new Map<string, OpenSubscription>();
    const requestId = context.requestId;
    const principal = context.identity.principal;
    const touch = this.heartbeat.watch(ws);
    let counters: ConnectionCounters | undefined;
    const queue = new SendQueue(ws, {
      capacity: this.options.sendQueueLimit,
      slowClientTimeoutMs: this.options.slowClientTimeoutMs,
      onSent: () => {
        touch();
        counters?.sent();
        countSent?.();
      },
    });
    const send = (message: Outbound, subscriptionId?: string): void => queue.send(frameOf(message, subscriptionId));
    const sendError = (code: string, message: string, errors?: ErrorDetail[], subscriptionId?: string): void => {
      send({ message_type: 'error', data: errors && errors.length > 0 ? { code, message, errors } : { code, message } }, subscriptionId);
    };
    const registered = context.engine.realtime.connections.register({
      surface: 'websocket',
      path: channel.address,
      userId: principal?.userId ?? null,
      username: principal?.username ?? null,
      clientAddress: request.socket.remoteAddress ?? null,
      subscriptions: () => [...subscriptions.values()].map((open) => open.info),
      queued: () => queue.queued,
      close: (code, reason) => ws.close(code, reason),
      broadcast: (notice) => {
        if (!channel.multiplex) return null;
        if (queue.room() <= 0) return false;
        send({ message_type: 'broadcast', data: { message: notice.message, data: notice.data ?? null, sent_by: notice.sentBy } });
        return true;
      },
    });
    counters = registered.counters;

    const open = (target: ChannelInfo, targetParams: Record<string, string>, subscriptionId: string | undefined): void => {
      const channelQueue = {
        room: () => queue.room(),
        capacity: queue.capacity,
        drained: () => queue.drained(),
        lagged: () => {
          registered.counters.lagged();
          queue.lagged(subscriptionId ?? '');
        },
      };
      const subscription = this.handlerOf(target).open(targetParams as never, {
        send: (message) => send(message as Outbound, subscriptionId),
        flushed: () => queue.flushed(),
        error: (code, message, errors) => sendError(code, message, errors, subscriptionId),
        queue: channelQueue,
      }, servingOperation(context, target.name));
      const info = { subscriptionId: subscriptionId ?? registered.id, target: target.name, params: targetParams, openedAt: new Date().toISOString() };
      subscriptions.set(subscriptionId ?? '', { channel: target, subscription, info });
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
      try {
        this.handlerOf(target).check?.(targetParams as never);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        return sendError(error.code, error.message, error.details, id);
      }
      open(target, targetParams, id);
      send({ message_type: 'subscribed', data: { subscription_id: id, channel: target.name } }, id);
    };

    const unsubscribe = (envelope: Envelope): void => {
      if (!channel.inbound.unsubscribe!(envelope)) return sendError('VALIDATION_FAILED', 'invalid unsubscribe message', validationDetails(channel.inbound.unsubscribe!.errors, ''));
      const id = (envelope.data as { subscription_id: string }).subscription_id;
      const target = subscriptions.get(id);
      if (!target) return sendError('NOT_FOUND', `subscription ${id} is not open`, [], id);
      subscriptions.delete(id);
      target.subscription.close();
      queue.settled(id);
      send({ message_type: 'unsubscribed', data: { subscription_id: id, channel: target.channel.name } }, id);
    };

    ws.on('message', (raw, isBinary) => {
      touch();
      registered.counters.received();
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
        receive(envelope as Envelope);
      } catch (error) {
        const problem = toProblem(error, requestId);
        if (problem.code === 'INTERNAL') context.reportUnexpected(error, { surface: 'websocket', requestId, operation: channel.name, username: context.identity.principal?.username ?? null });
        sendError(problem.code, problem.detail ?? problem.title, problem.errors, (envelope as Envelope).subscription_id);
      }
    });
    ws.on('close', () => {
      for (const { subscription } of subscriptions.values()) subscription.close();
      subscriptions.clear();
      registered.counters.closed();
    });
    ws.on('error', (error) => this.options.log.warn({ err: error, requestId }, 'WebSocket error'));

    if (!channel.multiplex) open(channel, params, undefined);
    return subscriptions;
  }

  private handlerOf(channel: ChannelInfo): ChannelHandler<ServedChannel> {
    return this.handlers[channel.name as ServedChannel] as ChannelHandler<ServedChannel>;
  }
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

