/**
 * Exact answers at the edges of datum.ts that the broader tests in datum.test.ts pass by: every
 * expected value here is worked out by hand or read from Date.UTC, never from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { padEnCode, vangInvoerFout } from '../testhulp.js';
import {
  beschrijf, buitenJarenMelding, controleerBinnenJaren, datumProbleem, EERSTE_DAG, formatEpochDag, ingekort, isDatum, LAATSTE_DAG,
  leesDatum, plusMaanden,
} from './datum.js';

/** The epoch day of a civil date, from Date.UTC (an oracle independent of datum.ts). */
const dagVan = (jaar: number, maand: number, dag: number): number => Date.UTC(jaar, maand - 1, dag) / 86_400_000;

const vorm = (s: string) => `'${s}' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03).`;

describe('datumProbleem and leesDatum: one character wrong', () => {
  // Each has the right length; one character is no digit (':' is just above '9', '/' just below '0'),
  // or a separator is no '-'.
  const fout = ['2025-0a-01', '2025-01-0:', '2025-01-1/', '202/-01-01', ':025-01-01', '2025/02-03', '2025-02/03', '2025 02-03'];

  it.each(fout)('%s is refused as not of the form JJJJ-MM-DD', (s) => {
    expect(datumProbleem(s)).toBe(vorm(s));
    expect(isDatum(s)).toBe(false);
    const fout = vangInvoerFout(() => leesDatum(s));
    expect(fout.problemen).toEqual([{ pad: 'datum', code: 'ongeldige-datum', melding: vorm(s) }]);
  });

  it('leesDatum refuses at pad datum unless told otherwise, a non-text with its own code', () => {
    expect(padEnCode(() => leesDatum('2025-02-30'))).toEqual([{ pad: 'datum', code: 'ongeldige-datum' }]);
    expect(padEnCode(() => leesDatum(20250203))).toEqual([{ pad: 'datum', code: 'verkeerd-type' }]);
    expect(padEnCode(() => leesDatum(null, 'peildatum'))).toEqual([{ pad: 'peildatum', code: 'verkeerd-type' }]);
  });

  it('the year in a message is the year written (hundreds and all), and decides 29 February', () => {
    expect(datumProbleem('1999-02-30')).toBe("'1999-02-30' is geen geldige datum: februari 1999 heeft 28 dagen.");
    expect(datumProbleem('1900-02-29')).toBe("'1900-02-29' is geen geldige datum: februari 1900 heeft 28 dagen.");
    expect(datumProbleem('2000-02-30')).toBe("'2000-02-30' is geen geldige datum: februari 2000 heeft 29 dagen.");
    expect(datumProbleem('2000-02-29')).toBeUndefined();
    expect(datumProbleem('2100-02-29')).toBe("'2100-02-29' is geen geldige datum: februari 2100 heeft 28 dagen.");
  });

  it('30 days hath September, April, June and November', () => {
    expect(['04', '06', '09', '11'].map((m) => datumProbleem(`2025-${m}-31`))).toEqual([
      "'2025-04-31' is geen geldige datum: april 2025 heeft 30 dagen.",
      "'2025-06-31' is geen geldige datum: juni 2025 heeft 30 dagen.",
      "'2025-09-31' is geen geldige datum: september 2025 heeft 30 dagen.",
      "'2025-11-31' is geen geldige datum: november 2025 heeft 30 dagen.",
    ]);
    expect(['01', '03', '05', '07', '08', '10', '12'].map((m) => leesDatum(`2025-${m}-31`))).toEqual(
      [1, 3, 5, 7, 8, 10, 12].map((m) => dagVan(2025, m, 31)),
    );
    expect(leesDatum('2025-09-30')).toBe(dagVan(2025, 9, 30));
  });

  it('isDatum and datumProbleem agree on every one-character change of a valid date', () => {
    // Every position of '2024-02-29' replaced by each of these characters (digits, the separators and their neighbours).
    const tekens = ['0', '1', '2', '3', '9', '-', '/', ':', ' ', 'a', '.', ',', '+', 'T'];
    const oneens: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (const t of tekens) {
        const s = '2024-02-29'.slice(0, i) + t + '2024-02-29'.slice(i + 1);
        if (isDatum(s) !== (datumProbleem(s) === undefined)) oneens.push(s);
      }
    }
    expect(oneens).toEqual([]);
    // And some of them are valid, some not.
    expect(['2024-02-28', '2024-02-19', '2024-12-29', '2024-02-2:', '2024-0:-29'].map(isDatum)).toEqual([true, true, true, false, false]);
  });
});

describe('ingekort: never half a surrogate pair, at the exact edges of the high surrogates', () => {
  const a79 = 'a'.repeat(79);
  it.each([
    ['U+D800 (first high surrogate)', `${a79}\uD800\uDC00b`, `${a79}…`],
    ['U+DBFF (last high surrogate)', `${a79}\uDBFF\uDFFFb`, `${a79}…`],
    ['U+DC00 (a low surrogate: no pair starts there)', `${a79}\uDC00bb`, `${a79}\uDC00…`],
    ['U+D7FF (just below)', `${a79}\uD7FFbb`, `${a79}\uD7FF…`],
    ['U+FFFD (far above)', `${a79}\uFFFDbb`, `${a79}\uFFFD…`],
  ])('the 80th character %s', (_, tekst, kort) => {
    expect(ingekort(tekst)).toBe(kort);
  });

  it('a shorter maximum, and exactly the maximum is left whole', () => {
    expect(ingekort('abcdef', 3)).toBe('abc…');
    expect(ingekort('abc', 3)).toBe('abc');
  });
});

describe('beschrijf names every kind of value', () => {
  it.each([
    [{}, 'een object'],
    [new Date(0), 'een object'],
    [() => 1, 'een function'],
    [Symbol('x'), 'een symbol'],
    [10n, 'een bigint'],
    [[1], 'een lijst'],
    [null, 'null'],
    [undefined, 'niets'],
    [false, 'de waarde false'],
    [1.5, 'het getal 1.5'],
    ['x', "de tekst 'x'"],
  ])('%s', (w, tekst) => {
    expect(beschrijf(w)).toBe(tekst);
  });
});

describe('buitenJarenMelding and controleerBinnenJaren', () => {
  const oudjaar1989 = dagVan(1989, 12, 31);

  it('a Datum is quoted as written; a value that is no text shows the date it stands for, even if it has a length', () => {
    expect(buitenJarenMelding('1989-12-31', oudjaar1989, 'deze kalender')).toBe(
      "De datum '1989-12-31' valt in het jaar 1989, buiten wat deze kalender kent (1990 tot en met 2200).",
    );
    expect(buitenJarenMelding(19891231, oudjaar1989, 'dit pakket')).toBe(
      'De datum 1989-12-31 valt in het jaar 1989, buiten wat dit pakket kent (1990 tot en met 2200).',
    );
    const lijst = Array.from({ length: 11 }, () => 'x');
    expect(buitenJarenMelding(lijst, oudjaar1989, 'dit pakket')).toBe(
      'De datum 1989-12-31 valt in het jaar 1989, buiten wat dit pakket kent (1990 tot en met 2200).',
    );
  });

  it('a Tijdstip (longer than a Datum) is named as one, with its Amsterdam year', () => {
    expect(buitenJarenMelding('2200-12-31T23:30:00Z', dagVan(2201, 1, 1), 'dit pakket')).toBe(
      "Het tijdstip '2200-12-31T23:30:00Z' valt (in Amsterdam) in het jaar 2201, buiten wat dit pakket kent (1990 tot en met 2200).",
    );
  });

  it('refuses the day before the first and after the last supported day with code buiten-bereik, and lets those days pass', () => {
    expect(EERSTE_DAG).toBe(dagVan(1990, 1, 1));
    expect(LAATSTE_DAG).toBe(dagVan(2200, 12, 31));
    expect(vangInvoerFout(() => controleerBinnenJaren(oudjaar1989, '1989-12-31', 'peildatum', 'deze kalender')).problemen).toEqual([
      { pad: 'peildatum', code: 'buiten-bereik', melding: "De datum '1989-12-31' valt in het jaar 1989, buiten wat deze kalender kent (1990 tot en met 2200)." },
    ]);
    expect(vangInvoerFout(() => controleerBinnenJaren(dagVan(2201, 1, 1), '2201-01-01', 'x', 'dit pakket')).problemen).toEqual([
      { pad: 'x', code: 'buiten-bereik', melding: "De datum '2201-01-01' valt in het jaar 2201, buiten wat dit pakket kent (1990 tot en met 2200)." },
    ]);
    expect(controleerBinnenJaren(dagVan(1990, 1, 1), '1990-01-01', 'x', 'dit pakket')).toBeUndefined();
    expect(controleerBinnenJaren(dagVan(2200, 12, 31), '2200-12-31', 'x', 'dit pakket')).toBeUndefined();
  });
});

describe('plusMaanden remembers each (day, months) pair apart', () => {
  it('negative, large and ordinary month counts whose day × 4096 + months coincide get their own answers', () => {
    const e = dagVan(2025, 1, 15);
    // Worked out by hand: 4095 = 341·12 + 3, 4096 = 341·12 + 4, 4097 = 341·12 + 5, 8191 = 682·12 + 7, 8192 = 682·12 + 8.
    const gevallen: [number, number, string][] = [
      [e - 1, 4095, '2366-04-14'],
      [e, -1, '2024-12-15'],
      [e + 1, -4097, '1683-08-16'],
      [e - 2, 8191, '2707-08-13'],
      [e + 1, 0, '2025-01-16'],
      [e, 4096, '2366-05-15'],
      [e - 1, 8192, '2707-09-14'],
    ];
    // Twice: the second time from what was remembered.
    for (let keer = 0; keer < 2; keer++) {
      expect(gevallen.map(([dag, maanden]) => formatEpochDag(plusMaanden(dag, maanden)))).toEqual(gevallen.map(([, , tot]) => tot));
    }
  });
});
