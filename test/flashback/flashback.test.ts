import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlashbackEvent } from '../../engine/modules/flashback/flashback.js';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;
const events: FlashbackEvent[] = [];

beforeAll(async () => {
  engine = await openTestEngine();
  engine.events.subscribe('flashback.operation', (event) => events.push(event));
});

afterAll(() => engine.close());

const scn = () => engine.flashback.currentScn().scn;
const labels = async (table: string) => (await engine.data.queryTable(table, { limit: 1000 })).rows.map((row) => row.data.label);

async function itemsTable(name: string): Promise<void> {
  await engine.schema.createTable({ name, columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'label', type: 'TEXT' }, { name: 'n', type: 'INTEGER' }] });
}

describe('flashback query and versions', () => {
  it('shows rows as they were at an SCN, a time and a restore point, filtered like live rows', async () => {
    await itemsTable('fq');
    const empty = scn();
    await engine.data.insertRows('fq', [{ label: 'a', n: 1 }, { label: 'b', n: 2 }]);
    const two = scn();
    await engine.flashback.createRestorePoint({ name: 'fq_two' });
    await engine.data.updateRow('fq', '1', { label: 'A' });
    await engine.data.deleteRow('fq', '2');
    await engine.data.insertRow('fq', { label: 'c', n: 3 });
    expect((await engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: empty } })).rows).toEqual([]);
    const atTwo = await engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: two } });
    expect(atTwo).toMatchObject({ table: 'fq', scn: two, truncated: false, rows: [{ id: '1', data: { id: 1, label: 'a', n: 1 } }, { id: '2', data: { id: 2, label: 'b', n: 2 } }] });
    expect((await engine.flashback.flashbackQuery({ table: 'fq', asOf: { restorePoint: 'fq_two' } })).rows).toEqual(atTwo.rows);
    expect((await engine.flashback.flashbackQuery({ table: 'fq', asOf: { timestamp: new Date().toISOString() } })).rows.map((row) => row.data.label)).toEqual(['A', 'c']);
    const filtered = await engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: two }, filter: [{ field: 'n', operator: 'gte', value: 2 }] });
    expect(filtered.rows.map((row) => row.id)).toEqual(['2']);
    const limited = await engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: two }, limit: 1 });
    expect(limited).toMatchObject({ truncated: true, rows: [{ id: '1' }] });
    expect(events.at(-1)).toMatchObject({ operation: 'query', tables: ['fq'], targetScn: two, rows: 1 });
  });

  it('refuses unknown tables and columns, bad limits and points out of reach', async () => {
    expect(await errorCode(engine.flashback.flashbackQuery({ table: 'nope', asOf: { scn: 0 } }))).toBe('NOT_FOUND');
    await expect(engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: 0 }, filter: [{ field: 'nope', operator: 'eq', value: 1 }] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ pointer: '/body/filter/0' }] });
    expect(await errorCode(engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: 0 }, limit: 0 }))).toBe('VALIDATION_FAILED');
    await expect(engine.flashback.flashbackQuery({ table: 'fq', asOf: { scn: scn() + 5 } })).rejects.toMatchObject({ details: [{ pointer: '/body/asOf/scn' }] });
  });

  it('lists every version between two points with its start and end SCN, operation and transaction', async () => {
    await itemsTable('fv');
    await engine.data.insertRow('fv', { label: 'old', n: 0 });
    const from = scn();
    const transaction = await engine.transactions.beginTransaction();
    await engine.data.updateRow('fv', '1', { label: 'new' }, { transactionId: transaction.id });
    await engine.data.insertRow('fv', { label: 'second', n: 5 }, { transactionId: transaction.id });
    await engine.transactions.commitTransaction(transaction.id);
    const updated = scn();
    await engine.data.deleteRow('fv', '1');
    const to = scn();
    await engine.data.insertRow('fv', { label: 'after', n: 9 });
    const result = await engine.flashback.flashbackVersions({ table: 'fv', from: { scn: from }, to: { scn: to } });
    expect(result).toMatchObject({ fromScn: from, toScn: to, truncated: false });
    expect(result.versions.map((version) => [version.rowId, version.operation, version.startScn, version.endScn, version.data.label])).toEqual([
      ['1', null, null, updated, 'old'],
      ['1', 'UPDATE', updated, to, 'new'],
      ['2', 'INSERT', updated, null, 'second'],
      ['1', 'DELETE', to, null, 'new'],
    ]);
    expect(result.versions[1]!.transactionId).toBe(transaction.id);
    const filtered = await engine.flashback.flashbackVersions({ table: 'fv', from: { scn: from }, to: { scn: to }, filter: [{ field: 'label', operator: 'like', value: 'n%' }] });
    expect(filtered.versions.map((version) => version.operation)).toEqual(['UPDATE', 'DELETE']);
    await expect(engine.flashback.flashbackVersions({ table: 'fv', from: { scn: to }, to: { scn: from } })).rejects.toMatchObject({ details: [{ pointer: '/body/from' }] });
  });
});

describe('flashback table, database and transaction', () => {
  it('restores a table as a new transaction, which can itself be undone', async () => {
    await itemsTable('ft');
    await engine.data.insertRows('ft', [{ label: 'a', n: 1 }, { label: 'b', n: 2 }]);
    const point = scn();
    await engine.data.updateRow('ft', '1', { label: 'changed' });
    await engine.data.insertRow('ft', { label: 'extra', n: 3 });
    await engine.data.deleteRow('ft', '2');
    const result = await engine.flashback.flashbackTable({ table: 'ft', to: { scn: point } });
    expect(result).toMatchObject({ targetScn: point, scn: point + 4, rowsChanged: 3, tables: [{ table: 'ft', inserted: 1, updated: 1, deleted: 1 }], skippedTables: [] });
    expect(await labels('ft')).toEqual(['a', 'b']);
    const again = await engine.flashback.flashbackTable({ table: 'ft', to: { scn: point } });
    expect(again).toMatchObject({ rowsChanged: 0, scn: null, tables: [] });
    const undone = await engine.flashback.flashbackTransaction({ transactionId: result.transactionId });
    expect(undone).toMatchObject({ reversed: [{ scn: result.scn, transactionId: result.transactionId }], rowsChanged: 3 });
    expect(await labels('ft')).toEqual(['changed', 'extra']);
    expect(events.find((event) => event.operation === 'table' && event.scn === result.scn)).toMatchObject({ tables: ['ft'], targetScn: point, scn: result.scn, rows: 3 });
  });

  it('refuses to reverse a transaction when later work touched its rows, unless cascade is asked for', async () => {
    await itemsTable('fx');
    const first = await engine.data.insertRow('fx', { label: 'one', n: 1 });
    await engine.data.insertRow('fx', { label: 'untouched', n: 2 });
    const later = await engine.data.updateRow('fx', first.id, { label: 'two' });
    await expect(engine.flashback.flashbackTransaction({ scn: first.scn })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`SCN ${later.scn}`) });
    expect(await labels('fx')).toEqual(['two', 'untouched']);
    const cascaded = await engine.flashback.flashbackTransaction({ scn: first.scn, cascade: true });
    expect(cascaded.reversed.map((commit) => commit.scn)).toEqual([first.scn, later.scn]);
    expect(await labels('fx')).toEqual(['untouched']);
    expect(await errorCode(engine.flashback.flashbackTransaction({ scn: 10_000_000 }))).toBe('NOT_FOUND');
    expect(await errorCode(engine.flashback.flashbackTransaction({}))).toBe('VALIDATION_FAILED');
  });

  it('reverses an update that changed the key', async () => {
    await itemsTable('fk');
    await engine.data.insertRow('fk', { id: 1, label: 'x', n: 1 });
    const moved = await engine.data.updateRow('fk', '1', { id: 7 });
    expect((await engine.data.queryTable('fk', {})).rows.map((row) => row.id)).toEqual(['7']);
    await engine.flashback.flashbackTransaction({ scn: moved.scn });
    expect((await engine.data.queryTable('fk', {})).rows.map((row) => row.id)).toEqual(['1']);
  });

  it('restores every table, refusing while another transaction is open', async () => {
    await engine.schema.createTable({ name: 'fd_plain', columns: [{ name: 'label', type: 'TEXT' }] });
    await engine.data.insertRow('fd_plain', { label: 'kept' });
    const point = scn();
    await engine.data.insertRow('fd_plain', { label: 'gone' });
    await engine.data.insertRow('fq', { label: 'gone too', n: 4 });
    const open = await engine.transactions.beginTransaction();
    await expect(engine.flashback.flashbackDatabase({ to: { scn: point } })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(open.id) });
    await engine.transactions.rollbackTransaction(open.id);
    const result = await engine.flashback.flashbackDatabase({ to: { scn: point } });
    expect(result.tables.map((table) => table.table).sort()).toEqual(['fd_plain', 'fq']);
    expect(await labels('fd_plain')).toEqual(['kept']);
    expect(await labels('fq')).not.toContain('gone too');
  });
});

describe('restore points, retention and stats', () => {
  it('creates, lists and drops restore points, refusing duplicates and bad names', async () => {
    const point = await engine.flashback.createRestorePoint({ name: 'rp_keep', guaranteed: true });
    expect(point).toMatchObject({ name: 'rp_keep', scn: scn(), guaranteed: true });
    expect(await errorCode(engine.flashback.createRestorePoint({ name: 'rp_keep' }))).toBe('ALREADY_EXISTS');
    expect(await errorCode(engine.flashback.createRestorePoint({ name: 'bad name!' }))).toBe('VALIDATION_FAILED');
    expect((await engine.flashback.restorePoints()).map((each) => each.name)).toContain('rp_keep');
    await engine.flashback.dropRestorePoint('rp_keep');
    expect(await errorCode(engine.flashback.dropRestorePoint('rp_keep'))).toBe('NOT_FOUND');
    expect(events.filter((event) => event.restorePoint === 'rp_keep').map((event) => event.operation)).toEqual(['restore_point_created', 'restore_point_dropped']);
  });

  it('reports the history it keeps and the operations it served', async () => {
    const stats = await engine.flashback.flashbackStats();
    expect(stats).toMatchObject({ retentionSeconds: 86_400, currentScn: scn(), oldestScn: 0, restorePoints: { normal: 1, guaranteed: 0 }, lastPurge: null });
    expect(stats.history.commits).toBe(scn());
    expect(stats.history.changes).toBeGreaterThan(20);
    expect(stats.history.bytes).toBeGreaterThan(0);
    expect(stats.operations.query).toBeGreaterThanOrEqual(5);
    expect(stats.operations.transaction).toBe(3);
  });
});

describe('retention', () => {
  it('purges what is past retention, keeping the latest commit and what a guaranteed restore point needs', async () => {
    const short = await openTestEngine({ flashbackRetentionSeconds: 0 });
    try {
      await short.schema.createTable({ name: 'r', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }] });
      await short.data.insertRow('r', { v: 'one' });
      const guarded = await short.flashback.createRestorePoint({ name: 'guard', guaranteed: true });
      await short.flashback.createRestorePoint({ name: 'normal' });
      await short.data.insertRow('r', { v: 'two' });
      await short.data.insertRow('r', { v: 'three' });
      await short.database.changes.flush();
      const kept = await short.flashback.purgeHistory();
      expect(kept).toMatchObject({ oldestScn: guarded.scn, commits: guarded.scn });
      expect((await short.flashback.flashbackQuery({ table: 'r', asOf: { restorePoint: 'guard' } })).rows.map((row) => row.data.v)).toEqual(['one']);
      await expect(short.flashback.flashbackQuery({ table: 'r', asOf: { scn: guarded.scn - 1 } })).rejects.toThrow(/beyond the retention/);
      await short.flashback.dropRestorePoint('guard');
      const latest = short.flashback.currentScn().scn;
      const purged = await short.flashback.purgeHistory();
      expect(purged.oldestScn).toBe(latest - 1);
      expect((await short.flashback.restorePoints()).map((point) => point.name)).toEqual([]);
      const stats = await short.flashback.flashbackStats();
      expect(stats).toMatchObject({ oldestScn: latest - 1, history: { commits: 1, changes: 1 }, lastPurge: { oldestScn: latest - 1 } });
      await expect(short.flashback.resolvePoint({ timestamp: '2000-01-01T00:00:00Z' })).rejects.toThrow(/before the oldest commit/);
      expect(short.flashback.currentScn().scn).toBe(latest);
      await short.data.insertRow('r', { v: 'four' });
      expect(short.flashback.currentScn().scn).toBe(latest + 1);
    } finally {
      await short.close();
    }
  });
});
