/**
 * Every InvoerFout probleem carries a stable `code` (FOUTCODES): an app attaches it to a form field
 * by `pad` and translates it by `code`. Each code is shown here on a real call, with its exact pad.
 */
import { describe, expect, it } from 'vitest';
import { padEnCode } from '../testhulp.js';
import {
  beslisMonitoring,
  beslisPolitiemelding,
  beslisVervolg,
  FOUTCODES,
  monitoringmomenten,
  standaardKalender,
  termijnVervolgdienst,
  type Foutcode,
} from '../index.js';

const gz = { regio: 'gelderland-zuid' };
const probleem = padEnCode;

const gevallen: [string, () => unknown, { pad: string; code: Foutcode }[]][] = [
  ['an unknown fact', () => beslisVervolg({ spoedd: true } as never), [{ pad: 'spoedd', code: 'onbekend-veld' }]],
  ['an unknown option', () => termijnVervolgdienst('2025-01-06', { vanf: 'start' } as never), [{ pad: 'opties.vanf', code: 'onbekend-veld' }]],
  ['a regional decision without regio', () => beslisPolitiemelding({}, {}), [{ pad: 'opties.regio', code: 'ontbrekend' }]],
  ['a text where ja/nee is asked', () => beslisVervolg({ spoedOfCrisis: 'ja' } as never), [{ pad: 'spoedOfCrisis', code: 'verkeerd-type' }]],
  ['a number where a Datum is asked', () => standaardKalender.plusWerkdagen(20250106 as never, 5), [{ pad: 'datum', code: 'verkeerd-type' }]],
  ['a list where the invoer is asked', () => beslisVervolg([] as never), [{ pad: '', code: 'verkeerd-type' }]],
  ['a day that does not exist, in a calendar function', () => standaardKalender.plusWerkdagen('2025-02-30', 5), [{ pad: 'datum', code: 'ongeldige-datum' }]],
  ['a day that does not exist, in a fact', () => beslisPolitiemelding({ ontvangen: '2021-04-31' }, gz), [{ pad: 'ontvangen', code: 'ongeldige-datum' }]],
  ['a Tijdstip without time zone', () => beslisVervolg({ spoedOfCrisis: true, moment: '2025-01-06T10:00' }), [{ pad: 'moment', code: 'ongeldige-datum' }]],
  ['a negative aantal werkdagen', () => standaardKalender.plusWerkdagen('2025-01-06', -1), [{ pad: 'aantal', code: 'buiten-bereik' }]],
  ['a year the calendar does not know', () => standaardKalender.plusWerkdagen('2201-01-05', 1), [{ pad: 'datum', code: 'buiten-bereik' }]],
  ['a monitoring moment after 2200', () => monitoringmomenten('2200-06-01'), [{ pad: 'overdrachtsdatum', code: 'buiten-bereik' }]],
  ['a day before any rule applied', () => beslisPolitiemelding({ ontvangen: '2019-06-30' }, gz), [{ pad: 'ontvangen', code: 'buiten-bereik' }]],
  ['an option that is not one of the choices', () => beslisMonitoring({ overdrachtAan: 'raad' } as never), [{ pad: 'overdrachtAan', code: 'onbekende-waarde' }]],
  ['a gemeente outside the region', () => beslisPolitiemelding({ gemeente: 'Arnhem' }, gz), [{ pad: 'gemeente', code: 'onbekende-waarde' }]],
  ['an unknown region', () => beslisVervolg({}, { regio: 'utrecht' }), [{ pad: 'opties.regio', code: 'onbekende-waarde' }]],
  ['a blank text', () => beslisMonitoring({ gegrondeRedenGeenMonitoring: '  ' }), [{ pad: 'gegrondeRedenGeenMonitoring', code: 'ongeldige-waarde' }]],
  ['something that is not a calendar', () => beslisVervolg({}, { kalender: { plusWerkdagen: () => '2025-01-01' } as never }), [{ pad: 'opties.kalender', code: 'ongeldige-waarde' }]],
];

describe('foutcodes', () => {
  it.each(gevallen)('%s', (_, f, verwacht) => {
    expect(probleem(f)).toEqual(verwacht);
  });

  it('more problems than shown: the last one counts the rest, with its own code', () => {
    const invoer = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`onbekend${i}`, true]));
    const p = probleem(() => beslisVervolg(invoer as never));
    expect(p).toHaveLength(21);
    expect(p.slice(0, 20).every((x) => x.code === 'onbekend-veld')).toBe(true);
    expect(p[20]).toEqual({ pad: '', code: 'meer-problemen' });
  });

  it('every documented code is produced by a real call, and every code has its Dutch meaning', () => {
    const gezien = new Set([...gevallen.flatMap(([, , v]) => v.map((p) => p.code)), 'meer-problemen']);
    expect([...gezien].sort()).toEqual(Object.keys(FOUTCODES).sort());
    for (const uitleg of Object.values(FOUTCODES)) expect(uitleg).toMatch(/^[A-Z].{20,}\.$/);
  });
});
