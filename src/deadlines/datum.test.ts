import { describe, expect, it } from 'vitest';
import { InvoerFout } from '../types/fouten.js';
import { epochDag, formatEpochDag, leesDatum, plusMaanden, uitEpochDag, weekdag } from './datum.js';

describe('epoch-day arithmetic', () => {
  it('agrees with Date.UTC for every day from 1990 to 2200', () => {
    const begin = Date.UTC(1990, 0, 1) / 86_400_000;
    const eind = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let e = begin; e <= eind; e++) {
      const d = new Date(e * 86_400_000);
      const c = uitEpochDag(e);
      expect(c.jaar === d.getUTCFullYear() && c.maand === d.getUTCMonth() + 1 && c.dag === d.getUTCDate()).toBe(true);
      expect(epochDag(c.jaar, c.maand, c.dag)).toBe(e);
      expect(weekdag(e)).toBe((d.getUTCDay() + 6) % 7);
    }
  });

  it('formats and parses round trip', () => {
    expect(formatEpochDag(epochDag(2024, 2, 29))).toBe('2024-02-29');
    expect(leesDatum('2024-02-29')).toBe(epochDag(2024, 2, 29));
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(formatEpochDag(plusMaanden(leesDatum('2025-11-30'), 3))).toBe('2026-02-28');
    expect(formatEpochDag(plusMaanden(leesDatum('2023-11-30'), 3))).toBe('2024-02-29');
    expect(formatEpochDag(plusMaanden(leesDatum('2024-02-29'), 12))).toBe('2025-02-28');
    expect(formatEpochDag(plusMaanden(leesDatum('2025-10-15'), 3))).toBe('2026-01-15');
  });
});

describe('leesDatum rejects what is not a Datum, in Dutch', () => {
  const gevallen: [unknown, string][] = [
    ['2025-02-30', "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen."],
    ['2024-02-30', "'2024-02-30' is geen geldige datum: februari 2024 heeft 29 dagen."],
    ['2025-13-01', "'2025-13-01' is geen geldige datum: maand 13 bestaat niet."],
    ['2025-2-3', "'2025-2-3' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)."],
    ['03-02-2025', "'03-02-2025' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)."],
    ['2025-02-03T10:00', "'2025-02-03T10:00' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)."],
    [20250203, "Verwacht een datum als tekst 'JJJJ-MM-DD', maar kreeg het getal 20250203."],
    [undefined, "Verwacht een datum als tekst 'JJJJ-MM-DD', maar kreeg niets."],
  ];
  it.each(gevallen)('%s', (waarde, melding) => {
    try {
      leesDatum(waarde, 'ontvangen');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvoerFout);
      expect((e as InvoerFout).problemen).toEqual([{ pad: 'ontvangen', melding }]);
    }
  });
});
