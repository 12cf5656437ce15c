import { describe, expect, it } from 'vitest';
import { amsterdamsTijdstip, datumTekst, lokaleTijd, momentTekst } from './tijd.js';

describe('the time controls of the beslishulp (Dutch wall-clock time, whatever the zone of the machine)', () => {
  it('gives a datetime-local value the offset Amsterdam had then', () => {
    expect(amsterdamsTijdstip('2025-04-17T20:00')).toBe('2025-04-17T20:00:00+02:00');
    expect(amsterdamsTijdstip('2025-01-17T08:59')).toBe('2025-01-17T08:59:00+01:00');
    // Summer time starts 30 March 2025 at 02:00 (to 03:00): 02:30 does not exist.
    expect(amsterdamsTijdstip('2025-03-30T01:59')).toBe('2025-03-30T01:59:00+01:00');
    expect(amsterdamsTijdstip('2025-03-30T02:30')).toBeUndefined();
    expect(amsterdamsTijdstip('2025-03-30T03:00')).toBe('2025-03-30T03:00:00+02:00');
    // It ends 26 October 2025 at 03:00 (to 02:00): 02:30 occurs twice; the first is summer time.
    expect(amsterdamsTijdstip('2025-10-26T02:30')).toBe('2025-10-26T02:30:00+02:00');
    expect(amsterdamsTijdstip('2025-10-26T03:00')).toBe('2025-10-26T03:00:00+01:00');
    for (const fout of ['', '2025-04-17', '2025-04-17T20:00:00', '2025-02-30T10:00', '2025-04-17T24:00', 'gisteren']) expect(amsterdamsTijdstip(fout)).toBeUndefined();
  });

  it('shows a Tijdstip in Dutch wall-clock time, whatever its offset', () => {
    expect(lokaleTijd('2025-04-17T18:00:00Z')).toBe('2025-04-17T20:00');
    expect(lokaleTijd('2025-04-17T23:30:00-01:00')).toBe('2025-04-18T02:30');
    expect(lokaleTijd('2025-04-17')).toBe('');
    // Without an offset Date.parse would read it in the machine's time zone: no Tijdstip, so ''.
    expect(lokaleTijd('2025-04-17T20:00')).toBe('');
    expect(lokaleTijd('2025-02-30T20:00:00+01:00')).toBe('');
    expect(lokaleTijd(undefined)).toBe('');
    expect(momentTekst('2025-04-17T18:00:00Z')).toBe('donderdag 17 april 2025 om 20:00');
    expect(momentTekst('2025-04-17')).toBe('donderdag 17 april 2025');
    expect(datumTekst('2024-02-29')).toBe('donderdag 29 februari 2024');
    expect(datumTekst('morgen')).toBe('morgen');
    expect(datumTekst('2025-02-30')).toBe('2025-02-30');
  });
});
