// /api/v1/ws/flashback/events: flashback operations as they happen.
import type { ChannelHandler } from '../../server/ws/channel.js';

export const flashbackChannel: ChannelHandler<'flashback'> = {
  open(_params, output, { engine }) {
    return { close: engine.events.subscribe('flashback.operation', (event) => output.send({ message_type: 'flashback_event', data: event })) };
  },
};
