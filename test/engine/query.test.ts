import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;
/** A statement that runs for a long time inside SQLite (no row until the end). */
const LONG_STATEMENT = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000000) SELECT count(*) AS n FROM c';

beforeAll(async () => {
  engine = await openTestEngine({ statementTimeoutMs: 10_000 });
  await engine.query.executeSql({ sql: 'CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT, qty INTEGER, data BLOB)' });
});

afterAll(() => engine.close());

describe('executeSql', () => {
  it('runs a script as one transaction and reports the last rows, the total changes and the SCN', async () => {
    const result = await engine.query.executeSql({ sql: "INSERT INTO items (label, qty) VALUES ('a', 1), ('b', 2); INSERT INTO items (label, qty) VALUES ('c', 3); SELECT label FROM items ORDER BY id" });
    expect(result).toMatchObject({ rowsAffected: 3, lastInsertRowid: 3, statements: 3, truncated: false, rows: [{ label: 'a' }, { label: 'b' }, { label: 'c' }] });
    expect(result.columns).toEqual([{ name: 'label', type: 'TEXT', table: 'items' }]);
    expect(result.scn).toBe(engine.flashback.currentScn().scn);
  });

  it('commits nothing of a script that fails part way', async () => {
    const before = engine.flashback.currentScn().scn;
    expect(await errorCode(engine.query.executeSql({ sql: "INSERT INTO items (label) VALUES ('x'); INSERT INTO nowhere VALUES (1)" }))).toBe('SQL_ERROR');
    expect(await engine.data.count('items', [{ field: 'label', operator: 'eq', value: 'x' }])).toBe(0);
    expect(engine.flashback.currentScn().scn).toBe(before);
  });

  it('binds positional parameters across a script and named ones by name', async () => {
    const positional = await engine.query.executeSql({ sql: 'SELECT ? AS a, ? AS b; SELECT ? AS c', params: [1, 'two', { $hex: 'ff' }] });
    expect(positional.rows).toEqual([{ c: { $hex: 'ff' } }]);
    const named = await engine.query.executeSql({ sql: 'SELECT :x AS x, @y AS y, $x AS again', params: { x: 5, '@y': true } });
    expect(named.rows).toEqual([{ x: 5, y: 1, again: 5 }]);
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT ?, ?', params: [1] }))).toBe('SQL_ERROR');
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT :x', params: { x: 1, y: 2 } }))).toBe('SQL_ERROR');
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT :x', params: {} }))).toBe('SQL_ERROR');
  });

  it('returns rows as arrays on request, and cuts results at maxRows', async () => {
    const arrays = await engine.query.executeSql({ sql: 'SELECT 1 AS n, 2 AS n', rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, 2]]);
    const cut = await engine.query.executeSql({ sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 50) SELECT x FROM c', maxRows: 10 });
    expect(cut.rows).toHaveLength(10);
    expect(cut.truncated).toBe(true);
  });

  it('counts the rows of a RETURNING write in full even when it cuts them', async () => {
    const result = await engine.query.executeSql({ sql: "INSERT INTO items (label) VALUES ('r1'), ('r2'), ('r3') RETURNING id", maxRows: 1 });
    expect(result).toMatchObject({ rowsAffected: 3, truncated: true });
    expect(result.rows).toHaveLength(1);
    expect(await engine.data.count('items', [{ field: 'label', operator: 'like', value: 'r%' }])).toBe(3);
  });

  it('refuses writes when asked for reads only', async () => {
    expect(await errorCode(engine.query.executeSql({ sql: 'DELETE FROM items', readOnly: true }))).toBe('READ_ONLY');
    expect((await engine.query.executeSql({ sql: 'SELECT count(*) AS n FROM items', readOnly: true })).rows).toHaveLength(1);
  });

  it('refuses transaction control, ATTACH and the change log, with reasons', async () => {
    expect(await errorCode(engine.query.executeSql({ sql: 'BEGIN; SELECT 1; COMMIT' }))).toBe('STATEMENT_NOT_ALLOWED');
    expect(await errorCode(engine.query.executeSql({ sql: "ATTACH '/tmp/x.db' AS x" }))).toBe('STATEMENT_NOT_ALLOWED');
    expect(await errorCode(engine.query.executeSql({ sql: 'DELETE FROM _strata_changes' }))).toBe('STATEMENT_NOT_ALLOWED');
    expect(await errorCode(engine.query.executeSql({ sql: 'PRAGMA foreign_keys = OFF' }))).toBe('STATEMENT_NOT_ALLOWED');
    expect(await errorCode(engine.query.executeSql({ sql: 'SELECT strata_interrupt(0)' }))).toBe('SQL_ERROR');
  });

  it('runs VACUUM on its own, outside a transaction', async () => {
    expect(await engine.query.executeSql({ sql: 'VACUUM' })).toMatchObject({ statements: 1, scn: null });
  });

  it('reports SQL errors with SQLite message and the failing statement', async () => {
    await expect(engine.query.executeSql({ sql: 'SELECT 1; SELEC 2' })).rejects.toThrow(/statement 2: near "SELEC": syntax error/);
  });
});

describe('statement timeout', () => {
  it('really stops a long statement at its timeout, and the engine keeps serving meanwhile', async () => {
    const started = performance.now();
    const long = errorCode(engine.query.executeSql({ sql: LONG_STATEMENT, timeoutMs: 300 }));
    // Other work is served while the long statement runs.
    expect(await engine.data.count('items')).toBeGreaterThan(0);
    expect(await long).toBe('STATEMENT_TIMEOUT');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2_000);
    // The session that ran it is usable again.
    for (let i = 0; i < 4; i++) expect((await engine.query.executeSql({ sql: 'SELECT 1 AS one' })).rows).toEqual([{ one: 1 }]);
  });

  it('rolls back what the stopped statement wrote', async () => {
    const before = await engine.data.count('items');
    const sql = `INSERT INTO items (label) SELECT 'bulk' FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100000000) SELECT x FROM c)`;
    expect(await errorCode(engine.query.executeSql({ sql, timeoutMs: 200 }))).toBe('STATEMENT_TIMEOUT');
    expect(await engine.data.count('items')).toBe(before);
  });
});

describe('explainQuery', () => {
  it('returns the plan as a tree', async () => {
    const plan = await engine.query.explainQuery('SELECT * FROM items WHERE id = ? UNION SELECT * FROM items WHERE label = ?', [1, 'a']);
    // The UNION is the root; the two searches hang below it.
    expect(plan.plan).toHaveLength(1);
    expect(plan.plan[0]!.detail).toMatch(/UNION/);
    expect(plan.plan[0]!.children.length).toBeGreaterThanOrEqual(2);
    const leaves = JSON.stringify(plan.plan);
    expect(leaves).toContain('SEARCH items USING INTEGER PRIMARY KEY (rowid=?)');
    expect(leaves).toContain('SCAN items');
    expect(await errorCode(engine.query.explainQuery('SELECT 1; SELECT 2'))).toBe('VALIDATION_FAILED');
  });
});

describe('streamQuery', () => {
  it('streams rows in batches until done', async () => {
    const stream = await engine.query.streamQuery('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2500) SELECT x FROM c', undefined, 1000, null);
    expect(stream.columns.map((column) => column.name)).toEqual(['x']);
    const sizes: number[] = [];
    for (let rows = await stream.next(); rows !== null; rows = await stream.next()) sizes.push(rows.length);
    expect(sizes).toEqual([1000, 1000, 500]);
  });

  it('cancels a stream and frees its session', async () => {
    for (let i = 0; i < 20; i++) {
      const stream = await engine.query.streamQuery('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c', undefined, 100, null);
      expect(await stream.next()).toHaveLength(100);
      await stream.cancel();
    }
    // More than maxStreams (16) were opened in turn: each cancel gave its slot back.
    expect((await engine.query.executeSql({ sql: 'SELECT 2 AS two' })).rows).toEqual([{ two: 2 }]);
  });

  it('streams only statements that read', async () => {
    expect(await errorCode(engine.query.streamQuery('DELETE FROM items', undefined, 10, null))).toBe('READ_ONLY');
  });
});
