import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for both import and require; Vite would pick its ES
    // module build for imports, and two copies of graphql refuse each other's schemas.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own engine (worker threads) or server; two cores, so two at a time.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
