import type { BackupGraphQLResolvers } from '../../generated/graphql/fields.js';
import type { CreateBackupInput, RestoreInput } from '../../generated/graphql/resolvers.js';
import type { CreateBackupRequest, RestoreRequest } from '../../engine/modules/backup/backup.js';
import { pushIterator } from '../../engine/events/push-iterator.js';
import type { HandlerContext } from '../context.js';
import { point } from '../graphql-inputs.js';

/** Progress events a subscriber may have pending before it is dropped. */
const SUBSCRIPTION_BUFFER = 1000;

function createRequest(input: CreateBackupInput | null | undefined): CreateBackupRequest {
  const encryption = input?.passphrase ? { passphrase: input.passphrase } : input?.configuredKey ? { configuredKey: true as const } : undefined;
  return { compression: input?.compression ?? 'gzip', ...(encryption ? { encryption } : {}) };
}

function restoreRequest(input: RestoreInput): RestoreRequest {
  return { mode: input.mode, ...(input.database ? { database: input.database } : {}), ...(input.passphrase ? { encryption: { passphrase: input.passphrase } } : {}) };
}

export const backupGraphQL: BackupGraphQLResolvers<HandlerContext> = {
  BackupKind: { FULL: 'full', INCREMENTAL: 'incremental' },
  BackupState: { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  BackupCompression: { GZIP: 'gzip', NONE: 'none' },
  BackupKeySource: { PASSPHRASE: 'passphrase', CONFIGURED: 'configured' },
  RestoreMode: { IN_PLACE: 'in-place', NEW_DATABASE: 'new-database' },
  BackupOperation: { BACKUP: 'backup', RESTORE: 'restore', VERIFY: 'verify', PITR: 'pitr' },
  Query: {
    backups: (_parent, _args, { engine }) => engine.backup.backups(),
    backup: (_parent, { id }, { engine }) => engine.backup.backup(id),
    backupSchedule: (_parent, _args, { engine }) => engine.backup.backupSchedule(),
  },
  Mutation: {
    createBackup: (_parent, { input }, { engine, requestId, caller }) =>
      input.kind === 'incremental'
        ? engine.backup.createIncrementalBackup({ ...createRequest(input), ...(input.parentId ? { parentId: input.parentId } : {}) }, { requestId, caller })
        : engine.backup.createFullBackup(createRequest(input), { requestId, caller }),
    backupDatabase: (_parent, { input }, { engine, requestId, caller }) => engine.backup.backupDatabase(createRequest(input), { requestId, caller }),
    restoreBackup: (_parent, { id, input }, { engine, requestId, caller }) => engine.backup.restoreBackup(id, restoreRequest(input), { requestId, caller }),
    verifyBackup: (_parent, { id, passphrase }, { engine, requestId, caller }) => engine.backup.verifyBackup(id, passphrase ? { encryption: { passphrase } } : {}, { requestId, caller }),
    recoverToPointInTime: (_parent, { to, input }, { engine, requestId, caller }) => engine.backup.recoverToPointInTime({ ...restoreRequest(input), to: point(to) }, { requestId, caller }),
    deleteBackup: async (_parent, { id, cascade }, { engine }) => (await engine.backup.deleteBackup(id, cascade ?? false)).deleted,
    updateBackupSchedule: (_parent, { input }, { engine }) => engine.backup.updateBackupSchedule({ ...input, full: input.full ?? null, incremental: input.incremental ?? null }),
  },
  Subscription: {
    backupProgress: {
      subscribe: (_parent, { backupId }, { engine }) =>
        pushIterator(
          (push) =>
            engine.events.subscribe('backup.progress', (event) => {
              if (!backupId || event.backupId === backupId) push({ backupProgress: event });
            }),
          SUBSCRIPTION_BUFFER,
        ),
    },
  },
};
