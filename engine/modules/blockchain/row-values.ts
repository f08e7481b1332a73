// A row's values as they will be stored and read back, in column order. Blockchain tables are
// STRICT and take only values of the column's own type, so what is hashed at insert is exactly
// what verification reads later (no text turned into a number on the way).
import { invalid } from '../../errors.js';
import type { SqlValue } from '../../storage/types.js';
import type { BlockchainColumn } from './blockchain-types.js';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

export function canonicalValues(columns: BlockchainColumn[], data: Record<string, unknown>): SqlValue[] {
  const known = new Set(columns.map((column) => column.name));
  const unknown = Object.keys(data).find((name) => !known.has(name));
  if (unknown !== undefined) throw invalid(`/body/${unknown}`, `the table has no column ${unknown}`);
  return columns.map((column) => canonicalValue(column, data[column.name] ?? null));
}

function canonicalValue(column: BlockchainColumn, value: unknown): SqlValue {
  const pointer = `/body/${column.name}`;
  if (value === null) {
    if (!column.nullable) throw invalid(pointer, `${column.name} may not be null`);
    return null;
  }
  const blob = asBlob(value);
  const fits =
    (column.type === 'INTEGER' && Number.isSafeInteger(value)) ||
    (column.type === 'REAL' && typeof value === 'number' && Number.isFinite(value)) ||
    (column.type === 'TEXT' && typeof value === 'string') ||
    (column.type === 'BLOB' && blob !== null) ||
    (column.type === 'ANY' && (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || blob !== null));
  if (!fits) throw invalid(pointer, `${column.name} is ${column.type}: ${describe(column.type)}`);
  return blob ?? (value as string | number);
}

/** { $hex } with lower-case digits, as SQLite hands BLOBs back. */
function asBlob(value: unknown): { $hex: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  const hex = (value as { $hex?: unknown }).$hex;
  return keys.length === 1 && typeof hex === 'string' && HEX.test(hex) ? { $hex: hex.toLowerCase() } : null;
}

function describe(type: BlockchainColumn['type']): string {
  switch (type) {
    case 'INTEGER':
      return 'an integer up to 2^53';
    case 'REAL':
      return 'a number';
    case 'TEXT':
      return 'a string (store JSON as text)';
    case 'BLOB':
      return 'bytes as { "$hex": "..." }';
    case 'ANY':
      return 'a string, a number or bytes as { "$hex": "..." }';
  }
}
