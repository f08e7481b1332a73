// A WebSocket test client for the AsyncAPI channels: collects messages, checks each one against
// the schema of its message type, and waits for the ones a test expects.
import WebSocket from 'ws';
import { type ChannelName, channels } from '../../generated/ws/channels.js';

export type Message = { message_type: string; data: any; timestamp: number; scn?: number; subscription_id?: string };

export class TestSocket {
  readonly messages: Message[] = [];
  /** Messages that did not match their schema (a test should find none). */
  readonly invalid: Array<{ message: unknown; errors: unknown }> = [];
  private waiters: Array<() => void> = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(
    readonly ws: WebSocket,
    channel: ChannelName,
  ) {
    const outbound = channels[channel].outbound;
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as Message;
      const validate = outbound[message.message_type];
      if (!validate || !validate(message)) this.invalid.push({ message, errors: validate?.errors ?? 'unknown message_type' });
      this.messages.push(message);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  /** Opens a channel; given a server with auth, with its credentials. */
  static open(target: string | { url: string; auth: Record<string, string> }, channel: ChannelName, query: Record<string, string> = {}): Promise<TestSocket> {
    const [baseUrl, headers] = typeof target === 'string' ? [target, {}] : [target.url, target.auth];
    const url = new URL(channels[channel].address, baseUrl.replace(/^http/, 'ws'));
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const ws = new WebSocket(url, { headers });
    const socket = new TestSocket(ws, channel);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
      ws.once('unexpected-response', (_request, response) => reject(Object.assign(new Error(`upgrade refused: ${response.statusCode}`), { status: response.statusCode })));
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message (counting those already received) that matches. */
  async next(matches: (message: Message) => boolean = () => true, timeoutMs = 5_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(matches);
      if (found) return found;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) before the message arrived`);
      if (Date.now() > deadline) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((message) => message.message_type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until `count` messages match. */
  async collect(matches: (message: Message) => boolean, count: number, timeoutMs = 5_000): Promise<Message[]> {
    await this.next(() => this.messages.filter(matches).length >= count, timeoutMs);
    return this.messages.filter(matches);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const done = new Promise<void>((resolve) => this.ws.once('close', () => resolve()));
    this.ws.close();
    await done;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
