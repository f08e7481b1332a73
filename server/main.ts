// `npm start` and `strata serve`: starts the server with configuration from flags and
// STRATA_* variables, and shuts it down gracefully on SIGINT or SIGTERM.
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, usage } from './config.js';
import { startServer } from './app.js';

export async function serve(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(`Usage: strata serve [options]\n\nEach option can also be set by its environment variable.\n\n${usage()}`);
    return;
  }
  let config;
  try {
    config = loadConfig(argv);
  } catch (error) {
    if (!(error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
    console.error(`strata serve: ${(error as Error).message}\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  const server = await startServer(config);
  console.log(
    [
      `Strata is listening on ${server.url} (data: ${config.memory ? 'in memory, deleted at exit' : config.dataDir})`,
      `  REST API         ${server.url}/api/v1`,
      `  Swagger UI       ${server.url}/docs`,
      `  GraphQL          ${server.url}/graphql (GraphiQL in a browser; graphql-ws on the same path)`,
      `  AsyncAPI docs    ${server.url}/docs/asyncapi`,
      `  WebSocket        ${server.url.replace('http', 'ws')}/api/v1/ws`,
      `  Specs            ${server.url}/openapi.json  /openapi.yaml  /asyncapi.yaml  /schema.graphql`,
    ].join('\n'),
  );
  const bootstrap = server.engine.security.bootstrap;
  if (bootstrap?.generatedPassword) {
    // Shown once: the file keeps it for whoever missed the console (readable by the owner only).
    console.log(`\nFirst start: created user ${bootstrap.username} with password ${bootstrap.generatedPassword}\n(also in ${bootstrap.passwordFile}; change it with POST /api/v1/auth/password)`);
  }
  let signals = 0;
  const shutdown = (signal: string): void => {
    signals += 1;
    if (signals > 1) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    console.log(`${signal}: shutting down (requests in flight may finish)`);
    server.close().then(
      () => {
        console.log('Stopped.');
        server.log.flush(() => process.exit(0));
      },
      (error: unknown) => {
        server.log.error({ err: error }, 'shutdown failed');
        server.log.flush(() => process.exit(1));
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

// Run directly (npm start): serve with the process arguments.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await serve(process.argv.slice(2));
