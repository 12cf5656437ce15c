/**
 * Runs the scenarios of one file's text (YAML or JSON). No file system here: this part runs in a
 * browser too (a scenario editor can use it); reading files is `laad.ts`.
 */
import * as z from 'zod/mini';
import { maakWerkdagkalender, type Werkdagkalender } from '../deadlines/kalender.js';
import { monitoringmomenten, termijnVeiligheidsbeoordeling, termijnVervolgdienst, type Termijn } from '../deadlines/termijnen.js';
import type { BeslisOpties, Besluit } from '../rules/_lib/besluit.js';
import type { Bron } from '../types/bron.js';
import { InvoerFout, type Foutcode, type Probleem as InvoerProbleem } from '../types/fouten.js';

/**
 * A problem with a scenario file or one of its scenarios: where and what, in Dutch. When it is an
 * InvoerFout of the package itself (a fact or date the decision refused), `code` is its stable
 * code (see FOUTCODES); problems with the file itself (its YAML, an expectation that can never
 * hold) have none.
 */
export type Probleem = Omit<InvoerProbleem, 'code'> & { code?: Foutcode };
import { beschrijf } from '../deadlines/datum.js';
import { bedoeld, datumOfTijdstipVeld, datumVeld, ingekort, kortMelding, MAX_HINTS, MAX_PROBLEMEN, valideer } from '../types/zodNl.js';
import { beslisOpNaam, beslissingen, isBeslissing } from '../rules/beslissingen.js';
import type { Definitie } from '../rules/_lib/definitie.js';
import { ScenarioBestandSchema, ScenarioSchema, TERMIJNEN, type BronVerwachting, type Scenario, type ScenarioBeslissing, type Verwacht } from './schema.js';
import { leesYaml } from './yaml.js';

/**
 * The largest scenario file (and `beslis` invoer) that is read: 1 MiB. The yaml package needs
 * about 1 s and 100-200 MB of memory per MiB, and the largest scenario file in fixtures/ is 15 kB.
 * For a text (voerScenarioTekstUit) the limit is as many characters.
 */
export const MAX_BESTAND_BYTES = 1024 * 1024;

/** "1.048.577": a count as a Dutch reader writes it. */
export const getal = (n: number): string => n.toLocaleString('nl-NL');

/** The limit as messages and --help say it: "1 MB (1.048.576 bytes)". */
export const MAX_BESTAND_TEKST = `${MAX_BESTAND_BYTES / (1024 * 1024)} MB (${getal(MAX_BESTAND_BYTES)} bytes)`;

/**
 * "Het bestand is te groot (… bytes); een scenariobestand mag hoogstens 1 MB (1.048.576 bytes) zijn."
 *
 * @param grootte - "2.000.000 bytes", or undefined when unknown (a file that grew while it was read)
 * @param wat - what may be at most that big: "een scenariobestand", "de invoer"
 */
export function teGrootMelding(grootte: string | undefined, wat: string): string {
  const raad = wat === 'een scenariobestand' ? " Verdeel de scenario's over meer bestanden." : '';
  return `Het bestand is te groot${grootte ? ` (${grootte})` : ''}; ${wat} mag hoogstens ${MAX_BESTAND_TEKST} zijn.${raad}`;
}

/** One difference between what a scenario expects and what came. */
export interface Verschil {
  veld: string;
  verwacht: unknown;
  gekregen: unknown;
}

export interface ScenarioResultaat {
  naam: string;
  bron?: string;
  /** 'geslaagd', 'mislukt' (a wrong expectation) or 'ongeldig' (the scenario or its invoer is bad). */
  resultaat: 'geslaagd' | 'mislukt' | 'ongeldig';
  verschillen: Verschil[];
  /** The rules that fired (decisions only). */
  redenen: string[];
  /** For 'ongeldig': what is wrong, with the field. */
  problemen: Probleem[];
}

export interface BestandResultaat {
  bestand: string;
  beslissing?: ScenarioBeslissing;
  scenarios: ScenarioResultaat[];
  /** Set when the file as a whole cannot be read: empty, not YAML/JSON, or not a scenario file. */
  fout?: Probleem[];
}

type Uitvoering = (invoer: Record<string, unknown>, opties: BeslisOpties) => Besluit<string, object> | Termijn | string[];

const TermijnVbInvoer = /* @__PURE__ */ z.strictObject({ ontvangen: datumOfTijdstipVeld(), spoedOfCrisis: z.optional(z.boolean()) });
const TermijnVervolgInvoer = /* @__PURE__ */ z.strictObject({
  start: datumVeld(),
  atwVerlenging: z.optional(z.boolean()),
  vanaf: z.optional(z.enum(['start-dienst', 'einde-veiligheidsbeoordeling', 'ontvangst-melding'])),
});
const MomentenInvoer = /* @__PURE__ */ z.strictObject({ overdrachtsdatum: datumVeld() });

/** The termijnen a scenario can test; every decision is taken by name from its definition. */
const TERMIJN_UITVOERING: Record<(typeof TERMIJNEN)[number], Uitvoering> = {
  termijnVeiligheidsbeoordeling: (i, o) => {
    const v = valideer(TermijnVbInvoer, i, 'invoer');
    return termijnVeiligheidsbeoordeling(v.ontvangen, v.spoedOfCrisis === undefined ? { ...kal(o) } : { ...kal(o), spoedOfCrisis: v.spoedOfCrisis });
  },
  termijnVervolgdienst: (i, o) => {
    const v = valideer(TermijnVervolgInvoer, i, 'invoer');
    const opties: Parameters<typeof termijnVervolgdienst>[1] & object = o.kalender ? { kalender: o.kalender } : {};
    if (v.atwVerlenging !== undefined) opties.atwVerlenging = v.atwVerlenging;
    if (v.vanaf !== undefined) opties.vanaf = v.vanaf;
    return termijnVervolgdienst(v.start, opties);
  },
  monitoringmomenten: (i) => monitoringmomenten(valideer(MomentenInvoer, i, 'invoer').overdrachtsdatum),
};

const uitvoering = (b: ScenarioBeslissing): Uitvoering =>
  isBeslissing(b) ? (i, o) => beslisOpNaam(b, i, o) : TERMIJN_UITVOERING[b];

function kal(o: BeslisOpties): { kalender?: Werkdagkalender; openingskalender?: Werkdagkalender } {
  const uit: { kalender?: Werkdagkalender; openingskalender?: Werkdagkalender } = {};
  if (o.kalender) uit.kalender = o.kalender;
  if (o.openingskalender) uit.openingskalender = o.openingskalender;
  return uit;
}

const isTermijn = (r: unknown): r is Termijn => typeof r === 'object' && r !== null && 'uiterlijk' in r && 'overgeslagen' in r;

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every expected actie (a soort, or a soort with details) must be among the acties that came. */
function vergelijkActies(verwacht: Verwacht, acties: readonly Record<string, unknown>[], verschil: (veld: string, w: unknown, g: unknown) => void): void {
  for (const a of verwacht.acties ?? []) {
    const gezocht = typeof a === 'string' ? { soort: a } : a;
    const passend = acties.some((x) => Object.entries(gezocht).every(([k, w]) => gelijk(x[k], w)));
    if (!passend) verschil('acties', gezocht, acties.map((x) => (x['wanneer'] ? `${String(x['soort'])} (${String(x['wanneer'])})` : x['soort'])));
  }
}

/** A bron as a scenario's report shows it: "document, vindplaats". */
export const bronAlsTekst = (b: Bron): string => (b.vindplaats ? `${b.document}, ${b.vindplaats}` : b.document);

/**
 * Whether a bron is the one a scenario expects: a text must be contained in the document or in
 * "document, vindplaats"; an object must name the document exactly and may name part of the vindplaats.
 */
export function bronPast(verwacht: BronVerwachting, bron: Bron): boolean {
  if (typeof verwacht === 'string') {
    const t = verwacht.trim();
    return bron.document.includes(t) || bronAlsTekst(bron).includes(t);
  }
  if (verwacht.document.trim() !== bron.document) return false;
  return verwacht.vindplaats === undefined || (bron.vindplaats ?? '').includes(verwacht.vindplaats.trim());
}

/** One difference per expected bron that is not among the bronnen given (shown as "document, vindplaats"). */
function vergelijkBronnen(verwacht: Verwacht, bronnen: readonly Bron[], geen: string, verschil: (veld: string, w: unknown, g: unknown) => void): void {
  const teksten = [...new Set(bronnen.map(bronAlsTekst))];
  for (const b of verwacht.bronnen ?? []) {
    if (!bronnen.some((x) => bronPast(b, x))) verschil('bronnen', b, teksten.length > 0 ? teksten : geen);
  }
}

/** Compares what came with what the scenario expects; returns the differences. */
export function vergelijk(verwacht: Verwacht, gekregen: Besluit<string, object> | Termijn | string[]): Verschil[] {
  const v: Verschil[] = [];
  const verschil = (veld: string, w: unknown, g: unknown) => v.push({ veld, verwacht: w, gekregen: g });
  if (Array.isArray(gekregen)) {
    if (verwacht.momenten && !gelijk(verwacht.momenten, gekregen)) verschil('momenten', verwacht.momenten, gekregen);
    return v;
  }
  if (isTermijn(gekregen)) {
    if (verwacht.uiterlijk !== undefined && verwacht.uiterlijk !== gekregen.uiterlijk) verschil('uiterlijk', verwacht.uiterlijk, gekregen.uiterlijk);
    const dagen = gekregen.overgeslagen.map((d) => d.datum);
    if (verwacht.overgeslagen && !gelijk(verwacht.overgeslagen, dagen)) verschil('overgeslagen', verwacht.overgeslagen, dagen);
    if (verwacht.spoed !== undefined && verwacht.spoed !== gekregen.spoed) {
      verschil('spoed', verwacht.spoed, gekregen.spoed ?? '(niet te bepalen: ontvangen is geen tijdstip, of geen spoed en crisis)');
    }
    vergelijkBronnen(verwacht, gekregen.bronnen, '(geen bronnen)', verschil);
    return v;
  }
  const b = gekregen;
  const status = verwacht.status ?? (verwacht.uitkomst !== undefined ? 'besloten' : undefined);
  if (status !== undefined && status !== b.status) verschil('status', status, b.status);
  if (b.status === 'onvolledig') {
    if (verwacht.uitkomst !== undefined) verschil('uitkomst', verwacht.uitkomst, `(nog niet te beslissen: ${b.mogelijkeUitkomsten.join(' of ')})`);
    if (verwacht.ontbrekend && !gelijk(verwacht.ontbrekend, b.ontbrekend)) verschil('ontbrekend', verwacht.ontbrekend, b.ontbrekend);
    if (verwacht.mogelijkeUitkomsten && !gelijk([...verwacht.mogelijkeUitkomsten].sort(), [...b.mogelijkeUitkomsten].sort())) {
      verschil('mogelijkeUitkomsten', verwacht.mogelijkeUitkomsten, b.mogelijkeUitkomsten);
    }
    vergelijkActies(verwacht, b.acties ?? [], verschil); // what to do meanwhile, where the protocol says so
    vergelijkBronnen(verwacht, [], '(geen: er vuurde nog geen regel, de beslissing is nog niet te nemen)', verschil);
    return v;
  }
  if (verwacht.uitkomst !== undefined && verwacht.uitkomst !== b.uitkomst) verschil('uitkomst', verwacht.uitkomst, b.uitkomst);
  const regels = b.redenen.map((r) => r.regel);
  const ontbrekendeRegels = (verwacht.redenen ?? []).filter((r) => !regels.includes(r));
  if (ontbrekendeRegels.length > 0) verschil('redenen', ontbrekendeRegels, regels);
  vergelijkBronnen(verwacht, b.redenen.flatMap((r) => r.bronnen), '(geen bronnen)', verschil);
  vergelijkActies(verwacht, b.acties, verschil);
  if (verwacht.ontbrekendVoorActies && !gelijk(verwacht.ontbrekendVoorActies, b.ontbrekendVoorActies ?? [])) {
    verschil('ontbrekendVoorActies', verwacht.ontbrekendVoorActies, b.ontbrekendVoorActies ?? []);
  }
  const rest = b as unknown as Record<string, unknown>;
  const def: Definitie | undefined = isBeslissing(b.beslissing) ? beslissingen[b.beslissing] : undefined;
  for (const veld of def?.extraVelden ?? []) {
    if (verwacht[veld] !== undefined && !gelijk(verwacht[veld], rest[veld])) verschil(veld, verwacht[veld], rest[veld] ?? '(geen)');
  }
  return v;
}

/** An expectation that can never hold (an unknown uitkomst or rule id, or nothing expected at all) is a mistake in the file. */
function controleerVerwachting(beslissing: ScenarioBeslissing, v: Verwacht): Probleem[] {
  const p: Probleem[] = [];
  if (v.spoed !== undefined && beslissing !== 'termijnVeiligheidsbeoordeling') {
    p.push({
      pad: 'verwacht.spoed',
      melding: `'spoed' hoort bij termijnVeiligheidsbeoordeling, niet bij ${beslissing}.` +
        (beslissing === 'vervolg' ? " Bij vervolg verwacht u de actie: { soort: spoedinterventie, wanneer: sez }." : ''),
    });
  }
  if (beslissing === 'monitoringmomenten' && v.bronnen !== undefined) {
    p.push({ pad: 'verwacht.bronnen', melding: "monitoringmomenten geeft alleen de datums terug, geen bronnen: laat 'bronnen' hier weg." });
  }
  if ((TERMIJNEN as readonly string[]).includes(beslissing)) {
    const nodig = beslissing === 'monitoringmomenten' ? 'momenten' : 'uiterlijk';
    if (v[nodig] === undefined) p.push({ pad: `verwacht.${nodig}`, melding: `Een scenario voor ${beslissing} moet '${nodig}' verwachten.` });
    return p;
  }
  if (!isBeslissing(beslissing)) return p;
  const def: Definitie = beslissingen[beslissing];
  const uitkomsten = Object.keys(def.uitkomsten);
  if (v.uitkomst === undefined && v.status !== 'onvolledig') {
    p.push({ pad: 'verwacht.uitkomst', melding: "Verwacht een uitkomst (of status: onvolledig)." });
  }
  if (v.uitkomst !== undefined && !uitkomsten.includes(v.uitkomst)) {
    p.push({ pad: 'verwacht.uitkomst', melding: `Onbekende uitkomst '${ingekort(v.uitkomst)}' voor ${beslissing}. Mogelijk: ${uitkomsten.join(', ')}.` });
  }
  for (const u of v.mogelijkeUitkomsten ?? []) {
    if (!uitkomsten.includes(u)) p.push({ pad: 'verwacht.mogelijkeUitkomsten', melding: `Onbekende uitkomst '${ingekort(u)}' voor ${beslissing}. Mogelijk: ${uitkomsten.join(', ')}.` });
  }
  const ids = def.regels.map((r) => r.name);
  let hints = 0;
  let lijstGetoond = false;
  for (const r of v.redenen ?? []) {
    if (!ids.includes(r)) {
      // A hint for the first few only (each costs a comparison with every rule id); the list of rule ids once.
      const hint = hints++ < MAX_HINTS ? bedoeld(r, ids) : undefined;
      const lijst = !hint && !lijstGetoond;
      if (lijst) lijstGetoond = true;
      p.push({ pad: 'verwacht.redenen', melding: `Onbekende regel '${ingekort(r)}'.` + (hint ? ` Bedoelde u '${hint}'?` : lijst ? ` Regels van ${beslissing}: ${ids.join(', ')}.` : '') });
    }
  }
  return p.length > MAX_PROBLEMEN + 1 ? begrensd(p, 'verwacht') : p;
}

/** The first MAX_PROBLEMEN problems and one last '… en N meer'. */
function begrensd(p: Probleem[], pad: string): Probleem[] {
  const meer = p.length - MAX_PROBLEMEN;
  return [...p.slice(0, MAX_PROBLEMEN), { pad, melding: `… en ${meer} meer ${meer === 1 ? 'probleem' : 'problemen'} (niet getoond).` }];
}

function problemenVan(e: unknown, prefix: string): Probleem[] {
  if (e instanceof InvoerFout) {
    const problemen = e.problemen.map((p): Probleem => ({
      code: p.code,
      // Options come from the file's regio/peildatum; a policy officer knows them by those names.
      pad: p.pad.startsWith('opties.') ? p.pad.slice('opties.'.length) : p.pad.startsWith('invoer') ? p.pad : [prefix, p.pad].filter(Boolean).join('.'),
      // A message built elsewhere (a decision, the calendar) may quote a long value whole.
      melding: kortMelding(p.melding),
    }));
    return problemen.length > MAX_PROBLEMEN + 1 ? begrensd(problemen, prefix) : problemen;
  }
  // Not the engine's message: it is English, and meant for a programmer.
  return [{ pad: prefix, melding: 'Onverwachte fout in handelingsprotocol bij dit scenario. Meld dit alstublieft als fout, met het scenario erbij.' }];
}

/** A calendar from the file's `kalender` or `openingskalender` (already validated by the schema). */
function maakKalender(k: { beleid?: 'atw' | 'feestdagen' | undefined; extraVrijeDagen?: string[] | undefined }): Werkdagkalender {
  const opties: Parameters<typeof maakWerkdagkalender>[0] & object = {};
  if (k.beleid) opties.beleid = k.beleid;
  if (k.extraVrijeDagen) opties.extraVrijeDagen = k.extraVrijeDagen;
  return maakWerkdagkalender(opties);
}

/** Reads the text of a scenario file: YAML (JSON is YAML too), at most MAX_BESTAND_BYTES characters. */
function leesTekst(tekst: string): { data?: unknown; fout?: Probleem[] } {
  if (tekst.length > MAX_BESTAND_BYTES) {
    return { fout: [{ pad: '', melding: teGrootMelding(`${getal(tekst.length)} tekens`, 'een scenariobestand') }] };
  }
  if (tekst.trim() === '') return { fout: [{ pad: '', melding: 'Het bestand is leeg: verwacht een scenariobestand met beslissing en scenarios.' }] };
  const r = leesYaml(tekst);
  return r.fout ? { fout: [r.fout] } : { data: r.data };
}

/** The differences of one scenario: at most MAX_PROBLEMEN, then one that counts the rest. */
function begrensdeVerschillen(v: Verschil[]): Verschil[] {
  if (v.length <= MAX_PROBLEMEN + 1) return v;
  return [...v.slice(0, MAX_PROBLEMEN), { veld: '…', verwacht: `en ${v.length - MAX_PROBLEMEN} meer verschillen (niet getoond)`, gekregen: '' }];
}

/**
 * Runs every scenario in the text of one file.
 *
 * Never throws, whatever it is given: a bad file or a bad scenario becomes a result with Dutch
 * problemen naming the field (`fout` for the file as a whole, `problemen` per scenario). A
 * `bestand` that is not a text, or a `tekst` that is not a text (null, a number, the bytes of a
 * file), gives a result with a `fout` that says so, and nothing is run. A text longer than
 * MAX_BESTAND_BYTES characters is refused unread.
 *
 * @param bestand - the name the report shows (a path, or any label)
 * @param tekst - the text of the file: YAML, or JSON
 * @returns the result of each scenario, or `fout` when the file cannot be used
 * @example
 * voerScenarioTekstUit('vervolg.yaml', 'beslissing: vervolg\nscenarios: [...]')
 * // { bestand: 'vervolg.yaml', beslissing: 'vervolg', scenarios: [{ naam: …, resultaat: 'geslaagd', … }] }
 * voerScenarioTekstUit('vervolg.yaml', null)
 * // { bestand: 'vervolg.yaml', scenarios: [], fout: [{ pad: '', melding: 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg null.' }] }
 */
export function voerScenarioTekstUit(bestand: string, tekst: string): BestandResultaat {
  const naam = typeof bestand === 'string' ? bestand : '(geen bestandsnaam)';
  const fout: Probleem[] = [];
  if (typeof bestand !== 'string') fout.push({ pad: '', melding: `Verwacht de naam van het bestand als tekst, maar kreeg ${beschrijf(bestand)}.` });
  if (typeof tekst !== 'string') {
    fout.push({
      pad: '',
      melding: (tekst as unknown) instanceof Uint8Array
        ? 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg bytes: zet ze eerst om naar tekst (UTF-8), bijvoorbeeld met new TextDecoder().decode(bytes).'
        : `Verwacht de inhoud van het scenariobestand als tekst, maar kreeg ${beschrijf(tekst)}.`,
    });
  }
  if (fout.length > 0) return { bestand: naam, scenarios: [], fout };
  try {
    return voerUit(bestand, tekst);
  } catch {
    // Cannot happen (every step reports its own problems); a last safeguard for the promise above.
    return { bestand, scenarios: [], fout: [{ pad: '', melding: 'Onverwachte fout in handelingsprotocol bij dit bestand. Meld dit alstublieft als fout, met het bestand erbij.' }] };
  }
}

function voerUit(bestand: string, tekst: string): BestandResultaat {
  const gelezen = leesTekst(tekst);
  if (gelezen.fout) return { bestand, scenarios: [], fout: gelezen.fout };
  if (typeof gelezen.data !== 'object' || gelezen.data === null || Array.isArray(gelezen.data)) {
    return { bestand, scenarios: [], fout: [{ pad: '', melding: 'Verwacht een scenariobestand met de velden beslissing en scenarios.' }] };
  }
  let kop;
  try {
    kop = valideer(ScenarioBestandSchema, gelezen.data);
  } catch (e) {
    return { bestand, scenarios: [], fout: problemenVan(e, '') };
  }
  const kalender = kop.kalender ? maakKalender(kop.kalender) : undefined;
  const openingskalender = kop.openingskalender ? maakKalender({ ...kop.openingskalender, beleid: kop.openingskalender.beleid ?? 'feestdagen' }) : undefined;
  const uitvoeren = uitvoering(kop.beslissing);
  const scenarios: ScenarioResultaat[] = [];
  for (const [index, ruw] of kop.scenarios.entries()) {
    const naamRuw = typeof ruw === 'object' && ruw !== null && Object.hasOwn(ruw, 'naam') && typeof (ruw as { naam?: unknown }).naam === 'string' ? (ruw as { naam: string }).naam : `scenario ${index + 1}`;
    let s: Scenario;
    try {
      s = valideer(ScenarioSchema, ruw);
    } catch (e) {
      scenarios.push({ naam: naamRuw, resultaat: 'ongeldig', verschillen: [], redenen: [], problemen: problemenVan(e, '') });
      continue;
    }
    const onzin = controleerVerwachting(kop.beslissing, s.verwacht);
    if (onzin.length > 0) {
      scenarios.push({ naam: s.naam, bron: s.bron, resultaat: 'ongeldig', verschillen: [], redenen: [], problemen: onzin });
      continue;
    }
    const opties: BeslisOpties = {};
    const regio = s.regio ?? kop.regio;
    const peildatum = s.peildatum ?? kop.peildatum;
    if (regio !== undefined) opties.regio = regio;
    if (peildatum !== undefined) opties.peildatum = peildatum;
    if (kalender) opties.kalender = kalender;
    if (openingskalender) opties.openingskalender = openingskalender;
    try {
      const gekregen = uitvoeren(s.invoer, opties);
      const verschillen = begrensdeVerschillen(vergelijk(s.verwacht, gekregen));
      const redenen = !Array.isArray(gekregen) && !isTermijn(gekregen) && gekregen.status === 'besloten' ? gekregen.redenen.map((r) => r.regel) : [];
      scenarios.push({ naam: s.naam, bron: s.bron, resultaat: verschillen.length === 0 ? 'geslaagd' : 'mislukt', verschillen, redenen, problemen: [] });
    } catch (e) {
      scenarios.push({ naam: s.naam, bron: s.bron, resultaat: 'ongeldig', verschillen: [], redenen: [], problemen: problemenVan(e, 'invoer') });
    }
  }
  return { bestand, beslissing: kop.beslissing, scenarios };
}
