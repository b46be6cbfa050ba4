import { defineConfig } from 'vitest/config';

const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * Every test runs on embedded PGlite; when TEST_DATABASE_URL names a PostgreSQL server (as in CI)
 * the database-backed tests run a second time against it, so both paths are proven each run.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry and the machine has two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
          env: { TEST_DATABASE_URL: '' },
        },
      },
      ...(serverUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['apps/server/src/**/*.test.ts'],
                env: { TEST_DATABASE_URL: serverUrl },
              },
            },
          ]
        : []),
    ],
  },
});
