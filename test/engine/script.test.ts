import { describe, expect, it } from 'vitest';
import { checkedStatements } from '../../engine/storage/sqlite/sqlite-policy.js';
import { splitScript } from '../../engine/storage/sqlite/sqlite-script.js';

describe('splitScript', () => {
  it('splits on semicolons outside strings, identifiers and comments', () => {
    const statements = splitScript(`
      SELECT 'a;b' AS "x;y", [c;d], \`e;f\`; -- a comment; with a semicolon
      /* block; comment */ INSERT INTO t VALUES (1);;
      SELECT 'it''s; fine'
    `);
    expect(statements.map((statement) => statement.keyword)).toEqual(['SELECT', 'INSERT', 'SELECT']);
    expect(statements[0]!.sql).toBe(`SELECT 'a;b' AS "x;y", [c;d], \`e;f\``);
    expect(statements[2]!.sql).toBe("SELECT 'it''s; fine'");
  });

  it('keeps a trigger body, with its semicolons and CASE ... END, in one statement', () => {
    const statements = splitScript(`
      CREATE TRIGGER audit AFTER INSERT ON t BEGIN
        INSERT INTO log VALUES (CASE WHEN new.x > 1 THEN 'big' ELSE 'small' END);
        UPDATE counter SET n = n + 1;
      END;
      SELECT 1`);
    expect(statements).toHaveLength(2);
    expect(statements[0]!.kind).toBe('schema');
    expect(statements[0]!.sql.endsWith('END')).toBe(true);
  });

  it('counts positional slots and names parameters', () => {
    const [first, second, third] = splitScript("SELECT ?, ?, '?'; SELECT ?3, :a, @b, $c, :a; SELECT 1");
    expect(first!.positionalSlots).toBe(2);
    expect(second!.positionalSlots).toBe(3);
    expect(second!.namedParameters).toEqual(['a', 'b', 'c']);
    expect(third!.positionalSlots).toBe(0);
  });

  it('classifies statements', () => {
    const kinds = splitScript('select 1; with x as (select 1) select * from x; create table t(a); begin; attach "f" as g; pragma user_version = 3; vacuum; insert into t values (1)').map(
      (statement) => statement.kind,
    );
    expect(kinds).toEqual(['query', 'query', 'schema', 'transaction-control', 'attach', 'pragma', 'vacuum', 'other']);
  });

  it('reads pragma names and whether they set something', () => {
    expect(splitScript('PRAGMA main.table_info(users)')[0]!.pragma).toEqual({ name: 'table_info', assigns: false, argument: true });
    expect(splitScript('PRAGMA journal_mode = DELETE')[0]!.pragma).toEqual({ name: 'journal_mode', assigns: true, argument: false });
    expect(splitScript('PRAGMA user_version')[0]!.pragma).toEqual({ name: 'user_version', assigns: false, argument: false });
  });

  it('names the table a DROP TABLE, ALTER TABLE or CREATE TRIGGER changes', () => {
    const targets = splitScript(`
      DROP TABLE ledger; drop table if exists main."Ledger 2"; ALTER TABLE [l3] ADD COLUMN x;
      CREATE TEMP TRIGGER IF NOT EXISTS t AFTER UPDATE OF a, b ON main.l4 BEGIN SELECT 1; END;
      CREATE INDEX i ON l5 (a); DROP TRIGGER t; DROP VIEW v; CREATE TABLE l6 (a); SELECT 1
    `).map((statement) => statement.schemaTarget ?? null);
    expect(targets).toEqual([
      { action: 'DROP TABLE', table: 'ledger' },
      { action: 'DROP TABLE', table: 'Ledger 2' },
      { action: 'ALTER TABLE', table: 'l3' },
      { action: 'CREATE TRIGGER', table: 'l4' },
      null, null, null, null, null,
    ]);
  });

  it('rejects unterminated strings', () => {
    expect(() => splitScript("SELECT 'oops")).toThrow(/unterminated string/);
  });
});

describe('checkedStatements', () => {
  const check = (sql: string) => () => checkedStatements(sql, { transactionHint: 'use the API' });

  it.each([
    ['BEGIN', /BEGIN is not allowed here: use the API/],
    ['select 1; COMMIT', /statement 2: COMMIT is not allowed/],
    ["ATTACH 'other.db' AS other", /the server manages which database files are open/],
    ['PRAGMA journal_mode = DELETE', /PRAGMA journal_mode changes connection or storage settings/],
    ['PRAGMA cache_size(10)', /PRAGMA cache_size changes/],
    ['SELECT * FROM _strata_changes', /_strata_changes is reserved/],
    ['SELECT * FROM "_STRATA_commits"', /_STRATA_commits is reserved/],
    ['VACUUM; SELECT 1', /VACUUM cannot run inside a transaction/],
    ['  -- only a comment', /holds no statement/],
  ])('refuses %s', (sql, message) => {
    expect(check(sql)).toThrow(message);
  });

  it('allows reads of pragmas, settable pragmas, strings mentioning reserved names, and VACUUM alone', () => {
    expect(check('PRAGMA table_info(users); PRAGMA user_version = 7; PRAGMA integrity_check')).not.toThrow();
    expect(check("SELECT '_strata_changes' AS name")).not.toThrow();
    expect(check('VACUUM')).not.toThrow();
  });
});
