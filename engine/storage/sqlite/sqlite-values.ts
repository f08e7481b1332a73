// Converting between the API's JSON values and what better-sqlite3 binds and returns.
import type { BindParams, BindValue } from '../driver.js';
import type { SqlValue } from '../types.js';

/** Booleans become 1 or 0, { $hex } becomes a BLOB, other objects and arrays become JSON text. */
export function toBindable(value: BindValue): string | number | bigint | Buffer | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'object':
      if (isBlob(value)) return Buffer.from(value.$hex, 'hex');
      return JSON.stringify(value);
    default:
      throw new TypeError(`cannot bind a ${typeof value}`);
  }
}

export function toBindableParams(params: BindParams | undefined): unknown[] {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params.map(toBindable);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) named[name.replace(/^[:@$]/, '')] = toBindable(value);
  return [named];
}

function isBlob(value: object): value is { $hex: string } {
  return '$hex' in value && typeof (value as { $hex: unknown }).$hex === 'string' && Object.keys(value).length === 1;
}

/** A value read from SQLite as the API shows it. */
export function fromStored(value: unknown): SqlValue {
  if (Buffer.isBuffer(value)) return { $hex: value.toString('hex') };
  if (typeof value === 'bigint') return Number(value);
  return value as SqlValue;
}

/** Converts the BLOBs of a row in place (rows from better-sqlite3 are fresh objects or arrays). */
export function fromStoredRow<R extends Record<string, unknown> | unknown[]>(row: R): R {
  const record = row as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'object' && value !== null) record[key] = fromStored(value);
  }
  return row;
}
