// Errors the SDK throws.
import type { Problem } from '../rest/types.gen.js';

/** A REST call answered with a problem+json error. */
export class StrataApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'StrataApiError';
  }

  get code(): string {
    return this.problem.code;
  }
}

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL operation answered with errors. */
export class StrataGraphQLError extends Error {
  constructor(readonly errors: readonly GraphQLErrorEntry[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'StrataGraphQLError';
  }

  /** extensions.code of the first error. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}
