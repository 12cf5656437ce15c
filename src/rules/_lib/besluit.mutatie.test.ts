/**
 * Tests written against mutation testing (`npm run mutatie`): a Besluit asserted whole — the
 * redenen with the rule's own uitleg and bronnen, every actie with its uitleg, bronnen and details,
 * the deadline computed from the fact `ontvangen` (an Amsterdam day for a Tijdstip), and a deadline
 * that cannot be computed reported at that fact. Then `beslis` on small definitions of its own
 * (bronnen with a url or without a vindplaats, details nested at every depth, a gemeente fact,
 * nietIn, acties while onvolledig, definitions that cannot give a Besluit), the options refused
 * alike on the fast path and through zod, and `vandaag` around Amsterdam midnight (fake Date only).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maakWerkdagkalender, standaardKalender } from '../../deadlines/kalender.js';
import { alleObjecten, vang, vangInvoerFout } from '../../testhulp.js';
import { beslisAdviesOfMelding } from '../adviesOfMelding/adviesOfMelding.js';
import { beslisPolitiemelding } from '../politiemelding/politiemelding.js';
import { beslisVervolg as beslisVervolgLos } from '../vervolg/vervolg.js';
import { beslis, vandaag } from './besluit.js';
import { definieer } from './definitie.js';
import { alle, een, is, regel } from './regel.js';
import { invoerSchema } from './schema.js';

const GZ = 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0';
const WERKWIJZE = { document: GZ, vindplaats: '§5.1 "Zorgmeldingen politie" (werkwijze politiemeldingen per 1 juli 2019)' };
const VB = { document: GZ, vindplaats: '§5.1 C en D (Handelingsprotocol Veilig Thuis, pag. 30-34)' };
const MOOK = {
  document: GZ,
  vindplaats:
    '§5.2 A ("Politiemeldingen die betrekking hebben op casussen afkomstig uit de gemeente Mook en Middelaar worden door Veilig Thuis volgens de werkwijze Zorgmeldingen Politie afgehandeld")',
};
const VERRIJKEN = {
  soort: 'verrijken',
  uitleg:
    'Veilig Thuis verrijkt de melding per mail bij Jeugdbescherming Gelderland, de lokale teams, de regieteams, het Veiligheidshuis en de Raad voor de Kinderbescherming.',
  bronnen: [WERKWIJZE],
  partijen: ['Jeugdbescherming Gelderland', 'lokale teams', 'regieteams', 'Veiligheidshuis', 'Raad voor de Kinderbescherming'],
};
const VEILIGHEIDSBEOORDELING = {
  soort: 'veiligheidsbeoordeling',
  uitleg:
    'Veilig Thuis voert binnen 5 werkdagen na ontvangst van de melding een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag).',
  bronnen: [VB],
  werkdagen: 5,
};
const REDEN = {
  regel: 'politiemelding.huiselijk-geweld-of-kindermishandeling',
  uitleg:
    'De politiemelding gaat over huiselijk geweld of kindermishandeling: Veilig Thuis verrijkt haar bij de partners en voert binnen 5 werkdagen een veiligheidsbeoordeling uit.',
  bronnen: [WERKWIJZE, VB, MOOK],
};
const melding = { gemeente: 'Wijchen', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true } as const;
const gz = { regio: 'gelderland-zuid' } as const;

describe('a Besluit whole', () => {
  it('a melding: the reden with its uitleg and bronnen, every actie with uitleg, bronnen and details, and the VB deadline', () => {
    expect(beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz)).toEqual({
      status: 'besloten',
      beslissing: 'politiemelding',
      uitkomst: 'melding',
      redenen: [REDEN],
      acties: [VERRIJKEN, { ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' }],
      regelset: { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
      veiligheidsbeoordeling: true,
    });
  });

  it('without ontvangen (the peildatum given): the actie is there without a deadline, and ontvangen is asked for', () => {
    expect(beslisPolitiemelding(melding, { ...gz, peildatum: '2024-05-13' })).toEqual({
      status: 'besloten',
      beslissing: 'politiemelding',
      uitkomst: 'melding',
      redenen: [REDEN],
      acties: [VERRIJKEN, VEILIGHEIDSBEOORDELING],
      regelset: { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
      veiligheidsbeoordeling: true,
      ontbrekendVoorActies: ['ontvangen'],
    });
  });

  it('counts the deadline from the Amsterdam day of a Tijdstip, on the calendar of the options', () => {
    // 13 May 2024 22:30 UTC is 14 May in Amsterdam; Pinkstermaandag 20 May is no werkdag.
    const vb = (ontvangen: string, kalender = maakWerkdagkalender()) => {
      const b = beslisPolitiemelding({ ...melding, ontvangen }, { ...gz, kalender });
      return b.status === 'besloten' ? b.acties.find((a) => a.soort === 'veiligheidsbeoordeling') : undefined;
    };
    expect(vb('2024-05-13T22:30:00Z')).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-22' });
    expect(vb('2024-05-13T21:30:00Z')).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' });
    expect(vb('2024-05-13', maakWerkdagkalender({ extraVrijeDagen: ['2024-05-14'] }))).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-22' });
  });

  it('a deadline past 2200 is reported at ontvangen, with the calendar’s own message', () => {
    for (const ontvangen of ['2200-12-28', '2200-12-28T10:00:00+01:00']) {
      expect(vangInvoerFout(() => beslisPolitiemelding({ ...melding, ontvangen }, gz)).problemen).toMatchObject([
        { pad: 'ontvangen', melding: 'Het aantal werkdagen is te groot: 5 werkdagen na 2200-12-28 valt na 2200, het laatste jaar dat deze kalender kent.' },
      ]);
    }
  });

  it('a regional decision without a region says so, naming the regions with agreements', () => {
    expect(vangInvoerFout(() => beslisPolitiemelding({}, {})).problemen).toMatchObject([
      { pad: 'opties.regio', melding: 'Deze beslissing (Zorgmelding van de politie) is regionaal: geef opties.regio op (regio’s met afspraken: gelderland-zuid).' },
    ]);
  });

  it('hands out fresh copies: changing one Besluit does not change the next', () => {
    const a = beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz);
    if (a.status !== 'besloten') throw new Error('besloten verwacht');
    (a.redenen[0]!.bronnen[0] as { document: string }).document = 'veranderd';
    (a.acties[0] as unknown as { partijen: string[] }).partijen.push('veranderd');
    (a.regelset as { versie: string }).versie = 'veranderd';
    expect(beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz)).toMatchObject({
      redenen: [REDEN],
      acties: [VERRIJKEN, { ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' }],
      regelset: { versie: '1.0.0' },
    });
  });
});

describe('a Besluit holds no keys without a value', () => {
  it('the regelset of a national decision has no geldigTot or regio key at all; a regional one has regio', async () => {
    const { beslisVervolg } = await import('../vervolg/vervolg.js');
    const b = beslisVervolg({ beschermingsmaatregelNodig: true }, { peildatum: '2025-06-02' });
    expect(b.status === 'besloten' && Object.keys(b.regelset)).toEqual(['id', 'versie', 'geldigVanaf']);
    const p = beslisPolitiemelding({ betreftVerwardPersoon: true, gemeente: 'Tiel', ontvangen: '2025-06-02' }, { regio: 'gelderland-zuid' });
    expect(p.status === 'besloten' && Object.keys(p.regelset)).toEqual(['id', 'versie', 'geldigVanaf', 'regio']);
  });
});

// ---- beslis on small definitions of its own (every value exact) ----

const jaNee = (vraag: string) => ({ soort: 'ja-nee', vraag, bronnen: [] }) as const;
const URL_BRON = { document: 'Wet verplichte meldcode', vindplaats: 'art. 1a', url: 'https://wetten.overheid.nl/BWBR0024263' };
const KALE_BRON = { document: 'Handelingsprotocol' };
const LEGE_VINDPLAATS = { document: 'Meldcode', vindplaats: undefined } as unknown as { document: string };
const NIETS = { soort: 'niets', uitleg: 'Bij geen enkele uitkomst.', bronnen: [], bij: ['bestaat-niet'] } as const;

/** uitkomst ja (a) or nee (not a); advies (only with ja) by c; acties with nested details, conditions on b and a computed one. */
const eigen = definieer({
  id: 'eigen',
  titel: 'Eigen beslissing',
  versie: '2.0.0',
  feiten: { a: jaNee('A?'), b: jaNee('B?'), c: jaNee('C?'), g: { soort: 'gemeente', vraag: 'Welke gemeente?', bronnen: [] } },
  uitkomsten: { ja: { titel: 'Ja' }, nee: { titel: 'Nee' } },
  kenmerken: { advies: { goed: { titel: 'Goed' }, slecht: { titel: 'Slecht' } } },
  kenmerkAlleenBij: { advies: ['ja'] },
  regels: [
    regel({ regel: 'eigen.ja', waarde: 'ja', uitleg: 'A geldt.', bronnen: [URL_BRON, KALE_BRON, LEGE_VINDPLAATS], geldigVanaf: '2019-01-01', als: alle(is('a', true)) }),
    regel({ regel: 'eigen.nee', waarde: 'nee', uitleg: 'A geldt niet.', bronnen: [KALE_BRON], geldigVanaf: '2019-01-01', als: alle(is('a', false)) }),
    regel({ regel: 'eigen.goed', kenmerk: 'advies', waarde: 'goed', uitleg: 'C geldt.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', true), is('c', true)) }),
    regel({ regel: 'eigen.slecht', kenmerk: 'advies', waarde: 'slecht', uitleg: 'C geldt niet.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', true), is('c', false)) }),
  ],
  acties: [
    {
      soort: 'lijsten',
      uitleg: 'Details van elke vorm.',
      bronnen: [URL_BRON],
      bij: ['ja'],
      details: { namen: [{ naam: 'x' }, { naam: 'y' }], gemengd: [1, { n: 2 }, null], object: { diep: { n: 1 }, rij: ['p'] }, niets: null, tekst: 't' },
    },
    NIETS,
    { soort: 'elders', uitleg: 'Niet in Gelderland-Zuid.', bronnen: [], bij: ['ja'], nietIn: ['gelderland-zuid'] },
    { soort: 'eerste', uitleg: 'Alleen met b.', bronnen: [], bij: ['nee'], als: { b: true } },
    { soort: 'tweede', uitleg: 'Ook alleen met b.', bronnen: [], bij: ['nee'], als: { b: true } },
    { soort: 'berekend', uitleg: 'Vraagt b.', bronnen: [], bij: ['nee'], bereken: (c) => (c.invoer['b'] === undefined ? { ontbrekend: ['b'] } : { velden: { b: c.invoer['b'] } }) },
  ],
});
const eigenSchema = invoerSchema(eigen);
const neem = (invoer: unknown, opties: unknown = { peildatum: '2025-06-02' }) => beslis(eigen, eigenSchema, invoer, opties);
const REGELSET = { id: 'eigen', versie: '2.0.0', geldigVanaf: '2019-01-01' };
const REDEN_JA = {
  regel: 'eigen.ja',
  uitleg: 'A geldt.',
  bronnen: [{ document: 'Wet verplichte meldcode', vindplaats: 'art. 1a', url: 'https://wetten.overheid.nl/BWBR0024263' }, { document: 'Handelingsprotocol' }, { document: 'Meldcode' }],
};
const LIJSTEN = {
  soort: 'lijsten',
  uitleg: 'Details van elke vorm.',
  bronnen: [{ document: 'Wet verplichte meldcode', vindplaats: 'art. 1a', url: 'https://wetten.overheid.nl/BWBR0024263' }],
  namen: [{ naam: 'x' }, { naam: 'y' }],
  gemengd: [1, { n: 2 }, null],
  object: { diep: { n: 1 }, rij: ['p'] },
  niets: null,
  tekst: 't',
};
const ELDERS = { soort: 'elders', uitleg: 'Niet in Gelderland-Zuid.', bronnen: [] };

describe('beslis: the Besluit copied from the definition', () => {
  it('a bron keeps its url, and has no key without a value; every detail is copied at every depth', () => {
    expect(neem({ a: true, c: true })).toStrictEqual({ status: 'besloten', beslissing: 'eigen', uitkomst: 'ja', redenen: [REDEN_JA, { regel: 'eigen.goed', uitleg: 'C geldt.', bronnen: [] }], acties: [LIJSTEN, ELDERS], regelset: REGELSET, advies: 'goed' });
  });

  it('shares no object with the (frozen) definition: everything in the Besluit is its own and can be changed', () => {
    const b = neem({ a: true, c: false });
    const vanDefinitie = alleObjecten(eigen);
    const gedeeld = [...alleObjecten(b)].filter((o) => vanDefinitie.has(o) || Object.isFrozen(o));
    expect(gedeeld).toEqual([]);
    (b as unknown as { acties: { namen: { naam: string }[] }[] }).acties[0]!.namen[0]!.naam = 'veranderd';
    expect(neem({ a: true, c: false })).toMatchObject({ acties: [LIJSTEN, ELDERS] });
  });

  it('a kenmerk that does not matter for the uitkomst is no field at all', () => {
    expect(neem({ a: false, b: false })).toStrictEqual({ status: 'besloten', beslissing: 'eigen', uitkomst: 'nee', redenen: [{ regel: 'eigen.nee', uitleg: 'A geldt niet.', bronnen: [{ document: 'Handelingsprotocol' }] }], acties: [{ soort: 'berekend', uitleg: 'Vraagt b.', bronnen: [], b: false }], regelset: REGELSET });
  });

  it('a fact two acties wait for (or their computation asks) is named once in ontbrekendVoorActies', () => {
    expect(neem({ a: false })).toStrictEqual({
      status: 'besloten',
      beslissing: 'eigen',
      uitkomst: 'nee',
      redenen: [{ regel: 'eigen.nee', uitleg: 'A geldt niet.', bronnen: [{ document: 'Handelingsprotocol' }] }],
      acties: [{ soort: 'berekend', uitleg: 'Vraagt b.', bronnen: [] }],
      regelset: REGELSET,
      ontbrekendVoorActies: ['b'],
    });
    expect(neem({ a: false, b: true })).toMatchObject({ acties: [{ soort: 'eerste' }, { soort: 'tweede' }, { soort: 'berekend', b: true }] });
  });

  it('a gemeente needs a region, and must lie in it; an actie nietIn the region is left out', () => {
    expect(vangInvoerFout(() => neem({ a: true, g: 'Tiel' })).problemen).toEqual([
      { pad: 'opties.regio', code: 'ontbrekend', melding: "Een gemeente ('Tiel') kan alleen met een regio worden beoordeeld: geef opties.regio op." },
    ]);
    expect(vangInvoerFout(() => neem({ a: true, g: 'Utrecht' }, { regio: 'gelderland-zuid', peildatum: '2025-06-02' })).problemen).toEqual([
      {
        pad: 'g',
        code: 'onbekende-waarde',
        melding:
          "De gemeente 'Utrecht' hoort niet bij regio gelderland-zuid. Gemeenten in deze regio: Berg en Dal, Beuningen, Buren, Culemborg, Druten, Heumen, Maasdriel, Mook en Middelaar, Neder-Betuwe, Nijmegen, Tiel, West-Betuwe, West Maas en Waal, Wijchen, Zaltbommel.",
      },
    ]);
    // In the region: an actie nietIn that region is left out.
    expect(neem({ a: true, c: true, g: 'Tiel' }, { regio: 'gelderland-zuid', peildatum: '2025-06-02' })).toMatchObject({ uitkomst: 'ja', acties: [LIJSTEN], advies: 'goed' });
  });
});

describe('beslis: definitions that cannot give a Besluit', () => {
  const basis = { titel: 'Kapot', versie: '1.0.0', feiten: { a: jaNee('A?') }, acties: [] };
  it('a rule with an uitkomst the definition does not list is an internal error, named', () => {
    const kapot = definieer({ ...basis, id: 'kapot', uitkomsten: { ja: { titel: 'Ja' } }, regels: [regel({ regel: 'kapot.elders', waarde: 'elders', uitleg: 'Elders.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', true)) })] });
    expect(vang(() => beslis(kapot, invoerSchema(kapot), { a: true }, { peildatum: '2025-06-02' }))).toEqual(new Error("Interne fout: de regels van 'kapot' geven voor deze invoer geen uitkomst."));
  });

  it('a regional decision refuses a known region it has no agreements for, naming those it has', () => {
    const regionaal = definieer({
      ...basis,
      id: 'regionaal',
      regioVerplicht: true,
      uitkomsten: { ja: { titel: 'Ja' } },
      regels: [
        regel({ regel: 'regionaal.overal', waarde: 'ja', uitleg: 'Overal.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', false)) }),
        regel({ regel: 'regionaal.ja', waarde: 'ja', uitleg: 'Ja.', bronnen: [], geldigVanaf: '2019-01-01', regio: 'elders', als: alle(is('a', true)) }),
      ],
    });
    expect(vangInvoerFout(() => beslis(regionaal, invoerSchema(regionaal), { a: true }, { regio: 'gelderland-zuid' })).problemen).toEqual([
      { pad: 'opties.regio', code: 'onbekende-waarde', melding: 'Voor regio gelderland-zuid zijn geen afspraken bekend voor deze beslissing (wel voor: elders).' },
    ]);
  });
});

describe('beslis: what to do while the Besluit is onvolledig', () => {
  const wachten = definieer({
    id: 'wachten',
    titel: 'Wachten',
    versie: '1.0.0',
    feiten: { a: jaNee('A?'), b: jaNee('B?') },
    uitkomsten: { ja: { titel: 'Ja' }, nee: { titel: 'Nee' } },
    regels: [
      regel({ regel: 'wachten.ja', waarde: 'ja', uitleg: 'Ja.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', true)) }),
      regel({ regel: 'wachten.nee', waarde: 'nee', uitleg: 'Nee.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('a', false)) }),
    ],
    acties: [{ soort: 'alvast', uitleg: 'Alvast, met b.', bronnen: [KALE_BRON], alVoorBesluit: true, als: { b: true } }],
  });
  const wacht = (invoer: unknown) => beslis(wachten, invoerSchema(wachten), invoer, { peildatum: '2025-06-02' });
  const ONVOLLEDIG = { status: 'onvolledig', beslissing: 'wachten', ontbrekend: ['a'], mogelijkeUitkomsten: ['ja', 'nee'] };
  it('the acties whose conditions hold, and no acties key when none does', () => {
    expect(wacht({ b: true })).toStrictEqual({ ...ONVOLLEDIG, acties: [{ soort: 'alvast', uitleg: 'Alvast, met b.', bronnen: [{ document: 'Handelingsprotocol' }] }] });
    expect(wacht({ b: false })).toStrictEqual(ONVOLLEDIG);
    expect(wacht({})).toStrictEqual(ONVOLLEDIG);
  });
});

describe('the options, read as every options object is (deadlines/opties.ts), on the fast path and through zod alike', () => {
  const vervolg = (opties: unknown) => beslisVervolgLos({ beschermingsmaatregelNodig: true }, opties as never);
  const fout = (opties: unknown) => vangInvoerFout(() => vervolg(opties)).problemen;
  const BEKENDE_VELDEN = 'Bekend zijn: peildatum, regio, kalender, openingskalender.';
  it('refuses what is no plain object', () => {
    expect(fout(5)).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een object met opties, maar kreeg het getal 5.' }]);
    expect(fout('x')).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: "Verwacht een object met opties, maar kreeg de tekst 'x'." }]);
    expect(fout(null)).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een object met opties, maar kreeg null.' }]);
    expect(fout([])).toEqual([{ pad: 'opties', code: 'verkeerd-type', melding: 'Verwacht een object met opties, maar kreeg een lijst.' }]);
  });

  it('refuses an unknown field whatever its value', () => {
    // undefined too: the fast path skipped an undefined value before it looked at the key, and let `{ foo: undefined }` through.
    for (const w of ['gelderland-zuid', standaardKalender, '2025-06-02', undefined]) {
      expect(fout({ foo: w })).toEqual([{ pad: 'opties.foo', code: 'onbekend-veld', melding: `Onbekende optie 'foo'. ${BEKENDE_VELDEN}` }]);
      expect(fout({ '': w })).toEqual([{ pad: 'opties', code: 'onbekend-veld', melding: `Onbekende optie ''. ${BEKENDE_VELDEN}` }]);
    }
  });

  it('takes a known field holding undefined as absent', () => {
    const b = vervolg({ peildatum: '2025-06-02', regio: undefined, kalender: undefined, openingskalender: undefined });
    expect(b).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad' });
    expect(b).toEqual(vervolg({ peildatum: '2025-06-02' }));
  });

  it('an inherited field (a polluted Object.prototype) is no option: only the invoer, read by zod, is refused for it', () => {
    Object.defineProperty(Object.prototype, 'geerfd', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(fout({ peildatum: '2025-06-02' }).map((p) => [p.pad, p.code])).toEqual([['geerfd', 'onbekend-veld']]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['geerfd'];
    }
  });

  it('only own enumerable fields count, each read once: the value checked is the value used', () => {
    // A non-enumerable regio was used unchecked ('utrecht' in the Besluit); now it is no option at all.
    const verborgen = Object.defineProperty({ peildatum: '2025-06-02' }, 'regio', { value: 'utrecht', enumerable: false });
    expect(vervolg(verborgen)).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad', regelset: { id: 'vervolg' } });
    expect(vervolg(verborgen)).toEqual(vervolg({ peildatum: '2025-06-02' }));
    // A getter that answers differently the second time is read once.
    let gelezen = 0;
    const wisselend = { peildatum: '2025-06-02', get regio() { return gelezen++ === 0 ? 'gelderland-zuid' : 'utrecht'; } };
    // In Gelderland-Zuid this case needs two more answers (the jeugdbeschermingstafel); read twice, 'utrecht' would have been refused.
    expect(vervolg(wisselend)).toEqual({
      status: 'onvolledig', beslissing: 'vervolg', ontbrekend: ['bevestigenOfWeerleggenNodig', 'directbetrokkenenBereidEnInStaat'], mogelijkeUitkomsten: ['voorwaarden-en-vervolg', 'onderzoek'],
    });
    expect(gelezen).toBe(1);
    // A fake calendar as a non-enumerable option gave a deadline of 1900-01-01; now the standard calendar counts.
    const nep = { plusWerkdagen: () => '1900-01-01', isWerkdag: () => true, volgendeWerkdag: () => '1900-01-01', werkdagenTussen: () => 0 };
    const invoer = { gemeente: 'Wijchen', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2024-05-13' };
    const b = beslisPolitiemelding(invoer, Object.defineProperty({ regio: 'gelderland-zuid' }, 'kalender', { value: nep, enumerable: false }) as never);
    expect(b).toEqual(beslisPolitiemelding(invoer, { regio: 'gelderland-zuid' }));
    expect(JSON.stringify(b)).not.toContain('1900-01-01');
  });

  it('each field of the wrong kind, with its own message', () => {
    expect(fout({ peildatum: 5 })).toEqual([{ pad: 'opties.peildatum', code: 'verkeerd-type', melding: 'Verwacht een tekst, maar kreeg het getal 5.' }]);
    expect(fout({ regio: ['gelderland-zuid'] })).toEqual([{ pad: 'opties.regio', code: 'verkeerd-type', melding: 'Verwacht een tekst, maar kreeg een lijst.' }]);
    expect(fout({ regio: 'utrecht' })).toEqual([{ pad: 'opties.regio', code: 'onbekende-waarde', melding: "Onbekende regio 'utrecht'. Bekende regio's: gelderland-zuid." }]);
    expect(fout({ kalender: 'x', openingskalender: {} })).toEqual([
      { pad: 'opties.kalender', code: 'ongeldige-waarde', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' },
      { pad: 'opties.openingskalender', code: 'ongeldige-waarde', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' },
    ]);
    // A known region is no problem when zod reads the options for another field.
    expect(fout({ regio: 'gelderland-zuid', peildatum: 5 })).toEqual([{ pad: 'opties.peildatum', code: 'verkeerd-type', melding: 'Verwacht een tekst, maar kreeg het getal 5.' }]);
  });
});

describe('vandaag: the Amsterdam day, cached only while it cannot change', () => {
  const ms = (iso: string) => Date.parse(iso);
  const dag = (iso: string) => Date.parse(iso) / 86_400_000;
  /** At 23:30 in Amsterdam nothing is cached; later than every other moment here, so every test starts and ends from there. */
  const opnieuw = () => {
    vi.setSystemTime(ms('2199-06-30T21:30:00Z'));
    expect(vandaag()).toBe(dag('2199-06-30'));
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    opnieuw();
  });
  afterEach(() => {
    opnieuw();
    vi.useRealTimers();
  });

  it('the next day after Amsterdam midnight, also when the day before was asked late in the evening', () => {
    vi.setSystemTime(ms('2151-03-10T22:30:00Z')); // 23:30 in Amsterdam (winter time)
    expect(vandaag()).toBe(dag('2151-03-10'));
    vi.setSystemTime(ms('2151-03-10T23:30:00Z')); // 00:30 the next day
    expect(vandaag()).toBe(dag('2151-03-11'));
  });

  it('the next day after Amsterdam midnight, when the day before was asked in the afternoon', () => {
    vi.setSystemTime(ms('2151-07-10T14:00:00Z')); // 16:00 in Amsterdam (summer time)
    expect(vandaag()).toBe(dag('2151-07-10'));
    vi.setSystemTime(ms('2151-07-10T18:59:00Z')); // 20:59
    expect(vandaag()).toBe(dag('2151-07-10'));
    vi.setSystemTime(ms('2151-07-10T22:30:00Z')); // 00:30 the next day
    expect(vandaag()).toBe(dag('2151-07-11'));
  });

  it('a clock set back computes the day again, also before the cached day’s 21:00', () => {
    vi.setSystemTime(ms('2151-06-02T08:00:00Z')); // 10:00 in Amsterdam
    expect(vandaag()).toBe(dag('2151-06-02'));
    vi.setSystemTime(ms('2151-01-01T08:00:00Z'));
    expect(vandaag()).toBe(dag('2151-01-01'));
  });

  it('a clock before 1970 (a negative Date.now) caches until that evening only', () => {
    vi.setSystemTime(ms('1969-06-01T08:00:00Z'));
    expect(vandaag()).toBe(dag('1969-06-01'));
    vi.setSystemTime(ms('1969-06-03T08:00:00Z'));
    expect(vandaag()).toBe(dag('1969-06-03'));
  });

  it('before 1996 (no EU summer-time rule) by the time-zone database', () => {
    vi.setSystemTime(ms('1990-07-10T22:30:00Z')); // 00:30 on 11 July in Amsterdam (summer time)
    expect(vandaag()).toBe(dag('1990-07-11'));
  });
});

describe('beslis: a fact without an answer stays unknown', () => {
  const later = definieer({
    id: 'later',
    titel: 'Later',
    versie: '1.0.0',
    feiten: {
      S: { soort: 'keuze', vraag: 'Welke?', bronnen: [], opties: [{ waarde: 't', label: 'T' }, { waarde: 'u', label: 'U' }] },
      z: { ...jaNee('Z?'), zolangOnbeantwoord: false },
    },
    uitkomsten: { t: { titel: 'T' }, u: { titel: 'U' } },
    regels: [
      regel({ regel: 'later.t', waarde: 't', uitleg: 'T.', bronnen: [], geldigVanaf: '2019-01-01', als: alle(is('S', 't'), is('z', false)) }),
      regel({ regel: 'later.u', waarde: 'u', uitleg: 'U.', bronnen: [], geldigVanaf: '2019-01-01', als: een(is('S', 'u'), is('z', true)) }),
    ],
    acties: [],
  });
  it('while another fact is read as its zolangOnbeantwoord value', () => {
    expect(beslis(later, invoerSchema(later), {}, { peildatum: '2025-06-02' })).toStrictEqual({ status: 'onvolledig', beslissing: 'later', ontbrekend: ['S'], mogelijkeUitkomsten: ['t', 'u'] });
    expect(beslis(later, invoerSchema(later), { S: 't' }, { peildatum: '2025-06-02' })).toMatchObject({ status: 'besloten', uitkomst: 't' });
  });
});

describe('beslis: the invoer is read by the facts’ names, as the quick check and zod read it', () => {
  const verborgen = (zichtbaar: object, naam: string, waarde: unknown) => Object.defineProperty({ ...zichtbaar }, naam, { value: waarde, enumerable: false });
  const peildatum = { peildatum: '2025-06-02' };

  it('a non-enumerable fact counts like any other, also when another fact is null or an unanswered one gets its default', () => {
    const vervolg = (i: object) => beslisVervolgLos(i as never, peildatum);
    expect(vervolg(verborgen({}, 'beschermingsmaatregelNodig', true))).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad' });
    // With a null fact the facts are copied: the copy read them with for…in and lost this one.
    expect(vervolg(verborgen({ multiproblematiek: null }, 'beschermingsmaatregelNodig', true))).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad' });
    // adviesOfMelding gives unanswered later questions a value (zolangOnbeantwoord), which also copies the facts.
    const volledig = {
      wens: 'melding', viaChat: false, contactpersoon: 'burger', vermoedenHuiselijkGeweldOfKindermishandeling: true,
      melderMaaktZichBekend: true, meldplichtigVolgensAfwegingskader: false, inStaatTotHerstelVeiligheid: true,
    } as const;
    const gewoon = beslisAdviesOfMelding(volledig, peildatum);
    expect(gewoon).toMatchObject({ status: 'besloten', uitkomst: 'melding' });
    const { wens, ...rest } = volledig;
    expect(beslisAdviesOfMelding(verborgen(rest, 'wens', wens) as never, peildatum)).toEqual(gewoon);
  });

  it('an own key named "undefined" is no fact and no peildatum', () => {
    const raar = Object.defineProperty({ beschermingsmaatregelNodig: true }, 'undefined', { value: '1990-01-01', enumerable: false });
    expect(beslisVervolgLos(raar as never, peildatum)).toMatchObject({ status: 'besloten', uitkomst: 'verzoek-onderzoek-raad' });
    expect(beslisVervolgLos(raar as never, peildatum)).toEqual(beslisVervolgLos({ beschermingsmaatregelNodig: true }, peildatum));
  });
});
