// The command line of every command but serve (which reads the server's flags): the options,
// the help text, and the checks that turn a wrong command line into a UsageError.
import { parseArgs } from 'node:util';
import type { SqlInput } from '../generated/client/index.js';
import { DEFAULT_URL } from './client.js';
import { UsageError } from './errors.js';

export const VERSION = '0.1.0';

export const HELP = `Usage: strata <command> [options]

Commands:
  serve [options]              start the server (strata serve --help lists its options)
  sql "<statement>"            run SQL; a script of several statements runs as one transaction
      --param <text>           binds the next ? to text (repeat it, once per ?)
      --param-json <json>      binds the next ? to a JSON value: 42, null, {"$hex": "00ff"}
  tables                       list the tables
  describe <table>             show a table's columns and indexes
  backup create                take a full backup, showing its progress
      --incremental            only the changes since the latest backup (or --parent <id>)
      --encrypt                with STRATA_BACKUP_PASSPHRASE, else the server's configured key
      --uncompressed           store without gzip
  backup list                  list the backups
  backup restore <id>          restore a backup over the database (or --into <name>, a new one)
  backup verify <id>           restore into scratch space and check it
  backup pitr <point>          recover to an SCN, an RFC 3339 time or a restore point (--into <name>)
                               encrypted backups take STRATA_BACKUP_PASSPHRASE
  login <username>             sign in; the password comes from STRATA_PASSWORD or stdin
  logout                       sign out, and forget the stored tokens
  help                         show this help

Options:
  --url <url>                  the server (default: STRATA_URL, else ${DEFAULT_URL})
  --json                       print the server's JSON answer instead of a table

Credentials: STRATA_API_KEY, else STRATA_TOKEN, else the tokens of strata login.
  -h, --help                   show this help
  -v, --version                print the version`;

export interface CommandLine {
  command: string | undefined;
  /** The arguments after the command. */
  args: string[];
  url: string | undefined;
  json: boolean;
  help: boolean;
  version: boolean;
  /** --param and --param-json values, in the order they were given. */
  params: SqlInput[];
  /** Options of strata backup. */
  incremental: boolean;
  parent: string | undefined;
  encrypt: boolean;
  uncompressed: boolean;
  into: string | undefined;
}

export function parseCommandLine(argv: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      // Tokens keep --param and --param-json in their command-line order; values would group them by name.
      tokens: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        param: { type: 'string', multiple: true },
        'param-json': { type: 'string', multiple: true },
        incremental: { type: 'boolean', default: false },
        parent: { type: 'string' },
        encrypt: { type: 'boolean', default: false },
        uncompressed: { type: 'boolean', default: false },
        into: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
  const params: SqlInput[] = [];
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'param') params.push(token.value);
    if (token.name === 'param-json') params.push(parseJsonParam(token.value));
  }
  const [command, ...args] = parsed.positionals;
  const { url, json, help, version, incremental, parent, encrypt, uncompressed, into } = parsed.values;
  return { command, args, url, json, help, version, params, incremental, parent, encrypt, uncompressed, into };
}

function parseJsonParam(text: string): SqlInput {
  try {
    return JSON.parse(text) as SqlInput;
  } catch {
    throw new UsageError(`--param-json ${text}: not JSON (quote text as "\\"text\\"", or use --param)`);
  }
}
