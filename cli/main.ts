#!/usr/bin/env node
// strata: the command line of Strata. `serve` runs the server in this process; the other
// commands talk to a running server through the generated SDK.
import type { StrataClient } from '../generated/client/index.js';
import { clientFor, serverUrl } from './client.js';
import { login, logout } from './commands/login.js';
import { authHeaders } from './credentials.js';
import { backup } from './commands/backup.js';
import { describe } from './commands/describe.js';
import { serve } from './commands/serve.js';
import { sql } from './commands/sql.js';
import { tables } from './commands/tables.js';
import { UsageError, reportError } from './errors.js';
import { type CommandLine, HELP, VERSION, parseCommandLine } from './usage.js';

/** Runs every command but serve; returns the exit code. */
async function runCommand(argv: string[]): Promise<number> {
  let url: string | undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.version) {
      console.log(VERSION);
      return 0;
    }
    if (line.help || line.command === 'help') {
      console.log(HELP);
      return 0;
    }
    if (line.command === undefined) throw new UsageError('no command given');
    url = serverUrl(line.url);
    const anonymous = clientFor(url, {});
    const client = line.command === 'login' ? anonymous : clientFor(url, await authHeaders(url, anonymous));
    console.log(await dispatch(line, client, url));
    return 0;
  } catch (error) {
    return reportError(error, url);
  }
}

function dispatch(line: CommandLine, client: StrataClient, url: string): Promise<string> {
  const { command, args, json, params } = line;
  const noParams = (): void => {
    if (params.length > 0) throw new UsageError('--param and --param-json go with strata sql');
  };
  const onlyArgument = (what: string): string => {
    if (args.length !== 1 || args[0] === undefined) throw new UsageError(`strata ${command} takes ${what}`);
    return args[0];
  };
  switch (command) {
    case 'sql':
      return sql(client, onlyArgument('one SQL argument (quote it)'), { json, params });
    case 'tables':
      noParams();
      if (args.length > 0) throw new UsageError('strata tables takes no argument');
      return tables(client, { json });
    case 'login':
      noParams();
      return login(client, url, onlyArgument('one user name'));
    case 'logout':
      noParams();
      if (args.length > 0) throw new UsageError('strata logout takes no argument');
      return logout(client, url);
    case 'describe':
      noParams();
      return describe(client, onlyArgument('one table name'), { json });
    case 'backup':
      noParams();
      return backup(client, args, { json, incremental: line.incremental, parent: line.parent, encrypt: line.encrypt, uncompressed: line.uncompressed, into: line.into });
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

const argv = process.argv.slice(2);
// serve takes the server's own flags, sets its own exit code, and runs until a signal stops it.
if (argv[0] === 'serve') await serve(argv.slice(1));
else process.exitCode = await runCommand(argv);
