import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `npm test` runs both (CI). `npm run test:unit` runs the fast one for the
 * edit–test loop (about a minute on 2 cores): everything except the files below, which run
 * whole seasons by the hundred, start browsers or servers under load, or Redis and queue workers.
 */
export const SLOW_TESTS = [
  'test/lp/what-if-grid-*.test.ts',
  'test/lp/solver-agreement.test.ts',
  'test/browser/**/*.test.ts',
  'test/server/load.test.ts',
  'test/server/queue-and-timeout.test.ts',
  'test/library/**/*.test.ts',
  'test/risk/**/*.test.ts',
  'test/province/plan-province.test.ts',
  'test/province/notebook.test.ts',
  'test/queue/queue.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/count-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW_TESTS } },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS } },
    ],
  },
});
