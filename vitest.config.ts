import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const integration = (name: string, driver: 'pglite' | 'pg') => ({
  test: {
    name,
    environment: 'node',
    include: ['src/**/*.int.test.ts', 'test/support/**/*.int.test.ts'],
    // Tests that spawn the app or a CLI on its own embedded database run once, in the PGlite project.
    exclude: driver === 'pg' ? ['src/main.int.test.ts', 'src/**/*.cli.int.test.ts'] : [],
    globalSetup: ['test/support/global-db.ts'],
    env: { TEST_DB: driver },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts', 'src/web/**'] },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/web-setup.ts'],
        },
      },
      integration('int-pglite', 'pglite'),
      // The same suite on a PostgreSQL server, when one is given (CI sets it).
      ...(process.env.TEST_DATABASE_URL ? [integration('int-pg', 'pg')] : []),
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
