// Realtime: change streams for every subscriber (WebSocket channels, GraphQL subscriptions),
// and the management of the connections that carry them.
import { invalid, notFound } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { FilterCondition } from '../../storage/sql/filters.js';
import type { AggregateRequest, AggregateResult, DataModule, Row } from '../data/data.js';
import { type ChangeFilter, checkChangeFilter } from './change-filter.js';
import { type ChangeSink, ChangeStream, type ChangeStreamOptions } from './change-stream.js';
import { type TableWatchOptions, watchTable } from './table-watch.js';
import { type BroadcastNotice, type ConnectionInfo, ConnectionRegistry, type SubscriptionInfo, describeConnection } from './connections.js';
import type { Caller } from '../../work/caller.js';

export type { BroadcastNotice, ChangeFilter, ChangeSink, ChangeStream, ConnectionInfo, SubscriptionInfo };

export interface WebsocketStatus {
  activeConnections: number;
  /** Connections opened since the server started. */
  totalConnections: number;
  totalSubscriptions: number;
  bySurface: { websocket: number; graphqlWs: number };
  messagesSent: number;
  messagesReceived: number;
  /** Times a subscriber's queue was full and it was told to resume later. */
  lagged: number;
  /** Messages waiting to be sent on all connections now. */
  queued: number;
  uptimeSeconds: number;
}

export interface QuerySnapshot {
  rows: Row[];
  /** Rows matching the filter; rows holds at most the limit of them. */
  totalCount: number;
}

export interface BroadcastResult {
  /** Connections the message was queued for. */
  delivered: number;
  /** Connections that take broadcasts but whose queue was full. */
  dropped: number;
}

/** Close code of a connection an administrator ended. */
export const CLOSE_DISCONNECTED = 4000;

export class RealtimeModule {
  readonly connections = new ConnectionRegistry();
  private readonly started = Date.now();

  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    private readonly data: DataModule,
  ) {}

  /** Streams committed row changes into the sink; close() the result to stop. */
  openChangeStream(options: ChangeStreamOptions, sink: ChangeSink): ChangeStream {
    checkChangeFilter(options.filter, '/where');
    return new ChangeStream(this.database, this.events, options, sink);
  }

  /** Aggregates of a table now, then after changes (at most once per interval), when they differ. Returns the function that stops. */
  aggregateChanges(table: string, request: AggregateRequest, intervalSeconds: number, sink: Pick<TableWatchOptions<AggregateResult>, 'emit' | 'fail'>, caller: Caller | null = null): () => void {
    return watchTable(this.database, this.events, { table, intervalSeconds, intervalPointer: '/intervalSeconds', compute: () => this.data.aggregate(table, request, { caller }), ...sink });
  }

  /** Rows of a table meeting the filter now, then after changes (at most once per interval), when they differ. Returns the function that stops. */
  queryChanges(table: string, query: { filter: FilterCondition[]; limit: number }, intervalSeconds: number, sink: Pick<TableWatchOptions<QuerySnapshot>, 'emit' | 'fail'>, caller: Caller | null = null): () => void {
    const compute = async (): Promise<QuerySnapshot> => {
      const page = await this.data.queryTable(table, { filter: query.filter, limit: query.limit, includeTotal: true }, { caller });
      return { rows: page.rows.map(({ id, data }) => ({ id, data })), totalCount: page.total! };
    };
    return watchTable(this.database, this.events, { table, intervalSeconds, intervalPointer: '/pollIntervalSeconds', compute, ...sink });
  }

  websocketStatus(): WebsocketStatus {
    const open = this.connections.entries().map(({ id, entry }) => describeConnection(id, entry));
    const traffic = this.connections.totalTraffic;
    return {
      activeConnections: open.length,
      totalConnections: this.connections.openedSinceStart,
      totalSubscriptions: open.reduce((sum, connection) => sum + connection.subscriptions, 0),
      bySurface: { websocket: open.filter((connection) => connection.surface === 'websocket').length, graphqlWs: open.filter((connection) => connection.surface === 'graphql-ws').length },
      messagesSent: traffic.messagesSent,
      messagesReceived: traffic.messagesReceived,
      lagged: traffic.lagged,
      queued: open.reduce((sum, connection) => sum + (connection.queued), 0),
      uptimeSeconds: Math.round((Date.now() - this.started) / 10) / 100,
    };
  }

  websocketConnections(): ConnectionInfo[] {
    return this.connections.entries().map(({ id, entry }) => describeConnection(id, entry));
  }

  websocketConnection(id: string): ConnectionInfo {
    const found = this.require(id);
    return describeConnection(found.id, found.entry);
  }

  websocketConnectionSubscriptions(id: string): SubscriptionInfo[] {
    return this.require(id).entry.handle.subscriptions();
  }

  disconnectWebsocketConnection(id: string): { connectionId: string } {
    this.require(id).entry.handle.close(CLOSE_DISCONNECTED, 'disconnected by an administrator');
    return { connectionId: id };
  }

  broadcastWebsocketMessage(notice: BroadcastNotice): BroadcastResult {
    if (notice.message.trim() === '') throw invalid('/message', 'the message is blank');
    const result: BroadcastResult = { delivered: 0, dropped: 0 };
    for (const { entry } of this.connections.entries()) {
      const taken = entry.handle.broadcast(notice);
      if (taken === null) continue;
      if (taken) result.delivered += 1;
      else result.dropped += 1;
    }
    return result;
  }

  private require(id: string) {
    const found = this.connections.get(id);
    if (!found) throw notFound('connection', id);
    return found;
  }
}
