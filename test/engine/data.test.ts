import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
  await engine.schema.createTable({
    name: 'people',
    columns: [
      { name: 'id', type: 'INTEGER', primaryKey: true },
      { name: 'name', type: 'TEXT', nullable: false },
      { name: 'age', type: 'INTEGER' },
      { name: 'city', type: 'TEXT', default: 'Paris' },
      { name: 'photo', type: 'BLOB' },
    ],
  });
  await engine.data.insertRows(
    'people',
    [
      ['ada', 36, 'London'],
      ['bob', 25, 'Paris'],
      ['cyd', 25, 'Berlin'],
      ['dan', null, 'Paris'],
      ['eve', 41, 'London'],
      ['fay', 30, null],
    ].map(([name, age, city]) => ({ name, age, city })),
  );
});

afterAll(() => engine.close());

const names = (rows: Array<{ data: Record<string, unknown> }>) => rows.map((row) => row.data.name);

describe('rows by key', () => {
  it('inserts with defaults and returns the stored row with its SCN', async () => {
    const row = await engine.data.insertRow('people', { name: 'gus', age: 50, photo: { $hex: '00ff10' } });
    expect(row.data).toEqual({ id: 7, name: 'gus', age: 50, city: 'Paris', photo: { $hex: '00ff10' } });
    expect(row.id).toBe('7');
    expect(row.scn).toBe(engine.flashback.currentScn().scn);
    expect((await engine.data.row('people', '7'))!.data.photo).toEqual({ $hex: '00ff10' });
  });

  it('updates, replaces and deletes by key', async () => {
    const inserted = await engine.data.insertRow('people', { name: 'hal', age: 60, city: 'Rome' });
    const updated = await engine.data.updateRow('people', inserted.id, { age: 61 });
    expect(updated.data).toMatchObject({ name: 'hal', age: 61, city: 'Rome' });
    const replaced = await engine.data.replaceRow('people', inserted.id, { name: 'hal' });
    // Columns not given go back to their defaults.
    expect(replaced.data).toMatchObject({ name: 'hal', age: null, city: 'Paris' });
    const deleted = await engine.data.deleteRow('people', inserted.id);
    expect(deleted.data.name).toBe('hal');
    expect(await engine.data.row('people', inserted.id)).toBeNull();
    expect(await errorCode(engine.data.row('nobody', '1'))).toBe('NOT_FOUND');
    expect(await errorCode(engine.data.deleteRow('people', inserted.id))).toBe('NOT_FOUND');
  });

  it('stores booleans as 1/0 and objects as JSON text', async () => {
    const row = await engine.data.insertRow('people', { name: { first: 'ivy' }, age: true });
    expect(row.data).toMatchObject({ name: '{"first":"ivy"}', age: 1 });
    await engine.data.deleteRow('people', row.id);
  });

  it('refuses unknown columns, unknown tables, constraint violations and a changed key on replace', async () => {
    expect(await errorCode(engine.data.insertRow('people', { nope: 1 }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.insertRow('nobody', { name: 'x' }))).toBe('NOT_FOUND');
    expect(await errorCode(engine.data.insertRow('people', { id: 1, name: 'dup' }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.data.insertRow('people', { age: 3 }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.data.replaceRow('people', '1', { id: 2, name: 'x' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.updateRow('people', '1', {}))).toBe('VALIDATION_FAILED');
  });

  it('inserts a batch in one transaction: all rows or none', async () => {
    const before = await engine.data.count('people');
    expect(await errorCode(engine.data.insertRows('people', [{ name: 'ok' }, { name: null }]))).toBe('CONSTRAINT_VIOLATION');
    expect(await engine.data.count('people')).toBe(before);
    const { rows, scn } = await engine.data.insertRows('people', [{ name: 'jo' }, { name: 'kim' }]);
    expect(names(rows)).toEqual(['jo', 'kim']);
    expect(scn).toBe(engine.flashback.currentScn().scn);
    await engine.data.deleteRows('people', { filter: [{ field: 'name', operator: 'in', value: ['jo', 'kim'] }] });
  });
});

describe('tables without a single-column key', () => {
  it('identifies rows of a table without a declared key by rowid', async () => {
    await engine.schema.createTable({ name: 'notes', columns: [{ name: 'text', type: 'TEXT' }] });
    const row = await engine.data.insertRow('notes', { text: 'hello' });
    expect(row).toMatchObject({ id: '1', data: { text: 'hello' } });
    expect((await engine.data.row('notes', '1'))!.data).toEqual({ text: 'hello' });
    expect(await errorCode(engine.data.row('notes', 'abc'))).toBe('VALIDATION_FAILED');
  });

  it('identifies rows of a composite key by a JSON array', async () => {
    await engine.schema.createTable({
      name: 'grades',
      columns: [
        { name: 'student', type: 'TEXT', primaryKey: true },
        { name: 'course', type: 'INTEGER', primaryKey: true },
        { name: 'grade', type: 'REAL' },
      ],
    });
    const row = await engine.data.insertRow('grades', { student: 'ada', course: 101, grade: 3.5 });
    expect(row.id).toBe('["ada",101]');
    expect((await engine.data.row('grades', '["ada",101]'))!.data.grade).toBe(3.5);
    expect(await errorCode(engine.data.row('grades', 'ada'))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.row('grades', '["ada"]'))).toBe('VALIDATION_FAILED');
  });
});

describe('queryTable', () => {
  it('filters with every operator', async () => {
    const query = async (filter: Parameters<Engine['data']['queryTable']>[1]['filter']) => names((await engine.data.queryTable('people', { filter, sort: [{ field: 'name', direction: 'ASC' }] })).rows);
    expect(await query([{ field: 'city', operator: 'eq', value: 'Paris' }])).toEqual(['bob', 'dan', 'gus']);
    expect(await query([{ field: 'city', operator: 'ne', value: 'Paris' }])).toEqual(['ada', 'cyd', 'eve']);
    expect(await query([{ field: 'age', operator: 'lt', value: 30 }])).toEqual(['bob', 'cyd']);
    expect(await query([{ field: 'age', operator: 'lte', value: '30' }])).toEqual(['bob', 'cyd', 'fay']);
    expect(await query([{ field: 'age', operator: 'gt', value: 36 }])).toEqual(['eve', 'gus']);
    expect(await query([{ field: 'age', operator: 'gte', value: 36 }, { field: 'city', operator: 'eq', value: 'London' }])).toEqual(['ada', 'eve']);
    expect(await query([{ field: 'name', operator: 'in', value: ['ada', 'zed', 'eve'] }])).toEqual(['ada', 'eve']);
    expect(await query([{ field: 'name', operator: 'like', value: '%Y%' }])).toEqual(['cyd', 'fay']);
    expect(await query([{ field: 'age', operator: 'isNull' }])).toEqual(['dan']);
    expect(await query([{ field: 'city', operator: 'isNull', value: false }, { field: 'age', operator: 'isNull', value: false }])).toEqual(['ada', 'bob', 'cyd', 'eve', 'gus']);
    expect(await query([{ field: 'city', operator: 'eq', value: null }])).toEqual(['fay']);
  });

  it('rejects filters on unknown columns and bad operands', async () => {
    expect(await errorCode(engine.data.queryTable('people', { filter: [{ field: 'nope', operator: 'eq', value: 1 }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.queryTable('people', { filter: [{ field: 'age', operator: 'in', value: [] }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.queryTable('people', { filter: [{ field: 'age', operator: 'gt', value: [1] }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.queryTable('people', { sort: [{ field: 'nope', direction: 'ASC' }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.queryTable('people', { limit: 5000 }))).toBe('VALIDATION_FAILED');
  });

  it('sorts with ties broken by the key, and pages with limit and offset', async () => {
    const page = await engine.data.queryTable('people', { sort: [{ field: 'age', direction: 'DESC' }], limit: 3, offset: 1, includeTotal: true });
    expect(names(page.rows)).toEqual(['eve', 'ada', 'fay']);
    expect(page.total).toBe(7);
    expect(page.nextCursor).not.toBeNull();
  });

  it('walks every row exactly once with cursors, in mixed directions with NULLs', async () => {
    const sort = [
      { field: 'city', direction: 'DESC' as const },
      { field: 'age', direction: 'ASC' as const },
    ];
    const everything = names((await engine.data.queryTable('people', { sort, limit: 100 })).rows);
    const walked: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await engine.data.queryTable('people', { sort, limit: 2, cursor });
      walked.push(...names(page.rows));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(everything);
    expect(everything).toHaveLength(7);
  });

  it('refuses a cursor of another sort order and a forged cursor', async () => {
    const page = await engine.data.queryTable('people', { sort: [{ field: 'age', direction: 'ASC' }], limit: 1 });
    expect(await errorCode(engine.data.queryTable('people', { sort: [{ field: 'name', direction: 'ASC' }], cursor: page.nextCursor! }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.queryTable('people', { cursor: 'not-a-cursor' }))).toBe('VALIDATION_FAILED');
  });
});

describe('bulk writes, count and aggregates', () => {
  it('counts with a filter', async () => {
    expect(await engine.data.count('people')).toBe(7);
    expect(await engine.data.count('people', [{ field: 'city', operator: 'eq', value: 'London' }])).toBe(2);
  });

  it('aggregates, with and without groups', async () => {
    const overall = await engine.data.aggregate('people', {
      aggregates: [
        { function: 'COUNT', field: '*' },
        { function: 'COUNT', field: 'age' },
        { function: 'SUM', field: 'age' },
        { function: 'MIN', field: 'age' },
        { function: 'MAX', field: 'name' },
      ],
    });
    expect(overall.groups).toEqual([
      {
        key: {},
        results: [
          { function: 'COUNT', field: '*', value: 7 },
          { function: 'COUNT', field: 'age', value: 6 },
          { function: 'SUM', field: 'age', value: 207 },
          { function: 'MIN', field: 'age', value: 25 },
          { function: 'MAX', field: 'name', value: 'gus' },
        ],
      },
    ]);
    const byCity = await engine.data.aggregate('people', { aggregates: [{ function: 'AVG', field: 'age' }], groupBy: ['city'], filter: [{ field: 'city', operator: 'isNull', value: false }] });
    expect(byCity.groups.map((group) => [group.key.city, group.results[0]!.value])).toEqual([
      ['Berlin', 25],
      ['London', 38.5],
      ['Paris', 37.5],
    ]);
    expect(await errorCode(engine.data.aggregate('people', { aggregates: [{ function: 'SUM', field: '*' }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.data.aggregate('people', { aggregates: [{ function: 'SUM', field: 'age' }], groupBy: ['nope'] }))).toBe('VALIDATION_FAILED');
  });

  it('updates and deletes by filter, and needs all=true to touch every row', async () => {
    await engine.schema.createTable({ name: 'scratch', columns: [{ name: 'n', type: 'INTEGER' }] });
    await engine.data.insertRows('scratch', [{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await errorCode(engine.data.updateRows('scratch', {}, { n: 0 }))).toBe('VALIDATION_FAILED');
    expect(await engine.data.updateRows('scratch', { filter: [{ field: 'n', operator: 'gte', value: 2 }] }, { n: 9 })).toMatchObject({ rowsAffected: 2 });
    expect(await engine.data.count('scratch', [{ field: 'n', operator: 'eq', value: 9 }])).toBe(2);
    expect(await errorCode(engine.data.deleteRows('scratch', {}))).toBe('VALIDATION_FAILED');
    const deleted = await engine.data.deleteRows('scratch', { all: true });
    expect(deleted.rowsAffected).toBe(3);
    expect(deleted.scn).toBe(engine.flashback.currentScn().scn);
    expect(await engine.data.deleteRows('scratch', { all: true })).toEqual({ rowsAffected: 0, scn: null });
  });
});
