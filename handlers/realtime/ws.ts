// /api/v1/ws/events: committed row changes as they commit, filtered by table and operation.
import type { ChannelHandler } from '../../server/ws/channel.js';
import { changeEventData } from './change-event.js';

export const eventsChannel: ChannelHandler<'events'> = {
  open(params, output, { engine }) {
    const unsubscribe = engine.events.subscribe('row.changed', (event) => {
      if (params.table !== undefined && event.table !== params.table) return;
      if (params.operation !== undefined && event.operation !== params.operation) return;
      void output.send({ message_type: 'table_modified', scn: event.scn, data: changeEventData(event) });
    });
    return { close: unsubscribe };
  },
};
