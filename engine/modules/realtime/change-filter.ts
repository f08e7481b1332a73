// Which committed row changes a subscriber wants: by table, by operation, by row, and by
// conditions on the row's values (the seeds' whereClause), evaluated on the server so that
// nothing a client did not ask for crosses the network.
import { invalid } from '../../errors.js';
import type { RowChangedEvent } from '../../events/bus.js';
import type { FilterCondition } from '../../storage/sql/filters.js';
import type { ChangeOperation, RowData, SqlValue } from '../../storage/types.js';

export interface ChangeFilter {
  /** Only changes of these tables (any table when absent). */
  tables?: string[];
  operations?: ChangeOperation[];
  /** Only changes of this row (its id as the API shows it). */
  rowId?: string;
  /** Conditions that must all hold on the row: the new row, or for a DELETE the old one. */
  where?: FilterCondition[];
}

const MAX_IN_VALUES = 1000;

/** Refuses conditions that could never be evaluated, before anything is subscribed. */
export function checkChangeFilter(filter: ChangeFilter, pointer: string): void {
  filter.where?.forEach((condition, index) => {
    const at = `${pointer}/${index}`;
    const value = condition.value;
    if (condition.operator === 'isNull') {
      if (value !== undefined && value !== null && typeof value !== 'boolean') throw invalid(at, 'isNull takes true or false');
    } else if (condition.operator === 'in') {
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES || !value.every(isScalar)) throw invalid(at, `in takes a list of 1 to ${MAX_IN_VALUES} scalar values`);
    } else if (!isScalar(value)) throw invalid(at, `${condition.operator} takes one scalar value`);
  });
}

export function matchesChange(filter: ChangeFilter, event: RowChangedEvent): boolean {
  if (filter.tables && !filter.tables.includes(event.table)) return false;
  if (filter.operations && !filter.operations.includes(event.operation)) return false;
  if (filter.rowId !== undefined && event.rowId !== filter.rowId) return false;
  if (!filter.where || filter.where.length === 0) return true;
  const row = event.newRow ?? event.oldRow;
  return row !== null && filter.where.every((condition) => holds(condition, row));
}

/** One condition on a row, with SQLite's meaning: NULL compares as unknown, numbers in text compare as numbers. */
function holds(condition: FilterCondition, row: RowData): boolean {
  const actual = row[condition.field] ?? null;
  const value = condition.value;
  switch (condition.operator) {
    case 'isNull':
      return (actual === null) === (value !== false);
    case 'in':
      return actual !== null && (value as unknown[]).some((candidate) => compare(actual, candidate) === 0);
    case 'like':
      return actual !== null && value !== null && likePattern(String(value)).test(String(actual));
    default: {
      // eq and ne with null mean IS NULL and IS NOT NULL, as in the REST filters.
      if (value === null || value === undefined) return condition.operator === 'eq' ? actual === null : condition.operator === 'ne' ? actual !== null : false;
      if (actual === null) return false;
      const order = compare(actual, value);
      switch (condition.operator) {
        case 'eq': return order === 0;
        case 'ne': return order !== 0;
        case 'lt': return order < 0;
        case 'lte': return order <= 0;
        case 'gt': return order > 0;
        default: return order >= 0;
      }
    }
  }
}

function compare(left: SqlValue, operand: unknown): number {
  const right = typeof operand === 'boolean' ? Number(operand) : operand;
  if (typeof left === 'number' && (typeof right === 'number' || (typeof right === 'string' && right.trim() !== '' && Number.isFinite(Number(right))))) {
    return Math.sign(left - Number(right));
  }
  const a = typeof left === 'object' ? JSON.stringify(left) : String(left);
  const b = String(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SQLite's LIKE: % any run, _ one character, case-insensitive for ASCII. */
function likePattern(pattern: string): RegExp {
  const source = [...pattern].map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'is');
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
