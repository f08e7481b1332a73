// The realtime connections open on this server (AsyncAPI channels and graphql-ws), as the
// transports report them: who, since when, how much traffic, which subscriptions. The management
// operations read it; closing and broadcasting go back through the transport that owns the socket.

export type ConnectionSurface = 'websocket' | 'graphql-ws';

export interface SubscriptionInfo {
  subscriptionId: string;
  /** The channel name, or the GraphQL subscription field. */
  target: string;
  /** The channel's parameters, or the field's arguments. */
  params: Record<string, unknown>;
  openedAt: string;
}

/** A message an administrator sends to every connection that takes broadcasts. */
export interface BroadcastNotice {
  message: string;
  data: unknown;
  /** The administrator's username. */
  sentBy: string | null;
}

/** What a transport tells the registry about one of its connections, and lets it do. */
export interface ConnectionHandle {
  readonly surface: ConnectionSurface;
  /** The address it connected to. */
  readonly path: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly clientAddress: string | null;
  subscriptions(): SubscriptionInfo[];
  /** Messages waiting to be sent: frames the network has not taken, and events the transport buffers for it. */
  queued(): number;
  close(code: number, reason: string): void;
  /** Sends an administrator's message: true when queued, false when its queue is full, null when it does not take broadcasts. */
  broadcast(notice: BroadcastNotice): boolean | null;
}

export interface ConnectionInfo {
  id: string;
  surface: ConnectionSurface;
  path: string;
  userId: string | null;
  username: string | null;
  clientAddress: string | null;
  connectedAt: string;
  subscriptions: number;
  messagesSent: number;
  messagesReceived: number;
  queued: number;
  /** Times its queue was full and a subscription was told it lagged. */
  lagged: number;
}

/** The counters a transport bumps as traffic flows. */
export interface ConnectionCounters {
  sent(count?: number): void;
  received(): void;
  lagged(): void;
  /** The connection ended; it leaves the registry. */
  closed(): void;
}

interface Entry {
  handle: ConnectionHandle;
  connectedAt: string;
  messagesSent: number;
  messagesReceived: number;
  lagged: number;
}

export class ConnectionRegistry {
  private readonly open = new Map<string, Entry>();
  private nextId = 1;
  private opened = 0;
  private totals = { messagesSent: 0, messagesReceived: 0, lagged: 0 };

  register(handle: ConnectionHandle): { id: string; counters: ConnectionCounters } {
    const id = `conn-${this.nextId++}`;
    const entry: Entry = { handle, connectedAt: new Date().toISOString(), messagesSent: 0, messagesReceived: 0, lagged: 0 };
    this.open.set(id, entry);
    this.opened += 1;
    const counters: ConnectionCounters = {
      sent: (count = 1) => {
        entry.messagesSent += count;
        this.totals.messagesSent += count;
      },
      received: () => {
        entry.messagesReceived += 1;
        this.totals.messagesReceived += 1;
      },
      lagged: () => {
        entry.lagged += 1;
        this.totals.lagged += 1;
      },
      closed: () => {
        this.open.delete(id);
      },
    };
    return { id, counters };
  }

  get(id: string): { id: string; entry: Entry } | undefined {
    const entry = this.open.get(id);
    return entry && { id, entry };
  }

  entries(): Array<{ id: string; entry: Entry }> {
    return [...this.open].map(([id, entry]) => ({ id, entry }));
  }

  /** Connections opened since the server started, open or not. */
  get openedSinceStart(): number {
    return this.opened;
  }

  get totalTraffic(): Readonly<{ messagesSent: number; messagesReceived: number; lagged: number }> {
    return this.totals;
  }
}

export function describeConnection(id: string, entry: Entry): ConnectionInfo {
  const { handle } = entry;
  return {
    id,
    surface: handle.surface,
    path: handle.path,
    userId: handle.userId,
    username: handle.username,
    clientAddress: handle.clientAddress,
    connectedAt: entry.connectedAt,
    subscriptions: handle.subscriptions().length,
    messagesSent: entry.messagesSent,
    messagesReceived: entry.messagesReceived,
    queued: handle.queued(),
    lagged: entry.lagged,
  };
}
