// What a WebSocket channel handler implements. The message types come from the AsyncAPI
// document; a channel without a handler does not compile.
import type { ErrorDetail } from '../../engine/errors.js';
import type { ChannelMessages, ChannelName, ChannelParams } from '../../generated/ws/channels.js';
import type { HandlerContext } from '../../handlers/context.js';

/** Channels with a handler of their own (the multiplex channel only carries them). */
export type ServedChannel = Exclude<ChannelName, 'multiplex'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A message a channel sends; the transport adds timestamp and subscription_id. */
export type OutboundMessage<C extends ServedChannel> = DistributiveOmit<ChannelMessages[C]['outbound'], 'timestamp' | 'subscription_id'>;
export type InboundMessage<C extends ServedChannel> = ChannelMessages[C]['inbound'];

/** The connection's bounded send queue, for producers that must not outrun the client. */
export interface ChannelQueue {
  /** Messages the queue takes now. */
  room(): number;
  readonly capacity: number;
  /** Resolves when there is room again, or the connection has closed. */
  drained(): Promise<void>;
  /** The producer found no room and stopped: counted, and the slow-client clock runs until the client closes this subscription. */
  lagged(): void;
}

export interface ChannelOutput<C extends ServedChannel> {
  /**
   * Sends a message, room or not. Hand every subscriber the same object for the same event: it
   * is serialized once for all of them (and must not be changed afterwards).
   */
  send(message: OutboundMessage<C>): void;
  /** Resolves once every message sent so far is handed to the network, so a producer can keep pace with the client. */
  flushed(): Promise<void>;
  readonly queue: ChannelQueue;
  /** Sends an error message; the subscription stays open. */
  error(code: string, message: string, errors?: ErrorDetail[]): void;
}

export interface ChannelSubscription<C extends ServedChannel> {
  /** A validated message from the client. */
  receive?(message: InboundMessage<C>): void;
  /** The client unsubscribed or went away. */
  close(): void;
}

export interface ChannelHandler<C extends ServedChannel> {
  /** Refuses parameters that pass the query schema but that the channel cannot take: before the upgrade, or in answer to subscribe. */
  check?(params: ChannelParams[C]): void;
  open(params: ChannelParams[C], output: ChannelOutput<C>, context: HandlerContext): ChannelSubscription<C>;
}

export type ChannelHandlers = { [C in ServedChannel]: ChannelHandler<C> };
