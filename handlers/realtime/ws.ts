// /api/v1/ws/events: committed row changes, filtered by table, operation and a condition on the
// row, from since_scn or from now; with include, also schema changes and transaction events as
// they are published (live only). A full send queue ends the subscription with `lagged`.
import type { ChangeFilter } from '../../engine/modules/realtime/realtime.js';
import { checkChangeFilter } from '../../engine/modules/realtime/change-filter.js';
import type { RowChangedEvent, SchemaChangedEvent, TransactionEvent } from '../../engine/events/bus.js';
import type { ChangeOperation } from '../../engine/storage/types.js';
import type { ChannelParams } from '../../generated/ws/channels.js';
import type { ChannelHandler, OutboundMessage } from '../../server/ws/channel.js';
import { parseFilters } from '../data/rest-params.js';
import { changeEventData, oncePerEvent } from './change-event.js';
import { schemaChanges, transactionEvent } from './engine-event.js';

// The same message objects for every subscriber of an event: the channel server serializes each once.
const tableModified = oncePerEvent((event: RowChangedEvent) => ({ message_type: 'table_modified' as const, scn: event.scn, data: changeEventData(event) }));

const schemaChanged = oncePerEvent((event: SchemaChangedEvent) =>
  schemaChanges(event).map((change) => ({
    message_type: 'schema_changed' as const,
    scn: change.scn,
    data: { change_type: change.changeType, object_type: change.objectType, object_name: change.objectName, statement: change.statement, username: change.user, transaction_id: change.transactionId, changed_at: change.timestamp },
  })),
);

const transactionMessage = oncePerEvent((event: TransactionEvent) => {
  const transaction = transactionEvent(event);
  return {
    message_type: 'transaction_event' as const,
    // Only a commit that changed something has an SCN.
    scn: transaction.scn ?? undefined,
    data: {
      event_type: transaction.eventType,
      transaction_id: transaction.transactionId,
      isolation_level: transaction.isolationLevel,
      duration_ms: transaction.durationMs,
      modified_rows: transaction.modifiedRows,
      username: transaction.username,
      session_id: transaction.sessionId,
      at: transaction.timestamp,
    },
  };
});

function eventsFilter(params: ChannelParams['events']): ChangeFilter {
  return {
    tables: params.table === undefined ? undefined : [params.table],
    operations: params.operation === undefined ? undefined : [params.operation as ChangeOperation],
    where: parseFilters(params.filter === undefined ? undefined : [params.filter]),
  };
}

export const eventsChannel: ChannelHandler<'events'> = {
  check: (params) => checkChangeFilter(eventsFilter(params), '/query/filter'),
  open(params, output, { engine }) {
    let ended = false;
    const stops: Array<() => void> = [];
    const close = (): void => {
      ended = true;
      for (const stop of stops.splice(0)) stop();
    };
    const lag = (resumeScn: number): void => {
      if (ended) return;
      close();
      output.queue.lagged();
      output.send({ message_type: 'lagged', data: { resume_scn: resumeScn, queue_limit: output.queue.capacity } });
    };
    const stream = engine.realtime.openChangeStream(
      { filter: eventsFilter(params), sinceScn: params.since_scn === undefined ? undefined : Number(params.since_scn) },
      {
        room: output.queue.room,
        capacity: () => output.queue.capacity,
        drained: output.queue.drained,
        push: (event) => output.send(tableModified(event)),
        lagged: lag,
        fail: (error) => output.error(error.code, error.message, error.details),
      },
    );
    stops.push(() => stream.close());
    // Live-only events share the queue: one that does not fit ends the subscription as a commit would.
    const sendLive = (message: OutboundMessage<'events'>): void => {
      if (ended) return;
      if (output.queue.room() <= 0) return lag(stream.resumeScn);
      output.send(message);
    };
    const include = new Set(params.include?.split(',') ?? []);
    if (include.has('schema')) stops.push(engine.events.subscribe('schema.changed', (event) => schemaChanged(event).forEach(sendLive)));
    if (include.has('transactions')) {
      const onTransaction = (event: TransactionEvent) => sendLive(transactionMessage(event));
      stops.push(engine.events.subscribe('transaction.begun', onTransaction), engine.events.subscribe('transaction.ended', onTransaction));
    }
    return { close };
  },
};
