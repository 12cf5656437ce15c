import { expect, it } from 'vitest';
import { termijnVeiligheidsbeoordeling } from './termijnen.js';
import { naarAmsterdam, naarAmsterdamVolgensEuRegel } from './tijdstip.js';

// npm test reruns the date tests under TZ=UTC, Europe/Amsterdam and America/Los_Angeles. This
// guards that the TZ actually reached the test process, so those reruns are not silently the same.
it('runs in the time zone the test command set', () => {
  const tz = process.env['TZ'];
  const verwacht: Record<string, number> = { UTC: 0, 'Europe/Amsterdam': -60, 'America/Los_Angeles': 480 };
  if (tz !== undefined && tz in verwacht) expect(new Date('2025-01-15T12:00:00Z').getTimezoneOffset()).toBe(verwacht[tz]);
  // And the answer does not depend on it:
  expect(termijnVeiligheidsbeoordeling('2025-12-31T23:30:00Z').start).toBe('2026-01-01');
});

it('Amsterdam time by the EU rule equals Intl (the tz database) every half hour around every change, 1996–2200, and at 2,000 other moments', () => {
  const verschillen: string[] = [];
  const vergelijk = (ms: number) => {
    const a = naarAmsterdamVolgensEuRegel(ms);
    const b = naarAmsterdam(ms);
    if (a === undefined || a.dag !== b.dag || a.minuut !== b.minuut) verschillen.push(`${new Date(ms).toISOString()}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };
  let n = 0;
  for (let jaar = 1996; jaar <= 2200; jaar++) {
    for (const maand of [3, 10]) {
      // From the Friday before the last Sunday to the Tuesday after it, every 30 minutes.
      const laatste = Date.UTC(jaar, maand - 1, 31);
      const zondag = laatste - new Date(laatste).getUTCDay() * 86_400_000;
      for (let ms = zondag - 2 * 86_400_000; ms < zondag + 2 * 86_400_000; ms += 1_800_000) {
        vergelijk(ms);
        n++;
      }
    }
  }
  for (let i = 0; i < 2000; i++) vergelijk(Date.UTC(1996, 0, 1) + Math.floor(((i * 7919) % 2000) / 2000 * (Date.UTC(2200, 11, 31) - Date.UTC(1996, 0, 1))) + i * 61_000);
  expect(verschillen).toEqual([]);
  expect(n).toBe(205 * 2 * 192);
  // Outside its years it gives nothing (and the package uses Intl).
  expect([naarAmsterdamVolgensEuRegel(Date.UTC(1995, 11, 31, 12)), naarAmsterdamVolgensEuRegel(Date.UTC(2201, 0, 1, 12))]).toEqual([undefined, undefined]);
});
