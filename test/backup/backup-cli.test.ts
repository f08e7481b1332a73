// strata backup, run as a child process against a test server: create (with the progress the
// channel reports), list, verify, restore and pitr, and the usage errors.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointInTime } from '../../cli/commands/backup.js';
import { progressLine } from '../../cli/progress-bar.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
let server: TestServer;
let apiKey: string;

async function strata(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: repositoryRoot, env: { ...process.env, STRATA_URL: server.url, STRATA_API_KEY: apiKey, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

beforeAll(async () => {
  server = await startTestServer();
  apiKey = (await server.client.rest.createApiKey({ body: { name: 'backup-cli' } })).api_key;
  await server.client.rest.executeSql({ body: { sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('a'), ('b')" } });
}, 120_000);

afterAll(() => server.close());

describe('strata backup', () => {
  it('creates a backup showing its progress, lists, verifies and restores it', async () => {
    const created = await strata(['backup', 'create', '--encrypt'], { STRATA_BACKUP_PASSPHRASE: 'cli secret' });
    expect(created.code, created.stderr).toBe(0);
    const id = /^backup (\S+): full, SCN \d+, 1 table, 2 rows, .* stored \(gzip, encrypted with the passphrase\)/.exec(created.stdout)?.[1];
    expect(id).toBeDefined();
    // Not a terminal: one line per phase, the last one at 100%.
    const lines = created.stderr.trim().split('\n');
    expect(lines.at(0)).toMatch(/^\[-+\]\s+0\.0%.*snapshot$/);
    expect(lines.at(-1)).toMatch(/^\[#{30}\] 100\.0%  .* ETA 0s  store$/);
    expect((await strata(['backup', 'list'])).stdout).toContain(`${id}  full  completed`);
    const noPassphrase = await strata(['backup', 'verify', id!]);
    expect(noPassphrase).toMatchObject({ code: 1, stderr: expect.stringContaining('encryption.passphrase') });
    const verified = await strata(['backup', 'verify', id!], { STRATA_BACKUP_PASSPHRASE: 'cli secret' });
    expect(verified.stdout).toContain(`backup ${id} is valid`);
    await server.client.rest.insertRow({ path: { name: 'notes' }, body: { body: 'c' } });
    const scn = (await server.client.rest.currentScn()).scn;
    await server.client.rest.deleteRows({ path: { name: 'notes' }, query: { all: true } });
    const recovered = await strata(['backup', 'pitr', String(scn), '--into', 'recovered'], { STRATA_BACKUP_PASSPHRASE: 'cli secret' });
    expect(recovered.stdout).toContain(`restored new database recovered to SCN ${scn} from ${id}, then 1 commit of the change log`);
    const restored = await strata(['backup', 'restore', id!], { STRATA_BACKUP_PASSPHRASE: 'cli secret' });
    expect(restored.stdout).toMatch(/^restored the database in place \(recorded as SCN \d+\)/);
    expect((await server.client.rest.count({ path: { name: 'notes' } })).count).toBe(2);
    // Each run of the command starts Node and tsx: seconds apiece on a busy machine.
  }, 180_000);

  it('says what is wrong with a command line', async () => {
    expect(await strata(['backup'])).toMatchObject({ code: 2, stderr: expect.stringContaining('needs an action') });
    expect(await strata(['backup', 'restore'])).toMatchObject({ code: 2, stderr: expect.stringContaining('takes one backup id') });
    expect(await strata(['backup', 'verify', '20990101T000000Z-full-000000'])).toMatchObject({ code: 1, stderr: expect.stringContaining('(NOT_FOUND)') });
  }, 120_000);
});

describe('pieces', () => {
  it('reads a point in time as an SCN, a time or a restore point', () => {
    expect(pointInTime('42')).toEqual({ scn: 42 });
    expect(pointInTime('2026-01-31T12:00:00Z')).toEqual({ timestamp: '2026-01-31T12:00:00Z' });
    expect(pointInTime('before-upgrade')).toEqual({ restorePoint: 'before-upgrade' });
  });

  it('draws the bar from measured figures', () => {
    const event = { operationId: 'o', requestId: null, operation: 'backup', backupId: 'b', phase: 'store', status: 'running', percentage: 50, bytesProcessed: 1_500_000, bytesTotal: 3_000_000, etaSeconds: 2.2, message: null, at: '' } as const;
    expect(progressLine(event)).toBe(`[${'#'.repeat(15)}${'-'.repeat(15)}]  50.0%  1.5 MB / 3.0 MB  ETA 3s  store`);
  });
});
