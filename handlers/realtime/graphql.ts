import type { RealtimeGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { InputMaybe, WhereClause } from '../../generated/graphql/resolvers.js';
import type { Engine } from '../../engine/index.js';
import { EngineError, invalid } from '../../engine/errors.js';
import type { EngineEvents, RowChangedEvent, Topic } from '../../engine/events/bus.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { ChangeFilter, ConnectionInfo, SubscriptionInfo } from '../../engine/modules/realtime/realtime.js';
import type { HandlerContext } from '../context.js';
import { filter } from '../graphql-inputs.js';
import { oncePerEvent, rowDeleted, rowInserted, rowUpdated, tableChange, tableModification } from './change-event.js';
import { queryFinished, queryProgress, queryStarted, schemaChanges, sessionEvent, transactionEvent } from './engine-event.js';
import { toSlowQuery } from '../../engine/modules/administration/slow-query-log.js';

/** Events a subscriber may have pending; past it, a change subscription ends with LAGGED. */
const SUBSCRIPTION_BUFFER = 1000;

// One payload object per change and field, whoever subscribed: the GraphQL server executes a
// shared payload once for all subscriptions of the same operation.
const payloads = {
  tableChanges: oncePerEvent((event: RowChangedEvent) => ({ tableChanges: tableChange(event) })),
  rowInserted: oncePerEvent((event: RowChangedEvent) => ({ rowInserted: rowInserted(event) })),
  rowUpdated: oncePerEvent((event: RowChangedEvent) => ({ rowUpdated: rowUpdated(event) })),
  rowDeleted: oncePerEvent((event: RowChangedEvent) => ({ rowDeleted: rowDeleted(event) })),
  rowChanges: oncePerEvent((event: RowChangedEvent) => ({ rowChanges: tableChange(event) })),
  tableModifications: oncePerEvent((event: RowChangedEvent) => ({ tableModifications: tableModification(event) })),
};

/** A subscription to committed row changes, each mapped to the field's payload. */
function changes<P>(engine: Engine, filter: ChangeFilter, sinceScn: InputMaybe<number> | undefined, payload: (event: RowChangedEvent) => P) {
  return pushIterator<P>((push, queue) => {
    const stream = engine.realtime.openChangeStream(
      { filter, sinceScn: sinceScn ?? undefined },
      {
        room: queue.room,
        capacity: queue.capacity,
        drained: queue.drained,
        push: (event) => push(payload(event)),
        lagged: (resumeScn) =>
          queue.fail(new EngineError('LAGGED', `the subscriber fell ${queue.capacity()} events behind; subscribe again with sinceScn: ${resumeScn} to get the rest`, [], { resumeScn })),
        fail: queue.fail,
      },
    );
    return () => stream.close();
  }, SUBSCRIPTION_BUFFER);
}

type TopicPayloads<P> = { [T in Topic]?: (event: EngineEvents[T]) => P | null };

/** A subscription to bus topics, each event mapped to the field's payload (null: not for this subscriber). */
function topics<F extends string, P>(engine: Engine, field: F, payloads: TopicPayloads<P>) {
  return pushIterator<Record<F, P>>((push) => {
    const stops = (Object.keys(payloads) as Topic[]).map((name) =>
      engine.events.subscribe(name, (event) => {
        const value = (payloads[name] as (event: EngineEvents[Topic]) => P | null)(event);
        if (value !== null) push({ [field]: value } as Record<F, P>);
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, SUBSCRIPTION_BUFFER);
}

const where = (clause: InputMaybe<WhereClause> | undefined) => filter(clause ? [clause] : []);

const subscriptionOf = (info: SubscriptionInfo) => ({ subscriptionId: info.subscriptionId, target: info.target, params: info.params, openedAt: info.openedAt });

const connectionOf = (info: ConnectionInfo, subscriptions: SubscriptionInfo[]) => ({
  connectionId: info.id,
  surface: info.surface,
  path: info.path,
  userId: info.userId,
  username: info.username,
  clientAddress: info.clientAddress,
  connectedAt: info.connectedAt,
  messagesSent: info.messagesSent,
  messagesReceived: info.messagesReceived,
  queued: info.queued,
  lagged: info.lagged,
  subscriptions: subscriptions.map(subscriptionOf),
});

export const realtimeGraphQL: RealtimeGraphQLResolvers<HandlerContext> = {
  Query: {
    websocketStatus: (_parent, _args, { engine }) => {
      const status = engine.realtime.websocketStatus();
      return { ...status, websocketConnections: status.bySurface.websocket, graphqlWsConnections: status.bySurface.graphqlWs };
    },
    websocketConnections: (_parent, _args, { engine }) =>
      engine.realtime.websocketConnections().map((info) => connectionOf(info, engine.realtime.websocketConnectionSubscriptions(info.id))),
    websocketConnectionSubscriptions: (_parent, { id }, { engine }) => engine.realtime.websocketConnectionSubscriptions(id).map(subscriptionOf),
  },
  Mutation: {
    disconnectWebsocketConnection: (_parent, { id }, { engine }) => ({ message: 'the connection is closing', ...engine.realtime.disconnectWebsocketConnection(id) }),
    broadcastWebsocketMessage: (_parent, { message, data }, { engine, identity }) =>
      engine.realtime.broadcastWebsocketMessage({ message, data: data ?? null, sentBy: identity.principal?.username ?? null }),
  },
  Subscription: {
    tableChanges: {
      subscribe: (_parent, { table, sinceScn }, { engine }) => changes(engine, { tables: [table] }, sinceScn, payloads.tableChanges),
    },
    rowInserted: {
      subscribe: (_parent, { table, whereClause, sinceScn }, { engine }) =>
        changes(engine, { tables: [table], operations: ['INSERT'], where: where(whereClause) }, sinceScn, payloads.rowInserted),
    },
    rowUpdated: {
      subscribe: (_parent, { table, whereClause, sinceScn }, { engine }) =>
        changes(engine, { tables: [table], operations: ['UPDATE'], where: where(whereClause) }, sinceScn, payloads.rowUpdated),
    },
    rowDeleted: {
      subscribe: (_parent, { table, whereClause, sinceScn }, { engine }) =>
        changes(engine, { tables: [table], operations: ['DELETE'], where: where(whereClause) }, sinceScn, payloads.rowDeleted),
    },
    rowChanges: {
      subscribe: (_parent, { table, id, sinceScn }, { engine }) => changes(engine, { tables: [table], rowId: id }, sinceScn, payloads.rowChanges),
    },
    tableModifications: {
      subscribe: (_parent, { tables, changeTypes, sinceScn }, { engine }) =>
        changes(engine, { tables: tables ?? undefined, operations: changeTypes ?? undefined }, sinceScn, payloads.tableModifications),
    },
    aggregateChanges: {
      subscribe: (_parent, { table, aggregates, where: conditions, intervalSeconds }, { engine, caller }) =>
        pushIterator((push, queue) =>
          engine.realtime.aggregateChanges(table, { aggregates, filter: filter(conditions) }, intervalSeconds ?? 10, {
            // Without groupBy there is one group.
            emit: (result, scn) => push({ aggregateChanges: { table, results: result.groups[0]?.results ?? [], scn, timestamp: new Date().toISOString() } }),
            fail: queue.fail,
          }, caller),
        SUBSCRIPTION_BUFFER),
    },
    queryChanges: {
      subscribe: (_parent, { table, whereClause, limit, pollIntervalSeconds }, { engine, caller }) =>
        pushIterator((push, queue) =>
          engine.realtime.queryChanges(table, { filter: filter(whereClause), limit: limit ?? 100 }, pollIntervalSeconds ?? 30, {
            emit: (snapshot, scn) => push({ queryChanges: { table, ...snapshot, scn, timestamp: new Date().toISOString() } }),
            fail: queue.fail,
          }, caller),
        SUBSCRIPTION_BUFFER),
    },
    schemaChanges: {
      subscribe: async (_parent, { schemaName, objectTypes }, { engine }) => {
        // Refuses a schema the database does not have; every object is in the one it has.
        if (schemaName !== undefined && schemaName !== null) await engine.schema.schema(schemaName);
        return pushIterator(
          (push) =>
            engine.events.subscribe('schema.changed', (event) => {
              // A change read back from the log has no object type: it is passed on, since it may be of any.
              for (const change of schemaChanges(event)) if (!objectTypes || change.objectType === null || objectTypes.includes(change.objectType)) push({ schemaChanges: change });
            }),
          SUBSCRIPTION_BUFFER,
        );
      },
    },
    transactionEvents: {
      subscribe: (_parent, _args, { engine }) => topics(engine, 'transactionEvents', { 'transaction.begun': transactionEvent, 'transaction.ended': transactionEvent }),
    },
    sessionEvents: {
      subscribe: (_parent, { userFilter }, { engine }) => {
        const wanted = (username: string) => userFilter === undefined || userFilter === null || username === userFilter;
        return topics(engine, 'sessionEvents', {
          'session.opened': (event) => (wanted(event.username) ? sessionEvent('OPENED', event) : null),
          'session.closed': (event) => (wanted(event.username) ? sessionEvent('CLOSED', event) : null),
        });
      },
    },
    queryExecution: {
      subscribe: (_parent, { queryId }, { engine }) =>
        topics(engine, 'queryExecution', {
          'query.started': (event) => (event.queryId === queryId ? queryStarted(event) : null),
          'query.progress': (event) => (event.queryId === queryId ? queryProgress(event) : null),
          'query.finished': (event) => (event.queryId === queryId ? queryFinished(event) : null),
        }),
    },
    slowQueriesStream: {
      subscribe: (_parent, { thresholdMs }, { engine }) => {
        const threshold = thresholdMs ?? 1000;
        if (!Number.isInteger(threshold) || threshold < 0) throw invalid('/thresholdMs', 'thresholdMs is a whole number of 0 or more');
        return topics(engine, 'slowQueriesStream', { 'query.finished': (event) => (event.durationMs >= threshold ? toSlowQuery(event) : null) });
      },
    },
    heartbeat: {
      subscribe: (_parent, { intervalSeconds }) => {
        const seconds = intervalSeconds ?? 30;
        if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) throw invalid('/intervalSeconds', 'intervalSeconds is 1 to 3600');
        return pushIterator((push) => {
          let sequence = 0;
          const timer = setInterval(() => push({ heartbeat: { sequence: ++sequence, timestamp: new Date().toISOString() } }), seconds * 1000);
          return () => clearInterval(timer);
        }, SUBSCRIPTION_BUFFER);
      },
    },
  },
};
