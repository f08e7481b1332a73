// GraphQL inputs several modules take, as the engine's values.
import type { InputMaybe, PointInTime as PointInput, WhereClause } from '../generated/graphql/resolvers.js';
import type { PointInTime } from '../engine/modules/flashback/point-in-time.js';
import type { FilterCondition } from '../engine/storage/sql/filters.js';

/** GraphQL where clauses as the engine's filter conditions. */
export function filter(where: InputMaybe<WhereClause[]> | undefined): FilterCondition[] {
  return (where ?? []).map((clause) => ({ field: clause.field, operator: clause.operator, value: clause.value ?? null }));
}

/** GraphQL cannot say "exactly one of"; the engine checks that, once nulls are gone. */
export function point(input: PointInput): PointInTime {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as PointInTime;
}

/** An optional point (asOf on reads). */
export function optionalPoint(input: InputMaybe<PointInput> | undefined): PointInTime | undefined {
  return input === null || input === undefined ? undefined : point(input);
}
