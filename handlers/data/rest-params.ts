// The REST spellings of filters and sorting: filter=column:operator[:value], sort=-age,name.
import type { FilterCondition, FilterOperator } from '../../engine/storage/sql/filters.js';
import type { SortField } from '../../engine/modules/data/data.js';
import type { PointInTime } from '../../engine/modules/flashback/point-in-time.js';

export function parseFilters(filters: string[] | undefined): FilterCondition[] {
  return (filters ?? []).map((filter) => {
    const first = filter.indexOf(':');
    const second = filter.indexOf(':', first + 1);
    const field = filter.slice(0, first);
    const operator = filter.slice(first + 1, second === -1 ? undefined : second) as FilterOperator;
    const raw = second === -1 ? undefined : filter.slice(second + 1);
    if (operator === 'in') return { field, operator, value: (raw ?? '').split(',') };
    if (operator === 'isNull') return { field, operator, value: raw === undefined ? true : raw === 'true' ? true : raw === 'false' ? false : raw };
    return { field, operator, value: raw ?? '' };
  });
}

export function parseSort(sort: string | undefined): SortField[] {
  if (sort === undefined) return [];
  return sort.split(',').map((part) => (part.startsWith('-') ? { field: part.slice(1), direction: 'DESC' } : { field: part, direction: 'ASC' }));
}

/** asOfScn, asOfTimestamp, asOfRestorePoint as one point; the engine refuses more than one. */
export function parseAsOf(query: { asOfScn?: number; asOfTimestamp?: string; asOfRestorePoint?: string }): PointInTime | undefined {
  // The usual read asks for now: answered without building anything (this runs on every row read).
  if (query.asOfScn === undefined && query.asOfTimestamp === undefined && query.asOfRestorePoint === undefined) return undefined;
  const given = { scn: query.asOfScn, timestamp: query.asOfTimestamp, restorePoint: query.asOfRestorePoint };
  const point = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return Object.keys(point).length === 0 ? undefined : (point as PointInTime);
}
