// /api/v1/ws/backup/progress: progress of backup operations as they run.
import type { ChannelHandler } from '../../server/ws/channel.js';

export const backupChannel: ChannelHandler<'backup'> = {
  open({ backup_id: backupId }, output, { engine }) {
    return {
      close: engine.events.subscribe('backup.progress', (event) => {
        if (!backupId || event.backupId === backupId) output.send({ message_type: 'backup_progress', data: event });
      }),
    };
  },
};
