/** A Tijdstip is read exactly, and every way it can be wrong has its own Dutch sentence, pad and code. */
import { describe, expect, it } from 'vitest';
import { padEnCode, vangInvoerFout } from '../testhulp.js';
import { leesDatum } from './datum.js';
import { leesDatumOfTijdstip, leesTijdstip, tijdstipProbleem } from './tijdstip.js';

describe('tijdstipProbleem', () => {
  it.each([
    ['2025-00-10T10:00:00Z', "'2025-00-10T10:00:00Z' bevat geen geldige datum."],
    ['2025-13-10T10:00:00Z', "'2025-13-10T10:00:00Z' bevat geen geldige datum."],
    ['2025-03-00T10:00:00Z', "'2025-03-00T10:00:00Z' bevat geen geldige datum."],
    ['2025-02-29T10:00:00Z', "'2025-02-29T10:00:00Z' bevat geen geldige datum."],
    ['2025-03-10T24:00:00Z', "'2025-03-10T24:00:00Z' bevat geen geldige tijd."],
    ['2025-03-10T10:60:00Z', "'2025-03-10T10:60:00Z' bevat geen geldige tijd."],
    ['2025-03-10T10:00:60Z', "'2025-03-10T10:00:60Z' bevat geen geldige tijd."],
    ['2025-03-10T10:00:00+15:00', "'2025-03-10T10:00:00+15:00' heeft een ongeldig verschil tot UTC (+15:00)."],
    ['2025-03-10T10:00:00+01:60', "'2025-03-10T10:00:00+01:60' heeft een ongeldig verschil tot UTC (+01:60)."],
    ['2025-03-10T10:00:00.123', "'2025-03-10T10:00:00.123' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-03-10T10:00:00.123+01:00' of '2025-03-10T10:00:00.123Z'."],
    ['x2025-03-10T10:00', "'x2025-03-10T10:00' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00."],
    ['2025-03-10T10:00x', "'2025-03-10T10:00x' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00."],
  ])('%s', (w, melding) => {
    expect(tijdstipProbleem(w)).toBe(melding);
  });

  it('the edges that are valid: 23:59:59, +14:00, +01:59, 29 February of a leap year', () => {
    expect(['2025-03-10T23:59:59Z', '2025-03-10T10:00:00+14:00', '2025-03-10T10:00:00+01:59', '2024-02-29T10:00:00Z'].map(tijdstipProbleem)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a value that is no text', () => {
    expect(tijdstipProbleem(5)).toBe('Verwacht een tijdstip als tekst (ISO 8601 met tijdzone), maar kreeg het getal 5.');
  });
});

describe('leesTijdstip', () => {
  it('reads milliseconds and the offset exactly', () => {
    expect(leesTijdstip('2025-03-10T10:00:00.250+01:30')).toBe(Date.UTC(2025, 2, 10, 8, 30, 0, 250));
    expect(leesTijdstip('2025-03-10T10:00:00,5Z')).toBe(Date.UTC(2025, 2, 10, 10, 0, 0, 500));
  });

  it('refuses at the pad it is given, or at tijdstip; text and non-text get their own code', () => {
    const p = padEnCode;
    expect(p(() => leesTijdstip('2025-03-10T10:00'))).toEqual([{ pad: 'tijdstip', code: 'ongeldige-datum' }]);
    expect(p(() => leesTijdstip(5, 'moment'))).toEqual([{ pad: 'moment', code: 'verkeerd-type' }]);
    expect(p(() => leesDatumOfTijdstip(5, 'ontvangen', leesDatum))).toEqual([{ pad: 'ontvangen', code: 'verkeerd-type' }]);
    expect(vangInvoerFout(() => leesDatumOfTijdstip(5, 'ontvangen', leesDatum)).problemen[0]!.melding).toBe('Verwacht een datum of tijdstip als tekst, maar kreeg het getal 5.');
  });
});
