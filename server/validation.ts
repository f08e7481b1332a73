// ajv's errors as problem details: one entry per offending field, with a JSON pointer into the
// request (/path/..., /query/..., /body/...).
import type { ErrorDetail } from '../engine/errors.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export function validationDetails(errors: AjvError[] | null | undefined, base: string): ErrorDetail[] {
  const details = new Map<string, ErrorDetail>();
  for (const error of errors ?? []) {
    let pointer = `${base}${error.instancePath}`;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      pointer = `${pointer}/${escape(String(error.params.missingProperty))}`;
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      pointer = `${pointer}/${escape(String(error.params.additionalProperty))}`;
      message = 'is not a known field';
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    }
    // Failing branches of oneOf/anyOf repeat themselves; keep each message once.
    details.set(`${pointer}\u0000${message}`, { pointer, message });
  }
  return [...details.values()];
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
