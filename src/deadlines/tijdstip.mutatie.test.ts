/**
 * Exact answers at the edges of tijdstip.ts: the expected moments come from Date.UTC / Date.parse
 * (independent of the code under test), the expected days and sentences are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { vangInvoerFout } from '../testhulp.js';
import { leesDatum } from './datum.js';
import { leesDatumOfTijdstip, leesTijdstip, naarAmsterdam, tijdstipProbleem } from './tijdstip.js';

const DAG = 86_400_000;
const vorm = (s: string) => `'${s}' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00.`;

describe('tijdstipProbleem: the whole text must be a Tijdstip', () => {
  it.each(['x2025-03-10T10:00:00Z', '2025-03-10T10:00:00Zx', '2025-03-10T10:00:00+01:00x', ' 2025-03-10T10:00:00+01:00'])('%s', (s) => {
    expect(tijdstipProbleem(s)).toBe(vorm(s));
    expect(vangInvoerFout(() => leesTijdstip(s)).problemen).toEqual([{ pad: 'tijdstip', code: 'ongeldige-datum', melding: vorm(s) }]);
  });

  it('a time without zone is recognised up to 40 characters', () => {
    const w40 = `2025-03-10T10:00:00.${'1234567890'.repeat(2)}`;
    const w41 = `${w40}1`;
    expect(w40.length).toBe(40);
    expect(tijdstipProbleem(w40)).toBe(
      `'${w40}' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '${w40}+01:00' of '${w40}Z'.`,
    );
    expect(tijdstipProbleem(w41)).toBe(vorm(w41));
  });

  it('Z is no offset to check; a negative offset is checked like a positive one', () => {
    expect(['2025-03-10T10:00:00Z', '2025-03-10T10:00:00-14:00', '2025-03-10T10:00:00-00:59'].map(tijdstipProbleem)).toEqual([undefined, undefined, undefined]);
    expect(tijdstipProbleem('2025-03-10T10:00:00-15:00')).toBe("'2025-03-10T10:00:00-15:00' heeft een ongeldig verschil tot UTC (-15:00).");
  });
});

describe('leesTijdstip: seconds, fractions and negative offsets', () => {
  it.each([
    ['2025-03-10T10:00:07+01:00', Date.UTC(2025, 2, 10, 9, 0, 7)],
    ['2025-03-10T10:00:59Z', Date.UTC(2025, 2, 10, 10, 0, 59)],
    ['2025-03-10T10:00:07.5-05:30', Date.UTC(2025, 2, 10, 15, 30, 7, 500)],
    ['2025-03-10T10:00:00.123456789Z', Date.UTC(2025, 2, 10, 10, 0, 0, 123)],
    ['2025-03-10T10:00:01.999+00:00', Date.UTC(2025, 2, 10, 10, 0, 1, 999)],
    ['2025-03-10T00:15-01:45', Date.UTC(2025, 2, 10, 2, 0)],
    ['2024-12-31T23:59:59-00:01', Date.UTC(2025, 0, 1, 0, 0, 59)],
  ])('%s', (s, ms) => {
    expect(leesTijdstip(s)).toBe(ms);
  });
});

describe('naarAmsterdam around year 1 (Intl counts years before it as BC)', () => {
  // Amsterdam's local mean time then was some 18 to 20 minutes ahead of UTC: the days below are far from that.
  it.each([
    ['0000-12-30T12:00:00Z', '0000-12-30T00:00:00Z'],
    ['0000-12-31T12:00:00Z', '0000-12-31T00:00:00Z'],
    ['0000-12-31T23:50:00Z', '0001-01-01T00:00:00Z'],
    ['0001-01-01T12:00:00Z', '0001-01-01T00:00:00Z'],
    ['0001-01-02T12:00:00Z', '0001-01-02T00:00:00Z'],
    ['0001-01-03T12:00:00Z', '0001-01-03T00:00:00Z'],
  ])('%s is on the Amsterdam day of %s', (moment, dag) => {
    expect(naarAmsterdam(Date.parse(moment)).dag).toBe(Date.parse(dag) / DAG);
  });

  it('a modern moment, with its minute', () => {
    expect(naarAmsterdam(Date.UTC(2025, 9, 26, 0, 59))).toEqual({ dag: Date.UTC(2025, 9, 26) / DAG, minuut: 2 * 60 + 59 });
    expect(naarAmsterdam(Date.UTC(2025, 9, 26, 1, 0))).toEqual({ dag: Date.UTC(2025, 9, 26) / DAG, minuut: 2 * 60 });
  });
});

describe('leesDatumOfTijdstip', () => {
  const lees = (w: unknown) => leesDatumOfTijdstip(w, 'ontvangen', leesDatum);

  it.each([
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2025-12-31T22:59:59Z', '2025-12-31'],
    ['2025-03-29T23:30:00Z', '2025-03-30'],
    ['2025-03-30T00:59:00Z', '2025-03-30'],
    ['2025-10-25T21:59:00Z', '2025-10-25'],
    ['2025-10-25T22:00:00Z', '2025-10-26'],
    ['2025-06-30T23:30:00+01:00', '2025-07-01'],
    ['1995-06-30T22:30:00Z', '1995-07-01'], // before the EU rule's years: by Intl (summer time in 1995 too)
    ['2025-06-15', '2025-06-15'],
  ])('%s is the Amsterdam day %s', (w, dag) => {
    expect(lees(w)).toBe(Date.parse(`${dag}T00:00:00Z`) / DAG);
  });

  it.each([
    [null, 'null'],
    [undefined, 'niets'],
    [Array.from({ length: 11 }, (_, i) => (i === 10 ? 'T' : '2')), 'een lijst'],
    [Array.from({ length: 10 }, () => '2'), 'een lijst'],
    [20250615, 'het getal 20250615'],
  ])('%s is no text', (w, wat) => {
    expect(vangInvoerFout(() => lees(w)).problemen).toEqual([
      { pad: 'ontvangen', code: 'verkeerd-type', melding: `Verwacht een datum of tijdstip als tekst, maar kreeg ${wat}.` },
    ]);
  });

  it.each(['2025-03-1', '2025-03-10 10:00', '', 'T'])('%j is neither a Datum nor a Tijdstip', (w) => {
    expect(vangInvoerFout(() => lees(w)).problemen).toEqual([
      { pad: 'ontvangen', code: 'ongeldige-datum', melding: `'${w}' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00).` },
    ]);
  });

  it('a text with T at the eleventh place is read as a Tijdstip, a text of ten as a Datum, each at the pad given', () => {
    expect(vangInvoerFout(() => lees('2025-03-10T')).problemen).toEqual([
      { pad: 'ontvangen', code: 'ongeldige-datum', melding: "'2025-03-10T' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00." },
    ]);
    expect(vangInvoerFout(() => lees('2025-02-30')).problemen).toEqual([
      { pad: 'ontvangen', code: 'ongeldige-datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." },
    ]);
  });
});
