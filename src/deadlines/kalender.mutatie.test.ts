/**
 * Tests written against the survivors of mutation testing (`npm run mutatie`): exact values at the
 * edges of the calendar — the pad and Dutch message of every refusal, the boundaries of the
 * supported years, and the closing days of one year never leaking into the table of another.
 */
import { describe, expect, it } from 'vitest';
import { vangInvoerFout } from '../testhulp.js';
import {
  GEEN_WERKDAGKALENDER, isWerkdagkalender, KALENDERBELEID, maakWerkdagkalender, MAX_EXTRA_VRIJE_DAGEN, standaardKalender,
  standaardOpeningskalender, werkdagkalenderSchema,
} from './kalender.js';

const fout = vangInvoerFout;

const AANTAL = (wat: string) => [
  { pad: 'aantal', melding: `Het aantal werkdagen moet een geheel getal van 0 of meer zijn, maar is ${wat}.` },
];
const JAARTAL = (wat: string) => [{ pad: 'jaar', melding: `Verwacht een jaartal (geheel getal), maar kreeg ${wat}.` }];
const JAAR_BUITEN = (jaar: number) => [
  { pad: 'jaar', melding: `Het jaar ${jaar} valt buiten wat deze kalender kent (1990 tot en met 2200).` },
];

describe('plusWerkdagen: the aantal', () => {
  it('refuses a negative, fractional or non-numeric aantal at pad aantal, with the value in the message', () => {
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', -1)).problemen).toMatchObject(AANTAL('het getal -1'));
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', 0.5)).problemen).toMatchObject(AANTAL('het getal 0.5'));
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', 1.5)).problemen).toMatchObject(AANTAL('het getal 1.5'));
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', -0.5)).problemen).toMatchObject(AANTAL('het getal -0.5'));
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', '5' as never)).problemen).toMatchObject(AANTAL("de tekst '5'"));
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', undefined as never)).problemen).toMatchObject(AANTAL('niets'));
  });

  it('accepts 0 (the day itself, also on a non-werkdag) and 1', () => {
    expect(standaardKalender.plusWerkdagen('2025-03-03', 0)).toBe('2025-03-03');
    expect(standaardKalender.plusWerkdagen('2025-03-08', 0)).toBe('2025-03-08');
    expect(standaardKalender.plusWerkdagen('2025-03-07', 1)).toBe('2025-03-10');
    expect(standaardKalender.plusWerkdagen('2025-03-08', 1)).toBe('2025-03-10');
  });

  it('says how far too far is, at pad aantal', () => {
    expect(fout(() => standaardKalender.plusWerkdagen('2200-12-30', 2)).problemen).toMatchObject([
      {
        pad: 'aantal',
        melding: 'Het aantal werkdagen is te groot: 2 werkdagen na 2200-12-30 valt na 2200, het laatste jaar dat deze kalender kent.',
      },
    ]);
    // 2200-12-31 is a Wednesday: the last werkdag there is.
    expect(standaardKalender.plusWerkdagen('2200-12-30', 1)).toBe('2200-12-31');
    expect(standaardKalender.plusWerkdagen('2200-12-31', 0)).toBe('2200-12-31');
  });

  it('crosses into the next year exactly', () => {
    expect(standaardKalender.plusWerkdagen('2025-12-31', 1)).toBe('2026-01-05'); // 2 januari 2026 is equated by KB
    expect(standaardKalender.plusWerkdagen('2024-12-30', 3)).toBe('2025-01-03');
    expect(standaardKalender.plusWerkdagen('2024-12-31', 1)).toBe('2025-01-02');
  });
});

describe('volgendeWerkdag', () => {
  it('is the first werkdag strictly after the day, across a year boundary', () => {
    expect(standaardKalender.volgendeWerkdag('2025-03-03')).toBe('2025-03-04');
    expect(standaardKalender.volgendeWerkdag('2024-12-31')).toBe('2025-01-02');
    expect(standaardOpeningskalender.volgendeWerkdag('2025-12-31')).toBe('2026-01-02');
    expect(standaardKalender.volgendeWerkdag('2200-12-30')).toBe('2200-12-31');
  });

  it('says at pad datum that no werkdag follows in the last year', () => {
    expect(fout(() => standaardKalender.volgendeWerkdag('2200-12-31')).problemen).toMatchObject([
      {
        pad: 'datum',
        melding: 'Na 2200-12-31 valt er in 2200 geen werkdag meer, en 2200 is het laatste jaar dat deze kalender kent.',
      },
    ]);
  });
});

describe('werkdagenTussen', () => {
  it('is +0 (not -0) for the same day, a werkdag or not', () => {
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-03', '2025-03-03'), 0)).toBe(true);
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-08', '2025-03-08'), 0)).toBe(true);
    // No werkdag in between, backwards: still +0.
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-09', '2025-03-08'), 0)).toBe(true);
  });

  it('counts (van, tot] forwards and backwards, within a year and across years', () => {
    expect(standaardKalender.werkdagenTussen('2025-03-03', '2025-03-04')).toBe(1);
    expect(standaardKalender.werkdagenTussen('2025-03-04', '2025-03-03')).toBe(-1);
    expect(standaardKalender.werkdagenTussen('2025-03-07', '2025-03-10')).toBe(1);
    expect(standaardKalender.werkdagenTussen('2025-03-10', '2025-03-07')).toBe(-1);
    expect(standaardKalender.werkdagenTussen('2024-12-31', '2025-01-02')).toBe(1);
    expect(standaardKalender.werkdagenTussen('2025-01-02', '2024-12-31')).toBe(-1);
    expect(standaardKalender.werkdagenTussen('2024-12-31', '2025-12-31')).toBe(standaardKalender.werkdagenTussen('2025-01-01', '2025-12-31'));
    expect(standaardKalender.werkdagenTussen('2025-12-31', '2026-01-05')).toBe(1);
    expect(standaardKalender.werkdagenTussen('2023-12-31', '2026-12-31')).toBe(
      standaardKalender.werkdagenTussen('2023-12-31', '2024-12-31') +
        standaardKalender.werkdagenTussen('2024-12-31', '2025-12-31') +
        standaardKalender.werkdagenTussen('2025-12-31', '2026-12-31'),
    );
  });

  it('takes the whole supported range', () => {
    const n = standaardKalender.werkdagenTussen('1990-01-01', '2200-12-31');
    expect(standaardKalender.werkdagenTussen('2200-12-31', '1990-01-01')).toBe(-n);
    expect(standaardKalender.plusWerkdagen('1990-01-01', n)).toBe('2200-12-31');
  });
});

describe('jaar: vrijeDagen and gelijkgesteldeDagenBekend', () => {
  it('refuses a year that is no whole number at pad jaar', () => {
    expect(fout(() => standaardKalender.vrijeDagen(2025.5)).problemen).toMatchObject(JAARTAL('het getal 2025.5'));
    expect(fout(() => standaardKalender.vrijeDagen('2025' as never)).problemen).toMatchObject(JAARTAL("de tekst '2025'"));
    expect(fout(() => standaardKalender.vrijeDagen(Number.NaN)).problemen).toMatchObject(JAARTAL('het getal NaN'));
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(2025.5)).problemen).toMatchObject(JAARTAL('het getal 2025.5'));
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(undefined as never)).problemen).toMatchObject(JAARTAL('niets'));
  });

  it('takes 1990 and 2200 and refuses 1989 and 2201', () => {
    expect(standaardKalender.vrijeDagen(1990).length).toBeGreaterThan(0);
    expect(standaardKalender.vrijeDagen(2200).length).toBeGreaterThan(0);
    expect(fout(() => standaardKalender.vrijeDagen(1989)).problemen).toMatchObject(JAAR_BUITEN(1989));
    expect(fout(() => standaardKalender.vrijeDagen(2201)).problemen).toMatchObject(JAAR_BUITEN(2201));
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(1989)).problemen).toMatchObject(JAAR_BUITEN(1989));
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(2201)).problemen).toMatchObject(JAAR_BUITEN(2201));
  });

  it('knows the equated days only under the atw policy within the shipped decrees', () => {
    expect(standaardKalender.gelijkgesteldeDagenBekend(2025)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2100)).toBe(false);
    expect(standaardOpeningskalender.gelijkgesteldeDagenBekend(2100)).toBe(true);
    expect(standaardOpeningskalender.gelijkgesteldeDagenBekend(2025)).toBe(true);
  });

  it('lists only weekdays, sorted, with name and source, and no weekend', () => {
    const dagen = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '2025-12-27', '2025-06-02'] }).vrijeDagen(2025);
    expect(dagen.map((d) => d.datum)).toEqual([...dagen.map((d) => d.datum)].sort());
    expect(dagen.find((d) => d.datum === '2025-12-27')).toBeUndefined(); // a Saturday stays weekend
    expect(dagen.find((d) => d.datum === '2025-06-02')).toEqual({
      datum: '2025-06-02',
      naam: 'Extra vrije dag van de organisatie',
      bron: 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)',
    });
    expect(dagen.every((d) => d.bron !== 'weekend')).toBe(true);
  });
});

describe('redenVrij', () => {
  it('names the weekend day exactly', () => {
    expect(standaardKalender.redenVrij('2025-03-08')).toEqual({ datum: '2025-03-08', naam: 'zaterdag', bron: 'weekend' });
    expect(standaardKalender.redenVrij('2025-03-09')).toEqual({ datum: '2025-03-09', naam: 'zondag', bron: 'weekend' });
    expect(standaardKalender.redenVrij('2025-03-07')).toBeUndefined();
  });

  it('keeps the first reason: a holiday on a weekend stays weekend, a closing day on a holiday stays the holiday', () => {
    const k = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-25', '2025-12-27'] });
    expect(k.redenVrij('2025-12-27')).toEqual({ datum: '2025-12-27', naam: 'zaterdag', bron: 'weekend' });
    expect(k.redenVrij('2025-12-25')?.bron).not.toBe('Eigen sluitingsdag (optie extraVrijeDagen van de kalender)');
  });
});

describe('extraVrijeDagen: only the days of the year itself', () => {
  it('a closing day on 1 January of the next year does not shorten this year', () => {
    const k = maakWerkdagkalender({ extraVrijeDagen: ['2026-01-01'] });
    expect(k.plusWerkdagen('2025-12-30', 1)).toBe('2025-12-31');
    expect(k.isWerkdag('2025-12-31')).toBe(true);
    expect(k.werkdagenTussen('2025-01-01', '2025-12-31')).toBe(standaardKalender.werkdagenTussen('2025-01-01', '2025-12-31'));
    expect(k.vrijeDagen(2025)).toEqual(standaardKalender.vrijeDagen(2025));
  });

  it('a closing day on the last day of the year and on 2 January counts in its own year only', () => {
    const k = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-31', '2026-01-02'] });
    expect(k.isWerkdag('2025-12-31')).toBe(false);
    expect(k.isWerkdag('2026-01-02')).toBe(false);
    expect(k.plusWerkdagen('2025-12-30', 1)).toBe('2026-01-05');
    expect(k.werkdagenTussen('2025-12-30', '2026-01-05')).toBe(1);
    const o = maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: ['2025-12-31', '2026-01-02'] });
    expect(o.plusWerkdagen('2025-12-30', 1)).toBe('2026-01-05');
    expect(o.werkdagenTussen('2025-12-30', '2026-01-05')).toBe(1);
    expect(standaardOpeningskalender.werkdagenTussen('2025-12-30', '2026-01-05')).toBe(3);
    expect(k.vrijeDagen(2024)).toEqual(standaardKalender.vrijeDagen(2024));
    expect(k.vrijeDagen(2025).at(-1)).toEqual({
      datum: '2025-12-31',
      naam: 'Extra vrije dag van de organisatie',
      bron: 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)',
    });
  });

  it('lists its closing days sorted and without duplicates', () => {
    const k = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '2025-06-02', '2025-12-24'] });
    expect(k.extraVrijeDagen).toEqual(['2025-06-02', '2025-12-24']);
    expect(maakWerkdagkalender().extraVrijeDagen).toEqual([]);
    expect(maakWerkdagkalender({ beleid: 'feestdagen' }).beleid).toBe('feestdagen');
    expect(maakWerkdagkalender().beleid).toBe('atw');
  });

  it('refuses something else than a list, and says so', () => {
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: 5 as never })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen', melding: 'Verwacht een lijst met datums, maar kreeg het getal 5.' },
    ]);
    expect(MAX_EXTRA_VRIJE_DAGEN).toBe(211 * 366);
  });

  it('names an unknown policy', () => {
    expect(fout(() => maakWerkdagkalender({ beleid: 'cao' as never })).problemen).toMatchObject([
      { pad: 'beleid', melding: "Onbekend kalenderbeleid: de tekst 'cao'. Kies 'atw' of 'feestdagen'." },
    ]);
  });
});

describe('every method names its own argument for a date it cannot read', () => {
  const ONGELDIG = "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen.";
  it('datum, van and tot', () => {
    expect(fout(() => standaardKalender.isWerkdag('2025-02-30')).problemen).toMatchObject([{ pad: 'datum', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.redenVrij('2025-02-30')).problemen).toMatchObject([{ pad: 'datum', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.volgendeWerkdag('2025-02-30')).problemen).toMatchObject([{ pad: 'datum', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.plusWerkdagen('2025-02-30', 1)).problemen).toMatchObject([{ pad: 'datum', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.plusWerkdagen('2025-02-30', 0)).problemen).toMatchObject([{ pad: 'datum', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2025-02-30', '2025-03-03')).problemen).toMatchObject([{ pad: 'van', melding: ONGELDIG }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2025-03-03', '2025-02-30')).problemen).toMatchObject([{ pad: 'tot', melding: ONGELDIG }]);
  });
});

describe('the exported constants and the calendar schema', () => {
  it('lists the policies and says what a calendar option must be', () => {
    expect(KALENDERBELEID).toEqual(['atw', 'feestdagen']);
    expect(GEEN_WERKDAGKALENDER).toBe('Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).');
    expect(standaardOpeningskalender.beleid).toBe('feestdagen');
    expect(standaardKalender.beleid).toBe('atw');
  });

  it('the schema takes a calendar of ours and refuses anything else with GEEN_WERKDAGKALENDER', () => {
    const schema = werkdagkalenderSchema();
    expect(schema.safeParse(standaardKalender).success).toBe(true);
    const r = schema.safeParse({ isWerkdag: () => true, plusWerkdagen: () => '2025-01-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([GEEN_WERKDAGKALENDER]);
    expect(isWerkdagkalender(null)).toBe(false);
    expect(isWerkdagkalender(undefined)).toBe(false);
    expect(isWerkdagkalender('atw')).toBe(false);
  });

  it('refuses closing days outside the supported years with the year in the message, and takes 1990 and 2200', () => {
    expect(maakWerkdagkalender({ extraVrijeDagen: ['1990-01-02', '2200-12-31'] }).extraVrijeDagen).toEqual(['1990-01-02', '2200-12-31']);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2201-01-01'] })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen.0', melding: "De datum '2201-01-01' valt in het jaar 2201, buiten wat deze kalender kent (1990 tot en met 2200)." },
    ]);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2025-06-02', '1989-12-31'] })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen.1', melding: "De datum '1989-12-31' valt in het jaar 1989, buiten wat deze kalender kent (1990 tot en met 2200)." },
    ]);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2025-02-30'] })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen.0', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." },
    ]);
  });

  it('takes the longest list of closing days allowed and refuses one more, saying how many', () => {
    const te = new Array<string>(MAX_EXTRA_VRIJE_DAGEN + 1);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: te })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen', melding: `Te veel extra vrije dagen (${MAX_EXTRA_VRIJE_DAGEN + 1}); een kalender neemt er hoogstens ${MAX_EXTRA_VRIJE_DAGEN}.` },
    ]);
    const precies = new Array<string>(MAX_EXTRA_VRIJE_DAGEN).fill('2025-06-02');
    expect(maakWerkdagkalender({ extraVrijeDagen: precies }).extraVrijeDagen).toEqual(['2025-06-02']);
  });
});
