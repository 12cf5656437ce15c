/**
 * A changed holiday table (a new date-holidays) that lacks an Atw holiday must not give a calendar
 * quietly missing it: atwFeestdagen refuses the year.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('./feestdagtabel.js', async (importOriginal) => {
  const echt = await importOriginal<typeof import('./feestdagtabel.js')>();
  const jaren = [...echt.FEESTDAGJAREN];
  // 2025 without its first entry (Nieuwjaar: month, day, kind are three characters).
  jaren[2025 - echt.FEESTDAGTABEL_EERSTE_JAAR] = jaren[2025 - echt.FEESTDAGTABEL_EERSTE_JAAR]!.slice(3);
  return { ...echt, FEESTDAGJAREN: jaren };
});

const { atwFeestdagen } = await import('./feestdagen.js');

describe('atwFeestdagen with a table that lacks an Atw holiday', () => {
  it('throws instead of giving eight holidays', () => {
    expect(() => atwFeestdagen(2025)).toThrow(new Error('date-holidays gaf 8 in plaats van 9 Atw-feestdagen voor 2025.'));
  });

  it('still gives the nine of a year the table has whole', () => {
    expect(atwFeestdagen(2026).slice(0, 9).map((f) => f.naam)).toEqual([
      'Nieuwjaarsdag', 'Goede Vrijdag', 'Tweede Paasdag', 'Koningsdag', 'Bevrijdingsdag (5 mei)',
      'Hemelvaartsdag', 'Tweede Pinksterdag', 'Eerste Kerstdag', 'Tweede Kerstdag',
    ]);
  });
});
