// The engine's change streams: every commit after an SCN exactly once and in order, across
// reconnects and concurrent writers; nothing of rolled-back work; a bounded queue that lags
// instead of growing; a typed error when the log no longer holds the SCN asked for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import type { EngineError } from '../../engine/errors.js';
import type { RowChangedEvent, TransactionEvent } from '../../engine/events/bus.js';
import type { ChangeFilter, ChangeSink, ChangeStream } from '../../engine/modules/realtime/realtime.js';
import { openTestEngine } from '../helpers/engine.js';

/** A sink that takes events while reading, and holds up to `capacity` unread ones while paused. */
class TestSink implements ChangeSink {
  readonly events: RowChangedEvent[] = [];
  laggedAt: number | null = null;
  failure: EngineError | null = null;
  private unread = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly bound: number,
    private paused = false,
  ) {}

  capacity(): number {
    return this.bound;
  }

  room(): number {
    return this.bound - this.unread;
  }

  push(event: RowChangedEvent): void {
    this.events.push(event);
    if (this.paused) this.unread += 1;
  }

  drained(): Promise<void> {
    return this.room() > 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  lagged(resumeScn: number): void {
    this.laggedAt = resumeScn;
  }

  fail(error: EngineError): void {
    this.failure = error;
  }

  pause(): void {
    this.paused = true;
  }

  read(): void {
    this.paused = false;
    this.unread = 0;
    for (const wake of this.waiters.splice(0)) wake();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let engine: Engine;

function open(sink: ChangeSink, filter: ChangeFilter = { tables: ['items'] }, sinceScn?: number): ChangeStream {
  return engine.realtime.openChangeStream({ filter, sinceScn }, sink);
}

const scnNow = () => engine.flashback.currentScn().scn;

beforeAll(async () => {
  engine = await openTestEngine({ poolSize: 3 });
  await engine.schema.createTable({ name: 'items', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'writer', type: 'INTEGER' }, { name: 'n', type: 'INTEGER' }, { name: 'label', type: 'TEXT' }] });
});

afterAll(() => engine.close());

describe('resuming from an SCN', () => {
  it('delivers every committed change exactly once and in order across reconnects, under concurrent writers', async () => {
    const start = scnNow();
    const received: RowChangedEvent[] = [];
    let stopped = false;
    // The consumer reconnects every few events, from the last SCN it saw.
    const consumer = (async () => {
      let since = start;
      while (!stopped || since < engine.database.changes.publishedScn) {
        const sink = new TestSink(1000);
        const stream = open(sink, { tables: ['items'] }, since);
        const target = sink.events.length + 1 + Math.floor(Math.random() * 15);
        const deadline = Date.now() + 200;
        while (sink.events.length < target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
        stream.close();
        expect(sink.failure).toBeNull();
        received.push(...sink.events);
        if (sink.events.length > 0) since = sink.events.at(-1)!.scn;
      }
    })();
    const writer = async (writer: number) => {
      for (let step = 0; step < 25; step += 1) {
        if (step % 5 === 4) {
          // A transaction of three rows, committed; and one rolled back.
          const kept = await engine.transactions.beginTransaction();
          for (let row = 0; row < 3; row += 1) await engine.data.insertRow('items', { writer, n: step, label: 'kept' }, { transactionId: kept.id });
          await engine.transactions.commitTransaction(kept.id);
          const dropped = await engine.transactions.beginTransaction();
          await engine.data.insertRow('items', { writer, n: step, label: 'rolled back' }, { transactionId: dropped.id });
          await engine.transactions.rollbackTransaction(dropped.id);
        } else {
          const row = await engine.data.insertRow('items', { writer, n: step, label: 'autocommit' });
          if (step % 3 === 0) await engine.data.updateRow('items', row.id, { n: step + 1000 });
        }
      }
    };
    await Promise.all([1, 2, 3, 4].map(writer));
    await engine.database.changes.flush();
    stopped = true;
    await consumer;

    const logged = await engine.database.readers.run({ type: 'read-changes', afterScn: start, throughScn: scnNow(), afterChangeId: 0, limit: 1_000_000 }, { timeoutMs: 10_000 });
    expect(logged.changes.length).toBe(4 * (20 + 7 + 15));
    expect(received.map((event) => event.id)).toEqual(logged.changes.map((change) => change.id));
    expect(received.some((event) => event.newRow?.label === 'rolled back')).toBe(false);
    const scns = received.map((event) => event.scn);
    expect(scns).toEqual([...scns].sort((a, b) => a - b));
  });

  it('tells a subscriber to resync when the log no longer holds its SCN, and refuses an SCN from the future', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'strata-resync-'));
    const own = await openTestEngine({ memory: false, dataDir });
    try {
      await own.schema.createTable({ name: "items", columns: [{ name: "id", type: "INTEGER", primaryKey: true }, { name: "label", type: "TEXT" }] });
      for (let index = 0; index < 5; index += 1) await own.data.insertRow("items", { label: `row ${index}` });
      const latest = own.flashback.currentScn().scn;
      // What the flashback module's retention will do: drop the oldest commits from the log.
      const file = new BetterSqlite(join(dataDir, 'databases', 'default.db'));
      file.prepare('DELETE FROM _strata_changes WHERE scn <= ?').run(latest - 2);
      file.prepare('DELETE FROM _strata_commits WHERE scn <= ?').run(latest - 2);
      file.close();

      const tooOld = new TestSink(100);
      own.realtime.openChangeStream({ filter: {}, sinceScn: latest - 3 }, tooOld);
      await until(() => tooOld.failure !== null, 'the resync error');
      expect(tooOld.failure!.code).toBe('RESYNC_REQUIRED');
      expect(tooOld.failure!.extensions).toEqual({ latestScn: latest });

      const retained = new TestSink(100);
      own.realtime.openChangeStream({ filter: {}, sinceScn: latest - 2 }, retained);
      await until(() => retained.events.length === 2, 'the retained commits');
      expect(retained.events.map((event) => event.scn)).toEqual([latest - 1, latest]);

      const future = new TestSink(100);
      own.realtime.openChangeStream({ filter: {}, sinceScn: latest + 1 }, future);
      await until(() => future.failure !== null, 'the validation error');
      expect(future.failure!.code).toBe('VALIDATION_FAILED');
    } finally {
      await own.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a bounded queue', () => {
  it('stops a subscriber whose queue cannot take the next commit, naming the SCN to resume from', async () => {
    const sink = new TestSink(5, true);
    const stream = open(sink);
    const first = await engine.data.insertRows('items', [{ label: 'a' }, { label: 'b' }]);
    const second = await engine.data.insertRows('items', [{ label: 'c' }, { label: 'd' }]);
    await engine.data.insertRows('items', [{ label: 'e' }, { label: 'f' }]);
    await engine.database.changes.flush();
    // Two commits fit (4 of 5); the third does not, and is not delivered in part.
    expect(sink.events.map((event) => event.scn)).toEqual([first.scn, first.scn, second.scn, second.scn]);
    expect(sink.laggedAt).toBe(second.scn);
    await engine.data.insertRow('items', { label: 'after the lag' });
    await engine.database.changes.flush();
    expect(sink.events).toHaveLength(4);
    stream.close();

    const resumed = new TestSink(100);
    open(resumed, { tables: ['items'] }, sink.laggedAt!);
    await until(() => resumed.events.length === 3, 'the rest');
    expect(resumed.events.map((event) => event.newRow?.label)).toEqual(['e', 'f', 'after the lag']);
  });

  it("delivers a commit bigger than the whole queue at the reader's pace, from the log", async () => {
    const sink = new TestSink(10, true);
    const stream = open(sink);
    const rows = Array.from({ length: 45 }, (_, index) => ({ label: `bulk ${index}` }));
    await engine.data.insertRows('items', rows);
    await until(() => sink.events.length === 10, 'the first ten');
    for (let round = 0; round < 5 && sink.events.length < 45; round += 1) {
      sink.read();
      sink.pause();
      await until(() => sink.events.length >= Math.min(45, 10 * (round + 2)), 'the next ten');
    }
    expect(sink.events.map((event) => event.newRow?.label)).toEqual(rows.map((row) => row.label));
    expect(sink.laggedAt).toBeNull();
    stream.close();
  });
});

describe('filters', () => {
  it('passes only the table, operations, row and conditions asked for', async () => {
    const sink = new TestSink(100);
    const stream = open(sink, { tables: ['items'], operations: ['INSERT', 'UPDATE'], where: [{ field: 'n', operator: 'lt', value: '10' }, { field: 'label', operator: 'like', value: 'keep%' }] });
    const kept = await engine.data.insertRow('items', { n: 5, label: 'Keep me' });
    await engine.data.insertRow('items', { n: 50, label: 'keep? too big' });
    await engine.data.insertRow('items', { n: null, label: 'keep? null compares as unknown' });
    await engine.data.insertRow('items', { n: 1, label: 'other' });
    await engine.data.updateRow('items', kept.id, { n: 6 });
    await engine.data.deleteRow('items', kept.id);
    await engine.database.changes.flush();
    expect(sink.events.map((event) => [event.operation, event.newRow?.n])).toEqual([
      ['INSERT', 5],
      ['UPDATE', 6],
    ]);
    stream.close();
  });

  it('refuses conditions it could never evaluate', () => {
    expect(() => open(new TestSink(1), { where: [{ field: 'n', operator: 'in', value: 3 }] })).toThrow(/in takes a list/);
    expect(() => open(new TestSink(1), { where: [{ field: 'n', operator: 'eq', value: { nested: true } }] })).toThrow(/one scalar value/);
  });
});

describe('transaction events', () => {
  it('announces begin, then commit after its row changes, and rollbacks that change nothing', async () => {
    const seen: string[] = [];
    const ended: TransactionEvent[] = [];
    const stops = [
      engine.events.subscribe('row.changed', (event) => event.table === 'items' && seen.push(`row ${event.scn}`)),
      engine.events.subscribe('transaction.begun', (event) => seen.push(`begun ${event.transactionId}`)),
      engine.events.subscribe('transaction.ended', (event) => {
        ended.push(event);
        seen.push(`ended ${event.transactionId}`);
      }),
    ];
    const committed = await engine.transactions.beginTransaction({ mode: 'immediate' });
    await engine.data.insertRows('items', [{ label: 'x' }, { label: 'y' }], { transactionId: committed.id });
    const done = await engine.transactions.commitTransaction(committed.id);
    const rolledBack = await engine.transactions.beginTransaction();
    await engine.data.insertRow('items', { label: 'never' }, { transactionId: rolledBack.id });
    await engine.transactions.rollbackTransaction(rolledBack.id);
    await until(() => ended.length === 2, 'both ends');
    stops.forEach((stop) => stop());
    expect(seen).toEqual([`begun ${committed.id}`, `row ${done.scn}`, `row ${done.scn}`, `ended ${committed.id}`, `begun ${rolledBack.id}`, `ended ${rolledBack.id}`]);
    expect(ended[0]).toMatchObject({ state: 'committed', scn: done.scn, rowChanges: 2, mode: 'immediate' });
    expect(ended[1]).toMatchObject({ state: 'rolled_back', scn: null, rowChanges: 0 });
  });
});
