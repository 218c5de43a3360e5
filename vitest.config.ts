import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Next resolves `server-only` to nothing on the server; tests run server modules in Node the same way.
    alias: { 'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)) },
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'services',
          // Unit, integration (each file gets its own database) and HTTP tests.
          include: ['{apps,packages,scripts}/**/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/.next/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Each file starts the whole system; one at a time, after one build of the web app.
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/buildWebOnce.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // What a page shows follows a navigation by a render and often a request: the default
          // second of `expect.poll` is shorter than a busy two-core machine takes to get there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
