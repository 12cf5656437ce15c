import { defineConfig } from 'vitest/config';

/**
 * The test set for mutation testing (`npm run mutatie`, see stryker.config.json): only the tests
 * of the code Stryker mutates, src/rules and src/deadlines, in one project. Left out: the
 * cross-check of the calendar against date-holidays and the test of the generated holiday table,
 * which are slow and cover generated data that is not mutated.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: ['src/rules/**/*.test.ts', 'src/deadlines/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'src/deadlines/kalender.crosscheck.test.ts',
      'src/deadlines/feestdagtabel.test.ts',
    ],
  },
});
