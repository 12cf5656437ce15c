import { describe, expect, it } from 'vitest';
import { InvoerFout } from '../types/fouten.js';
import {
  beschrijf, dagenInMaand, datumProbleem, EERSTE_DAG, EERSTE_JAAR, epochDag, formatEpochDag, LAATSTE_DAG, LAATSTE_DATUM, LAATSTE_JAAR,
  leesbareDatum, leesDatum, plusMaanden, uitEpochDag, weekdag,
} from './datum.js';
import { naarAmsterdam } from './tijdstip.js';

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

  // npm test runs these under TZ=UTC, Europe/Amsterdam and America/Los_Angeles: date-fns works in
  // local time, so the month arithmetic must not move a day in any of them.
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-12-31', 3, '2026-03-31'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-10-31', 3, '2026-01-31'],
    ['2025-12-31', 12, '2026-12-31'],
    ['2026-01-01', -1, '2025-12-01'],
    ['2025-03-30', 12, '2026-03-30'], // the last Sunday of March: DST starts in Amsterdam
    ['2025-10-26', 1, '2025-11-26'], // the last Sunday of October: DST ends
    ['2025-03-09', 3, '2025-06-09'], // DST starts in Los Angeles
    ['2199-11-30', 3, '2200-02-28'], // 2200 is no leap year
    ['2099-12-31', 2, '2100-02-28'],
    ['1999-11-30', 3, '2000-02-29'],
    ['2024-05-15', 0, '2024-05-15'],
    ['2023-05-15', 24, '2025-05-15'],
  ] as const)('%s + %i maanden = %s', (van, maanden, tot) => {
    expect(formatEpochDag(plusMaanden(leesDatum(van), maanden))).toBe(tot);
  });

  it('keeps years below 100 themselves (the Date constructor would make 50 into 1950)', () => {
    expect(plusMaanden(epochDag(50, 1, 31), 1)).toBe(epochDag(50, 2, 28));
    expect(plusMaanden(epochDag(99, 12, 31), 2)).toBe(epochDag(100, 2, 28));
  });

  it('adds 3, 12 and 24 months like plain civil arithmetic, for every day from 1990 to 2200', () => {
    // The reference: year and month as one month count, the day clamped to the target month.
    const referentie = (e: number, maanden: number): number => {
      const { jaar, maand, dag } = uitEpochDag(e);
      const totaal = jaar * 12 + (maand - 1) + maanden;
      const nj = Math.floor(totaal / 12);
      const nm = totaal - nj * 12 + 1;
      return epochDag(nj, nm, Math.min(dag, dagenInMaand(nj, nm)));
    };
    const afwijkingen: string[] = [];
    for (let e = epochDag(1990, 1, 1); e <= epochDag(2200, 12, 31); e++) {
      for (const m of [3, 12, 24]) if (plusMaanden(e, m) !== referentie(e, m)) afwijkingen.push(`${formatEpochDag(e)} + ${m}`);
    }
    expect(afwijkingen).toEqual([]);
  });
});

describe('leesbareDatum', () => {
  it.each([
    ['2026-05-14', 'donderdag 14 mei 2026'],
    ['2024-02-29', 'donderdag 29 februari 2024'],
    ['2000-02-29', 'dinsdag 29 februari 2000'],
    ['2025-12-31', 'woensdag 31 december 2025'],
    ['2026-01-01', 'donderdag 1 januari 2026'],
    ['2025-03-30', 'zondag 30 maart 2025'],
    ['2025-10-26', 'zondag 26 oktober 2025'],
    ['1990-01-01', 'maandag 1 januari 1990'],
    ['2200-12-31', 'woensdag 31 december 2200'],
    ['0050-06-01', 'woensdag 1 juni 50'],
  ])('%s is %s', (datum, tekst) => {
    expect(leesbareDatum(leesDatum(datum))).toBe(tekst);
  });

  it('agrees with Intl (nl-NL, in UTC) for every day from 1990 to 2200', () => {
    const intl = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const afwijkingen: string[] = [];
    for (let e = epochDag(1990, 1, 1); e <= epochDag(2200, 12, 31); e++) {
      const verwacht = intl.format(new Date(e * 86_400_000));
      if (leesbareDatum(e) !== verwacht) afwijkingen.push(`${formatEpochDag(e)}: ${leesbareDatum(e)} ≠ ${verwacht}`);
    }
    expect(afwijkingen.slice(0, 5)).toEqual([]);
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
      expect((e as InvoerFout).problemen).toMatchObject([{ pad: 'ontvangen', melding }]);
    }
  });
});

describe('issue 9: dates as a Datum writes them, the supported years, bounded messages', () => {
  it('the first and last supported day', () => {
    expect([EERSTE_DAG, LAATSTE_DAG]).toEqual([epochDag(EERSTE_JAAR, 1, 1), epochDag(LAATSTE_JAAR, 12, 31)]);
    expect(formatEpochDag(LAATSTE_DAG)).toBe(LAATSTE_DATUM);
  });

  it('a year below 1000 is written with four digits, so it reads back as the same Datum', () => {
    expect(formatEpochDag(epochDag(50, 6, 1))).toBe('0050-06-01');
    expect(formatEpochDag(epochDag(0, 1, 1))).toBe('0000-01-01');
    expect(formatEpochDag(epochDag(999, 12, 31))).toBe('0999-12-31');
    expect(formatEpochDag(epochDag(1000, 1, 1))).toBe('1000-01-01');
    expect(leesDatum(formatEpochDag(epochDag(7, 3, 4)))).toBe(epochDag(7, 3, 4));
  });

  it('a Tijdstip in year 0 is in year 0 in Amsterdam (Intl would say 1 BC)', () => {
    expect(naarAmsterdam(Date.UTC(2000, 5, 15, 12))).toEqual({ dag: epochDag(2000, 6, 15), minuut: 14 * 60 });
    const jaar0 = new Date(0);
    jaar0.setUTCFullYear(0, 5, 15);
    jaar0.setUTCHours(12, 0, 0, 0);
    expect(uitEpochDag(naarAmsterdam(jaar0.getTime()).dag)).toEqual({ jaar: 0, maand: 6, dag: 15 });
    const jaarMin1 = new Date(0);
    jaarMin1.setUTCFullYear(-1, 11, 31);
    jaarMin1.setUTCHours(12, 0, 0, 0);
    expect(uitEpochDag(naarAmsterdam(jaarMin1.getTime()).dag)).toEqual({ jaar: -1, maand: 12, dag: 31 });
  });

  it('a long value is quoted cut off after 80 characters', () => {
    const lang = 'a'.repeat(100_000);
    expect(beschrijf(lang)).toBe(`de tekst '${'a'.repeat(80)}…'`);
    expect(datumProbleem(lang)).toBe(`'${'a'.repeat(80)}…' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03).`);
    expect(beschrijf('a'.repeat(80))).toBe(`de tekst '${'a'.repeat(80)}'`);
    // Never half a surrogate pair.
    expect(beschrijf(`${'a'.repeat(79)}😀😀`)).toBe(`de tekst '${'a'.repeat(79)}…'`);
  });
});
