// The SDK client the commands use, pointed at --url, else STRATA_URL, else the server's default address.
import WebSocket from 'ws';
import { type StrataClient, type WebSocketConstructor, createStrataClient } from '../generated/client/index.js';
import { UsageError } from './errors.js';

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export function serverUrl(flag: string | undefined): string {
  const url = flag ?? process.env.STRATA_URL ?? DEFAULT_URL;
  // Checked here so that a mistyped address is a usage error, not a failure deep inside fetch.
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) throw new UsageError(`--url / STRATA_URL: expected an http:// or https:// address, got ${JSON.stringify(url)}`);
  return url;
}

export function clientFor(url: string, headers: Record<string, string>): StrataClient {
  // The commands use REST only; WebSocket serves the SDK's channels, which Node 20 lacks a global for.
  return createStrataClient({ baseUrl: url, headers, WebSocket: WebSocket as unknown as WebSocketConstructor });
}
