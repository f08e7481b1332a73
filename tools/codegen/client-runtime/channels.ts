// WebSocket channels of the AsyncAPI document, typed, with reconnection.
import { type ChannelMessages, type ChannelName, type ChannelParams, channelAddresses } from '../channels.js';

/** The subset of the WebSocket API the client uses (browsers' WebSocket and the ws package both fit). */
interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketConstructor = new (url: string, options?: { headers?: Record<string, string> }) => WebSocketLike;

export interface ReconnectOptions {
  /** Delay before the first retry; doubled at each failure. Default 100 ms. */
  initialDelayMs?: number;
  /** Upper bound of the delay. Default 10 s. */
  maxDelayMs?: number;
  /** Retries before giving up. Default: never give up. */
  maxAttempts?: number;
}

export interface ChannelClientOptions {
  baseUrl: string;
  WebSocket: WebSocketConstructor;
  headers: () => Record<string, string>;
  reconnect?: ReconnectOptions;
}

export interface ChannelHandlers<C extends ChannelName> {
  message(message: ChannelMessages[C]['outbound']): void;
  /** Called at every (re)connection. */
  open?(): void;
  close?(event: { code: number; reason: string; willReconnect: boolean }): void;
}

export interface ChannelSubscription<C extends ChannelName> {
  /** Sends now, or as soon as the connection is (re)open. */
  send(message: ChannelMessages[C]['inbound']): void;
  close(): void;
  readonly connected: boolean;
}

const OPEN = 1;
const MAX_QUEUED = 1000;
/** Close codes after which retrying cannot help: policy violation, bad request, unauthenticated, forbidden. */
const PERMANENT_CLOSE_CODES = new Set([1008, 4400, 4401, 4403]);

export class ChannelClient {
  constructor(private readonly options: ChannelClientOptions) {}

  open<C extends ChannelName>(channel: C, params: ChannelParams[C], handlers: ChannelHandlers<C>): ChannelSubscription<C> {
    const url = new URL(channelAddresses[channel], this.options.baseUrl.replace(/^http/, 'ws'));
    for (const [key, value] of Object.entries(params as Record<string, string | undefined>)) if (value !== undefined) url.searchParams.set(key, value);
    const { initialDelayMs = 100, maxDelayMs = 10_000, maxAttempts = Number.POSITIVE_INFINITY } = this.options.reconnect ?? {};
    const queue: string[] = [];
    let socket: WebSocketLike | undefined;
    let attempts = 0;
    let closedByUser = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = (): void => {
      const headers = this.options.headers();
      socket = Object.keys(headers).length > 0 ? new this.options.WebSocket(url.toString(), { headers }) : new this.options.WebSocket(url.toString());
      socket.onopen = () => {
        attempts = 0;
        for (const frame of queue.splice(0)) socket!.send(frame);
        handlers.open?.();
      };
      socket.onmessage = (event) => handlers.message(JSON.parse(String(event.data)) as ChannelMessages[C]['outbound']);
      socket.onerror = () => {
        // A close event follows; reconnection is decided there.
      };
      socket.onclose = (event) => {
        const willReconnect = !closedByUser && !PERMANENT_CLOSE_CODES.has(event.code) && attempts < maxAttempts;
        handlers.close?.({ code: event.code, reason: event.reason, willReconnect });
        if (!willReconnect) return;
        const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** attempts);
        attempts += 1;
        timer = setTimeout(connect, delay);
      };
    };
    connect();

    return {
      send(message) {
        const frame = JSON.stringify(message);
        if (socket?.readyState === OPEN) socket.send(frame);
        else if (queue.length < MAX_QUEUED) queue.push(frame);
        else throw new Error(`channel ${channel}: ${MAX_QUEUED} messages already wait for the connection`);
      },
      close() {
        closedByUser = true;
        clearTimeout(timer);
        socket?.close(1000, 'client closed');
      },
      get connected() {
        return socket?.readyState === OPEN;
      },
    };
  }
}
