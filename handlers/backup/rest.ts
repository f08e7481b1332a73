import type { BackupRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const backupRest: BackupRestHandlers<HandlerContext> = {
  createFullBackup: ({ body }, { engine, requestId, caller }) => engine.backup.createFullBackup(body, { requestId, caller }),
  backupDatabase: ({ body }, { engine, requestId, caller }) => engine.backup.backupDatabase(body, { requestId, caller }),
  createIncrementalBackup: ({ body }, { engine, requestId, caller }) => engine.backup.createIncrementalBackup(body, { requestId, caller }),
  backups: async (_input, { engine }) => ({ backups: engine.backup.backups() }),
  backup: async ({ path }, { engine }) => engine.backup.backup(path.id),
  backupStatus: async ({ path }, { engine }) => engine.backup.backupStatus(path.id),
  deleteBackup: ({ path, query }, { engine }) => engine.backup.deleteBackup(path.id, query.cascade),
  restoreBackup: ({ path, body }, { engine, requestId, caller }) => engine.backup.restoreBackup(path.id, body, { requestId, caller }),
  verifyBackup: ({ path, body }, { engine, requestId, caller }) => engine.backup.verifyBackup(path.id, body, { requestId, caller }),
  recoverToPointInTime: ({ body }, { engine, requestId, caller }) => engine.backup.recoverToPointInTime(body, { requestId, caller }),
  backupSchedule: async (_input, { engine }) => engine.backup.backupSchedule(),
  updateBackupSchedule: async ({ body }, { engine }) => engine.backup.updateBackupSchedule(body),
};
