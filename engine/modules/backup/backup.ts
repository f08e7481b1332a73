// Backup and recovery: full backups (a consistent snapshot while writes go on), incrementals
// (the change log since their parent), restores in place or into a new database file, verify,
// and point-in-time recovery (a backup, then the change log replayed up to the point). One
// operation runs at a time; each reports its progress on the bus (backup.progress).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EngineError, invalid } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { Database } from '../../storage/database.js';
import type { FlashbackModule, PointInTime } from '../flashback/flashback.js';
import type { Caller } from '../../work/caller.js';
import { type BackupKind, type BackupManifest, BackupCatalog } from './backup-catalog.js';
import { type EncryptionRequest, existingBackupKey, newBackupKey, parseConfiguredKey } from './backup-crypto.js';
import { type Compression, type StoredFile, fileSize, loadPayload, storePayload, storedChecksum } from './backup-files.js';
import { type BackupOperation, type BackupProgressEvent, ProgressTracker, type Step } from './backup-progress.js';
import { type BackupSchedule, BackupScheduler, type ScheduleSettings, expiredFulls } from './backup-schedule.js';
import type { ContentSummary, TableSummary } from './backup-sqlite.js';
import { BackupWorker } from './backup-tasks.js';

export type { BackupManifest, BackupProgressEvent, BackupSchedule, EncryptionRequest, ScheduleSettings };

export interface BackupOptions {
  /** Where backups are kept. */
  directory: string;
  /** The live database file. */
  databaseFile: string;
  /** The configured encryption key (64 hex digits or base64 of 32 bytes); empty: none. */
  encryptionKey: string;
}

/** Who asked: the request id (progress events carry it) and what triggered the operation. */
export interface OperationContext {
  requestId?: string | null;
  trigger?: string;
  /** Who asked, for the statements the operation runs on the live database. */
  caller?: Caller | null;
}

export interface CreateBackupRequest {
  compression?: Compression;
  encryption?: EncryptionRequest;
}

export interface CreateIncrementalRequest extends CreateBackupRequest {
  /** The backup to continue; by default the latest completed one. */
  parentId?: string;
}

/** Where a restore goes: over the live database, or into a new database file. */
export type RestoreMode = 'in-place' | 'new-database';

export interface RestoreRequest {
  mode: RestoreMode;
  /** The new database's name, with mode new-database. */
  database?: string;
  encryption?: { passphrase?: string };
}

export interface PitrRequest extends RestoreRequest {
  to: PointInTime;
}

/** A new schedule: what is left out takes its default (no retention, gzip, not encrypted). */
export interface ScheduleRequest {
  full: string | null;
  incremental: string | null;
  retention?: { keepFulls?: number | null; maxAgeDays?: number | null } | null;
  compression?: Compression | null;
  encrypt?: boolean | null;
}

export interface RestoreResult {
  /** The backup restored (for point-in-time recovery, the one it started from). */
  backupId: string;
  /** The backups applied, full first. */
  chain: string[];
  mode: RestoreMode;
  database: string;
  /** The content is the database as it was right after this commit. */
  scn: number;
  /** In place: the SCN of the commit that recorded the restore. */
  restoreScn: number | null;
  commitsReplayed: number;
  rowChangesReplayed: number;
  tables: TableSummary[];
  contentHash: string;
  durationMs: number;
}

export interface VerifyCheck {
  name: string;
  passed: boolean;
  detail: string;
}

export interface VerifyResult {
  backupId: string;
  valid: boolean;
  checks: VerifyCheck[];
  tables: Array<{ name: string; expectedRows: number | null; actualRows: number | null; matches: boolean }>;
  durationMs: number;
}

export interface BackupStatusInfo {
  id: string;
  status: BackupManifest['status'];
  error: string | null;
  /** The latest progress of an operation on this backup since the server started; null if none. */
  progress: BackupProgressEvent | null;
}

const DATABASE_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

export class BackupModule {
  private readonly catalog: BackupCatalog;
  private readonly configuredKey: Buffer | null;
  private readonly scratch: string;
  /** Operations run one at a time, in the order they were asked for. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly latestProgress = new Map<string, BackupProgressEvent>();
  private readonly worker = new BackupWorker();
  private readonly scheduler: BackupScheduler;

  constructor(
    private readonly database: Database,
    private readonly flashback: FlashbackModule,
    private readonly events: EventBus,
    private readonly options: BackupOptions,
  ) {
    this.catalog = new BackupCatalog(options.directory);
    this.configuredKey = parseConfiguredKey(options.encryptionKey);
    this.scratch = join(options.directory, '.work');
    rmSync(this.scratch, { recursive: true, force: true });
    events.subscribe('backup.progress', (event) => {
      if (event.backupId) this.latestProgress.set(event.backupId, event);
    });
    this.scheduler = new BackupScheduler(options.directory, {
      backup: (kind, settings) => {
        const request = { compression: settings.compression, ...(settings.encrypt ? { encryption: { configuredKey: true as const } } : {}) };
        const context = { trigger: `schedule:${kind}` };
        return kind === 'full' ? this.createFullBackup(request, context) : this.createIncrementalBackup(request, context);
      },
      applyRetention: (settings) => this.applyRetention(settings),
    });
  }

  backupSchedule(): BackupSchedule {
    return this.scheduler.schedule();
  }

  /** Replaces the schedule; the server runs it from now on (and after restarts). */
  updateBackupSchedule(request: ScheduleRequest): BackupSchedule {
    const settings: ScheduleSettings = {
      full: request.full,
      incremental: request.incremental,
      retention: { keepFulls: request.retention?.keepFulls ?? null, maxAgeDays: request.retention?.maxAgeDays ?? null },
      compression: request.compression ?? 'gzip',
      encrypt: request.encrypt ?? false,
    };
    if (settings.encrypt && !this.configuredKey) throw invalid('/body/encrypt', 'scheduled backups encrypt with the configured key, and this server has none (--backup-encryption-key)');
    return this.scheduler.update(settings);
  }

  /** Deletes the full backups the retention lets go, each with the incrementals that continue it. */
  applyRetention(settings: ScheduleSettings, now = new Date()): Promise<string[]> {
    return this.exclusive(() => {
      const deleted: string[] = [];
      for (const full of expiredFulls(this.catalog.list(), settings.retention, now)) {
        for (const doomed of [full, ...this.catalog.dependents(full.id)]) {
          this.catalog.remove(doomed.id);
          deleted.push(doomed.id);
        }
      }
      return deleted;
    });
  }

  createFullBackup(request: CreateBackupRequest, context: OperationContext = {}): Promise<BackupManifest> {
    return this.exclusive(() => this.create('full', null, request, context));
  }

  /** The same full backup, as POST /api/v1/admin/backup and GraphQL backupDatabase name it. */
  backupDatabase(request: CreateBackupRequest, context: OperationContext = {}): Promise<BackupManifest> {
    return this.createFullBackup(request, context);
  }

  createIncrementalBackup(request: CreateIncrementalRequest, context: OperationContext = {}): Promise<BackupManifest> {
    return this.exclusive(() => {
      const parent = request.parentId ? this.catalog.get(request.parentId) : this.catalog.list().filter((manifest) => manifest.status === 'completed').at(-1);
      if (!parent) throw new EngineError('CONFLICT', 'there is no completed backup to continue; take a full backup first');
      this.catalog.chain(parent.id);
      return this.create('incremental', parent, request, context);
    });
  }

  backups(): BackupManifest[] {
    return this.catalog.list();
  }

  backup(id: string): BackupManifest {
    return this.catalog.get(id);
  }

  backupStatus(id: string): BackupStatusInfo {
    const manifest = this.catalog.get(id);
    return { id, status: manifest.status, error: manifest.error, progress: this.latestProgress.get(id) ?? null };
  }

  /** Deletes a backup; refused while later incrementals depend on it, unless they go too. */
  deleteBackup(id: string, cascade = false): Promise<{ deleted: string[] }> {
    return this.exclusive(async () => {
      this.catalog.get(id);
      const dependents = this.catalog.dependents(id);
      if (dependents.length > 0 && !cascade) {
        throw new EngineError('CONFLICT', `incremental backups depend on backup ${id}: ${dependents.map((manifest) => manifest.id).join(', ')}; delete with cascade=true to delete them too`);
      }
      const deleted = [id, ...dependents.map((manifest) => manifest.id)];
      for (const doomed of deleted) this.catalog.remove(doomed);
      return { deleted };
    });
  }

  restoreBackup(id: string, request: RestoreRequest, context: OperationContext = {}): Promise<RestoreResult> {
    return this.exclusive(async () => {
      this.checkTarget(request);
      const chain = this.catalog.chain(id);
      return this.restore('restore', chain, null, request, context);
    });
  }

  /** Restores a backup into scratch space and checks it: checksums, decryption, integrity, row counts and content hash. */
  verifyBackup(id: string, request: { encryption?: { passphrase?: string } }, context: OperationContext = {}): Promise<VerifyResult> {
    return this.exclusive(async () => {
      const started = performance.now();
      const manifest = this.catalog.get(id);
      const checks: VerifyCheck[] = [];
      let actual: ContentSummary | null = null;
      let tracker: ProgressTracker | null = null;
      const work = this.workDirectory(`verify-${id}`);
      try {
        const chain = this.catalog.chain(id);
        checks.push({ name: 'chain', passed: true, detail: `${chain.length} backup(s): ${chain.map((link) => link.id).join(', ')}` });
        const steps = this.restoreSteps(chain, 0);
        tracker = this.tracker('verify', id, context, steps);
        const file = await this.rebuild(chain, request.encryption, work, tracker, checks);
        tracker.begin(steps.length - 1, id);
        const { problems, summary } = await this.worker.run('check', [file]);
        checks.push({ name: 'integrity', passed: problems.length === 0, detail: problems.length === 0 ? 'integrity_check and foreign_key_check found nothing' : problems.slice(0, 10).join('; ') });
        actual = summary;
        checks.push(...compareContent(manifest, summary));
        tracker.complete(checks.every((check) => check.passed) ? 'valid' : 'invalid');
      } catch (error) {
        tracker?.fail((error as Error).message);
        // Damage is a finding of verify; a wrong passphrase is the caller's error.
        if (!(error instanceof EngineError) || error.code !== 'CONFLICT') throw error;
        checks.push({ name: 'readable', passed: false, detail: error.message });
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
      const tables = manifest.tables.map((expected) => {
        const found = actual?.tables.find((table) => table.name === expected.name);
        return { name: expected.name, expectedRows: expected.rows, actualRows: found?.rows ?? null, matches: found?.sha256 === expected.sha256 };
      });
      return { backupId: id, valid: checks.every((check) => check.passed), checks, tables, durationMs: Math.round(performance.now() - started) };
    });
  }

  /** The database as it was at a point: the latest backup at or before it, then the change log up to it. */
  recoverToPointInTime(request: PitrRequest, context: OperationContext = {}): Promise<RestoreResult> {
    return this.exclusive(async () => {
      this.checkTarget(request);
      const { scn } = await this.flashback.resolvePoint(request.to, '/body/to', context.caller ?? null);
      const candidates = this.catalog
        .list()
        .filter((manifest) => manifest.status === 'completed' && manifest.scn !== null && manifest.scn <= scn)
        .sort((a, b) => b.scn! - a.scn!);
      for (const candidate of candidates) {
        let chain: BackupManifest[];
        try {
          chain = this.catalog.chain(candidate.id);
        } catch {
          continue;
        }
        return this.restore('pitr', chain, scn, request, context);
      }
      throw new EngineError('CONFLICT', `no backup was taken at or before SCN ${scn}; point-in-time recovery starts from one`);
    });
  }

  /** Waits for the operation running, then stops the worker thread. */
  async close(): Promise<void> {
    this.scheduler.stop();
    await this.queue;
    await this.worker.close();
  }

  private exclusive<T>(operation: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private tracker(operation: BackupOperation, backupId: string | null, context: OperationContext, steps: Step[]): ProgressTracker {
    return new ProgressTracker(this.events, operation, backupId, context.requestId ?? null, steps);
  }

  private workDirectory(operationId: string): string {
    const directory = join(this.scratch, operationId);
    mkdirSync(directory, { recursive: true });
    return directory;
  }

  private async create(kind: BackupKind, parent: BackupManifest | null, request: CreateBackupRequest, context: OperationContext): Promise<BackupManifest> {
    const startedAt = new Date();
    const key = request.encryption ? await newBackupKey(request.encryption, this.configuredKey, '/body/encryption') : null;
    const compression = request.compression ?? 'gzip';
    let manifest: BackupManifest = {
      id: this.catalog.newId(kind, startedAt),
      kind,
      parentId: parent?.id ?? null,
      status: 'running',
      error: null,
      fromScn: parent?.scn ?? null,
      scn: null,
      committedAt: null,
      startedAt: startedAt.toISOString(),
      completedAt: null,
      durationMs: null,
      tables: [],
      contentHash: null,
      commits: null,
      rowChanges: null,
      payloadBytes: null,
      storedBytes: null,
      sha256: null,
      compression,
      encryption: null,
      trigger: context.trigger ?? 'api',
    };
    this.catalog.save(manifest);
    const expected = kind === 'full' ? await this.worker.run('expectedBytes', [this.options.databaseFile]) : 0;
    const tracker = this.tracker('backup', manifest.id, context, [
      { phase: kind === 'full' ? 'snapshot' : 'change-log', weight: Math.max(expected, 1), bytes: expected },
      { phase: 'store', weight: Math.max(expected, 1), bytes: expected },
    ]);
    const work = this.workDirectory(tracker.operationId);
    const payload = join(work, 'payload.db');
    try {
      tracker.begin(0);
      // An incremental's summary is of the live database at the slice's SCN, read with the slice.
      const slice = kind === 'full' ? await this.snapshot(payload, expected, tracker) : await this.worker.run('changeSlice', [this.options.databaseFile, payload, parent!.scn!]);
      const payloadBytes = await fileSize(payload);
      tracker.begin(1);
      // A snapshot's summary (row counts and hashes) is read on the worker while the main thread
      // and zlib's threads store the file: on more than one core the two overlap.
      const summary: Promise<ContentSummary & { commits?: number; rowChanges?: number }> = slice ? Promise.resolve(slice) : this.worker.run('summarizeFile', [payload]);
      const [content, stored] = await settled<[Awaited<typeof summary>, StoredFile]>([
        summary,
        storePayload(payload, this.catalog.payloadFile(manifest.id), { compression, key: key?.key ?? null }, (bytes) => tracker.update(bytes / payloadBytes, bytes)),
      ]);
      manifest = {
        ...manifest,
        status: 'completed',
        scn: content.scn,
        committedAt: content.committedAt,
        completedAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        tables: content.tables,
        contentHash: content.contentHash,
        commits: content.commits ?? null,
        rowChanges: content.rowChanges ?? null,
        payloadBytes,
        storedBytes: stored.storedBytes,
        sha256: stored.sha256,
        encryption: stored.encryption && key ? { ...stored.encryption, key: key.source, kdf: key.kdf, keyCheck: key.keyCheck } : null,
      };
      this.catalog.save(manifest);
      tracker.complete(`backup ${manifest.id} holds SCN ${content.scn}`);
      return manifest;
    } catch (error) {
      this.catalog.remove(manifest.id);
      this.catalog.save({ ...manifest, status: 'failed', error: (error as Error).message, completedAt: new Date().toISOString() });
      tracker.fail((error as Error).message);
      throw error;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  /** VACUUM INTO reports nothing while it runs: measure its progress by the size of the file it writes. */
  private async snapshot(target: string, expected: number, tracker: ProgressTracker): Promise<null> {
    const timer = setInterval(() => {
      fileSize(target).then((bytes) => tracker.update(bytes / Math.max(expected, 1), Math.min(bytes, expected)), () => undefined);
    }, 100);
    try {
      await this.worker.run('snapshot', [this.options.databaseFile, target]);
      return null;
    } finally {
      clearInterval(timer);
    }
  }

  /** Steps of rebuilding a chain: per backup, its checksum and its loading (and replay for incrementals); then replay of the live log, then the check. */
  private restoreSteps(chain: BackupManifest[], liveCommits: number): Step[] {
    const steps: Step[] = [];
    for (const link of chain) {
      const bytes = link.storedBytes ?? 0;
      steps.push({ phase: 'checksum', weight: bytes, bytes }, { phase: 'load', weight: bytes, bytes });
      if (link.kind === 'incremental') steps.push({ phase: 'replay', weight: link.payloadBytes ?? 0, bytes: 0 });
    }
    // Weights only share out the percentage between steps; a commit to replay is counted like
    // 200 bytes to copy, an estimate. Within each step, progress is measured.
    steps.push({ phase: 'replay-log', weight: liveCommits * 200, bytes: 0 });
    const total = steps.reduce((sum, step) => sum + step.weight, 0);
    steps.push({ phase: 'check', weight: Math.max(total / 4, 1), bytes: 0 });
    return steps;
  }

  /**
   * Rebuilds the database of the last backup of a chain in `work`: each stored file's checksum
   * is checked, then it is decrypted and decompressed; incrementals are replayed onto the full.
   * Returns the database file.
   */
  private async rebuild(chain: BackupManifest[], encryption: { passphrase?: string } | undefined, work: string, tracker: ProgressTracker, checks: VerifyCheck[]): Promise<string> {
    const base = join(work, 'restored.db');
    let step = 0;
    for (const link of chain) {
      const key = link.encryption ? await existingBackupKey({ source: link.encryption.key, kdf: link.encryption.kdf, keyCheck: link.encryption.keyCheck }, encryption, this.configuredKey, link.id, '/body/encryption') : null;
      const stored = this.catalog.payloadFile(link.id);
      if (!existsSync(stored)) throw new EngineError('CONFLICT', `the stored file of backup ${link.id} is gone`);
      tracker.begin(step++, link.id);
      const sha256 = await storedChecksum(stored, (bytes) => tracker.update(bytes / Math.max(link.storedBytes!, 1), bytes));
      if (sha256 !== link.sha256) {
        throw new EngineError('CONFLICT', `backup ${link.id} is damaged: the SHA-256 of its stored file is ${sha256}, the manifest says ${link.sha256}`);
      }
      checks.push({ name: `checksum ${link.id}`, passed: true, detail: `SHA-256 ${sha256}` });
      tracker.begin(step++, link.id);
      const payload = link.kind === 'full' ? base : join(work, `${link.id}.db`);
      await loadPayload(stored, payload, { compression: link.compression, key, encryption: link.encryption, backupId: link.id }, (bytes) => tracker.update(bytes / Math.max(link.storedBytes!, 1), bytes));
      if (link.encryption) checks.push({ name: `decrypt ${link.id}`, passed: true, detail: 'AES-256-GCM tag verified' });
      if (link.kind === 'incremental') {
        tracker.begin(step++, link.id);
        const replayed = await this.worker.run('replay', [base, payload, link.fromScn!, link.scn!], (done, total) => tracker.update(done / Math.max(total, 1)));
        rmSync(payload, { force: true });
        checks.push({ name: `replay ${link.id}`, passed: true, detail: `${replayed.commits} commit(s), ${replayed.rowChanges} row change(s) from SCN ${link.fromScn} to ${link.scn}` });
      }
    }
    return base;
  }

  private async restore(operation: 'restore' | 'pitr', chain: BackupManifest[], targetScn: number | null, request: RestoreRequest, context: OperationContext): Promise<RestoreResult> {
    const started = performance.now();
    const last = chain.at(-1)!;
    const throughScn = targetScn ?? last.scn!;
    if (request.mode === 'in-place') this.checkNoTransactions();
    const tracker = this.tracker(operation, last.id, context, this.restoreSteps(chain, throughScn - last.scn!));
    const work = this.workDirectory(tracker.operationId);
    try {
      const file = await this.rebuild(chain, request.encryption, work, tracker, []);
      const steps = this.restoreSteps(chain, 0).length;
      let replayed = { commits: 0, rowChanges: 0 };
      if (throughScn > last.scn!) {
        tracker.begin(steps - 2);
        replayed = await this.worker.run('replay', [file, this.options.databaseFile, last.scn!, throughScn], (done, total) => tracker.update(done / Math.max(total, 1)));
      }
      tracker.begin(steps - 1);
      const { problems, summary } = await this.worker.run('check', [file]);
      if (problems.length > 0) throw new EngineError('CONFLICT', `the restored database fails its integrity check: ${problems.slice(0, 5).join('; ')}`);
      if (targetScn === null && summary.contentHash !== last.contentHash) {
        throw new EngineError('CONFLICT', `backup ${last.id} restores to content that differs from what was backed up (content hash ${summary.contentHash}, manifest ${last.contentHash})`);
      }
      let restoreScn: number | null = null;
      if (request.mode === 'in-place') {
        this.checkNoTransactions();
        restoreScn = (await this.worker.run('applyInPlace', [this.options.databaseFile, file, `restore:${last.id}@${throughScn}`, summary.contentHash])).scn;
        this.database.catalog.invalidate();
        this.database.changes.reconcile();
      } else {
        await this.worker.run('makeServable', [file]);
        await rename(file, this.newDatabaseFile(request.database!));
      }
      tracker.complete(`restored to SCN ${throughScn}`);
      return {
        backupId: last.id,
        chain: chain.map((link) => link.id),
        mode: request.mode,
        database: request.mode === 'in-place' ? this.database.name : request.database!,
        scn: throughScn,
        restoreScn,
        commitsReplayed: replayed.commits,
        rowChangesReplayed: replayed.rowChanges,
        tables: summary.tables,
        contentHash: summary.contentHash,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      tracker.fail((error as Error).message);
      throw error;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  private checkTarget(request: RestoreRequest): void {
    if (request.mode === 'in-place') return;
    if (!request.database || !DATABASE_NAME.test(request.database)) {
      throw invalid('/body/database', 'a new database needs a name: a lowercase letter, then up to 62 lowercase letters, digits, _ or -');
    }
    if (existsSync(this.newDatabaseFile(request.database))) throw new EngineError('ALREADY_EXISTS', `database ${JSON.stringify(request.database)} already exists`);
  }

  private newDatabaseFile(name: string): string {
    return join(dirname(this.options.databaseFile), `${name}.db`);
  }

  /** An open transaction would see its snapshot vanish under it: restore in place only when none is open. */
  private checkNoTransactions(): void {
    const open = this.database.transactions.active();
    if (open.length > 0) {
      throw new EngineError('CONFLICT', `${open.length} transaction(s) are open (${open.map((transaction) => transaction.id).join(', ')}); commit or roll them back before restoring in place`);
    }
  }
}

/** Verify's comparison of restored content with what the manifest recorded. */
function compareContent(manifest: BackupManifest, actual: ContentSummary): VerifyCheck[] {
  const expectedRows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const actualRows = actual.tables.reduce((sum, table) => sum + table.rows, 0);
  const countsMatch = manifest.tables.length === actual.tables.length && manifest.tables.every((table) => actual.tables.some((found) => found.name === table.name && found.rows === table.rows));
  return [
    { name: 'scn', passed: actual.scn === manifest.scn, detail: `restored SCN ${actual.scn}, manifest SCN ${manifest.scn}` },
    { name: 'row-counts', passed: countsMatch, detail: `${actual.tables.length} table(s) with ${actualRows} row(s); the manifest records ${manifest.tables.length} with ${expectedRows}` },
    { name: 'content-hash', passed: actual.contentHash === manifest.contentHash, detail: `restored ${actual.contentHash}, manifest ${manifest.contentHash}` },
  ];
}

/** Waits for every promise, so none is still writing when a failure is handled; then throws the first failure. */
async function settled<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
