import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs no services; `integration` (*.int.test.ts) runs on real PostgreSQL and Redis
// from DATABASE_URL / REDIS_URL (scripts/services.sh starts both).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          globalSetup: ['test/setup/build-word-tables.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'apps/*/src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/setup/require-services.ts', 'test/setup/build-word-tables.ts'],
        },
      },
    ],
  },
});
