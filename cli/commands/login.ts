// strata login <username> / strata logout: sign in and keep the tokens for this server, or sign
// out and forget them. The password comes from STRATA_PASSWORD or the first line of stdin.
import type { StrataClient } from '../../generated/client/index.js';
import { credentialsFile, store } from '../credentials.js';
import { UsageError } from '../errors.js';

export async function login(client: StrataClient, url: string, username: string): Promise<string> {
  const password = process.env.STRATA_PASSWORD ?? (await firstLineOfStdin());
  if (password === '') throw new UsageError('no password: set STRATA_PASSWORD, or pipe it on stdin');
  const tokens = await client.rest.login({ body: { username, password } });
  store(url, tokens);
  return `signed in to ${url} as ${username}; tokens kept in ${credentialsFile()}`;
}

export async function logout(client: StrataClient, url: string): Promise<string> {
  await client.rest.logout();
  store(url, null);
  return `signed out of ${url}`;
}

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('no password: set STRATA_PASSWORD, or pipe it on stdin');
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}
