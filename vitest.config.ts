import { defineConfig } from 'vitest/config';

// Three suites, run by scripts/test.sh:
//  - unit:    pure code (domain rules, formatters, document builders); no database, no network.
//  - db:      API + database through app.inject; run once per engine (TDKT_TEST_ENGINE=pglite|postgres).
//  - browser: real pages in Debian's Chromium (playwright-core) against a real server.
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/cli/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.db.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file has its own fresh database (in-memory PGlite, or its own PostgreSQL database), so files
          // can run side by side; scripts/test.sh runs two at a time (PGlite is single-threaded WebAssembly).
          fileParallelism: true,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
