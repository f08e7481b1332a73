// Build steps besides TypeScript: the native SQLite extension and the GraphiQL bundle. Each is
// written next to its source and skipped when up to date; `npm run build` copies them into dist.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildNative } from './build-native.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

async function buildGraphiQL(): Promise<void> {
  const entry = join(root, 'server/docs/graphiql/entry.js');
  const bundle = join(root, 'server/docs/graphiql/graphiql.bundle.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(entry).mtimeMs) return;
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: bundle,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  console.log(`Built ${bundle}`);
}

buildNative();
await buildGraphiQL();
