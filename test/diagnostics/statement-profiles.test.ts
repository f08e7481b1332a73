// Statement profiles stay bounded: past their limit of distinct statements, the ones seen least
// recently are forgotten, never the ones in use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import type { QueryFinishedEvent } from '../../engine/events/bus.js';
import { StatementProfiles } from '../../engine/modules/diagnostics/statement-profiles.js';
import { openTestEngine } from '../helpers/engine.js';

let engine: Engine;
let profiles: StatementProfiles;

beforeAll(async () => {
  engine = await openTestEngine();
  profiles = new StatementProfiles(engine.events, engine.database);
});

afterAll(async () => {
  profiles.close();
  await engine.close();
});

function finished(sql: string, finishedAtMs: number): QueryFinishedEvent {
  return { queryId: sql, sql, transactionId: null, actor: null, requestId: null, operation: null, outcome: 'completed', durationMs: 1, rows: 0, errorCode: null, finishedAtMs };
}

describe('statement profiles', () => {
  it('forgets the tenth seen least recently when 5,000 distinct statements are tracked', async () => {
    const start = Date.now();
    engine.events.publish('query.finished', finished('SELECT * FROM kept', start));
    for (let n = 0; n < 4_999; n++) engine.events.publish('query.finished', finished(`SELECT * FROM t${n}`, start + 1 + n));
    // Seen again, so it is among the most recent when the limit is reached.
    engine.events.publish('query.finished', finished('SELECT * FROM kept', start + 10_000));
    engine.events.publish('query.finished', finished('SELECT * FROM newcomer', start + 10_001));
    const statements = (await profiles.queryProfiling(10_000, 'calls')).map((profile) => profile.statement);
    expect(statements).toHaveLength(5_000 - 500 + 1);
    expect(statements).toContain('SELECT * FROM kept');
    expect(statements).toContain('SELECT * FROM newcomer');
    expect(statements).not.toContain('SELECT * FROM t0');
    expect(statements).not.toContain('SELECT * FROM t499');
    expect(statements).toContain('SELECT * FROM t500');
  });
});
