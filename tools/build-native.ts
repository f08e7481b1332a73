// Compiles the strata_interrupt SQLite extension next to its source; does nothing when the
// library is up to date.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const nativeDir = join(root, 'engine/storage/sqlite/native');
const source = join(nativeDir, 'strata_interrupt.c');
const library = join(nativeDir, `strata_interrupt${process.platform === 'darwin' ? '.dylib' : '.so'}`);
// Compile against the SQLite headers of the better-sqlite3 we load the extension into.
const sqliteHeaders = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps', 'sqlite3');

export function buildNative(): void {
  if (existsSync(library) && statSync(library).mtimeMs >= statSync(source).mtimeMs) return;
  const compiler = process.env.CC ?? 'cc';
  const platformFlags = process.platform === 'darwin' ? ['-dynamiclib', '-undefined', 'dynamic_lookup'] : ['-shared'];
  try {
    execFileSync(compiler, ['-O2', '-fPIC', ...platformFlags, `-I${sqliteHeaders}`, '-o', library, source, '-lpthread'], { stdio: 'inherit' });
  } catch (error) {
    console.error(`Could not compile ${source} with ${compiler}. Strata needs a C compiler (the same one better-sqlite3 builds with); set CC to use another.`);
    throw error;
  }
  console.log(`Built ${library}`);
}
