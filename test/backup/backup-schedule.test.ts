import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import type { BackupManifest } from '../../engine/modules/backup/backup.js';
import { expiredFulls } from '../../engine/modules/backup/backup-schedule.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
  await engine.query.executeSql({ sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)" });
});

afterAll(() => engine.close());

const NONE = { full: null, incremental: null };

describe('schedules', () => {
  it('runs scheduled backups, records each run, and stops when unscheduled', async () => {
    const schedule = engine.backup.updateBackupSchedule({ full: '* * * * * *', incremental: null, compression: 'none' });
    expect(Date.parse(schedule.nextFullAt!)).toBeGreaterThan(Date.now() - 1000);
    expect(schedule.nextIncrementalAt).toBeNull();
    const deadline = Date.now() + 20_000;
    while (engine.backup.backupSchedule().runs.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    engine.backup.updateBackupSchedule(NONE);
    const [run] = engine.backup.backupSchedule().runs;
    expect(run).toMatchObject({ kind: 'full', status: 'completed', error: null, deleted: [] });
    expect(engine.backup.backup(run!.backupId!)).toMatchObject({ kind: 'full', trigger: 'schedule:full', compression: 'none' });
    expect(engine.backup.backupSchedule()).toMatchObject({ full: null, nextFullAt: null });
  });

  it('refuses patterns croner cannot read, and encryption without a configured key', async () => {
    expect(await errorCode(() => engine.backup.updateBackupSchedule({ full: 'every night', incremental: null }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(() => engine.backup.updateBackupSchedule({ full: null, incremental: '61 * * * *' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(() => engine.backup.updateBackupSchedule({ ...NONE, full: '0 3 * * *', encrypt: true }))).toBe('VALIDATION_FAILED');
    expect(engine.backup.backupSchedule().full).toBeNull();
  });

  it('retention deletes fulls beyond the newest N and older than D days, with their incrementals', async () => {
    const first = await engine.backup.createFullBackup({});
    const child = await engine.backup.createIncrementalBackup({ parentId: first.id });
    const second = await engine.backup.createFullBackup({});
    const third = await engine.backup.createFullBackup({});
    const deleted = await engine.backup.applyRetention({ ...NONE, retention: { keepFulls: 2, maxAgeDays: null }, compression: 'gzip', encrypt: false });
    const ids = engine.backup.backups().map((backup) => backup.id);
    expect(deleted).toEqual(expect.arrayContaining([first.id, child.id]));
    expect(ids).toEqual(expect.arrayContaining([second.id, third.id]));
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(child.id);
    // Everything is older than a day a year from now; the newest stays.
    const later = new Date(Date.now() + 365 * 86_400_000);
    await engine.backup.applyRetention({ ...NONE, retention: { keepFulls: null, maxAgeDays: 1 }, compression: 'gzip', encrypt: false }, later);
    expect(engine.backup.backups().filter((backup) => backup.kind === 'full').map((backup) => backup.id)).toEqual([third.id]);
  });
});

describe('expiredFulls', () => {
  const full = (id: string, startedAt: string, status: BackupManifest['status'] = 'completed') => ({ id, kind: 'full', status, startedAt }) as BackupManifest;
  const backups = [full('a', '2026-01-01T00:00:00Z'), full('b', '2026-01-05T00:00:00Z'), full('c', '2026-01-09T00:00:00Z'), full('x', '2026-01-10T00:00:00Z', 'failed')];

  it('keeps the newest N completed fulls', () => {
    expect(expiredFulls(backups, { keepFulls: 2, maxAgeDays: null }, new Date('2026-01-10T00:00:00Z')).map((backup) => backup.id)).toEqual(['a']);
  });

  it('drops those older than D days, never the newest', () => {
    expect(expiredFulls(backups, { keepFulls: null, maxAgeDays: 3 }, new Date('2026-01-10T00:00:00Z')).map((backup) => backup.id)).toEqual(['b', 'a']);
    expect(expiredFulls(backups, { keepFulls: null, maxAgeDays: 1 }, new Date('2027-01-01T00:00:00Z')).map((backup) => backup.id)).toEqual(['b', 'a']);
    expect(expiredFulls(backups, { keepFulls: null, maxAgeDays: null }, new Date())).toEqual([]);
  });
});
