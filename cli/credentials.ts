// The credentials every command sends: STRATA_API_KEY or STRATA_TOKEN when set, else the tokens
// `strata login` stored for this server (refreshed when the access token has expired).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StrataClient } from '../generated/client/index.js';

interface Stored {
  access_token: string;
  refresh_token: string;
  /** Unix seconds. */
  expires_at: number;
}

/** ~/.config/strata/credentials.json (or under XDG_CONFIG_HOME), readable by the owner only. */
export function credentialsFile(): string {
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'strata', 'credentials.json');
}

function readAll(): Record<string, Stored> {
  const file = credentialsFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stored>) : {};
}

export function store(url: string, tokens: { access_token: string; refresh_token: string; expires_in: number } | null): void {
  const all = readAll();
  if (tokens === null) delete all[url];
  else all[url] = { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expires_at: Math.floor(Date.now() / 1000) + tokens.expires_in };
  const file = credentialsFile();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The headers for this server; refreshes stored tokens that have expired, through `client`. */
export async function authHeaders(url: string, client: StrataClient): Promise<Record<string, string>> {
  if (process.env.STRATA_API_KEY) return { 'x-api-key': process.env.STRATA_API_KEY };
  if (process.env.STRATA_TOKEN) return { authorization: `Bearer ${process.env.STRATA_TOKEN}` };
  const stored = readAll()[url];
  if (!stored) return {};
  // A minute of slack, so a token does not expire between this check and the request.
  if (stored.expires_at - 60 > Date.now() / 1000) return { authorization: `Bearer ${stored.access_token}` };
  const fresh = await client.rest.refreshToken({ body: { refresh_token: stored.refresh_token } });
  store(url, fresh);
  return { authorization: `Bearer ${fresh.access_token}` };
}
