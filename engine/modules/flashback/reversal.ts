// Reversing a committed transaction: which commits must go back together. A later commit that
// changed a row the transaction changed conflicts with it; with cascade it is reversed too, and
// so on for the rows it changed.
import { EngineError } from '../../errors.js';
import type { TableShape } from '../data/table-shape.js';
import { type LoggedChange, idOfImage } from './table-history.js';

export interface CommitRef {
  scn: number;
  transactionId: string | null;
}

export interface ReversalPlan {
  /** The commits reversed, oldest first. */
  commits: CommitRef[];
  /** Their changes, oldest first; undone newest first. */
  changes: LoggedChange[];
}

/**
 * Plans the reversal of the commit with SCN `targetScn`, given every change from it on (oldest
 * first). Refuses with CONFLICT, naming the later commits, when they touched the same rows and
 * cascade is off.
 */
export function planReversal(targetScn: number, changes: LoggedChange[], shapeOf: (table: string) => TableShape, cascade: boolean): ReversalPlan {
  const touched = new Set<string>();
  const reversed = new Map<number, LoggedChange[]>();
  const conflicts: CommitRef[] = [];
  for (const [scn, commitChanges] of byCommit(changes)) {
    const keys = commitChanges.flatMap((change) => rowKeys(change, shapeOf(change.table)));
    const isTarget = scn === targetScn;
    if (!isTarget && !keys.some((key) => touched.has(key))) continue;
    if (!isTarget && !cascade) {
      conflicts.push(refOf(commitChanges[0]!));
      continue;
    }
    reversed.set(scn, commitChanges);
    for (const key of keys) touched.add(key);
  }
  if (conflicts.length > 0) {
    const names = conflicts.map((commit) => `SCN ${commit.scn}${commit.transactionId ? ` (transaction ${commit.transactionId})` : ''}`);
    throw new EngineError(
      'CONFLICT',
      `later work changed the same rows: ${names.join(', ')}; reverse those first, or ask for cascade to reverse them too`,
      conflicts.map((commit, index) => ({ pointer: '/body', message: `${names[index]} changed rows this transaction changed` })),
    );
  }
  return { commits: [...reversed.values()].map((commitChanges) => refOf(commitChanges[0]!)), changes: [...reversed.values()].flat() };
}

function byCommit(changes: LoggedChange[]): Map<number, LoggedChange[]> {
  const commits = new Map<number, LoggedChange[]>();
  for (const change of changes) {
    const list = commits.get(change.scn);
    if (list) list.push(change);
    else commits.set(change.scn, [change]);
  }
  return commits;
}

/** The rows a change touched: its row, and the row it moved from when an update changed the key. */
function rowKeys(change: LoggedChange, shape: TableShape): string[] {
  const keys = [`${change.table}\u0000${change.rowId}`];
  if (change.operation === 'UPDATE') keys.push(`${change.table}\u0000${idOfImage(shape, change.oldRow!, change.rowId)}`);
  return keys;
}

function refOf(change: LoggedChange): CommitRef {
  return { scn: change.scn, transactionId: change.transactionId };
}
