// Backup schedules: cron patterns (croner) for full and incremental backups, run by the server,
// with retention applied after each scheduled full backup (keep the newest N fulls, and none
// older than D days, the newest always kept). The schedule and the record of its last runs are
// kept in <backups>/schedule.json, so they survive restarts.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cron } from 'croner';
import { invalid } from '../../errors.js';
import type { BackupKind, BackupManifest } from './backup-catalog.js';
import type { Compression } from './backup-files.js';

export interface ScheduleSettings {
  /** Cron patterns (5 fields, or 6 with seconds); null: not scheduled. */
  full: string | null;
  incremental: string | null;
  retention: { keepFulls: number | null; maxAgeDays: number | null };
  compression: Compression;
  /** Encrypt with the server's configured key (a passphrase cannot be kept for unattended runs). */
  encrypt: boolean;
}

export interface ScheduleRun {
  kind: BackupKind;
  startedAt: string;
  finishedAt: string;
  status: 'completed' | 'failed';
  backupId: string | null;
  error: string | null;
  /** Backups retention deleted after this run. */
  deleted: string[];
}

export interface BackupSchedule extends ScheduleSettings {
  nextFullAt: string | null;
  nextIncrementalAt: string | null;
  /** The latest runs, newest first. */
  runs: ScheduleRun[];
}

/** What a scheduled run does: take the backup, and (after fulls) apply retention. */
export interface ScheduleActions {
  backup(kind: BackupKind, settings: ScheduleSettings): Promise<BackupManifest>;
  applyRetention(settings: ScheduleSettings): Promise<string[]>;
}

const KEPT_RUNS = 50;
const NO_SCHEDULE: ScheduleSettings = { full: null, incremental: null, retention: { keepFulls: null, maxAgeDays: null }, compression: 'gzip', encrypt: false };

export class BackupScheduler {
  private settings: ScheduleSettings;
  private runs: ScheduleRun[];
  private jobs: Partial<Record<BackupKind, Cron>> = {};
  private readonly file: string;

  constructor(directory: string, private readonly actions: ScheduleActions) {
    this.file = join(directory, 'schedule.json');
    const stored = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as { settings: ScheduleSettings; runs: ScheduleRun[] }) : null;
    this.settings = stored?.settings ?? NO_SCHEDULE;
    this.runs = stored?.runs ?? [];
    this.start();
  }

  schedule(): BackupSchedule {
    return {
      ...this.settings,
      nextFullAt: this.jobs.full?.nextRun()?.toISOString() ?? null,
      nextIncrementalAt: this.jobs.incremental?.nextRun()?.toISOString() ?? null,
      runs: this.runs,
    };
  }

  update(settings: ScheduleSettings): BackupSchedule {
    for (const kind of ['full', 'incremental'] as const) {
      const pattern = settings[kind];
      if (pattern === null) continue;
      try {
        new Cron(pattern, { paused: true }).stop();
      } catch (error) {
        throw invalid(`/body/${kind}`, `not a cron pattern: ${(error as Error).message}`);
      }
    }
    this.settings = settings;
    this.save();
    this.stop();
    this.start();
    return this.schedule();
  }

  stop(): void {
    for (const job of Object.values(this.jobs)) job.stop();
    this.jobs = {};
  }

  private start(): void {
    for (const kind of ['full', 'incremental'] as const) {
      const pattern = this.settings[kind];
      // protect: a run still going when the next is due is skipped, not doubled.
      if (pattern !== null) this.jobs[kind] = new Cron(pattern, { protect: true, unref: true }, () => this.run(kind));
    }
  }

  private async run(kind: BackupKind): Promise<void> {
    const settings = this.settings;
    const startedAt = new Date().toISOString();
    let record: Omit<ScheduleRun, 'kind' | 'startedAt' | 'finishedAt'>;
    try {
      const backup = await this.actions.backup(kind, settings);
      const deleted = kind === 'full' ? await this.actions.applyRetention(settings) : [];
      record = { status: 'completed', backupId: backup.id, error: null, deleted };
    } catch (error) {
      // Recorded in the runs the schedule shows (an incremental with no full to continue, a full disk, ...).
      record = { status: 'failed', backupId: null, error: (error as Error).message, deleted: [] };
    }
    this.runs = [{ kind, startedAt, finishedAt: new Date().toISOString(), ...record }, ...this.runs].slice(0, KEPT_RUNS);
    this.save();
  }

  private save(): void {
    writeFileSync(`${this.file}.tmp`, `${JSON.stringify({ settings: this.settings, runs: this.runs }, null, 2)}\n`);
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/** The full backups retention removes (each with the incrementals that continue it): beyond the newest keepFulls, and older than maxAgeDays; never the newest. */
export function expiredFulls(backups: BackupManifest[], retention: ScheduleSettings['retention'], now: Date): BackupManifest[] {
  const fulls = backups.filter((backup) => backup.kind === 'full' && backup.status === 'completed').sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const oldest = retention.maxAgeDays === null ? null : now.getTime() - retention.maxAgeDays * 86_400_000;
  return fulls.filter((full, index) => index > 0 && ((retention.keepFulls !== null && index >= retention.keepFulls) || (oldest !== null && Date.parse(full.startedAt) < oldest)));
}
