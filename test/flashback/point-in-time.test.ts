import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { errorCode, openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
});

afterAll(() => engine.close());

describe('resolving a point in time', () => {
  it('takes an SCN as it is, from 0 (before the first commit) to the latest, and refuses the future', async () => {
    expect(await engine.flashback.resolvePoint({ scn: 0 })).toEqual({ scn: 0, committedAt: null });
    await engine.schema.createTable({ name: 'pit', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'v', type: 'TEXT' }] });
    await engine.data.insertRow('pit', { v: 'a' });
    const latest = engine.flashback.currentScn();
    expect(await engine.flashback.resolvePoint({ scn: latest.scn })).toEqual({ scn: latest.scn, committedAt: latest.timestamp });
    await expect(engine.flashback.resolvePoint({ scn: latest.scn + 1 }, '/body/asOf')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `SCN ${latest.scn + 1} is in the future: the latest commit is SCN ${latest.scn}`,
      details: [{ pointer: '/body/asOf/scn' }],
    });
  });

  it('takes a time as the last commit at or before it, in any offset, and refuses the future and bad times', async () => {
    const before = engine.flashback.currentScn();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await engine.data.insertRow('pit', { v: 'b' });
    expect((await engine.flashback.resolvePoint({ timestamp: before.timestamp! })).scn).toBe(before.scn);
    const shifted = new Date(Date.parse(before.timestamp!)).toISOString().replace('Z', '+00:00');
    expect((await engine.flashback.resolvePoint({ timestamp: shifted })).scn).toBe(before.scn);
    expect((await engine.flashback.resolvePoint({ timestamp: new Date().toISOString() })).scn).toBe(engine.flashback.currentScn().scn);
    expect(await engine.flashback.resolvePoint({ timestamp: '2000-01-01T00:00:00Z' })).toEqual({ scn: 0, committedAt: null });
    await expect(engine.flashback.resolvePoint({ timestamp: new Date(Date.now() + 60_000).toISOString() })).rejects.toThrow(/in the future/);
    await expect(engine.flashback.resolvePoint({ timestamp: 'yesterday' })).rejects.toThrow(/not an RFC 3339 time/);
  });

  it('refuses anything but exactly one of scn, timestamp and restorePoint', async () => {
    expect(await errorCode(engine.flashback.resolvePoint({ scn: 1, timestamp: '2020-01-01T00:00:00Z' } as never))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.flashback.resolvePoint({} as never))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.flashback.resolvePoint({ scn: -1 }))).toBe('VALIDATION_FAILED');
    expect(await errorCode(engine.flashback.resolvePoint({ restorePoint: 'nowhere' }))).toBe('NOT_FOUND');
  });
});
