import { describe, expect, it } from 'vitest';
import { InvoerFout } from '../types/fouten.js';
import { epochDag, formatEpochDag, weekdag } from './datum.js';
import { citeerBesluit, GELIJKSTELLINGSBESLUITEN } from './gelijkgesteldeDagen.js';
import { maakWerkdagkalender, standaardKalender, standaardOpeningskalender } from './kalender.js';

const feestdagen = maakWerkdagkalender({ beleid: 'feestdagen' });

function fout(f: () => unknown): InvoerFout {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return e as InvoerFout;
  }
  throw new Error('verwachtte een InvoerFout');
}

describe('the worked examples of domein.md §7 (policy atw)', () => {
  it.each([
    ['2024-05-08', '2024-05-17'],
    ['2025-04-17', '2025-04-28'],
    ['2024-12-24', '2025-01-06'],
    ['2026-04-24', '2026-05-04'],
  ])('received %s → veiligheidsbeoordeling due %s', (ontvangen, uiterlijk) => {
    expect(standaardKalender.plusWerkdagen(ontvangen, 5)).toBe(uiterlijk);
    expect(standaardKalender.werkdagenTussen(ontvangen, uiterlijk)).toBe(5);
  });
});

describe('policy atw', () => {
  it('says which policy it uses', () => {
    expect(standaardKalender.beleid).toBe('atw');
    expect(feestdagen.beleid).toBe('feestdagen');
    expect(standaardOpeningskalender.beleid).toBe('feestdagen');
    expect(standaardOpeningskalender.extraVrijeDagen).toEqual([]);
  });

  it('lists the vrije dagen of 2025 with name and source', () => {
    expect(standaardKalender.vrijeDagen(2025)).toEqual([
      { datum: '2025-01-01', naam: 'Nieuwjaarsdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-04-18', naam: 'Goede Vrijdag', bron: 'Algemene termijnenwet art. 3 lid 2' },
      { datum: '2025-04-21', naam: 'Tweede Paasdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-05-05', naam: 'Bevrijdingsdag (5 mei)', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-05-29', naam: 'Hemelvaartsdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      {
        datum: '2025-05-30',
        naam: 'Gelijkgestelde dag (Koninklijk Besluit)',
        bron: 'Algemene termijnenwet art. 3 lid 3; Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025',
      },
      { datum: '2025-06-09', naam: 'Tweede Pinksterdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-12-25', naam: 'Eerste Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-12-26', naam: 'Tweede Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
    ]);
  });

  const decreed = GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.dagen.map((d) => [d, citeerBesluit(b)] as const));
  it('ships exactly the decreed days of 2014–2028', () => {
    expect(decreed.map(([d]) => d)).toEqual([
      '2014-05-30', '2015-01-02', '2015-05-04', '2015-05-15', '2016-05-06',
      '2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27',
      '2020-05-22', '2021-05-14', '2022-05-27',
      '2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30',
      '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26',
    ]);
  });
  it('the decrees cover 2014–2028 without gaps or overlaps, each day within its own years', () => {
    const jaren = GELIJKSTELLINGSBESLUITEN.flatMap((b) => Array.from({ length: b.jaren[1] - b.jaren[0] + 1 }, (_, i) => b.jaren[0] + i));
    expect(jaren).toEqual(Array.from({ length: 15 }, (_, i) => 2014 + i));
    for (const b of GELIJKSTELLINGSBESLUITEN) {
      for (const d of b.dagen) expect(Number(d.slice(0, 4)), d).toBeGreaterThanOrEqual(b.jaren[0]);
      for (const d of b.dagen) expect(Number(d.slice(0, 4)), d).toBeLessThanOrEqual(b.jaren[1]);
    }
  });
  it.each(decreed)('%s is a weekday next to an algemeen erkende feestdag (a bridge day, never a random day)', (d) => {
    const e = epochDag(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
    expect(weekdag(e)).toBeLessThan(5);
    const feestdag = (x: number) => {
      const r = standaardKalender.redenVrij(formatEpochDag(x));
      return r !== undefined && r.bron.startsWith('Algemene termijnenwet art. 3 lid 1');
    };
    expect(feestdag(e - 1) || feestdag(e + 1), d).toBe(true);
  });
  it.each(decreed)('%s is no werkdag under atw (its decree is the source) but is one under feestdagen', (d, citaat) => {
    expect(standaardKalender.isWerkdag(d)).toBe(false);
    expect(standaardKalender.redenVrij(d)).toEqual({
      datum: d,
      naam: 'Gelijkgestelde dag (Koninklijk Besluit)',
      bron: `Algemene termijnenwet art. 3 lid 3; ${citaat}`,
    });
    expect(feestdagen.isWerkdag(d)).toBe(true);
    expect(standaardOpeningskalender.isWerkdag(d)).toBe(true);
  });
  it('cites a decree with its publication where it is known', () => {
    expect(standaardKalender.redenVrij('2018-12-24')?.bron).toBe(
      'Algemene termijnenwet art. 3 lid 3; Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, ' +
        '11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653)',
    );
    expect(standaardKalender.redenVrij('2022-05-27')?.bron).toBe(
      'Algemene termijnenwet art. 3 lid 3; Besluit van 20 september 2019 (gelijkstelling van 22 mei 2020, 14 mei 2021 en 27 mei 2022 met een algemeen erkende feestdag)',
    );
  });

  it('5 mei is a feestdag every year under atw, not under feestdagen', () => {
    for (const d of ['2025-05-05', '2026-05-05', '2027-05-05', '2031-05-05']) {
      expect(standaardKalender.isWerkdag(d)).toBe(false);
      expect(feestdagen.isWerkdag(d)).toBe(true);
    }
  });

  it('Goede Vrijdag is a feestdag under atw (art. 3 lid 2), not under feestdagen', () => {
    expect(standaardKalender.isWerkdag('2026-04-03')).toBe(false);
    expect(feestdagen.isWerkdag('2026-04-03')).toBe(true);
  });

  it('Koningsdag moves to Saturday 26 April when the 27th is a Sunday, so Monday the 28th stays a werkdag', () => {
    expect(standaardKalender.vrijeDagen(2025).map((d) => d.datum)).not.toContain('2025-04-26');
    expect(standaardKalender.isWerkdag('2025-04-28')).toBe(true);
    expect(standaardKalender.isWerkdag('2026-04-27')).toBe(false);
  });

  it('uses Koninginnedag (30 April) before 2014', () => {
    expect(standaardKalender.redenVrij('2013-04-30')?.naam).toBe('Koninginnedag');
    expect(standaardKalender.isWerkdag('2013-04-29')).toBe(true);
  });

  it('gives weekends as reason too', () => {
    expect(standaardKalender.redenVrij('2025-03-01')).toEqual({ datum: '2025-03-01', naam: 'zaterdag', bron: 'weekend' });
    expect(standaardKalender.redenVrij('2025-03-03')).toBeUndefined();
  });
});

describe('years without known decrees', () => {
  it('still works, and says the decreed days are not known', () => {
    expect(standaardKalender.gelijkgesteldeDagenBekend(2013)).toBe(false);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2014)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2019)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2022)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2023)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2028)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2029)).toBe(false);
    expect(feestdagen.gelijkgesteldeDagenBekend(2029)).toBe(true);
    // Friday after Hemelvaart 2029 (10 May): not decreed (yet), so a werkdag; never derived from a pattern.
    expect(standaardKalender.isWerkdag('2029-05-11')).toBe(true);
  });
});

describe('volgendeWerkdag, plusWerkdagen, werkdagenTussen', () => {
  it('volgendeWerkdag is strictly after the date', () => {
    expect(standaardKalender.volgendeWerkdag('2025-03-03')).toBe('2025-03-04');
    expect(standaardKalender.volgendeWerkdag('2025-12-24')).toBe('2025-12-29');
    expect(standaardKalender.volgendeWerkdag('2024-12-31')).toBe('2025-01-02');
  });
  it('plusWerkdagen with 0 returns the day itself, even a non-werkdag', () => {
    expect(standaardKalender.plusWerkdagen('2025-03-01', 0)).toBe('2025-03-01');
  });
  it('counts from a non-werkdag as day 0', () => {
    expect(standaardKalender.plusWerkdagen('2025-03-01', 1)).toBe('2025-03-03');
  });
  it('crosses many years', () => {
    expect(standaardKalender.werkdagenTussen('2025-01-01', '2025-12-31')).toBe(365 - 104 - 9);
    expect(standaardKalender.werkdagenTussen('2025-01-06', '2024-12-24')).toBe(-5);
    const ver = standaardKalender.plusWerkdagen('2020-01-01', 2000);
    expect(standaardKalender.werkdagenTussen('2020-01-01', ver)).toBe(2000);
  });
});

describe('extraVrijeDagen', () => {
  const k = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '2025-12-31', '2025-12-27'] });
  it('adds the organisation’s closing days on weekdays, with a reason', () => {
    expect(k.isWerkdag('2025-12-24')).toBe(false);
    expect(k.plusWerkdagen('2025-12-23', 1)).toBe('2025-12-29');
    expect(k.vrijeDagen(2025).filter((d) => d.datum >= '2025-12-24')).toEqual([
      { datum: '2025-12-24', naam: 'Extra vrije dag van de organisatie', bron: 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)' },
      { datum: '2025-12-25', naam: 'Eerste Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-12-26', naam: 'Tweede Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      { datum: '2025-12-31', naam: 'Extra vrije dag van de organisatie', bron: 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)' },
    ]);
    expect(k.extraVrijeDagen).toEqual(['2025-12-24', '2025-12-27', '2025-12-31']);
  });
  it('leaves the standard calendar alone', () => {
    expect(standaardKalender.isWerkdag('2025-12-24')).toBe(true);
  });
});

describe('bad input throws InvoerFout with a Dutch message', () => {
  it('an invalid date', () => {
    expect(fout(() => standaardKalender.isWerkdag('2025-02-30')).problemen).toEqual([
      { pad: 'datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." },
    ]);
  });
  it.each([-1, 1.5, Number.NaN, '5'])('a bad number of days: %s', (n) => {
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', n as number)).problemen[0]?.pad).toBe('aantal');
  });
  it('an unknown policy', () => {
    expect(fout(() => maakWerkdagkalender({ beleid: 'cao' as 'atw' })).problemen).toEqual([
      { pad: 'beleid', melding: "Onbekend kalenderbeleid: de tekst 'cao'. Kies 'atw' of 'feestdagen'." },
    ]);
  });
  it('an unknown option and a bad extra day, both reported', () => {
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '24-12-2025'], beleidd: 'atw' } as never)).problemen).toEqual([
      { pad: 'beleidd', melding: "Onbekende optie 'beleidd'. Bekend zijn: beleid, extraVrijeDagen." },
      { pad: 'extraVrijeDagen.1', melding: "'24-12-2025' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." },
    ]);
  });
  it('a year outside the supported range', () => {
    expect(fout(() => standaardKalender.vrijeDagen(1970)).problemen).toEqual([
      { pad: 'jaar', melding: 'Het jaar 1970 valt buiten wat deze kalender kent (1990 tot en met 2200).' },
    ]);
    expect(fout(() => standaardKalender.plusWerkdagen('2200-12-30', 5)).problemen[0]?.pad).toBe('aantal');
  });
  it('never returns Invalid Date', () => {
    expect(() => standaardKalender.volgendeWerkdag('2025-02-29')).toThrow(InvoerFout);
  });
});
