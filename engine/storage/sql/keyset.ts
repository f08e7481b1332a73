// Keyset pagination: a cursor holds the sort-key values of the last row of a page; the next page
// starts strictly after them in the same order. Works with mixed directions and NULLs (SQLite
// sorts NULL first ascending, last descending).
import { invalid } from '../../errors.js';
import type { SqlFragment } from './filters.js';
import { quoteIdentifier } from './identifiers.js';

export interface SortKey {
  /** Column name, or an expression the caller trusts (e.g. rowid). */
  column: string;
  descending: boolean;
  /** The key is written as is (not quoted): for rowid. */
  raw?: boolean;
}

interface CursorPayload {
  /** The sort the cursor belongs to. */
  s: string;
  /** Sort-key values of the last row. */
  v: unknown[];
}

export function sortSignature(keys: SortKey[]): string {
  return keys.map((key) => `${key.descending ? '-' : ''}${key.column}`).join(',');
}

export function encodeCursor(keys: SortKey[], values: unknown[]): string {
  return Buffer.from(JSON.stringify({ s: sortSignature(keys), v: values } satisfies CursorPayload)).toString('base64url');
}

export function decodeCursor(cursor: string, keys: SortKey[], pointer: string): unknown[] {
  let payload: CursorPayload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw invalid(pointer, 'not a cursor this server made');
  }
  if (typeof payload !== 'object' || payload === null || !Array.isArray(payload.v) || payload.v.length !== keys.length) throw invalid(pointer, 'not a cursor this server made');
  if (payload.s !== sortSignature(keys)) throw invalid(pointer, 'the cursor belongs to another sort order; send the same sort as for the first page');
  return payload.v;
}

export function orderBy(keys: SortKey[]): string {
  return keys.map((key) => `${expression(key)}${key.descending ? ' DESC' : ''}`).join(', ');
}

/** Rows strictly after `values` in the order of `keys`. */
export function after(keys: SortKey[], values: unknown[]): SqlFragment {
  const alternatives: string[] = [];
  const params: unknown[] = [];
  keys.forEach((key, index) => {
    const step = strictlyAfter(key, values[index]);
    if (step === null) return;
    const parts: string[] = [];
    for (let previous = 0; previous < index; previous++) {
      parts.push(`${expression(keys[previous]!)} IS ?`);
      params.push(values[previous]);
    }
    parts.push(step.sql);
    params.push(...step.params);
    alternatives.push(`(${parts.join(' AND ')})`);
  });
  return { sql: alternatives.length === 0 ? '0' : `(${alternatives.join(' OR ')})`, params };
}

/** The condition "this key sorts after value", or null when nothing can. */
function strictlyAfter(key: SortKey, value: unknown): SqlFragment | null {
  const column = expression(key);
  if (!key.descending) return value === null ? { sql: `${column} IS NOT NULL`, params: [] } : { sql: `${column} > ?`, params: [value] };
  return value === null ? null : { sql: `(${column} < ? OR ${column} IS NULL)`, params: [value] };
}

function expression(key: SortKey): string {
  return key.raw ? key.column : quoteIdentifier(key.column);
}
