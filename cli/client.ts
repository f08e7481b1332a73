// The SDK client the commands use: --url, else STRATA_URL, else the server's default address.
import WebSocket from 'ws';
import { type StrataClient, createStrataClient } from '../generated/client/index.js';

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export function clientFor(url: string | undefined): { client: StrataClient; url: string } {
  const baseUrl = url ?? process.env.STRATA_URL ?? DEFAULT_URL;
  return { client: createStrataClient({ baseUrl, WebSocket: WebSocket as never }), url: baseUrl };
}
