/**
 * Tests written against the survivors of mutation testing (`npm run mutatie`): the evaluator on
 * small definitions of its own, where every value can be asserted exactly — the compiled
 * conditions, the validity boundaries, the period a selection applies, the domains, partial
 * evaluation (which facts still matter, in which order the possible outcomes come) and the messages.
 */
import { describe, expect, it } from 'vitest';
import { epochDag, formatEpochDag } from '../../deadlines/datum.js';
import { vangInvoerFout } from '../../testhulp.js';
import type { Definitie } from './definitie.js';
import { alleInvoer, compileer, domeinenVan, evalueer, geldt, grensdata, kenmerkenVan, selecteer, vuur, waardenVan } from './evaluatie.js';
import { alle, een, is, isEenVan, regel, type RegelParams, type Voorwaarde } from './regel.js';

const BRON = [{ document: 'test', plaats: '§1' }] as never;
const r = (id: string, waarde: string, als: Parameters<typeof regel>[0]['als'], meer: Partial<RegelParams> = {}) =>
  regel({ regel: id, waarde, uitleg: `uitleg ${id}`, bronnen: BRON, geldigVanaf: '2019-01-01', als, ...meer });

const jaNee = { soort: 'ja-nee', vraag: '?' };
const def = (d: Partial<Definitie> & Pick<Definitie, 'id' | 'regels'>): Definitie =>
  ({ titel: d.id, versie: '1.2.3', feiten: {}, uitkomsten: {}, acties: [], ...d }) as unknown as Definitie;

/** uitkomst by a and b; advies (only with hoog) by c. */
const drie = def({
  id: 'drie',
  feiten: { a: jaNee, b: jaNee, c: { soort: 'keuze', vraag: '?', opties: [{ waarde: 'x' }, { waarde: 'y' }] }, d: jaNee } as never,
  uitkomsten: { geen: { titel: 'geen' }, hoog: { titel: 'hoog' }, laag: { titel: 'laag' } },
  kenmerken: { advies: { ja: { titel: 'ja' }, nee: { titel: 'nee' } } },
  kenmerkAlleenBij: { advies: ['hoog'] },
  regels: [
    r('drie.hoog', 'hoog', alle(is('a', true))),
    r('drie.laag', 'laag', alle(is('a', false), is('b', true))),
    r('drie.geen', 'geen', alle(is('a', false), is('b', false))),
    r('drie.adviesJa', 'ja', alle(is('a', true), is('c', 'x')), { kenmerk: 'advies' } as never),
    r('drie.adviesNee', 'nee', alle(is('a', true), isEenVan('c', ['y'])), { kenmerk: 'advies' } as never),
  ],
});
const DAG = epochDag(2024, 1, 1);

describe('compileer', () => {
  const f = (v: Voorwaarde, feiten: Record<string, unknown>) => compileer(v)(feiten as never);
  it('all needs every part, any one part; an empty all holds and an empty any does not', () => {
    expect(f(alle(is('a', true), is('b', true)), { a: true, b: true })).toBe(true);
    expect(f(alle(is('a', true), is('b', true)), { a: true, b: false })).toBe(false);
    expect(f(alle(is('a', true), is('b', true)), { a: false, b: true })).toBe(false);
    expect(f(alle(is('a', true)), { a: true })).toBe(true);
    expect(f(alle(is('a', true)), { a: false })).toBe(false);
    expect(f(een(is('a', true), is('b', true)), { a: false, b: true })).toBe(true);
    expect(f(een(is('a', true), is('b', true)), { a: true, b: false })).toBe(true);
    expect(f(een(is('a', true), is('b', true)), { a: false, b: false })).toBe(false);
    expect(f({ all: [] }, {})).toBe(true);
    expect(f({ any: [] }, {})).toBe(false);
  });
  it('equal and in compare exactly; a missing fact satisfies neither', () => {
    expect(f(is('a', 'x'), { a: 'x' })).toBe(true);
    expect(f(is('a', 'x'), { a: 'y' })).toBe(false);
    expect(f(is('a', null), { a: null })).toBe(true);
    expect(f(is('a', null), {})).toBe(false);
    expect(f(isEenVan('a', ['x', 'y']), { a: 'y' })).toBe(true);
    expect(f(isEenVan('a', ['x', 'y']), { a: 'z' })).toBe(false);
    expect(f(isEenVan('a', ['x']), {})).toBe(false);
  });
  it('refuses another operator, and in without a list, with its name', () => {
    expect(() => compileer({ fact: 'a', operator: 'greaterThan', value: 1 } as never)).toThrow(
      new Error("Regel gebruikt een niet-ondersteunde operator 'greaterThan'."),
    );
    expect(() => compileer({ fact: 'a', operator: 'in', value: 'x' })).toThrow(new Error("Regel gebruikt een niet-ondersteunde operator 'in'."));
  });
});

describe('geldt', () => {
  const p = { geldigVanaf: '2020-01-01', geldigTot: '2020-12-31' } as RegelParams;
  it('includes both ends of the validity', () => {
    expect(geldt(p, '2019-12-31', undefined)).toBe(false);
    expect(geldt(p, '2020-01-01', undefined)).toBe(true);
    expect(geldt(p, '2020-12-31', undefined)).toBe(true);
    expect(geldt(p, '2021-01-01', undefined)).toBe(false);
    expect(geldt({ geldigVanaf: '2020-01-01' } as RegelParams, '2199-01-01', undefined)).toBe(true);
  });
  it('a regional rule only in its region, a nietIn rule everywhere else (and without a region)', () => {
    const regionaal = { geldigVanaf: '2020-01-01', regio: 'gelderland-zuid' } as RegelParams;
    expect(geldt(regionaal, '2020-06-01', 'gelderland-zuid')).toBe(true);
    expect(geldt(regionaal, '2020-06-01', 'utrecht')).toBe(false);
    expect(geldt(regionaal, '2020-06-01', undefined)).toBe(false);
    const landelijk = { geldigVanaf: '2020-01-01', nietIn: ['gelderland-zuid'] } as RegelParams;
    expect(geldt(landelijk, '2020-06-01', 'gelderland-zuid')).toBe(false);
    expect(geldt(landelijk, '2020-06-01', 'utrecht')).toBe(true);
    expect(geldt(landelijk, '2020-06-01', undefined)).toBe(true);
  });
});

describe('selecteer: the period and the refusal', () => {
  const tijd = def({
    id: 'tijd',
    feiten: { a: jaNee } as never,
    uitkomsten: { ok: { titel: 'ok' } },
    regels: [
      r('tijd.oud', 'ok', alle(is('a', true)), { geldigVanaf: '2019-07-01', geldigTot: '2021-03-31' }),
      r('tijd.nieuw', 'ok', alle(is('a', true)), { geldigVanaf: '2021-04-01' }),
      r('tijd.regio', 'ok', alle(is('a', false)), { geldigVanaf: '2022-01-01', regio: 'gelderland-zuid' }),
      r('tijd.landelijk', 'ok', alle(is('a', false)), { geldigVanaf: '2023-01-01', nietIn: ['gelderland-zuid'] }),
    ],
  });
  const info = (j: number, m: number, d: number, regio?: string) =>
    selecteer(tijd, regio === undefined ? { peildatum: epochDag(j, m, d) } : { peildatum: epochDag(j, m, d), regio }, 'peildatum').info;

  it('bounds the period by every rule of the region that starts or stops around the day', () => {
    expect(info(2020, 6, 15)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31' });
    expect(info(2019, 7, 1)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31' });
    expect(info(2021, 3, 31)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31' });
    expect(info(2021, 4, 1)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2021-04-01', geldigTot: '2022-12-31' });
    expect(info(2021, 6, 1, 'gelderland-zuid')).toEqual({
      id: 'tijd', versie: '1.2.3', geldigVanaf: '2021-04-01', geldigTot: '2021-12-31', regio: 'gelderland-zuid',
    });
    expect(info(2022, 12, 31)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2021-04-01', geldigTot: '2022-12-31' });
    expect(info(2023, 1, 1)).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2023-01-01' });
    expect(info(2030, 1, 1, 'gelderland-zuid')).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2022-01-01', regio: 'gelderland-zuid' });
    expect(info(2030, 1, 1, 'utrecht')).toEqual({ id: 'tijd', versie: '1.2.3', geldigVanaf: '2023-01-01', regio: 'utrecht' });
  });

  it('selects exactly the rules in force', () => {
    const namen = (j: number, m: number, d: number, regio?: string) =>
      selecteer(tijd, regio === undefined ? { peildatum: epochDag(j, m, d) } : { peildatum: epochDag(j, m, d), regio }, 'peildatum').regels.map((x) => x.name);
    expect(namen(2021, 3, 31)).toEqual(['tijd.oud']);
    expect(namen(2021, 4, 1)).toEqual(['tijd.nieuw']);
    expect(namen(2030, 1, 1)).toEqual(['tijd.nieuw', 'tijd.landelijk']);
    expect(namen(2030, 1, 1, 'gelderland-zuid')).toEqual(['tijd.nieuw', 'tijd.regio']);
  });

  it('refuses a day without rules at the pad given, naming the earliest day when it lies before it', () => {
    expect(vangInvoerFout(() => selecteer(tijd, { peildatum: epochDag(2019, 6, 30) }, 'ontvangen')).problemen).toMatchObject([
      { pad: 'ontvangen', melding: "Op 2019-06-30 gelden geen regels voor de beslissing 'tijd'; de vroegste gelden vanaf 2019-07-01." },
    ]);
    const afgelopen = def({ id: 'afgelopen', feiten: { a: jaNee } as never, regels: [r('afgelopen.x', 'x', alle(is('a', true)), { geldigTot: '2020-12-31' })] });
    expect(vangInvoerFout(() => selecteer(afgelopen, { peildatum: epochDag(2021, 1, 1) }, 'peildatum')).problemen).toMatchObject([{ pad: 'peildatum', melding: "Op 2021-01-01 gelden geen regels voor de beslissing 'afgelopen'." }]);
  });

  it('lists the days where some rule starts or stops, each with its neighbour', () => {
    expect(grensdata(tijd).map(formatEpochDag)).toEqual([
      '2019-06-30', '2019-07-01', '2021-03-31', '2021-04-01', '2021-12-31', '2022-01-01', '2022-12-31', '2023-01-01',
    ]);
  });
});

describe('domeinenVan', () => {
  it('takes only the facts the rules read, in the definition order, with their values', () => {
    expect(domeinenVan(drie, undefined)).toEqual([
      { naam: 'a', waarden: [true, false] },
      { naam: 'b', waarden: [true, false] },
      { naam: 'c', waarden: ['x', 'y'] },
    ]);
    expect(kenmerkenVan(drie)).toEqual(['uitkomst', 'advies']);
    expect(waardenVan(drie, 'uitkomst')).toEqual(['geen', 'hoog', 'laag']);
    expect(waardenVan(drie, 'advies')).toEqual(['ja', 'nee']);
    expect(waardenVan(drie, 'onbekend')).toEqual([]);
  });

  it('a ja-nee fact that stays null while unanswered can be null; a gemeente without a known region has no values; an afgeleid feit is true or false', () => {
    const d = def({
      id: 'soorten',
      feiten: { n: { ...jaNee, zolangOnbeantwoord: null }, g: { soort: 'gemeente', vraag: '?' }, k: { soort: 'keuze', vraag: '?' } } as never,
      afgeleideFeiten: { af: {} } as never,
      regels: [r('soorten.x', 'x', alle(is('n', true), is('g', 'Nijmegen'), is('af', true), is('k', 'q')))],
    });
    expect(domeinenVan(d, undefined)).toEqual([
      { naam: 'n', waarden: [true, false, null] },
      { naam: 'g', waarden: [] },
      { naam: 'k', waarden: [] },
      { naam: 'af', waarden: [true, false] },
    ]);
    expect(domeinenVan(d, 'bestaat-niet')[1]).toEqual({ naam: 'g', waarden: [] });
    expect(domeinenVan(d, 'gelderland-zuid')[1]!.waarden).toContain('Nijmegen');
  });

  it('names the fact a rule cannot read, and the fact the definition does not know', () => {
    const datum = def({ id: 'datumfeit', feiten: { t: { soort: 'datum', vraag: '?' } } as never, regels: [r('datumfeit.x', 'x', alle(is('t', true)))] });
    expect(() => domeinenVan(datum, undefined)).toThrow(
      new Error("De regels van 'datumfeit' lezen het feit 't' (datum); regels kunnen alleen ja-nee-, keuze- en gemeentefeiten lezen."),
    );
    const onbekend = def({ id: 'onbekend', feiten: { a: jaNee } as never, regels: [r('onbekend.x', 'x', alle(is('a', true), is('z', true)))] });
    expect(() => domeinenVan(onbekend, undefined)).toThrow(new Error("De regels van 'onbekend' lezen het feit 'z', dat de definitie niet kent."));
  });
});

describe('evalueer', () => {
  const sel = selecteer(drie, { peildatum: DAG }, 'peildatum');
  const ev = (f: Record<string, unknown>) => evalueer(sel, f as never);

  it('settles on the known facts, with the rules that fired in definition order', () => {
    const b = ev({ a: true, c: 'y' });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'hoog', waarden: { uitkomst: 'hoog', advies: 'nee' }, ids: ['drie.hoog', 'drie.adviesNee'] });
    expect(b.status === 'besloten' && b.gevuurd.map((p) => p.uitleg)).toEqual(['uitleg drie.hoog', 'uitleg drie.adviesNee']);
    expect(b.regelset).toEqual({ id: 'drie', versie: '1.2.3', geldigVanaf: '2019-01-01' });
    expect(ev({ a: true, c: 'y' })).toBe(b); // kept
  });

  it('a kenmerk that does not matter with the uitkomst leaves it settled, without the kenmerk', () => {
    expect(ev({ a: false, b: true })).toEqual({
      status: 'besloten', uitkomst: 'laag', waarden: { uitkomst: 'laag' }, gevuurd: [sel.regels[1]!.event.params], ids: ['drie.laag'],
      regelset: sel.info,
    });
    expect(ev({ a: false, b: false, c: 'x' })).toMatchObject({ status: 'besloten', uitkomst: 'geen', waarden: { uitkomst: 'geen' }, ids: ['drie.geen'] });
  });

  it('says which outcomes remain, in the definition order, and which missing facts still matter', () => {
    expect(ev({})).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['geen', 'hoog', 'laag'], ontbrekend: ['a', 'b', 'c'], regelset: sel.info });
    expect(ev({ a: false })).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['geen', 'laag'], ontbrekend: ['b'], regelset: sel.info });
    expect(ev({ a: true })).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['hoog'], ontbrekend: ['c'], regelset: sel.info });
    expect(ev({ b: true })).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['hoog', 'laag'], ontbrekend: ['a', 'c'], regelset: sel.info });
    expect(ev({ c: 'x' })).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['geen', 'hoog', 'laag'], ontbrekend: ['a', 'b'], regelset: sel.info });
  });

  it('settles by enumeration when every completion agrees, with every rule that fires on some completion', () => {
    const twee = def({
      id: 'twee',
      feiten: { b: jaNee, c: jaNee } as never,
      uitkomsten: { ok: { titel: 'ok' }, nooit: { titel: 'nooit' } },
      kenmerken: { k: { v: { titel: 'v' }, w: { titel: 'w' } } },
      kenmerkAlleenBij: { k: ['nooit'] },
      regels: [
        r('twee.okJa', 'ok', alle(is('b', true))),
        r('twee.okNee', 'ok', alle(is('b', false))),
        r('twee.kJa', 'v', alle(is('c', true)), { kenmerk: 'k' } as never),
        r('twee.kNee', 'v', alle(is('c', false)), { kenmerk: 'k' } as never),
      ],
    });
    const s = selecteer(twee, { peildatum: DAG }, 'peildatum');
    expect(evalueer(s, {})).toMatchObject({
      status: 'besloten', uitkomst: 'ok', waarden: { uitkomst: 'ok', k: 'v' }, ids: ['twee.okJa', 'twee.okNee', 'twee.kJa', 'twee.kNee'],
    });
    expect(evalueer(s, { c: true })).toMatchObject({ status: 'besloten', uitkomst: 'ok', waarden: { uitkomst: 'ok', k: 'v' }, ids: ['twee.okJa', 'twee.okNee', 'twee.kJa'] });
    expect(evalueer(s, { b: true })).toMatchObject({ status: 'besloten', uitkomst: 'ok', waarden: { uitkomst: 'ok', k: 'v' }, ids: ['twee.okJa', 'twee.kJa', 'twee.kNee'] });
  });

  it('enumerates every complete input in mixed radix, and fires on each what the rules say', () => {
    const alle = [...alleInvoer(sel)];
    expect(alle).toHaveLength(8);
    expect(alle[0]).toEqual({ a: true, b: true, c: 'x' });
    expect(alle[1]).toEqual({ a: false, b: true, c: 'x' });
    expect(alle[2]).toEqual({ a: true, b: false, c: 'x' });
    expect(alle[7]).toEqual({ a: false, b: false, c: 'y' });
    expect(vuur(sel, { a: true, b: false, c: 'x' }).map((p) => p.regel)).toEqual(['drie.hoog', 'drie.adviesJa']);
  });
});

describe('selecteer: the period, rule by rule', () => {
  /** A fresh definition (no kept selections) with one rule per [geldigVanaf, geldigTot?], in this order. */
  const periode = (regels: [string, string?][], j: number, m: number, d: number) => {
    const p = def({
      id: 'periode',
      feiten: { a: jaNee } as never,
      uitkomsten: { ok: { titel: 'ok' } },
      regels: regels.map(([vanaf, tot], i) =>
        r(`periode.r${i}`, 'ok', alle(is('a', true)), tot === undefined ? { geldigVanaf: vanaf } : { geldigVanaf: vanaf, geldigTot: tot }),
      ),
    });
    return selecteer(p, { peildatum: epochDag(j, m, d) }, 'peildatum').info;
  };
  const zonderEind = (geldigVanaf: string) => ({ id: 'periode', versie: '1.2.3', geldigVanaf });
  const metEind = (geldigVanaf: string, geldigTot: string) => ({ id: 'periode', versie: '1.2.3', geldigVanaf, geldigTot });

  // toStrictEqual: a period without an end (or a selection without a region) has no such key at all.
  it('starts the day after a rule ended, also when no rule starts that day', () => {
    const regels: [string, string?][] = [['2019-01-01', '2020-12-31'], ['2019-01-01']];
    expect(periode(regels, 2021, 6, 1)).toStrictEqual(zonderEind('2021-01-01'));
    expect(periode(regels, 2021, 1, 1)).toStrictEqual(zonderEind('2021-01-01'));
  });

  it('ends on the last day of a rule, also when no rule starts the day after, and when that is the day itself', () => {
    const regels: [string, string?][] = [['2019-01-01', '2020-12-31'], ['2019-01-01']];
    expect(periode(regels, 2020, 6, 1)).toStrictEqual(metEind('2019-01-01', '2020-12-31'));
    expect(periode(regels, 2020, 12, 31)).toStrictEqual(metEind('2019-01-01', '2020-12-31'));
  });

  it('takes the latest start and the earliest end, whatever the order of the rules', () => {
    // a later start listed before an earlier one
    expect(periode([['2020-01-01'], ['2019-01-01']], 2021, 6, 1)).toStrictEqual(zonderEind('2020-01-01'));
    // an early end listed after a later start: the day after it lies before that start
    expect(periode([['2020-01-01'], ['2019-01-01', '2019-06-30']], 2021, 6, 1)).toStrictEqual(zonderEind('2020-01-01'));
    // two future starts, the later one first
    expect(periode([['2019-01-01'], ['2023-01-01'], ['2022-01-01']], 2021, 6, 1)).toStrictEqual(metEind('2019-01-01', '2021-12-31'));
    // two future ends, in either order
    expect(periode([['2019-01-01', '2021-12-31'], ['2019-01-01', '2022-12-31']], 2021, 6, 1)).toStrictEqual(metEind('2019-01-01', '2021-12-31'));
    expect(periode([['2019-01-01', '2022-12-31'], ['2019-01-01', '2021-12-31']], 2021, 6, 1)).toStrictEqual(metEind('2019-01-01', '2021-12-31'));
  });

  it('names no earliest day when the earliest rule starts on the day itself but not in this region', () => {
    const regionaal = def({
      id: 'regionaal',
      feiten: { a: jaNee } as never,
      regels: [r('regionaal.x', 'x', alle(is('a', true)), { geldigVanaf: '2022-01-01', regio: 'gelderland-zuid' })],
    });
    expect(vangInvoerFout(() => selecteer(regionaal, { peildatum: epochDag(2022, 1, 1), regio: 'utrecht' }, 'peildatum')).problemen).toMatchObject([
      { pad: 'peildatum', melding: "Op 2022-01-01 gelden geen regels voor de beslissing 'regionaal'." },
    ]);
  });

  it('lists the end of a rule and the day after it when no rule starts then', () => {
    const kort = def({ id: 'kort', feiten: { a: jaNee } as never, regels: [r('kort.x', 'x', alle(is('a', true)), { geldigTot: '2020-12-31' })] });
    expect(grensdata(kort).map(formatEpochDag)).toEqual(['2018-12-31', '2019-01-01', '2020-12-31', '2021-01-01']);
  });
});

describe('selecteer: what is kept', () => {
  const nieuw = (id: string) =>
    def({
      id,
      feiten: { a: jaNee, g: { soort: 'gemeente', vraag: '?' } } as never,
      uitkomsten: { ok: { titel: 'ok' } },
      regels: [r(`${id}.x`, 'ok', alle(is('a', true))), r(`${id}.y`, 'ok', alle(is('g', 'Nijmegen')))],
    });

  it('reuses the selection of a day without a region, and of a day asked before other days', () => {
    const d = nieuw('zonder');
    expect(selecteer(d, { peildatum: DAG }, 'peildatum')).toBe(selecteer(d, { peildatum: DAG }, 'peildatum'));
    const eerste = selecteer(d, { peildatum: DAG }, 'peildatum');
    selecteer(d, { peildatum: DAG + 1 }, 'peildatum');
    selecteer(d, { peildatum: DAG + 2 }, 'peildatum');
    expect(selecteer(d, { peildatum: DAG }, 'peildatum')).toBe(eerste);
  });

  it('keeps the selections of 501 days per region, then starts afresh', () => {
    const d = nieuw('grens');
    const eerste = selecteer(d, { peildatum: DAG }, 'peildatum');
    for (let i = 1; i <= 500; i++) selecteer(d, { peildatum: DAG + i }, 'peildatum');
    expect(selecteer(d, { peildatum: DAG }, 'peildatum')).toBe(eerste);
    selecteer(d, { peildatum: DAG + 501 }, 'peildatum');
    const opnieuw = selecteer(d, { peildatum: DAG }, 'peildatum');
    expect(opnieuw).not.toBe(eerste);
    expect(opnieuw.regels).toEqual(eerste.regels);
  });

  it('shares the compiled rules and the kept evaluations between days with the same rules', () => {
    const d = nieuw('gedeeld');
    const a = selecteer(d, { peildatum: DAG }, 'peildatum');
    const b = selecteer(d, { peildatum: DAG + 1 }, 'peildatum');
    expect(b).not.toBe(a);
    expect(b.predikaten).toBe(a.predikaten);
    expect(b.gedaan).toBe(a.gedaan);
  });

  it('keeps the rules of each region apart: a gemeente takes its values from the region', () => {
    const d = nieuw('regios');
    const gz = selecteer(d, { peildatum: DAG, regio: 'gelderland-zuid' }, 'peildatum');
    const ut = selecteer(d, { peildatum: DAG, regio: 'utrecht' }, 'peildatum');
    expect(gz.domeinen[1]!.waarden).toContain('Nijmegen');
    expect(ut.domeinen).toEqual([
      { naam: 'a', waarden: [true, false] },
      { naam: 'g', waarden: [] },
    ]);
  });

  it('tells apart sets of rules whose names would run together', () => {
    const d = def({
      id: 'k',
      feiten: { a: jaNee } as never,
      uitkomsten: { ok: { titel: 'ok' } },
      regels: [
        r('k.a', 'ok', alle(is('a', true)), { geldigTot: '2020-12-31' }),
        r('k.b', 'ok', alle(is('a', false)), { geldigTot: '2020-12-31' }),
        r('k.ak.b', 'ok', alle(is('a', true)), { geldigVanaf: '2021-01-01' }),
      ],
    });
    expect(selecteer(d, { peildatum: epochDag(2020, 6, 1) }, 'peildatum').regels.map((x) => x.name)).toEqual(['k.a', 'k.b']);
    expect(selecteer(d, { peildatum: epochDag(2021, 6, 1) }, 'peildatum').regels.map((x) => x.name)).toEqual(['k.ak.b']);
  });
});

describe('compileer, waardenVan and domeinenVan: the remaining edges', () => {
  it('refuses another operator also when its value is a list', () => {
    expect(() => compileer({ fact: 'a', operator: 'notIn', value: ['x'] } as never)).toThrow(new Error("Regel gebruikt een niet-ondersteunde operator 'notIn'."));
  });

  it('a definition without kenmerken gives no values for one', () => {
    expect(waardenVan(def({ id: 'kaal', regels: [] }), 'advies')).toEqual([]);
  });

  it('leaves out an afgeleid feit that no rule reads', () => {
    const d = def({
      id: 'afgeleid',
      feiten: { a: jaNee } as never,
      afgeleideFeiten: { ongelezen: {}, af: {} } as never,
      regels: [r('afgeleid.x', 'x', alle(is('a', true), is('af', true)))],
    });
    expect(domeinenVan(d, undefined)).toEqual([
      { naam: 'a', waarden: [true, false] },
      { naam: 'af', waarden: [true, false] },
    ]);
  });
});

describe('evalueer: kept evaluations and values outside a domain', () => {
  /** ja when a or b, nee when not a. */
  const nieuw = () =>
    selecteer(
      def({
        id: 'buiten',
        feiten: { a: jaNee, b: jaNee } as never,
        uitkomsten: { ja: { titel: 'ja' }, nee: { titel: 'nee' } },
        regels: [r('buiten.a', 'ja', alle(is('a', true))), r('buiten.nietA', 'nee', alle(is('a', false))), r('buiten.b', 'ja', alle(is('b', true)))],
      }),
      { peildatum: DAG },
      'peildatum',
    );
  const ja = { mogelijkeUitkomsten: ['ja'], ontbrekend: ['b'] };
  const jaOfNee = { mogelijkeUitkomsten: ['ja', 'nee'], ontbrekend: ['a'] };

  it('a value outside its domain is evaluated as given, never taken for another input', () => {
    const sel = nieuw();
    expect(evalueer(sel, {})).toMatchObject({ status: 'onvolledig', ...jaOfNee });
    expect(evalueer(sel, { b: true })).toMatchObject({ status: 'besloten', uitkomst: 'ja', ids: ['buiten.b'] });
    // a = 'x' fires neither a-rule: only b can still make it ja
    expect(evalueer(sel, { a: 'x' } as never)).toMatchObject({ status: 'onvolledig', ...ja });
    expect(evalueer(sel, { b: 'x' } as never)).toMatchObject({ status: 'onvolledig', ...jaOfNee });
    expect(evalueer(sel, { a: 'x' } as never)).toMatchObject({ status: 'onvolledig', ...ja });
  });

  it('two different values outside a domain are not confused with each other', () => {
    const sel = nieuw();
    expect(evalueer(sel, { a: 'x' } as never)).toMatchObject({ status: 'onvolledig', ...ja });
    expect(evalueer(sel, { b: 'x' } as never)).toMatchObject({ status: 'onvolledig', ...jaOfNee });
  });

  it('keeps the evaluation of no facts, and of the third value of a domain', () => {
    const sel = selecteer(
      def({
        id: 'derde',
        feiten: { n: { ...jaNee, zolangOnbeantwoord: null } } as never,
        uitkomsten: { ja: { titel: 'ja' }, nee: { titel: 'nee' } },
        regels: [r('derde.ja', 'ja', alle(is('n', true))), r('derde.nee', 'nee', alle(isEenVan('n', [false, null])))],
      }),
      { peildatum: DAG },
      'peildatum',
    );
    const leeg = evalueer(sel, {});
    expect(leeg).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: ['ja', 'nee'], ontbrekend: ['n'], regelset: sel.info });
    expect(evalueer(sel, {})).toBe(leeg);
    const onbeantwoord = evalueer(sel, { n: null });
    expect(onbeantwoord).toMatchObject({ status: 'besloten', uitkomst: 'nee', ids: ['derde.nee'] });
    expect(evalueer(sel, { n: null })).toBe(onbeantwoord);
  });

  it('with too many inputs to keep, inputs that differ only in the last fact still differ', () => {
    // 40 ja-nee facts: 3^40 indices, beyond what a double tells apart.
    const namen = Array.from({ length: 40 }, (_, i) => `f${i}`);
    const sel = selecteer(
      def({
        id: 'groot',
        feiten: Object.fromEntries(namen.map((n) => [n, jaNee])) as never,
        uitkomsten: { ja: { titel: 'ja' }, nee: { titel: 'nee' } },
        regels: [r('groot.ja', 'ja', alle(...namen.map((n) => is(n, true)))), r('groot.nee', 'nee', alle(is('f39', false)))],
      }),
      { peildatum: DAG },
      'peildatum',
    );
    const allesJa = Object.fromEntries(namen.map((n) => [n, true]));
    expect(evalueer(sel, allesJa)).toMatchObject({ status: 'besloten', uitkomst: 'ja', ids: ['groot.ja'] });
    expect(evalueer(sel, { ...allesJa, f39: false })).toMatchObject({ status: 'besloten', uitkomst: 'nee', ids: ['groot.nee'] });
  });
});

describe('evalueer: settled by enumeration, the edges', () => {
  it('a kenmerk no rule decides on a complete input is given as ?', () => {
    const d = def({
      id: 'open',
      feiten: { b: jaNee, c: jaNee } as never,
      uitkomsten: { ok: { titel: 'ok' } },
      kenmerken: { k: { v: { titel: 'v' } } },
      regels: [
        r('open.okB', 'ok', alle(is('b', true))),
        r('open.okNietB', 'ok', alle(is('b', false))),
        r('open.kV', 'v', alle(is('c', true)), { kenmerk: 'k' } as never),
      ],
    });
    const s = selecteer(d, { peildatum: DAG }, 'peildatum');
    expect(evalueer(s, { b: true, c: false })).toEqual({
      status: 'besloten', uitkomst: 'ok', waarden: { uitkomst: 'ok', k: '?' }, gevuurd: [s.regels[0]!.event.params], ids: ['open.okB'], regelset: s.info,
    });
  });

  it('a kenmerk that does not matter is still given when the first rule decides it on every completion', () => {
    const d = def({
      id: 'eerst',
      feiten: { b: jaNee, c: jaNee } as never,
      uitkomsten: { ok: { titel: 'ok' }, nooit: { titel: 'nooit' } },
      kenmerken: { k: { v: { titel: 'v' } } },
      kenmerkAlleenBij: { k: ['nooit'] },
      regels: [
        r('eerst.kV', 'v', alle(is('c', true)), { kenmerk: 'k' } as never),
        r('eerst.okB', 'ok', alle(is('b', true))),
        r('eerst.okNietB', 'ok', alle(is('b', false))),
      ],
    });
    const s = selecteer(d, { peildatum: DAG }, 'peildatum');
    expect(evalueer(s, { c: true })).toMatchObject({
      status: 'besloten', uitkomst: 'ok', waarden: { uitkomst: 'ok', k: 'v' }, ids: ['eerst.kV', 'eerst.okB', 'eerst.okNietB'],
    });
  });

  it('a missing fact without any value (a gemeente outside a known region) leaves no completion, and settles nothing', () => {
    const d = def({
      id: 'geenGemeente',
      feiten: { a: jaNee, g: { soort: 'gemeente', vraag: '?' } } as never,
      uitkomsten: { ok: { titel: 'ok' }, nee: { titel: 'nee' } },
      regels: [r('geenGemeente.ok', 'ok', alle(is('a', true))), r('geenGemeente.nee', 'nee', alle(is('a', false), is('g', 'Nijmegen')))],
    });
    const s = selecteer(d, { peildatum: DAG }, 'peildatum');
    expect(evalueer(s, {})).toEqual({ status: 'onvolledig', mogelijkeUitkomsten: [], ontbrekend: [], regelset: s.info });
    expect(evalueer(s, { a: true })).toMatchObject({ status: 'besloten', uitkomst: 'ok', ids: ['geenGemeente.ok'] });
  });
});
