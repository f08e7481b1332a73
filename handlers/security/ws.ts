// /api/v1/ws/audit: audit records as they are written.
import type { ChannelHandler } from '../../server/ws/channel.js';

export const auditChannel: ChannelHandler<'audit'> = {
  open(_params, output, { engine }) {
    return { close: engine.events.subscribe('audit.recorded', (entry) => output.send({ message_type: 'audit_entry', data: entry })) };
  },
};
