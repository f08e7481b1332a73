// Binds the generated REST functions to one client: each returns the response body and throws
// StrataApiError for error responses.
import type { Client } from '../rest/client/index.js';
import type { Problem } from '../rest/types.gen.js';
import { StrataApiError } from './errors.js';

interface SdkResult {
  data?: unknown;
  error?: unknown;
  /** Absent when the request never got an answer (the network failed). */
  response?: Response;
}

type SdkFunction = (options: never) => Promise<SdkResult>;

type OptionsOf<F extends SdkFunction> = Omit<NonNullable<Parameters<F>[0]>, 'client' | 'throwOnError'>;

/** Options are required only when the operation has required path parameters or a required body. */
export type BoundOperation<F extends SdkFunction> =
  undefined extends Parameters<F>[0]
    ? (options?: OptionsOf<F>) => Promise<NonNullable<Awaited<ReturnType<F>>['data']>>
    : (options: OptionsOf<F>) => Promise<NonNullable<Awaited<ReturnType<F>>['data']>>;

export function bindOperation<F extends SdkFunction>(operation: F, client: Client): BoundOperation<F> {
  const bound = async (options?: object) => {
    const { data, error, response } = await (operation as unknown as (options: object) => Promise<SdkResult>)({ ...options, client });
    if (response === undefined) throw error;
    if (error !== undefined) throw new StrataApiError(response.status, error as Problem);
    return data;
  };
  return bound as BoundOperation<F>;
}
