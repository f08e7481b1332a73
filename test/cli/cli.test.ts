// The strata command, run as a child process against a test server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
let server: TestServer;

async function strata(args: string[], url = server.url): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { env: { ...process.env, STRATA_URL: url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(() => server.close());

describe('strata', () => {
  it('runs SQL and prints rows as a table, with a summary', async () => {
    const created = await strata(['sql', "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, chip BLOB); INSERT INTO pets (name, chip) VALUES ('rex', x'0a0b'), ('tom', NULL)"]);
    expect(created).toMatchObject({ code: 0, stdout: '2 rows affected, scn 1\n' });
    const selected = await strata(['sql', 'SELECT id, name, chip FROM pets WHERE id >= ? ORDER BY id', '--param', '1']);
    expect(selected.code).toBe(0);
    expect(selected.stdout).toBe(['id  name  chip', '--  ----  -------', "1   rex   x'0a0b'", '2   tom   NULL', '', '2 rows', ''].join('\n'));
  });

  it('prints the JSON answer with --json, and takes JSON parameters', async () => {
    const result = await strata(['sql', 'SELECT ? AS n, ? AS missing', '--param-json', '42', '--param-json', 'null', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: [{ n: 42, missing: null }], statements: 1 });
  });

  it('lists and describes tables', async () => {
    const list = await strata(['tables']);
    expect(list.stdout).toContain('pets   3        id');
    const described = await strata(['describe', 'pets']);
    expect(described.stdout).toMatch(/name\s+TEXT\s+no/);
    expect(described.stdout).toContain('no indexes');
    expect(JSON.parse((await strata(['describe', 'pets', '--json'])).stdout).primaryKey).toEqual(['id']);
  });

  it('reports the problem and exits 1 when the server refuses', async () => {
    const bad = await strata(['sql', 'SELEC 1']);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toContain('error: near "SELEC": syntax error (SQL_ERROR)');
    const missing = await strata(['describe', 'nowhere']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('table "nowhere" does not exist (NOT_FOUND)');
  });

  it('says which server it cannot reach', async () => {
    const unreachable = await strata(['tables'], 'http://127.0.0.1:18499');
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('cannot reach a Strata server at http://127.0.0.1:18499 (ECONNREFUSED)');
  });

  it('exits 2 on usage errors, and helps', async () => {
    expect((await strata(['frobnicate'])).code).toBe(2);
    expect((await strata(['sql'])).code).toBe(2);
    expect((await strata(['tables', '--colour'])).code).toBe(2);
    const help = await strata(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: strata <command>');
    expect((await strata(['--version'])).stdout.trim()).toBe('0.1.0');
  });
});
