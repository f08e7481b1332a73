// strata backup create|list|restore|verify|pitr: backups through the SDK, with a progress bar
// fed by the backup progress channel. The channel opens before the request, and the bar follows
// only the events carrying this command's request id.
import { randomUUID } from 'node:crypto';
import type { Backup, RestoreResult, StrataClient, VerifyResult } from '../../generated/client/index.js';
import { UsageError } from '../errors.js';
import { plural, table } from '../format.js';
import { ProgressBar, formatBytes } from '../progress-bar.js';

export interface BackupOptions {
  json: boolean;
  incremental: boolean;
  parent: string | undefined;
  encrypt: boolean;
  uncompressed: boolean;
  into: string | undefined;
}

/** How long to wait for the progress channel before going on without a bar. */
const CHANNEL_WAIT_MS = 2000;

/** The passphrase comes from the environment, never from the command line (where ps shows it). */
function passphrase(): { passphrase: string } | undefined {
  const value = process.env.STRATA_BACKUP_PASSPHRASE;
  return value ? { passphrase: value } : undefined;
}

export async function backup(client: StrataClient, args: string[], options: BackupOptions): Promise<string> {
  const [action, ...rest] = args;
  const argument = (what: string): string => {
    if (rest.length !== 1 || rest[0] === undefined) throw new UsageError(`strata backup ${action} takes ${what}`);
    return rest[0];
  };
  const none = (): void => {
    if (rest.length > 0) throw new UsageError(`strata backup ${action} takes no argument`);
  };
  const target = { mode: options.into ? ('new-database' as const) : ('in-place' as const), ...(options.into ? { database: options.into } : {}), ...(passphrase() ? { encryption: passphrase() } : {}) };
  switch (action) {
    case 'create': {
      none();
      const encryption = options.encrypt ? (passphrase() ?? { configuredKey: true as const }) : undefined;
      const body = { compression: options.uncompressed ? ('none' as const) : ('gzip' as const), ...(encryption ? { encryption } : {}) };
      const created = await withProgress(client, (headers) =>
        options.incremental ? client.rest.createIncrementalBackup({ body: { ...body, ...(options.parent ? { parentId: options.parent } : {}) }, headers }) : client.rest.createFullBackup({ body, headers }),
      );
      return options.json ? JSON.stringify(created, null, 2) : describeBackup(created);
    }
    case 'list': {
      none();
      const { backups } = await client.rest.backups();
      if (options.json) return JSON.stringify(backups, null, 2);
      if (backups.length === 0) return 'no backups';
      const rows = backups.map((entry) => [entry.id, entry.kind, entry.status, String(entry.scn ?? ''), entry.storedBytes === null ? '' : formatBytes(entry.storedBytes), entry.encryption ? entry.encryption.key : 'no', entry.parentId ?? '']);
      return `${table(['id', 'kind', 'status', 'scn', 'stored', 'encrypted', 'parent'], rows)}\n\n${plural(backups.length, 'backup')}`;
    }
    case 'restore': {
      const id = argument('one backup id');
      const restored = await withProgress(client, (headers) => client.rest.restoreBackup({ path: { id }, body: target, headers }));
      return options.json ? JSON.stringify(restored, null, 2) : describeRestore(restored);
    }
    case 'verify': {
      const id = argument('one backup id');
      const verified = await withProgress(client, (headers) => client.rest.verifyBackup({ path: { id }, body: passphrase() ? { encryption: passphrase() } : {}, headers }));
      return options.json ? JSON.stringify(verified, null, 2) : describeVerify(verified);
    }
    case 'pitr': {
      const to = pointInTime(argument('one point in time: an SCN, an RFC 3339 time or a restore point name'));
      const recovered = await withProgress(client, (headers) => client.rest.recoverToPointInTime({ body: { ...target, to }, headers }));
      return options.json ? JSON.stringify(recovered, null, 2) : describeRestore(recovered);
    }
    default:
      throw new UsageError(action === undefined ? 'strata backup needs an action: create, list, restore, verify or pitr' : `unknown backup action ${JSON.stringify(action)}`);
  }
}

/** 42 is an SCN, 2026-01-31T12:00:00Z a time, anything else a restore point's name. */
export function pointInTime(text: string): { scn: number } | { timestamp: string } | { restorePoint: string } {
  if (/^\d+$/.test(text)) return { scn: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return { timestamp: text };
  return { restorePoint: text };
}

/** Runs a request while showing the progress the server reports for it. */
async function withProgress<T>(client: StrataClient, request: (headers: Record<string, string>) => Promise<T>): Promise<T> {
  const requestId = randomUUID();
  const bar = new ProgressBar();
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const channel = client.channels.open('backup', {}, {
    open: () => opened(),
    message: (message) => {
      if (message.message_type === 'backup_progress' && message.data.requestId === requestId) bar.show(message.data);
    },
    close: ({ willReconnect }) => {
      if (!willReconnect) opened();
    },
  });
  await Promise.race([open, new Promise((resolve) => setTimeout(resolve, CHANNEL_WAIT_MS).unref())]);
  try {
    return await request({ 'x-request-id': requestId });
  } finally {
    channel.close();
  }
}

function describeBackup(created: Backup): string {
  const rows = created.tables.reduce((sum, entry) => sum + entry.rows, 0);
  const stored = `${formatBytes(created.storedBytes ?? 0)} stored (${created.compression}${created.encryption ? `, encrypted with the ${created.encryption.key === 'passphrase' ? 'passphrase' : "server's key"}` : ''})`;
  const content = created.kind === 'full' ? `${plural(created.tables.length, 'table')}, ${plural(rows, 'row')}` : `${plural(created.commits ?? 0, 'commit')} after SCN ${created.fromScn}, continuing ${created.parentId}`;
  return `backup ${created.id}: ${created.kind}, SCN ${created.scn}, ${content}, ${stored}\nSHA-256 ${created.sha256}`;
}

function describeRestore(restored: RestoreResult): string {
  const where = restored.mode === 'in-place' ? `the database in place (recorded as SCN ${restored.restoreScn})` : `new database ${restored.database}`;
  const replayed = restored.commitsReplayed > 0 ? `, then ${plural(restored.commitsReplayed, 'commit')} of the change log` : '';
  return `restored ${where} to SCN ${restored.scn} from ${restored.chain.join(' + ')}${replayed}\n${plural(restored.tables.length, 'table')}, content hash ${restored.contentHash}`;
}

function describeVerify(verified: VerifyResult): string {
  const checks = verified.checks.map((check) => `${check.passed ? 'ok    ' : 'FAILED'}  ${check.name}: ${check.detail}`);
  return [...checks, '', verified.valid ? `backup ${verified.backupId} is valid` : `backup ${verified.backupId} is NOT valid`].join('\n');
}
