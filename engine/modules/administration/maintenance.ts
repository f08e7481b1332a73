// Maintenance of the database file, run for real through the engine's own sessions: VACUUM and
// the writes wait for the writer like any write; integrity_check reads a snapshot.
import { statSync } from 'node:fs';
import type { Database } from '../../storage/database.js';
import { roundMs } from '../../work/statement-registry.js';
import type { Caller } from '../../work/caller.js';

export type MaintenanceOperation = 'vacuum' | 'analyze' | 'reindex' | 'checkpoint' | 'integrity_check' | 'optimize';

export interface MaintenanceResult {
  operation: MaintenanceOperation;
  outcome: 'ok' | 'problems_found' | 'busy';
  startedAt: string;
  durationMs: number;
  details: string[];
  databaseBytesBefore: number;
  databaseBytesAfter: number;
  walBytesBefore: number;
  walBytesAfter: number;
}

interface Recipe {
  sql: string;
  writes: boolean;
  /** VACUUM and a checkpoint cannot run inside a transaction. */
  alone: boolean;
  /** What the rows SQLite answered mean. */
  judge(rows: Array<Record<string, unknown>>): Pick<MaintenanceResult, 'outcome' | 'details'>;
}

const done = (): Pick<MaintenanceResult, 'outcome' | 'details'> => ({ outcome: 'ok', details: [] });

const RECIPES: Record<MaintenanceOperation, Recipe> = {
  vacuum: { sql: 'VACUUM', writes: true, alone: true, judge: done },
  analyze: { sql: 'ANALYZE', writes: true, alone: false, judge: done },
  reindex: { sql: 'REINDEX', writes: true, alone: false, judge: done },
  optimize: { sql: 'PRAGMA optimize', writes: true, alone: true, judge: done },
  checkpoint: {
    sql: 'PRAGMA wal_checkpoint(TRUNCATE)',
    writes: true,
    alone: true,
    judge: ([row]) => ({
      outcome: row?.busy === 1 ? 'busy' : 'ok',
      details: [`${String(row?.checkpointed ?? 0)} of ${String(row?.log ?? 0)} WAL frames copied into the database`],
    }),
  },
  integrity_check: {
    sql: 'PRAGMA integrity_check',
    writes: false,
    alone: true,
    judge: (rows) => {
      const findings = rows.map((row) => String(row.integrity_check));
      return findings.length === 1 && findings[0] === 'ok' ? { outcome: 'ok', details: ['ok'] } : { outcome: 'problems_found', details: findings };
    },
  },
};

/** Problems integrity_check reports at most. */
const MAX_FINDINGS = 1000;

export async function runMaintenance(database: Database, operation: MaintenanceOperation, caller: Caller | null): Promise<MaintenanceResult> {
  const recipe = RECIPES[operation];
  const before = sizes(database.file);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const result = await database.executor({ caller }).execute(
    { statements: [{ sql: recipe.sql }], readOnly: !recipe.writes, maxRows: MAX_FINDINGS, rowMode: 'object', keep: 'last', atomicity: recipe.alone ? 'none' : 'transaction' },
    { writes: recipe.writes },
  );
  const durationMs = roundMs(performance.now() - started);
  const after = sizes(database.file);
  return {
    operation,
    ...recipe.judge((result.results[0]?.rows ?? []) as Array<Record<string, unknown>>),
    startedAt,
    durationMs,
    databaseBytesBefore: before.database,
    databaseBytesAfter: after.database,
    walBytesBefore: before.wal,
    walBytesAfter: after.wal,
  };
}

function sizes(file: string): { database: number; wal: number } {
  return { database: sizeOf(file), wal: sizeOf(`${file}-wal`) };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // A WAL file that does not exist (nothing written yet) holds nothing.
    return 0;
  }
}
