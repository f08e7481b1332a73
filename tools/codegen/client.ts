// The TypeScript SDK under generated/client: REST functions from @hey-api/openapi-ts, typed
// GraphQL documents from GraphQL Code Generator, typed channels from our AsyncAPI generator,
// and a small runtime (client-runtime/) that ties them to one client object.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { GENERATED_HEADER, type GeneratedFiles } from './emit.js';
import type { RestOperation } from './rest.js';
import type { JsonObject } from './specs.js';

const RUNTIME_DIR = join(import.meta.dirname, 'client-runtime');

export async function generateClient(root: string, openapi: JsonObject, operations: RestOperation[], version: string): Promise<GeneratedFiles> {
  const restDir = join(root, 'generated/client/rest');
  await createClient({
    input: structuredClone(openapi) as never,
    output: { path: restDir },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { level: 'silent' },
  });
  const files: GeneratedFiles = new Map();
  for (const file of listTree(restDir)) files.set(relative(root, file), readFileSync(file, 'utf8'));
  for (const name of readdirSync(RUNTIME_DIR).sort()) {
    files.set(`generated/client/runtime/${name}`, `${GENERATED_HEADER.replace('from specs/', 'from tools/codegen/client-runtime/')}\n${readFileSync(join(RUNTIME_DIR, name), 'utf8')}`);
  }
  files.set('generated/client/index.ts', clientIndex(operations));
  files.set('generated/client/package.json', `${JSON.stringify(packageJson(version), null, 2)}\n`);
  files.set('generated/client/tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`);
  return files;
}

function listTree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function clientIndex(operations: RestOperation[]): string {
  return [
    GENERATED_HEADER,
    "import { createClient, createConfig } from './rest/client/index.js';",
    "import * as sdk from './rest/sdk.gen.js';",
    "import { bindOperation } from './runtime/rest.js';",
    "import { GraphQLClient } from './runtime/graphql.js';",
    "import { ChannelClient, type ReconnectOptions, type WebSocketConstructor } from './runtime/channels.js';",
    '',
    "export type * from './rest/types.gen.js';",
    '/** GraphQL documents (one per root field) and their result and variable types. */',
    "export * as GraphQL from './graphql/graphql.js';",
    "export * from './channels.js';",
    "export { StrataApiError, StrataGraphQLError } from './runtime/errors.js';",
    "export type { ChannelHandlers, ChannelSubscription, ReconnectOptions, WebSocketConstructor } from './runtime/channels.js';",
    '',
    'export interface StrataClientOptions {',
    '  /** Where the server listens, e.g. http://127.0.0.1:8080. */',
    '  baseUrl: string;',
    '  /** Headers sent with every request and WebSocket upgrade. */',
    '  headers?: Record<string, string> | (() => Record<string, string>);',
    '  fetch?: typeof fetch;',
    '  /** Needed for subscriptions and channels where there is no global WebSocket (Node 20: pass the ws package). */',
    '  WebSocket?: WebSocketConstructor;',
    '  reconnect?: ReconnectOptions;',
    '}',
    '',
    'export function createStrataClient(options: StrataClientOptions) {',
    "  const headers = typeof options.headers === 'function' ? options.headers : () => ({ ...(options.headers as Record<string, string> | undefined) });",
    '  const fetchImpl = options.fetch ?? globalThis.fetch;',
    '  const WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;',
    '  // Headers are read per request, so a token set later is used from then on.',
    '  const client = createClient(createConfig({ baseUrl: options.baseUrl, fetch: fetchImpl }));',
    '  client.interceptors.request.use((request) => {',
    '    for (const [name, value] of Object.entries(headers())) request.headers.set(name, value);',
    '    return request;',
    '  });',
    '  const rest = {',
    ...operations.map((operation) => `    ${operation.id}: bindOperation(sdk.${operation.id}, client),`),
    '  };',
    '  const graphql = new GraphQLClient({ url: new URL(\'/graphql\', options.baseUrl).toString(), headers, fetch: fetchImpl, WebSocket: WebSocketImpl });',
    '  const channels = new ChannelClient({',
    '    baseUrl: options.baseUrl,',
    "    WebSocket: WebSocketImpl ?? missingWebSocket(),",
    '    headers,',
    '    reconnect: options.reconnect,',
    '  });',
    '  return { rest, graphql, channels, close: () => graphql.close() };',
    '}',
    '',
    'export type StrataClient = ReturnType<typeof createStrataClient>;',
    '',
    'function missingWebSocket(): WebSocketConstructor {',
    '  return class {',
    '    constructor() {',
    "      throw new Error('No WebSocket implementation: pass one as the WebSocket option (in Node 20, the ws package).');",
    '    }',
    '  } as unknown as WebSocketConstructor;',
    '}',
    '',
  ].join('\n');
}

function packageJson(version: string): object {
  return {
    name: '@strata/client',
    version,
    description: 'TypeScript SDK for the Strata API: REST, GraphQL and WebSocket channels. Generated from the Strata specs.',
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    files: ['dist'],
    scripts: { build: 'tsc -p tsconfig.json', prepublishOnly: 'npm run build' },
    dependencies: { 'graphql-ws': '^6.0.0' },
    peerDependencies: { ws: '^8.0.0' },
    peerDependenciesMeta: { ws: { optional: true } },
    devDependencies: { typescript: '^6.0.0' },
    license: 'MIT',
  };
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    declaration: true,
    outDir: 'dist',
    rootDir: '.',
    skipLibCheck: true,
  },
  include: ['**/*.ts'],
  exclude: ['dist', 'node_modules'],
};
