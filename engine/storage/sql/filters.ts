// Filter conditions as a SQL WHERE clause, values always bound.
import { invalid } from '../../errors.js';
import { quoteIdentifier } from './identifiers.js';

export type FilterOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'like' | 'isNull';

export interface FilterCondition {
  field: string;
  operator: FilterOperator;
  value?: unknown;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const COMPARISONS: Partial<Record<FilterOperator, string>> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=', like: 'LIKE' };
const MAX_IN_VALUES = 1000;

/**
 * The conditions ANDed together; an empty list matches everything. `columns` are the names a
 * condition may use; `pointer` locates condition i in the request, for errors.
 */
export function whereClause(conditions: FilterCondition[], columns: ReadonlySet<string>, pointer: (index: number) => string): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  conditions.forEach((condition, index) => {
    const at = pointer(index);
    if (!columns.has(condition.field)) throw invalid(at, `there is no column ${JSON.stringify(condition.field)}`);
    const column = quoteIdentifier(condition.field);
    const value = condition.value;
    switch (condition.operator) {
      case 'isNull': {
        if (value !== undefined && value !== null && typeof value !== 'boolean') throw invalid(at, 'isNull takes true or false');
        parts.push(`${column} IS ${value === false ? 'NOT ' : ''}NULL`);
        return;
      }
      case 'in': {
        if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) throw invalid(at, `in takes a list of 1 to ${MAX_IN_VALUES} values`);
        if (!value.every(isScalar)) throw invalid(at, 'in takes scalar values');
        parts.push(`${column} IN (${value.map(() => '?').join(', ')})`);
        params.push(...value);
        return;
      }
      default: {
        if (!isScalar(value)) throw invalid(at, `${condition.operator} takes one scalar value`);
        // Comparing with NULL is never true in SQL; eq and ne with null mean IS NULL and IS NOT NULL.
        if (value === null && (condition.operator === 'eq' || condition.operator === 'ne')) {
          parts.push(`${column} IS ${condition.operator === 'ne' ? 'NOT ' : ''}NULL`);
          return;
        }
        parts.push(`${column} ${COMPARISONS[condition.operator]} ?`);
        params.push(value);
      }
    }
  });
  return { sql: parts.length === 0 ? '' : parts.join(' AND '), params };
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
