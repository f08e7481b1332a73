// The strata command, run as a child process against a test server, as a person would run it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
// Small, so that a short query shows the truncation note.
const MAX_RESULT_ROWS = 3;
let server: TestServer;
// strata login keeps tokens under XDG_CONFIG_HOME: a scratch one, not the user's.
const configDir = mkdtempSync(join(tmpdir(), 'strata-cli-'));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function strata(args: string[], url = server.url, env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: repositoryRoot, env: { ...process.env, STRATA_URL: url, XDG_CONFIG_HOME: configDir, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Outcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A port nothing listens on: one the system just handed out and got back. */
async function closedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as { port: number };
  await new Promise((resolve) => listener.close(resolve));
  return port;
}

beforeAll(async () => {
  server = await startTestServer({ maxResultRows: MAX_RESULT_ROWS });
  expect(await strata(['login', 'admin'], server.url, { STRATA_PASSWORD: ADMIN_PASSWORD })).toMatchObject({ code: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('strata login and logout', () => {
  it('keeps the tokens in a file only the owner reads, and every command uses them', async () => {
    const file = join(configDir, 'strata', 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual([server.url]);
    expect((await strata(['tables'])).code).toBe(0);
  });

  it('refuses a wrong password, and commands without credentials get 401', async () => {
    const wrong = await strata(['login', 'admin'], server.url, { STRATA_PASSWORD: 'not-the-password' });
    expect(wrong).toMatchObject({ code: 1, stderr: 'error: wrong user name or password (UNAUTHENTICATED)\n' });
    const other = mkdtempSync(join(tmpdir(), 'strata-cli-'));
    const anonymous = await strata(['tables'], server.url, { XDG_CONFIG_HOME: other });
    rmSync(other, { recursive: true, force: true });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('(UNAUTHENTICATED)');
  });

  it('takes an API key from STRATA_API_KEY', async () => {
    const created = await strata(['sql', 'SELECT 1 AS one'], server.url, { STRATA_API_KEY: 'strata_not-a-real-key' });
    expect(created.stderr).toContain('the API key is not valid');
    const key = (await server.client.rest.createApiKey({ body: { name: 'cli' } })).api_key;
    expect(await strata(['sql', 'SELECT 1 AS one'], server.url, { STRATA_API_KEY: key })).toMatchObject({ code: 0 });
  });

  it('logout revokes the session and forgets the tokens', async () => {
    const other = mkdtempSync(join(tmpdir(), 'strata-cli-'));
    expect(await strata(['login', 'admin'], server.url, { STRATA_PASSWORD: ADMIN_PASSWORD, XDG_CONFIG_HOME: other })).toMatchObject({ code: 0 });
    expect(await strata(['logout'], server.url, { XDG_CONFIG_HOME: other })).toMatchObject({ code: 0, stdout: `signed out of ${server.url}\n` });
    expect(JSON.parse(readFileSync(join(other, 'strata', 'credentials.json'), 'utf8'))).toEqual({});
    rmSync(other, { recursive: true, force: true });
    expect(existsSync(other)).toBe(false);
  });
});

describe('strata sql', () => {
  it('runs a script, then prints rows as an aligned table with a summary', async () => {
    const created = await strata(['sql', "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, chip BLOB); INSERT INTO pets (name, chip) VALUES ('rex', x'0a0b'), ('tom', NULL)"]);
    expect(created).toEqual({ code: 0, stdout: '2 rows affected, scn 1\n', stderr: '' });
    const selected = await strata(['sql', 'SELECT id, name, chip FROM pets WHERE id >= ? ORDER BY id', '--param', '1']);
    expect(selected).toEqual({ code: 0, stdout: ['id  name  chip', '--  ----  -------', "1   rex   x'0a0b'", '2   tom   NULL', '', '2 rows', ''].join('\n'), stderr: '' });
  });

  it('binds --param and --param-json in command-line order, and prints JSON with --json', async () => {
    const args = ['sql', 'SELECT ? AS a, ? AS b, ? AS c, ? AS d', '--param-json', '42', '--param', 'x', '--param-json', 'null', '--param=-1'];
    const [text, json] = await Promise.all([strata(args), strata([...args, '--json'])]);
    expect(text.stdout).toBe(['a   b  c     d', '--  -  ----  --', '42  x  NULL  -1', '', '1 row', ''].join('\n'));
    expect(JSON.parse(json.stdout)).toMatchObject({ columns: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }], rows: [{ a: 42, b: 'x', c: null, d: '-1' }], statements: 1, truncated: false });
  });

  it('keeps each row on one line, shows both columns that share a name, and says when the server cut the rows', async () => {
    const multiline = await strata(['sql', 'SELECT ? AS note', '--param', 'two\nlines\tend']);
    expect(multiline.stdout).toBe(['note', '---------------', 'two\\nlines\\tend', '', '1 row', ''].join('\n'));
    const joined = await strata(['sql', 'SELECT a.id, b.id FROM pets a JOIN pets b ON b.id > a.id']);
    expect(joined.stdout).toBe(['id  id', '--  --', '1   2', '', '1 row', ''].join('\n'));
    const counted = await strata(['sql', 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n']);
    expect(counted.stdout).toContain(`\n${MAX_RESULT_ROWS} rows\n(cut at ${MAX_RESULT_ROWS} rows, the server's limit;`);
  });

  it('prints the problem on stderr and exits 1 when the server refuses the SQL', async () => {
    const [syntax, empty] = await Promise.all([strata(['sql', 'SELEC 1']), strata(['sql', ''])]);
    expect(syntax).toEqual({ code: 1, stdout: '', stderr: 'error: near "SELEC": syntax error (SQL_ERROR)\n' });
    expect(empty).toEqual({ code: 1, stdout: '', stderr: 'error: the body does not match the schema (VALIDATION_FAILED)\n  /body/sql: must NOT have fewer than 1 characters\n' });
  });
});

describe('strata tables and describe', () => {
  beforeAll(async () => {
    const created = await strata(['sql', "CREATE TABLE visits (id INTEGER PRIMARY KEY, pet INTEGER NOT NULL REFERENCES pets(id) ON DELETE CASCADE, at TEXT DEFAULT 'now', UNIQUE (pet, at)); CREATE INDEX visits_at ON visits (at)"]);
    expect(created.code).toBe(0);
  });

  it('lists the tables', async () => {
    const [text, json] = await Promise.all([strata(['tables']), strata(['tables', '--json'])]);
    expect(text.stdout).toBe(['table   columns  primary key', '------  -------  -----------', 'pets    3        id', 'visits  3        id', '', '2 tables', ''].join('\n'));
    expect(JSON.parse(json.stdout).map((table: { name: string }) => table.name)).toEqual(['pets', 'visits']);
  });

  it('describes a table: columns, then indexes', async () => {
    const [text, json] = await Promise.all([strata(['describe', 'visits']), strata(['describe', 'visits', '--json'])]);
    expect(text.code).toBe(0);
    const [title, , header, , id, pet, at, , indexHeader, , ...indexes] = text.stdout.split('\n');
    expect(title).toBe('visits');
    expect(header).toMatch(/^column\s+type\s+nullable\s+default\s+pk\s+unique\s+references$/);
    expect(id).toMatch(/^id\s+INTEGER\s+no\s+yes\s+yes$/);
    expect(pet).toMatch(/^pet\s+INTEGER\s+no\s+pets\(id\) on delete CASCADE$/);
    expect(at).toMatch(/^at\s+TEXT\s+yes\s+'now'$/);
    expect(indexHeader).toMatch(/^index\s+columns\s+unique\s+partial\s+made by$/);
    expect(indexes.join('\n')).toMatch(/visits_at\s+at\s+no\s+no\s+index/);
    expect(indexes.join('\n')).toMatch(/pet, at\s+yes\s+no\s+unique/);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'visits', primaryKey: ['id'] });
  });

  it('exits 1 with the 404 detail for a table that does not exist', async () => {
    expect(await strata(['describe', 'nowhere'])).toEqual({ code: 1, stdout: '', stderr: 'error: table "nowhere" does not exist (NOT_FOUND)\n' });
  });
});

describe('strata', () => {
  it('names the server it cannot reach and suggests strata serve', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const unreachable = await strata(['tables'], url);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain(`error: cannot reach a Strata server at ${url} (ECONNREFUSED); start one with \`strata serve\``);
  });

  it('takes --url before or after the command', async () => {
    const elsewhere = `http://127.0.0.1:${await closedPort()}`;
    const [before, after] = await Promise.all([strata(['--url', server.url, 'tables'], elsewhere), strata(['tables', '--url', server.url], elsewhere)]);
    expect(before).toMatchObject({ code: 0, stdout: expect.stringContaining('pets') });
    expect(after).toMatchObject({ code: 0, stdout: expect.stringContaining('pets') });
  });

  it('exits 2 on a command line it does not understand', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'no command given'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['sql'], 'strata sql takes one SQL argument (quote it)'],
      [['sql', 'SELECT 1', 'SELECT 2'], 'strata sql takes one SQL argument (quote it)'],
      [['sql', 'SELECT ?', '--param-json', 'not json'], '--param-json not json: not JSON'],
      [['tables', '--colour'], "Unknown option '--colour'"],
      [['tables', '--param', '1'], '--param and --param-json go with strata sql'],
      [['describe'], 'strata describe takes one table name'],
      [['tables', '--url', 'localhost:8080'], '--url / STRATA_URL: expected an http:// or https:// address, got "localhost:8080"'],
    ];
    const outcomes = await Promise.all(cases.map(([args]) => strata(args)));
    outcomes.forEach((outcome, index) => {
      expect(outcome).toMatchObject({ code: 2, stdout: '' });
      expect(outcome.stderr).toContain(`strata: ${cases[index]![1]}`);
      expect(outcome.stderr).toContain('Run "strata --help" for usage.');
    });
  });

  it('helps, and tells its version', async () => {
    const [help, helpCommand, sqlHelp, version] = await Promise.all([strata(['--help']), strata(['help']), strata(['sql', '--help']), strata(['--version'])]);
    for (const outcome of [help, helpCommand, sqlHelp]) {
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain('Usage: strata <command> [options]');
      expect(outcome.stdout).toContain('--param-json <json>');
    }
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('hands serve its own flags: its help, and exit 2 for a bad one', async () => {
    const [help, badPort] = await Promise.all([strata(['serve', '--help']), strata(['serve', '--port', 'abc'])]);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: strata serve [options]') });
    expect(help.stdout).toContain('--data-dir');
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('strata serve: --port / STRATA_PORT: expected a whole number from 0 to 65535, got "abc"');
  });
});
