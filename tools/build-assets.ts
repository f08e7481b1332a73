// Build steps besides TypeScript: the native SQLite extension and the GraphiQL bundle. Each is
// written next to its source and skipped when up to date. With --copy-to <dir> (npm run build)
// they are also copied to the same place in the compiled tree.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
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

/** Built files, relative to the project root. */
const ASSETS = [
  `engine/storage/sqlite/native/strata_interrupt${process.platform === 'darwin' ? '.dylib' : '.so'}`,
  'server/docs/graphiql/graphiql.bundle.js',
  'server/docs/graphiql/graphiql.bundle.css',
];

buildNative();
await buildGraphiQL();
const copyTo = parseArgs({ options: { 'copy-to': { type: 'string' } } }).values['copy-to'];
if (copyTo !== undefined) {
  for (const asset of ASSETS) {
    const target = join(root, copyTo, asset);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(root, asset), target);
  }
}
