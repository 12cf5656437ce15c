/**
 * Tests written against the survivors of mutation testing (`npm run mutatie`) in termijnen.ts and
 * the option checks of kalender.ts: exact sentences and results where a branch was never asserted,
 * the exact refusal of a malformed clock time, and that the quick checks of the options accept
 * every valid value (they are the fast path of every valid call, see opties.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vangInvoerFout } from '../testhulp.js';
import { BRON } from './bronnen.js';
import { BESLIS_OPTIES } from '../rules/_lib/besluit.js';
import { maakWerkdagkalender, standaardKalender, standaardOpeningskalender, WERKDAGKALENDER_OPTIES } from './kalender.js';
import type { OptiesVorm } from './opties.js';
import { isKantoortijd, optiesSchemas, termijnVeiligheidsbeoordeling, termijnVervolgdienst } from './termijnen.js';

const problemen = (f: () => unknown) => vangInvoerFout(f).problemen;
const KLOKTIJD = (wat: string) => `Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg ${wat}.`;
const INTERPRETATIE_VERVOLG =
  'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf de start van de dienst (de standaardlezing van dit pakket).';

describe('termijnVeiligheidsbeoordeling: a termijn that skips nothing', () => {
  it('received on Sunday 2025-03-09: Monday to Friday are the 5 werkdagen, no day is skipped and the sentence just ends', () => {
    expect(termijnVeiligheidsbeoordeling('2025-03-09')).toEqual({
      uiterlijk: '2025-03-14',
      start: '2025-03-09',
      overgeslagen: [],
      bronnen: [BRON.vb5werkdagen, BRON.handelingsprotocolVb],
      uitleg:
        'De melding is ontvangen op zondag 9 maart 2025 (dag 0); de veiligheidsbeoordeling moet binnen 5 werkdagen plaatsvinden, dus uiterlijk op vrijdag 14 maart 2025.',
      kalenderbeleid: 'atw',
      waarschuwingen: [],
    });
  });
});

describe('termijnVervolgdienst without the Atw extension', () => {
  // 2030-03-02 is a Saturday; 70 days later is Saturday 2030-05-11. No shipped KB covers 2030.
  it('gives no warning about unknown KB days: without the extension no calendar day is looked up', () => {
    expect(termijnVervolgdienst('2030-03-02', { atwVerlenging: false })).toEqual({
      uiterlijk: '2030-05-11',
      start: '2030-03-02',
      overgeslagen: [],
      bronnen: [BRON.vervolg70dagen],
      uitleg: 'Tien weken (70 dagen) na de start van de dienst op zaterdag 2 maart 2030 is zaterdag 11 mei 2030.',
      kalenderbeleid: 'atw',
      interpretatie: INTERPRETATIE_VERVOLG,
      waarschuwingen: [],
    });
  });

  it('while with the extension the weekend moves it to Monday 2030-05-13, with the warning for 2030', () => {
    const t = termijnVervolgdienst('2030-03-02');
    expect(t.uiterlijk).toBe('2030-05-13');
    expect(t.overgeslagen.map((d) => d.datum)).toEqual(['2030-05-11', '2030-05-12']);
    expect(t.waarschuwingen).toEqual([
      'Voor 2030 zijn de bij Koninklijk Besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) nog niet bekend; zo’n dag telt in deze berekening als werkdag.',
    ]);
  });
});

describe('termijnVervolgdienst: the extension that would run past 2200', () => {
  it('is refused at start with code buiten-bereik and the exact sentence', () => {
    // 2200-10-22 + 70 days = Wednesday 2200-12-31, closed by this calendar: the next werkdag is in 2201.
    const dicht = maakWerkdagkalender({ extraVrijeDagen: ['2200-12-31'] });
    expect(problemen(() => termijnVervolgdienst('2200-10-22', { kalender: dicht }))).toEqual([
      {
        pad: 'start',
        code: 'buiten-bereik',
        melding:
          'Tien weken na woensdag 22 oktober 2200 is woensdag 31 december 2200, geen werkdag; de werkdag waarop de termijn dan eindigt valt na 2200, het laatste jaar dat dit pakket kent.',
      },
    ]);
  });
});

describe('isKantoortijd: a clock time is exactly uu:mm', () => {
  const moment = '2025-03-10T10:30:00+01:00'; // Monday, 10:30 in Amsterdam

  it('refuses a list, even one whose text would read as a clock time', () => {
    expect(problemen(() => isKantoortijd(moment, { van: ['10:00'] as never }))).toEqual([
      { pad: 'opties.van', code: 'ongeldige-waarde', melding: KLOKTIJD('een lijst') },
    ]);
  });

  it('refuses a clock time with a character before or after it', () => {
    expect(problemen(() => isKantoortijd(moment, { van: '109:00' }))).toEqual([
      { pad: 'opties.van', code: 'ongeldige-waarde', melding: KLOKTIJD("de tekst '109:00'") },
    ]);
    expect(problemen(() => isKantoortijd(moment, { tot: '16:000' }))).toEqual([
      { pad: 'opties.tot', code: 'ongeldige-waarde', melding: KLOKTIJD("de tekst '16:000'") },
    ]);
    expect(problemen(() => isKantoortijd(moment, { van: '9:00' }))).toEqual([
      { pad: 'opties.van', code: 'ongeldige-waarde', melding: KLOKTIJD("de tekst '9:00'") },
    ]);
  });

  it('accepts the same hours written exactly', () => {
    expect(isKantoortijd(moment, { van: '10:00' })).toBe(true);
    expect(isKantoortijd(moment, { tot: '10:30' })).toBe(false);
  });
});

describe('the quick checks of the options accept every value the schema accepts (issue 9)', () => {
  // The other direction of the check in termijnen.test.ts: a quick check that refused a valid value
  // would send every call with it through zod, the slow path.
  const vormen = { ...optiesSchemas, maakWerkdagkalender: WERKDAGKALENDER_OPTIES, beslis: BESLIS_OPTIES } as Record<string, OptiesVorm<unknown>>;
  const kalenders = [standaardKalender, standaardOpeningskalender, Object.freeze(maakWerkdagkalender({ beleid: 'feestdagen' }))];
  const geldig: Record<string, Record<string, unknown[]>> = {
    termijnVeiligheidsbeoordeling: { kalender: kalenders, spoedOfCrisis: [true, false], openingskalender: kalenders },
    termijnVervolgdienst: {
      kalender: kalenders,
      atwVerlenging: [true, false],
      vanaf: ['start-dienst', 'einde-veiligheidsbeoordeling', 'ontvangst-melding'],
    },
    isKantoortijd: { van: ['00:00', '08:30', '16:59'], tot: ['17:00', '19:45', '23:59', '24:00'], openingskalender: kalenders },
    maakWerkdagkalender: {
      beleid: ['atw', 'feestdagen'],
      extraVrijeDagen: [[], ['2025-12-24'], ['1990-01-01', '2200-12-31'], ['2025-12-24', '2025-12-24', '2026-01-02']],
    },
    beslis: { peildatum: ['1990-01-01', '2025-02-28', '2200-12-31'], regio: ['gelderland-zuid'], kalender: kalenders, openingskalender: kalenders },
  };

  it.each(Object.keys(vormen))('%s: every option, one valid value at a time', (naam) => {
    const vorm = vormen[naam]!;
    expect(Object.keys(geldig[naam]!)).toEqual(vorm.namen);
    for (const [k, waarden] of Object.entries(geldig[naam]!)) {
      for (const w of waarden) {
        expect(vorm.schema.safeParse({ [k]: w }).success, `${k}: ${String(w)}`).toBe(true);
        expect(vorm.snel[k]!(w), `${k}: ${String(w)}`).toBe(true);
      }
    }
  });

  it.each(Object.keys(vormen))('%s: any combination of valid and invalid values', (naam) => {
    const vorm = vormen[naam]!;
    const waarden = fc.oneof(
      fc.constantFrom<unknown>(...Object.values(geldig[naam]!).flat()),
      fc.constantFrom<unknown>('9:00', '2025-02-30', 'toString', 'ATW', 1, null, { ...standaardKalender }, ['2201-01-01']),
    );
    let geldigGezien = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...vorm.namen), waarden, { maxKeys: vorm.namen.length }), (o) => {
        if (vorm.schema.safeParse(o).success) {
          geldigGezien++;
          const snel = Object.entries(o).every(([k, w]) => vorm.snel[k]!(w)) && (vorm.geheel === undefined || vorm.geheel(o));
          expect(snel).toBe(true);
        }
      }),
      { seed: 9, numRuns: 500 },
    );
    expect(geldigGezien).toBeGreaterThan(50);
  });
});
