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

export interface ChannelOutput<C extends ServedChannel> {
  /** Sends a message; resolves once it is handed to the network, so a producer can keep pace with the client. */
  send(message: OutboundMessage<C>): Promise<void>;
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
  open(params: ChannelParams[C], output: ChannelOutput<C>, context: HandlerContext): ChannelSubscription<C>;
}

export type ChannelHandlers = { [C in ServedChannel]: ChannelHandler<C> };
