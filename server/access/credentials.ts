// Where a request's credentials come from: the Authorization or X-API-Key header, the
// access_token query parameter (browsers cannot set WebSocket headers), or graphql-ws's
// connection_init payload.
import type { IncomingHttpHeaders } from 'node:http';
import type { Credentials } from '../../engine/modules/security/security.js';

/** What was presented, or why it cannot be read. */
export type Presented = { credentials: Credentials; malformed: string | null };

const NONE: Presented = { credentials: {}, malformed: null };

export function fromHeaders(headers: IncomingHttpHeaders): Presented {
  return fromValues(single(headers.authorization), single(headers['x-api-key']));
}

export function fromQuery(url: URL): Presented {
  const token = url.searchParams.get('access_token');
  if (token === null || token === '') return NONE;
  return { credentials: isApiKey(token) ? { apiKey: token } : { bearer: token }, malformed: null };
}

/** graphql-ws clients send headers in connection_init: { authorization } or { 'x-api-key' }, any case. */
export function fromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): Presented {
  const lower = Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key.toLowerCase(), typeof value === 'string' ? value : undefined]));
  return fromValues(lower.authorization, lower['x-api-key']);
}

/** The first set of credentials presented. */
export function firstPresented(...candidates: Presented[]): Presented {
  return candidates.find((candidate) => candidate.malformed !== null || Object.keys(candidate.credentials).length > 0) ?? NONE;
}

function fromValues(authorization: string | undefined, apiKey: string | undefined): Presented {
  if (authorization !== undefined && authorization !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return { credentials: {}, malformed: 'the Authorization header must be "Bearer <token>"' };
    return { credentials: { bearer: match[1]! }, malformed: null };
  }
  if (apiKey !== undefined && apiKey !== '') return { credentials: { apiKey }, malformed: null };
  return NONE;
}

function isApiKey(text: string): boolean {
  return text.startsWith('strata_');
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
