#!/usr/bin/env node
// strata: the command line of Strata, on the generated SDK.
import { parseArgs } from 'node:util';
import { StrataApiError } from '../generated/client/index.js';
import { serve } from '../server/main.js';
import { DEFAULT_URL, clientFor } from './client.js';
import { describe } from './commands/describe.js';
import { sql } from './commands/sql.js';
import { tables } from './commands/tables.js';

const VERSION = '0.1.0';

const HELP = `Usage: strata <command> [options]

Commands:
  serve [options]              start the server (strata serve --help lists its options)
  sql "<statement>"            run SQL; a script of several statements runs as one transaction
      --param <value>          a positional parameter, as text (repeat for each ?)
      --param-json <json>      a positional parameter as JSON (numbers, null, {"$hex": "..."})
  tables                       list the tables
  describe <table>             show a table's columns and indexes

Options:
  --url <url>                  the server (default: STRATA_URL, else ${DEFAULT_URL})
  --json                       print the JSON the server answered
  --help, --version`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'serve') {
    await serve(rest);
    return 0;
  }
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    console.log(VERSION);
    return 0;
  }
  let url = '';
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { url: { type: 'string' }, json: { type: 'boolean', default: false }, param: { type: 'string', multiple: true }, 'param-json': { type: 'string', multiple: true } },
    });
    const target = clientFor(values.url);
    url = target.url;
    console.log(await run(command, positionals, values, target.client));
    return 0;
  } catch (error) {
    return report(error, url);
  }
}

async function run(command: string, positionals: string[], values: { json: boolean; param?: string[]; 'param-json'?: string[] }, client: ReturnType<typeof clientFor>['client']): Promise<string> {
  const only = (what: string): string => {
    if (positionals.length !== 1) throw new UsageError(`strata ${command} takes ${what}`);
    return positionals[0]!;
  };
  switch (command) {
    case 'sql': {
      const params: unknown[] = [...(values.param ?? [])];
      for (const json of values['param-json'] ?? []) {
        try {
          params.push(JSON.parse(json));
        } catch {
          throw new UsageError(`--param-json ${json} is not JSON`);
        }
      }
      return sql(client, only('one SQL argument (quote it)'), { json: values.json, params });
    }
    case 'tables':
      if (positionals.length > 0) throw new UsageError('strata tables takes no argument');
      return tables(client, values);
    case 'describe':
      return describe(client, only('one table name'), values);
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

function report(error: unknown, url: string): number {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`strata: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (error instanceof StrataApiError) {
    console.error(`error: ${error.problem.detail ?? error.problem.title} (${error.code})`);
    for (const detail of error.problem.errors ?? []) console.error(`  ${detail.pointer}: ${detail.message}`);
    return 1;
  }
  // fetch reports a server it cannot reach as a TypeError with the reason as its cause.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    console.error(`error: cannot reach a Strata server at ${url} (${cause?.code ?? cause?.message ?? 'no answer'}); start one with \`strata serve\`, or point --url or STRATA_URL at yours`);
    return 1;
  }
  throw error;
}

process.exitCode = await main(process.argv.slice(2));
