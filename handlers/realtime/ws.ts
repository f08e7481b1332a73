// /api/v1/ws/events: committed row changes, filtered by table, operation and a condition on the
// row, from since_scn or from now; a full send queue ends the stream with `lagged`.
import type { ChangeFilter } from '../../engine/modules/realtime/realtime.js';
import { checkChangeFilter } from '../../engine/modules/realtime/change-filter.js';
import type { RowChangedEvent } from '../../engine/events/bus.js';
import type { ChangeOperation } from '../../engine/storage/types.js';
import type { ChannelParams } from '../../generated/ws/channels.js';
import type { ChannelHandler } from '../../server/ws/channel.js';
import { parseFilters } from '../data/rest-params.js';
import { changeEventData, oncePerEvent } from './change-event.js';

// The same message object for every subscriber of a change: the channel server serializes it once.
const tableModified = oncePerEvent((event: RowChangedEvent) => ({ message_type: 'table_modified' as const, scn: event.scn, data: changeEventData(event) }));

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
    const stream = engine.realtime.openChangeStream(
      { filter: eventsFilter(params), sinceScn: params.since_scn === undefined ? undefined : Number(params.since_scn) },
      {
        room: output.queue.room,
        capacity: output.queue.capacity,
        drained: output.queue.drained,
        push: (event) => void output.send(tableModified(event)),
        lagged: (resumeScn) => {
          output.queue.lagged();
          void output.send({ message_type: 'lagged', data: { resume_scn: resumeScn, queue_limit: output.queue.capacity } });
        },
        fail: (error) => output.error(error.code, error.message, error.details),
      },
    );
    return { close: () => stream.close() };
  },
};
