// WebSocket channels of the AsyncAPI document, typed, with reconnection. A channel opened with
// since_scn resumes where it stopped: each reconnection asks for the changes after the last SCN
// received, and skips what it already delivered, so nothing is lost or delivered twice.
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
    const resume = 'since_scn' in (params as object) ? new ResumePoint() : null;
    let socket: WebSocketLike | undefined;
    let attempts = 0;
    let closedByUser = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = (): void => {
      const headers = this.options.headers();
      if (resume) url.searchParams.set('since_scn', resume.sinceScn(url.searchParams.get('since_scn')!));
      socket = Object.keys(headers).length > 0 ? new this.options.WebSocket(url.toString(), { headers }) : new this.options.WebSocket(url.toString());
      socket.onopen = () => {
        attempts = 0;
        for (const frame of queue.splice(0)) socket!.send(frame);
        handlers.open?.();
      };
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data)) as ChannelMessages[C]['outbound'] & { scn?: number };
        if (resume && !resume.deliver(message)) return;
        handlers.message(message);
        // The server stopped sending: reconnect at once and catch up from the change log.
        if (resume && message.message_type === 'lagged') socket!.close(4000, 'lagged; resuming');
      };
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

/** Where a resumable channel stands: the last SCN received, and how many of its changes arrived. */
class ResumePoint {
  private lastScn: number | null = null;
  private seenOfLast = 0;
  /** Changes of lastScn to skip after a reconnection: the server sends that commit again whole. */
  private skip = 0;

  /** since_scn for the next connection: before the last commit, which may have arrived in part. */
  sinceScn(initial: string): string {
    if (this.lastScn === null) return initial;
    this.skip = this.seenOfLast;
    return String(this.lastScn - 1);
  }

  /** Whether to hand the message to the application. */
  deliver(message: { scn?: number }): boolean {
    if (message.scn === undefined) return true;
    if (message.scn === this.lastScn && this.skip > 0) {
      this.skip -= 1;
      return false;
    }
    if (message.scn === this.lastScn) this.seenOfLast += 1;
    else {
      this.lastScn = message.scn;
      this.seenOfLast = 1;
      this.skip = 0;
    }
    return true;
  }
}
