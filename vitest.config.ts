import { defineConfig } from 'vitest/config';

/**
 * The tests whose answers could depend on the machine's time zone: date arithmetic (date-fns works
 * in local time), the calendar, the termijnen, Tijdstip conversion, and the decisions that read a
 * Tijdstip (spoed in vervolg, ontvangen in politiemelding). `npm test` runs everything under UTC
 * and these again under Europe/Amsterdam and America/Los_Angeles (as date-fns' own tz script).
 */
const tijdzoneGevoelig = [
  'src/deadlines/datum.test.ts',
  'src/deadlines/kalender.test.ts',
  'src/deadlines/kalender.property.test.ts',
  'src/deadlines/termijnen.test.ts',
  'src/deadlines/tijdzone.test.ts',
  'src/rules/vervolg/vervolg.test.ts',
  'src/rules/politiemelding/politiemelding.test.ts',
  'src/beslishulp/tijd.test.ts',
  'src/rapportage/rapportage.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'alles', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { extends: true, test: { name: 'tijdzone', include: tijdzoneGevoelig } },
    ],
  },
});
