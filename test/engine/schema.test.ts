import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
});

afterAll(() => engine.close());

describe('tables', () => {
  it('creates a table with keys, defaults, uniques and a foreign key, and describes it', async () => {
    await engine.schema.createTable({ name: 'teams', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true, autoIncrement: true }, { name: 'title', type: 'TEXT', unique: true }] });
    const table = await engine.schema.createTable({
      name: 'members',
      columns: [
        { name: 'id', type: 'INTEGER', primaryKey: true },
        { name: 'email', type: 'VARCHAR(255)', nullable: false, unique: true },
        { name: 'score', type: 'REAL', default: -1.5 },
        { name: 'active', type: 'BOOLEAN', default: true },
        { name: 'joined', type: 'TEXT', defaultExpression: 'CURRENT_TIMESTAMP' },
        { name: 'team', type: 'INTEGER', references: { table: 'teams', column: 'id', onDelete: 'CASCADE' } },
      ],
    });
    expect(table.primaryKey).toEqual(['id']);
    const byName = Object.fromEntries(table.columns.map((column) => [column.name, column]));
    expect(byName.id).toMatchObject({ type: 'INTEGER', primaryKey: true, nullable: false, unique: true });
    expect(byName.email).toMatchObject({ type: 'VARCHAR(255)', nullable: false, unique: true });
    expect(byName.score).toMatchObject({ default: '-1.5', nullable: true });
    expect(byName.active!.default).toBe('1');
    expect(byName.joined!.default).toBe('CURRENT_TIMESTAMP');
    expect(byName.team!.references).toEqual({ table: 'teams', column: 'id', onDelete: 'CASCADE', onUpdate: 'NO ACTION' });
    expect(table.indexes.map((index) => index.origin)).toEqual(['unique']);
    const row = await engine.data.insertRow('members', { email: 'a@b' });
    expect(row.data).toMatchObject({ score: -1.5, active: 1 });
    expect(typeof row.data.joined).toBe('string');
  });

  it('enforces foreign keys', async () => {
    expect(await errorCode(engine.data.insertRow('members', { email: 'x@y', team: 42 }))).toBe('CONSTRAINT_VIOLATION');
    const team = await engine.data.insertRow('teams', { title: 'red' });
    await engine.data.insertRow('members', { email: 'x@y', team: Number(team.id) });
    await engine.data.deleteRow('teams', team.id);
    // ON DELETE CASCADE took the member with it.
    expect(await engine.data.count('members', [{ field: 'email', operator: 'eq', value: 'x@y' }])).toBe(0);
  });

  it('creates composite keys and STRICT tables, and refuses bad definitions', async () => {
    const strict = await engine.schema.createTable({ name: 'strict_t', strict: true, columns: [{ name: 'a', type: 'INTEGER', primaryKey: true }, { name: 'b', type: 'TEXT', primaryKey: true }] });
    expect(strict).toMatchObject({ strict: true, primaryKey: ['a', 'b'] });
    expect(await errorCode(engine.data.insertRow('strict_t', { a: 'not a number', b: 'x' }))).toBe('CONSTRAINT_VIOLATION');
    expect(await errorCode(engine.schema.createTable({ name: 'strict_bad', strict: true, columns: [{ name: 'a', type: 'VARCHAR(10)' }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createTable({ name: 'dup_cols', columns: [{ name: 'a', type: 'TEXT' }, { name: 'A', type: 'TEXT' }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createTable({ name: 'bad_type', columns: [{ name: 'a', type: 'TEXT); DROP TABLE teams; --' }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createTable({ name: 'bad_auto', columns: [{ name: 'a', type: 'TEXT', primaryKey: true, autoIncrement: true }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createTable({ name: 'teams', columns: [{ name: 'a', type: 'TEXT' }] }))).toBe('ALREADY_EXISTS');
    const again = await engine.schema.createTable({ name: 'teams', columns: [{ name: 'a', type: 'TEXT' }], ifNotExists: true });
    expect(again.columns.map((column) => column.name)).toEqual(['id', 'title']);
  });

  it('quotes any name safely', async () => {
    const table = await engine.schema.createTable({ name: 'odd"name', columns: [{ name: 'my col', type: 'TEXT' }] });
    expect(table.name).toBe('odd"name');
    await engine.data.insertRow('odd"name', { 'my col': 'ok' });
    expect((await engine.data.queryTable('odd"name', {})).rows[0]!.data).toEqual({ 'my col': 'ok' });
  });

  it('alters a table: rename, add, drop and rename columns in one transaction', async () => {
    await engine.schema.createTable({ name: 'things', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'old', type: 'TEXT' }, { name: 'gone', type: 'TEXT' }] });
    await engine.data.insertRow('things', { old: 'value', gone: 'x' });
    const altered = await engine.schema.alterTable('things', { renameColumns: [{ from: 'old', to: 'fresh' }], dropColumns: ['gone'], addColumns: [{ name: 'extra', type: 'INTEGER', default: 7 }], renameTo: 'stuff' });
    expect(altered.name).toBe('stuff');
    expect(altered.columns.map((column) => column.name)).toEqual(['id', 'fresh', 'extra']);
    expect((await engine.data.row('stuff', '1'))!.data).toEqual({ id: 1, fresh: 'value', extra: 7 });
    expect(await errorCode(engine.schema.table('things'))).toBe('NOT_FOUND');
    // A failing step undoes the whole alteration.
    expect(await errorCode(engine.schema.alterTable('stuff', { addColumns: [{ name: 'ok', type: 'TEXT' }], dropColumns: ['missing'] }))).toBe('SQL_ERROR');
    expect((await engine.schema.table('stuff')).columns.map((column) => column.name)).toEqual(['id', 'fresh', 'extra']);
    expect(await errorCode(engine.schema.alterTable('stuff', { addColumns: [{ name: 'k', type: 'INTEGER', primaryKey: true }] }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.alterTable('nothing', { renameTo: 'x' }))).toBe('NOT_FOUND');
  });

  it('drops tables, with ifExists for missing ones', async () => {
    await engine.schema.createTable({ name: 'doomed', columns: [{ name: 'a', type: 'TEXT' }] });
    const dropped = await engine.schema.dropTable('doomed');
    expect(dropped).toMatchObject({ name: 'doomed', dropped: true });
    expect(dropped.scn).toBe(engine.flashback.currentScn().scn);
    expect(await engine.schema.dropTable('doomed', true)).toEqual({ name: 'doomed', dropped: false, scn: null });
    expect(await errorCode(engine.schema.dropTable('doomed'))).toBe('NOT_FOUND');
  });

  it('lists the main schema, and only it', async () => {
    const [main] = await engine.schema.schemas();
    expect(main!.name).toBe('main');
    expect(main!.tables.map((table) => table.name)).toContain('members');
    expect(main!.tables.some((table) => table.name.startsWith('_strata_'))).toBe(false);
    expect(await errorCode(engine.schema.schema('temp'))).toBe('NOT_FOUND');
  });
});

describe('indexes and views', () => {
  it('creates and drops indexes, and refuses to drop a constraint index', async () => {
    const index = await engine.schema.createIndex('members', { name: 'members_by_score', columns: ['score', 'email'], unique: false });
    expect(index).toMatchObject({ name: 'members_by_score', table: 'members', columns: ['score', 'email'], unique: false, origin: 'index' });
    const plan = await engine.query.explainQuery('SELECT * FROM members WHERE score > ?', [1]);
    expect(plan.plan[0]).toMatchObject({ operation: 'SEARCH', table: 'members', index: 'members_by_score' });
    expect(await errorCode(engine.schema.createIndex('members', { name: 'members_by_score', columns: ['score'] }))).toBe('ALREADY_EXISTS');
    expect(await errorCode(engine.schema.createIndex('members', { name: 'bad', columns: ['nope'] }))).toBe('VALIDATION_FAILED');
    const unique = (await engine.schema.indexes('members')).find((candidate) => candidate.origin === 'unique')!;
    expect(await errorCode(engine.schema.dropIndex('members', unique.name))).toBe('CONFLICT');
    expect((await engine.schema.dropIndex('members', 'members_by_score')).dropped).toBe(true);
    expect(await errorCode(engine.schema.dropIndex('members', 'members_by_score'))).toBe('NOT_FOUND');
    expect((await engine.schema.dropIndex('members', 'members_by_score', true)).dropped).toBe(false);
  });

  it('creates views from one SELECT and drops them', async () => {
    const view = await engine.schema.createView({ name: 'high_scores', select: 'SELECT email, score FROM members WHERE score > 0' });
    expect(view.columns.map((column) => column.name)).toEqual(['email', 'score']);
    expect((await engine.schema.views()).map((candidate) => candidate.name)).toEqual(['high_scores']);
    expect(await errorCode(engine.schema.createView({ name: 'two', select: 'SELECT 1; SELECT 2' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createView({ name: 'writes', select: 'DELETE FROM members' }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.schema.createView({ name: 'sneaky', select: 'SELECT * FROM _strata_changes' }))).toBe('STATEMENT_NOT_ALLOWED');
    expect((await engine.schema.dropView('high_scores')).dropped).toBe(true);
    expect(await errorCode(engine.schema.view('high_scores'))).toBe('NOT_FOUND');
  });
});
