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
