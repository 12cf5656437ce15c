import { expect, it } from 'vitest';
import { termijnVeiligheidsbeoordeling } from './termijnen.js';

// npm test reruns the date tests under TZ=UTC, Europe/Amsterdam and America/Los_Angeles. This
// guards that the TZ actually reached the test process, so those reruns are not silently the same.
it('runs in the time zone the test command set', () => {
  const tz = process.env['TZ'];
  const verwacht: Record<string, number> = { UTC: 0, 'Europe/Amsterdam': -60, 'America/Los_Angeles': 480 };
  if (tz !== undefined && tz in verwacht) expect(new Date('2025-01-15T12:00:00Z').getTimezoneOffset()).toBe(verwacht[tz]);
  // And the answer does not depend on it:
  expect(termijnVeiligheidsbeoordeling('2025-12-31T23:30:00Z').start).toBe('2026-01-01');
});
