// Reading JSON request bodies: only application/json, never more than the configured limit.
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { HttpProblem } from './problem.js';

export function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

export function isJson(request: IncomingMessage): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The body as text, or a 413 problem when it is larger than the limit. */
export async function readText(request: IncomingMessage, limitBytes: number): Promise<string> {
  try {
    return await getRawBody(request, { limit: limitBytes, encoding: 'utf8', length: request.headers['content-length'] });
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') throw new HttpProblem('PAYLOAD_TOO_LARGE', `the body is larger than ${limitBytes} bytes, the most this server accepts`);
    if (type === 'request.size.invalid') throw new HttpProblem('MALFORMED_JSON', 'the body is shorter or longer than its Content-Length says');
    throw error;
  }
}

/** The parsed JSON body; 415 unless it is JSON, 400 when it does not parse. */
export async function readJson(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  if (!isJson(request)) throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `send the body as application/json, not ${request.headers['content-type'] ?? 'without a Content-Type'}`);
  const text = await readText(request, limitBytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblem('MALFORMED_JSON', `the body is not valid JSON: ${(error as Error).message}`, [{ pointer: '/body', message: 'not valid JSON' }]);
  }
}
