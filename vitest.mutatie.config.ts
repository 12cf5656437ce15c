import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The test set for mutation testing (`npm run mutatie`, see stryker.config.json): the tests of the
 * code Stryker mutates (src/rules, src/deadlines), the decision tables (every rule's uitleg,
 * bronnen, interpretatie and validity) and the scenario corpus. Left out: the cross-check of the
 * calendar against date-holidays and the test of the generated holiday table, which are slow and
 * cover generated data that is not mutated.
 */
const TESTS = ['src/laden.test.ts', 'src/types/**/*.test.ts', 'src/rules/**/*.test.ts', 'src/deadlines/**/*.test.ts', 'src/docs/tabellen.test.ts', 'src/scenarios/scenarios.test.ts'];

/**
 * Stryker stops a run at the first failing test (bail), and most mutants are killed by a fast,
 * specific test; vitest's own order runs the slowest files (and the last to fail) first, which
 * made every killed mutant cost a full enumeration. So: first whether every module loads, then the
 * decision tables (half the mutants are in the definitions, which run at import, and a change to
 * a rule, uitleg or bron changes its table), then the rest by name, and these last, slowest last.
 */
const EERST = ['src/laden.test.ts', 'src/docs/tabellen.test.ts'];
const LAATST = ['src/rules/_lib/schema.test.ts', 'src/deadlines/datum.test.ts', 'src/rules/_lib/volledigheid.test.ts'];

class SnelleEerst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const plaats = (f: TestSpecification) => {
      const eerst = EERST.findIndex((e) => f.moduleId.endsWith(e));
      return eerst >= 0 ? eerst - EERST.length - 1 : LAATST.findIndex((l) => f.moduleId.endsWith(l));
    };
    return [...files].sort((a, b) => plaats(a) - plaats(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: TESTS,
    exclude: ['**/node_modules/**', 'src/deadlines/kalender.crosscheck.test.ts', 'src/deadlines/feestdagtabel.test.ts'],
    sequence: { sequencer: SnelleEerst },
  },
});
