// How a failed command ends: what it prints on stderr and the exit code it returns.
import { StrataApiError } from '../generated/client/index.js';

/** A command line strata does not understand. */
export class UsageError extends Error {}

/** Prints the error for a person and returns the exit code: 2 for usage errors, 1 for the rest. */
export function reportError(error: unknown, url: string | undefined): number {
  if (error instanceof UsageError) {
    console.error(`strata: ${error.message}\nRun "strata --help" for usage.`);
    return 2;
  }
  if (error instanceof StrataApiError) {
    // Strata answers every error with problem+json; another body means --url leads to some other server.
    if (typeof error.problem !== 'object' || error.problem === null || typeof error.problem.code !== 'string') {
      console.error(`error: ${url} answered HTTP ${error.status} without a Strata problem; is --url or STRATA_URL the address of a Strata server?`);
      return 1;
    }
    console.error(`error: ${error.problem.detail ?? error.problem.title} (${error.problem.code})`);
    for (const entry of error.problem.errors ?? []) console.error(`  ${entry.pointer}: ${entry.message}`);
    return 1;
  }
  // fetch reports a server it cannot reach as a TypeError, with the reason as its cause.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    console.error(`error: cannot reach a Strata server at ${url} (${cause?.code ?? cause?.message ?? 'no answer'}); start one with \`strata serve\`, or point --url or STRATA_URL at yours`);
    return 1;
  }
  throw error;
}
