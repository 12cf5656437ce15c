import { describe, expect, it } from 'vitest';
import { alleObjecten, vangInvoerFout } from '../testhulp.js';
import { InvoerFout } from '../types/fouten.js';
import { epochDag, formatEpochDag, weekdag } from './datum.js';
import { citeerBesluit, GELIJKSTELLINGSBESLUITEN, type Gelijkstellingsbesluit } from './gelijkgesteldeDagen.js';
import {
  isWerkdagkalender, KALENDERBELEID, maakWerkdagkalender, standaardKalender, standaardOpeningskalender, type Werkdagkalender,
} from './kalender.js';

const feestdagen = maakWerkdagkalender({ beleid: 'feestdagen' });

const fout = vangInvoerFout;

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
    expect(fout(() => standaardKalender.isWerkdag('2025-02-30')).problemen).toMatchObject([
      { pad: 'datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." },
    ]);
  });
  it.each([-1, 1.5, Number.NaN, '5'])('a bad number of days: %s', (n) => {
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', n as number)).problemen[0]?.pad).toBe('aantal');
  });
  it('an unknown policy', () => {
    expect(fout(() => maakWerkdagkalender({ beleid: 'cao' as 'atw' })).problemen).toMatchObject([
      { pad: 'beleid', melding: "Onbekend kalenderbeleid: de tekst 'cao'. Kies 'atw' of 'feestdagen'." },
    ]);
  });
  it('an unknown option and a bad extra day, both reported', () => {
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '24-12-2025'], beleidd: 'atw' } as never)).problemen).toMatchObject([
      { pad: 'beleidd', melding: "Onbekende optie 'beleidd'. Bedoelde u 'beleid'? Bekend zijn: beleid, extraVrijeDagen." },
      { pad: 'extraVrijeDagen.1', melding: "'24-12-2025' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." },
    ]);
  });
  it('a year outside the supported range', () => {
    expect(fout(() => standaardKalender.vrijeDagen(1970)).problemen).toMatchObject([
      { pad: 'jaar', melding: 'Het jaar 1970 valt buiten wat deze kalender kent (1990 tot en met 2200).' },
    ]);
    expect(fout(() => standaardKalender.plusWerkdagen('2200-12-30', 5)).problemen[0]?.pad).toBe('aantal');
  });
  it('never returns Invalid Date', () => {
    expect(() => standaardKalender.volgendeWerkdag('2025-02-29')).toThrow(InvoerFout);
  });
});

// ---- Issue 9: a calendar is one of ours, works frozen, and refuses what it cannot answer ----

const BUITEN = (datum: string, jaar: number) => `De datum '${datum}' valt in het jaar ${jaar}, buiten wat deze kalender kent (1990 tot en met 2200).`;

/** Every method of a calendar on a fixed set of questions (crossing years, so the per-year cache is used). */
function antwoorden(k: Werkdagkalender): unknown[] {
  return [
    k.beleid, k.extraVrijeDagen, k.isWerkdag('2025-12-24'), k.isWerkdag('2024-05-10'), k.redenVrij('2025-12-24'), k.redenVrij('2026-01-02'),
    k.vrijeDagen(2025), k.gelijkgesteldeDagenBekend(2029), k.volgendeWerkdag('2025-12-23'), k.plusWerkdagen('2024-12-20', 12),
    k.plusWerkdagen('2025-03-01', 0), k.werkdagenTussen('2023-06-01', '2026-02-01'), k.werkdagenTussen('2026-02-01', '2023-06-01'),
    k.isWerkdag('2200-12-31'), k.plusWerkdagen('1990-01-01', 3),
  ];
}

describe('a frozen calendar works (issue 9)', () => {
  it('every calendar the package makes is frozen, its closing days too', () => {
    for (const k of [standaardKalender, standaardOpeningskalender, feestdagen, maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24'] })]) {
      expect(Object.isFrozen(k)).toBe(true);
      expect(Object.isFrozen(k.extraVrijeDagen)).toBe(true);
    }
  });

  it('holds no cache of its own: only its policy, its closing days and its methods', () => {
    expect(Object.keys(standaardKalender)).toEqual([
      'beleid', 'extraVrijeDagen', 'isWerkdag', 'redenVrij', 'vrijeDagen', 'gelijkgesteldeDagenBekend', 'volgendeWerkdag', 'plusWerkdagen', 'werkdagenTussen',
    ]);
    const voor = Object.getOwnPropertyDescriptors(standaardKalender);
    antwoorden(standaardKalender);
    expect(Object.getOwnPropertyDescriptors(standaardKalender)).toEqual(voor);
  });

  it('frozen again by the caller, a new calendar answers every question as an unfrozen one', () => {
    const opties = { beleid: 'atw', extraVrijeDagen: ['2025-12-24', '2024-12-23'] } as const;
    const bevroren = Object.freeze(maakWerkdagkalender(opties));
    const gewoon = maakWerkdagkalender(opties);
    expect(antwoorden(bevroren)).toEqual(antwoorden(gewoon));
    expect(antwoorden(bevroren)).toEqual(antwoorden(gewoon)); // the second time from the cache
    expect(bevroren.plusWerkdagen('2024-12-20', 12)).toBe('2025-01-14'); // 23 Dec closed, 25–27 Dec and 1 Jan not werkdagen
  });

  it('cannot be changed by a caller', () => {
    expect(() => {
      (standaardKalender as { beleid: string }).beleid = 'feestdagen';
    }).toThrow(TypeError);
    expect(() => {
      (standaardKalender as { isWerkdag: unknown }).isWerkdag = () => true;
    }).toThrow(TypeError);
    expect(() => (standaardKalender.extraVrijeDagen as string[]).push('2025-06-02')).toThrow(TypeError);
    expect(standaardKalender.beleid).toBe('atw');
    expect(standaardKalender.isWerkdag('2025-05-05')).toBe(false);
    expect(standaardKalender.isWerkdag('2025-06-02')).toBe(true);
  });

  it('its methods need no `this`', () => {
    expect(['2025-05-05', '2025-05-06'].map(standaardKalender.isWerkdag)).toEqual([false, true]);
    const { plusWerkdagen, werkdagenTussen } = standaardKalender;
    expect(plusWerkdagen('2024-05-08', 5)).toBe('2024-05-17');
    expect(werkdagenTussen.call(undefined, '2024-12-24', '2025-01-06')).toBe(5);
  });
});

describe('isWerkdagkalender: one of ours, or not a calendar (issue 9)', () => {
  it('recognises every calendar made by maakWerkdagkalender, frozen or not', () => {
    for (const k of [standaardKalender, standaardOpeningskalender, maakWerkdagkalender(), Object.freeze(maakWerkdagkalender({ beleid: 'feestdagen' }))]) {
      expect(isWerkdagkalender(k)).toBe(true);
    }
  });
  it('refuses a look-alike without calling anything on it', () => {
    let aangeroepen = 0;
    const vals = { beleid: 'atw', plusWerkdagen: () => ((aangeroepen++), 'onzin'), isWerkdag: () => ((aangeroepen++), true) };
    const valstrik = new Proxy({}, {
      get: () => { throw new Error('get'); },
      getPrototypeOf: () => { throw new Error('getPrototypeOf'); },
      has: () => { throw new Error('has'); },
    });
    for (const x of [vals, { ...standaardKalender }, Object.create(standaardKalender), new Proxy(standaardKalender, {}), valstrik, null, undefined, 'atw', 1, [], () => standaardKalender]) {
      expect(isWerkdagkalender(x)).toBe(false);
    }
    expect(aangeroepen).toBe(0);
  });
});

describe('dates outside 1990–2200 are refused at the argument that holds them (issue 9)', () => {
  it.each([
    ['1989-12-31', 1989],
    ['2201-01-01', 2201],
    ['0000-01-01', 0], // year 0 is year 0, not 1
    ['9999-12-31', 9999],
  ] as const)('%s: isWerkdag, redenVrij, volgendeWerkdag and plusWerkdagen name `datum`', (d, jaar) => {
    const verwacht = [{ pad: 'datum', melding: BUITEN(d, jaar) }];
    expect(fout(() => standaardKalender.isWerkdag(d)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.redenVrij(d)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.volgendeWerkdag(d)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.plusWerkdagen(d, 0)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.plusWerkdagen(d, 5)).problemen).toMatchObject(verwacht);
  });

  it('werkdagenTussen names `van` or `tot`, whichever holds the date, in either order', () => {
    expect(fout(() => standaardKalender.werkdagenTussen('1989-12-31', '2025-01-01')).problemen).toMatchObject([{ pad: 'van', melding: BUITEN('1989-12-31', 1989) }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2025-01-01', '1989-12-31')).problemen).toMatchObject([{ pad: 'tot', melding: BUITEN('1989-12-31', 1989) }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2201-01-01', '2025-01-01')).problemen).toMatchObject([{ pad: 'van', melding: BUITEN('2201-01-01', 2201) }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2025-01-01', '2201-01-01')).problemen).toMatchObject([{ pad: 'tot', melding: BUITEN('2201-01-01', 2201) }]);
    expect(fout(() => standaardKalender.werkdagenTussen('2025-01-01', '2025-02-30')).problemen).toMatchObject([
      { pad: 'tot', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." },
    ]);
  });

  it('answers on the first and the last day, and counts every werkdag between them', () => {
    expect(standaardKalender.isWerkdag('1990-01-01')).toBe(false); // Nieuwjaarsdag
    expect(standaardKalender.plusWerkdagen('1990-01-01', 1)).toBe('1990-01-02');
    expect(standaardKalender.isWerkdag('2200-12-31')).toBe(true);
    const alle = standaardKalender.werkdagenTussen('1990-01-01', '2200-12-31');
    expect(alle).toBe(53429);
    expect(standaardKalender.plusWerkdagen('1990-01-01', alle)).toBe('2200-12-31');
    expect(standaardKalender.werkdagenTussen('2200-12-31', '1990-01-01')).toBe(-alle);
  });

  it('an answer after 2200 is refused: at `aantal` for plusWerkdagen, at `datum` for volgendeWerkdag', () => {
    expect(fout(() => standaardKalender.plusWerkdagen('1990-01-01', 53430)).problemen).toMatchObject([
      { pad: 'aantal', melding: 'Het aantal werkdagen is te groot: 53430 werkdagen na 1990-01-01 valt na 2200, het laatste jaar dat deze kalender kent.' },
    ]);
    expect(fout(() => standaardKalender.plusWerkdagen('2200-12-30', 5)).problemen).toMatchObject([
      { pad: 'aantal', melding: 'Het aantal werkdagen is te groot: 5 werkdagen na 2200-12-30 valt na 2200, het laatste jaar dat deze kalender kent.' },
    ]);
    expect(fout(() => standaardKalender.volgendeWerkdag('2200-12-31')).problemen).toMatchObject([
      { pad: 'datum', melding: 'Na 2200-12-31 valt er in 2200 geen werkdag meer, en 2200 is het laatste jaar dat deze kalender kent.' },
    ]);
    expect(standaardKalender.volgendeWerkdag('2200-12-30')).toBe('2200-12-31');
  });
});

describe('plusWerkdagen: aantal (issue 9)', () => {
  const niet = (beschrijving: string) => [{ pad: 'aantal', melding: `Het aantal werkdagen moet een geheel getal van 0 of meer zijn, maar is ${beschrijving}.` }];
  it.each([
    [-1, 'het getal -1'],
    [-0.5, 'het getal -0.5'],
    [1.5, 'het getal 1.5'],
    [Number.NaN, 'het getal NaN'],
    [Number.POSITIVE_INFINITY, 'het getal Infinity'],
    [Number.NEGATIVE_INFINITY, 'het getal -Infinity'],
    ['5', "de tekst '5'"],
    [null, 'null'],
    [undefined, 'niets'],
    [5n, 'een bigint'],
  ] as const)('%s is refused', (n, beschrijving) => {
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', n as never)).problemen).toMatchObject(niet(beschrijving));
  });

  it.each([
    [1e9, '1000000000'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [2 ** 60, '1152921504606847000'],
    [1e300, '1e+300'],
  ] as const)('a huge %s is refused at once, without walking the years', (n, tekst) => {
    expect(fout(() => standaardKalender.plusWerkdagen('2025-03-03', n)).problemen).toMatchObject([
      { pad: 'aantal', melding: `Het aantal werkdagen is te groot: ${tekst} werkdagen na 2025-03-03 valt na 2200, het laatste jaar dat deze kalender kent.` },
    ]);
    // Twenty fresh calendars (no year table built yet): refused without walking to 2200 (timing is for the benchmark, not a unit test).
    for (let i = 0; i < 20; i++) expect(() => maakWerkdagkalender().plusWerkdagen('1990-01-01', n)).toThrow(InvoerFout);
  });

  it('0 and -0 return the day itself', () => {
    expect(standaardKalender.plusWerkdagen('2025-03-01', 0)).toBe('2025-03-01');
    expect(standaardKalender.plusWerkdagen('2025-03-01', -0)).toBe('2025-03-01');
  });
});

describe('werkdagenTussen never gives -0 (issue 9)', () => {
  it('is +0 for the same day and for a stretch without werkdagen, in either direction', () => {
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-03', '2025-03-03'), 0)).toBe(true);
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-01', '2025-03-01'), 0)).toBe(true);
    expect(Object.is(standaardKalender.werkdagenTussen('2025-03-02', '2025-03-01'), 0)).toBe(true);
    // 9 May 2024 Hemelvaart, 10 May the KB day, 11–12 May the weekend:
    expect(Object.is(standaardKalender.werkdagenTussen('2024-05-12', '2024-05-08'), 0)).toBe(true);
    expect(Object.is(standaardKalender.werkdagenTussen('2024-05-08', '2024-05-12'), 0)).toBe(true);
    expect(standaardKalender.werkdagenTussen('2024-05-13', '2024-05-08')).toBe(-1);
  });
});

describe('extraVrijeDagen: each closing day counts in its own year only (issue 9)', () => {
  // 31 Dec 2024, 2 Jun 2025 and 5 Jan 2026 are weekdays; only 2 Jun is in 2025.
  const k = maakWerkdagkalender({ extraVrijeDagen: ['2026-01-05', '2025-06-02', '2024-12-31'] });
  const EXTRA = { naam: 'Extra vrije dag van de organisatie', bron: 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)' };

  it('vrijeDagen(2025) lists the 2025 closing day, and not those of 2024 and 2026', () => {
    expect(k.vrijeDagen(2025).map((d) => `${d.datum} ${d.naam}`)).toEqual([
      '2025-01-01 Nieuwjaarsdag', '2025-04-18 Goede Vrijdag', '2025-04-21 Tweede Paasdag', '2025-05-05 Bevrijdingsdag (5 mei)',
      '2025-05-29 Hemelvaartsdag', '2025-05-30 Gelijkgestelde dag (Koninklijk Besluit)', '2025-06-02 Extra vrije dag van de organisatie',
      '2025-06-09 Tweede Pinksterdag', '2025-12-25 Eerste Kerstdag', '2025-12-26 Tweede Kerstdag',
    ]);
    expect(k.vrijeDagen(2024).filter((d) => d.naam === EXTRA.naam)).toEqual([{ datum: '2024-12-31', ...EXTRA }]);
    expect(k.vrijeDagen(2026).filter((d) => d.naam === EXTRA.naam)).toEqual([{ datum: '2026-01-05', ...EXTRA }]);
  });

  it('counts across the years exactly (every werkdag of each year is in its table)', () => {
    expect(k.plusWerkdagen('2025-12-30', 1)).toBe('2025-12-31');
    // 1 Jan Nieuwjaarsdag, 2 Jan KB day, 3–4 weekend, 5 Jan closed: the next werkdag is 6 January.
    expect(k.plusWerkdagen('2025-12-30', 2)).toBe('2026-01-06');
    expect(k.plusWerkdagen('2024-12-30', 1)).toBe('2025-01-02');
    expect(k.werkdagenTussen('2024-12-27', '2026-01-06')).toBe(standaardKalender.werkdagenTussen('2024-12-27', '2026-01-06') - 3);
    expect(k.werkdagenTussen('2025-01-01', '2025-12-31')).toBe(365 - 104 - 9 - 1);
  });

  it('a closing day on a holiday or weekend keeps that reason; duplicates count once', () => {
    const d = maakWerkdagkalender({ extraVrijeDagen: ['2025-12-25', '2025-12-27', '2025-12-24', '2025-12-24'] });
    expect(d.extraVrijeDagen).toEqual(['2025-12-24', '2025-12-25', '2025-12-27']);
    expect(d.redenVrij('2025-12-25')?.naam).toBe('Eerste Kerstdag');
    expect(d.redenVrij('2025-12-27')?.naam).toBe('zaterdag');
    expect(d.vrijeDagen(2025).filter((v) => v.naam === EXTRA.naam).map((v) => v.datum)).toEqual(['2025-12-24']);
  });

  it('keeps no reference to the caller’s list', () => {
    const lijst = ['2025-12-24'];
    const eigen = maakWerkdagkalender({ extraVrijeDagen: lijst });
    lijst.push('2025-12-29');
    expect(eigen.isWerkdag('2025-12-29')).toBe(true);
    expect(eigen.extraVrijeDagen).toEqual(['2025-12-24']);
  });

  it('refuses a closing day outside 1990–2200, a list that is none, a hole and a huge list', () => {
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: ['2025-12-24', '1989-12-29', '2201-01-02'] })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen.1', melding: BUITEN('1989-12-29', 1989) },
      { pad: 'extraVrijeDagen.2', melding: BUITEN('2201-01-02', 2201) },
    ]);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: '2025-12-24' as never })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen', melding: "Verwacht een lijst met datums, maar kreeg de tekst '2025-12-24'." },
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: [, '2025-12-24'] as never })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen.0', melding: "Verwacht een datum als tekst 'JJJJ-MM-DD', maar kreeg niets." },
    ]);
    expect(fout(() => maakWerkdagkalender({ extraVrijeDagen: new Array<string>(2 ** 32 - 1) })).problemen).toMatchObject([
      { pad: 'extraVrijeDagen', melding: 'Te veel extra vrije dagen (4294967295); een kalender neemt er hoogstens 77226.' },
    ]);
  });
});

describe('years: a whole number within 1990–2200 (issue 9)', () => {
  it.each([
    [2025.5, 'het getal 2025.5'],
    [Number.NaN, 'het getal NaN'],
    [Number.POSITIVE_INFINITY, 'het getal Infinity'],
    ['2025', "de tekst '2025'"],
    [null, 'null'],
  ] as const)('%s is no year, for vrijeDagen and gelijkgesteldeDagenBekend', (jaar, beschrijving) => {
    const verwacht = [{ pad: 'jaar', melding: `Verwacht een jaartal (geheel getal), maar kreeg ${beschrijving}.` }];
    expect(fout(() => standaardKalender.vrijeDagen(jaar as never)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(jaar as never)).problemen).toMatchObject(verwacht);
    expect(fout(() => feestdagen.gelijkgesteldeDagenBekend(jaar as never)).problemen).toMatchObject(verwacht);
  });
  it.each([0, 1989, 2201, -1])('%i is outside the years, for both', (jaar) => {
    const verwacht = [{ pad: 'jaar', melding: `Het jaar ${jaar} valt buiten wat deze kalender kent (1990 tot en met 2200).` }];
    expect(fout(() => standaardKalender.vrijeDagen(jaar)).problemen).toMatchObject(verwacht);
    expect(fout(() => standaardKalender.gelijkgesteldeDagenBekend(jaar)).problemen).toMatchObject(verwacht);
    expect(fout(() => feestdagen.gelijkgesteldeDagenBekend(jaar)).problemen).toMatchObject(verwacht);
  });
  it('the first and the last year are answered', () => {
    expect(standaardKalender.vrijeDagen(1990)[0]).toEqual({ datum: '1990-01-01', naam: 'Nieuwjaarsdag', bron: 'Algemene termijnenwet art. 3 lid 1' });
    expect(standaardKalender.vrijeDagen(2200).at(-1)).toEqual({ datum: '2200-12-26', naam: 'Tweede Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' });
    expect(feestdagen.gelijkgesteldeDagenBekend(1990)).toBe(true);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2200)).toBe(false);
  });
});

describe('maakWerkdagkalender: its options (issue 9)', () => {
  it('takes only a plain object with own options', () => {
    expect(fout(() => maakWerkdagkalender(null as never)).problemen).toMatchObject([{ pad: '', melding: 'Verwacht een object met opties, maar kreeg null.' }]);
    expect(fout(() => maakWerkdagkalender('atw' as never)).problemen).toMatchObject([{ pad: '', melding: "Verwacht een object met opties, maar kreeg de tekst 'atw'." }]);
    expect(fout(() => maakWerkdagkalender([] as never)).problemen).toMatchObject([{ pad: '', melding: 'Verwacht een object met opties, maar kreeg een lijst.' }]);
    expect(fout(() => maakWerkdagkalender(new Map() as never)).problemen).toMatchObject([{ pad: '', melding: 'Verwacht een gewoon object met opties, maar kreeg een Map.' }]);
    expect(fout(() => maakWerkdagkalender(Object.create({ beleid: 'feestdagen' }) as never)).problemen).toMatchObject([
      { pad: '', melding: 'Verwacht een gewoon object met opties, maar kreeg een object dat velden erft (alleen eigen velden tellen als opties).' },
    ]);
    expect(maakWerkdagkalender(Object.assign(Object.create(null), { beleid: 'feestdagen' }) as never).beleid).toBe('feestdagen');
    expect(maakWerkdagkalender({ beleid: undefined } as never).beleid).toBe('atw');
  });

  it('looks up nothing on the prototype: toString is no policy, __proto__ no option', () => {
    for (const beleid of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(fout(() => maakWerkdagkalender({ beleid: beleid as 'atw' })).problemen).toMatchObject([
        { pad: 'beleid', melding: `Onbekend kalenderbeleid: de tekst '${beleid}'. Kies 'atw' of 'feestdagen'.` },
      ]);
    }
    expect(fout(() => maakWerkdagkalender(JSON.parse('{"__proto__": {"beleid": "feestdagen"}}') as never)).problemen).toMatchObject([
      { pad: '__proto__', melding: "Onbekende optie '__proto__'. Bekend zijn: beleid, extraVrijeDagen." },
    ]);
  });

  it('a polluted Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['beleid'] = 'feestdagen';
    proto['extraVrijeDagen'] = ['2025-06-02'];
    try {
      const k = maakWerkdagkalender({});
      const zonder = maakWerkdagkalender();
      for (const x of [k, zonder]) {
        expect(x.beleid).toBe('atw');
        expect(x.extraVrijeDagen).toEqual([]);
        expect(x.isWerkdag('2025-06-02')).toBe(true);
      }
    } finally {
      delete proto['beleid'];
      delete proto['extraVrijeDagen'];
    }
  });

  it('an unknown option: the hint when it is close, the known ones always', () => {
    expect(fout(() => maakWerkdagkalender({ extravrijedagen: ['2025-12-24'] } as never)).problemen).toMatchObject([
      { pad: 'extravrijedagen', melding: "Onbekende optie 'extravrijedagen'. Bedoelde u 'extraVrijeDagen'? Bekend zijn: beleid, extraVrijeDagen." },
    ]);
    expect(fout(() => maakWerkdagkalender({ regio: 'gelderland-zuid' } as never)).problemen).toMatchObject([
      { pad: 'regio', melding: "Onbekende optie 'regio'. Bekend zijn: beleid, extraVrijeDagen." },
    ]);
  });

  it('many unknown options give bounded text', () => {
    const veel = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`optie${i}`, i]));
    const p = fout(() => maakWerkdagkalender(veel as never)).problemen;
    expect(p).toHaveLength(21);
    expect(p[20]).toMatchObject({ pad: '', melding: '… en 19980 meer problemen (niet getoond).' });
    const lang = 'x'.repeat(10_000);
    const [eerste] = fout(() => maakWerkdagkalender({ [lang]: 1 } as never)).problemen;
    expect(eerste?.pad).toBe(`${'x'.repeat(80)}…`);
    expect(eerste?.melding).toBe(`Onbekende optie '${'x'.repeat(80)}…'. Bekend zijn: beleid, extraVrijeDagen.`);
  });
});

describe('exported data is deeply frozen (issue 9)', () => {
  it.each([
    ['GELIJKSTELLINGSBESLUITEN', GELIJKSTELLINGSBESLUITEN, 1 + 5 * 3],
    ['KALENDERBELEID', KALENDERBELEID, 1],
  ] as const)('%s: every object in it is frozen', (_, data, aantal) => {
    const alle = [...alleObjecten(data)];
    expect(alle).toHaveLength(aantal); // the array, and per decree the entry, its jaren and its dagen
    for (const o of alle) expect(Object.isFrozen(o)).toBe(true);
  });
  it('a decree cannot be changed, so no calendar can be changed through it', () => {
    const besluit = GELIJKSTELLINGSBESLUITEN[3]!;
    expect(() => (besluit.dagen as string[]).push('2025-06-02')).toThrow(TypeError);
    expect(() => {
      (besluit as unknown as { jaren: [number, number] }).jaren[1] = 2030;
    }).toThrow(TypeError);
    expect(() => (GELIJKSTELLINGSBESLUITEN as Gelijkstellingsbesluit[]).pop()).toThrow(TypeError);
    expect(() => (KALENDERBELEID as string[]).push('cao')).toThrow(TypeError);
    expect(maakWerkdagkalender().isWerkdag('2025-06-02')).toBe(true);
    expect(maakWerkdagkalender().gelijkgesteldeDagenBekend(2030)).toBe(false);
  });
});

describe('results are fresh (issue 9)', () => {
  it('vrijeDagen and redenVrij give new objects every call; changing them changes nothing', () => {
    const a = standaardKalender.vrijeDagen(2025);
    const verwacht = structuredClone(a);
    a[0]!.naam = 'veranderd';
    a.pop();
    const r = standaardKalender.redenVrij('2025-12-25')!;
    r.naam = 'veranderd';
    expect(standaardKalender.vrijeDagen(2025)).toEqual(verwacht);
    expect(standaardKalender.vrijeDagen(2025)).not.toBe(standaardKalender.vrijeDagen(2025));
    expect(standaardKalender.vrijeDagen(2025)[0]).not.toBe(standaardKalender.vrijeDagen(2025)[0]);
    expect(standaardKalender.redenVrij('2025-12-25')).toEqual({ datum: '2025-12-25', naam: 'Eerste Kerstdag', bron: 'Algemene termijnenwet art. 3 lid 1' });
    expect(standaardKalender.redenVrij('2025-12-25')).not.toBe(standaardKalender.redenVrij('2025-12-25'));
  });
});
