import type { BackupRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const backupRest: BackupRestHandlers<HandlerContext> = {
  createFullBackup: ({ body }, { engine, requestId }) => engine.backup.createFullBackup(body, { requestId }),
  backupDatabase: ({ body }, { engine, requestId }) => engine.backup.backupDatabase(body, { requestId }),
  createIncrementalBackup: ({ body }, { engine, requestId }) => engine.backup.createIncrementalBackup(body, { requestId }),
  backups: async (_input, { engine }) => ({ backups: engine.backup.backups() }),
  backup: async ({ path }, { engine }) => engine.backup.backup(path.id),
  backupStatus: async ({ path }, { engine }) => engine.backup.backupStatus(path.id),
  deleteBackup: ({ path, query }, { engine }) => engine.backup.deleteBackup(path.id, query.cascade),
  restoreBackup: ({ path, body }, { engine, requestId }) => engine.backup.restoreBackup(path.id, body, { requestId }),
  verifyBackup: ({ path, body }, { engine, requestId }) => engine.backup.verifyBackup(path.id, body, { requestId }),
  recoverToPointInTime: ({ body }, { engine, requestId }) => engine.backup.recoverToPointInTime(body, { requestId }),
  backupSchedule: async (_input, { engine }) => engine.backup.backupSchedule(),
  updateBackupSchedule: async ({ body }, { engine }) => engine.backup.updateBackupSchedule(body),
};
