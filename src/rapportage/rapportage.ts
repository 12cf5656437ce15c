/**
 * The kwartaalrapportage over a caseload: counts per gemeente per period of adviezen,
 * veiligheidsbeoordelingen, overdrachten, finished onderzoeken and Voorwaarden & Vervolg, each
 * with how many were within their wettelijke termijn, and the cases still open past their term.
 *
 * Browser-safe (no node: imports): the CLI reads the file (src/cli/rapportageBestand.ts) and hands
 * the rows in one at a time. Only the counts per (periode, gemeente) are kept, never the rows.
 */
import { standaardKalender, isWerkdagkalender, type Werkdagkalender } from '../deadlines/kalender.js';
import {
  beschrijf, binnenJaren, buitenJarenMelding, citeer, formatEpochDag, leesDatum, uitEpochDag, type Datum,
} from '../deadlines/datum.js';
import { leesDatumOfTijdstip } from '../deadlines/tijdstip.js';
import { monitoringmomenten, termijnVeiligheidsbeoordeling, termijnVervolgdienst } from '../deadlines/termijnen.js';
import { onbekendeRegio, vandaag } from '../rules/_lib/besluit.js';
import { beslissingen } from '../rules/beslissingen.js';
import type { VervolgUitkomst } from '../rules/vervolg/vervolg.js';
import { isRegio, regios } from '../regios/index.js';
import { InvoerFout, invoerFout, type Probleem } from '../types/fouten.js';

/** The columns a row may have (names case-insensitive; `kolommen` maps an export's own names to them). */
export const RAPPORTAGE_KOLOMMEN = Object.freeze([
  'id', 'gemeente', 'soort', 'ontvangen', 'spoed', 'veiligheidsbeoordeling', 'vervolg', 'start', 'einde', 'overdrachtsdatum',
] as const);
/** One of {@link RAPPORTAGE_KOLOMMEN}. */
export type RapportageKolom = (typeof RAPPORTAGE_KOLOMMEN)[number];

/** How long a period of the report is. */
export type Rapportageperiode = 'maand' | 'kwartaal' | 'jaar';
const PERIODES: readonly Rapportageperiode[] = ['maand', 'kwartaal', 'jaar'];

/** The norms the report compares with: the share (0 to 1) that must be within its term. */
export interface Rapportagenormen {
  /** Share of veiligheidsbeoordelingen within 5 werkdagen. Default 0.9. */
  veiligheidsbeoordeling: number;
  /** Share of onderzoeken finished within 10 weken. Default 0.8. */
  onderzoek: number;
  /** Where the norms come from (Dutch). */
  bron: string;
}

/** The source of the default norms. */
export const NORMBRON =
  'Landelijk afgesproken door de Veilig Thuis-organisaties: 90% van de meldingen krijgt binnen 5 werkdagen een veiligheidsbeoordeling ' +
  'en 80% van de onderzoeken is binnen 10 weken afgerond (gerapporteerd in de landelijke pers, 2019).';

/** The default norms (see {@link NORMBRON}). */
export const STANDAARDNORMEN: Readonly<Rapportagenormen> = Object.freeze({ veiligheidsbeoordeling: 0.9, onderzoek: 0.8, bron: NORMBRON });

/** Options of {@link maakRapportage}. */
export interface RapportageOpties {
  /** The length of a period: 'maand' ('2025-03'), 'kwartaal' ('2025-K1', the default) or 'jaar' ('2025'). */
  periode?: Rapportageperiode;
  /** The day at which `lopendOverTermijn` is counted. Default today (Amsterdam). */
  peildatum?: Datum;
  /** The calendar the termijnen are counted with (made by maakWerkdagkalender). Default the Atw calendar. */
  kalender?: Werkdagkalender;
  /** A region id (see `regios`): then every gemeente must belong to it, and is written as the region writes it. */
  regio?: string;
  /** Our column name → the export's own column name, e.g. `{ ontvangen: 'Datum binnenkomst' }`. Case-insensitive. */
  kolommen?: Partial<Record<RapportageKolom, string>>;
  /** Other norms than the national ones; given without `bron`, the bron says they were set by the user. */
  normen?: Partial<Rapportagenormen>;
  /** Also list, per gemeente, the ids of the cases open past their term at the peildatum. Default false. */
  metIds?: boolean;
}

/** The counts of one gemeente in one period. */
export interface Rapportageregel {
  periode: string;
  gemeente: string;
  /** Adviezen received in the period (by `ontvangen`). */
  adviezen: number;
  /** Meldingen whose veiligheidsbeoordeling was done in the period (by the VB date). */
  meldingenMetVeiligheidsbeoordeling: number;
  /** Of those: done on or before the `uiterlijk` of termijnVeiligheidsbeoordeling(ontvangen). */
  veiligheidsbeoordelingBinnenTermijn: number;
  /** Overdrachten straight after the VB, by overdrachtsdatum, or the VB date when that is empty. */
  overdrachtenNaVeiligheidsbeoordeling: number;
  /** Onderzoeken finished in the period (by `einde`). */
  afgerondeOnderzoeken: number;
  /** Of those: finished on or before the `uiterlijk` of termijnVervolgdienst(start). */
  onderzoekenBinnenTermijn: number;
  /** Voorwaarden & Vervolg finished in the period (by `einde`). */
  afgerondeVoorwaardenEnVervolg: number;
  /** Of those: finished on or before the `uiterlijk` of termijnVervolgdienst(start). */
  voorwaardenEnVervolgBinnenTermijn: number;
  /** Cases open at the peildatum past their term (VB not done, or a dienst not finished); only in the peildatum's period. */
  lopendOverTermijn: number;
  /** Monitoringmomenten (3 and 12 months after an overdrachtsdatum) falling in the period. */
  monitoringmomenten: number;
}

/** A case open past its term at the peildatum (only with `metIds`). */
export interface ZaakOverTermijn {
  id: string;
  termijn: 'veiligheidsbeoordeling' | 'onderzoek' | 'voorwaarden-en-vervolg';
  uiterlijk: Datum;
}

/** The report. */
export interface Rapportage {
  /** Per period and gemeente, sorted by period then gemeente. */
  periodes: Rapportageregel[];
  /** The rows that could not be used: their spreadsheet row number (header = row 1) and why. */
  afgekeurd: { rij: number; problemen: Probleem[] }[];
  /** Rows read: the rows used plus the rows afgekeurd. */
  ingelezen: number;
  periode: Rapportageperiode;
  peildatum: Datum;
  normen: Rapportagenormen;
  /** Only with `metIds`: per gemeente the cases open past their term at the peildatum. */
  overTermijn?: { gemeente: string; zaken: ZaakOverTermijn[] }[];
}

/**
 * For a file reader: a row object may carry its own row number under this key (JSONL: the line
 * number), instead of its position + 1.
 */
export const RIJNUMMER: unique symbol = Symbol.for('handelingsprotocol.rapportage.rijnummer');
/**
 * For a file reader: a row that could not even be read (a CSV line with the wrong number of fields,
 * a JSONL line that is no JSON) carries its problemen under this key; it goes to `afgekeurd`.
 */
export const RIJPROBLEEM: unique symbol = Symbol.for('handelingsprotocol.rapportage.rijprobleem');

/** What a vervolg uitkomst means for the report. */
export type VervolgSoort = 'overdracht' | 'onderzoek' | 'voorwaarden-en-vervolg' | 'overig';

let vervolgSoorten: Map<string, VervolgSoort> | undefined;

/**
 * What each uitkomst of beslisVervolg is for the report, derived from the definitions: an uitkomst
 * that is also a dienst after which monitoring follows (monitoring's `overdrachtNa`) is that dienst
 * (onderzoek, voorwaarden-en-vervolg); one whose title is an "Overdracht …" is an overdracht
 * (including 'geen-vervolgstappen', the overdracht aan de directbetrokkenen); the rest is 'overig'.
 *
 * @example
 * vervolgsoorten().get('overdracht-lokaal-team'); //=> 'overdracht'
 */
export function vervolgsoorten(): ReadonlyMap<string, VervolgSoort> {
  // A fresh copy for the caller: the package keeps using its own.
  return new Map(eigenVervolgsoorten());
}

function eigenVervolgsoorten(): ReadonlyMap<string, VervolgSoort> {
  if (vervolgSoorten) return vervolgSoorten;
  const diensten = new Set<string>(
    (beslissingen.monitoring.feiten.overdrachtNa.opties ?? []).map((o) => o.waarde),
  );
  const m = new Map<string, VervolgSoort>();
  for (const [u, { titel }] of Object.entries(beslissingen.vervolg.uitkomsten) as [VervolgUitkomst, { titel: string }][]) {
    if (diensten.has(u)) m.set(u, u === 'onderzoek' ? 'onderzoek' : 'voorwaarden-en-vervolg');
    else m.set(u, /^overdracht\b/i.test(titel) ? 'overdracht' : 'overig');
  }
  return (vervolgSoorten = m);
}

/**
 * The period a day (an epoch day) falls in, written '2025-K1', '2025-03' or '2025'.
 *
 * @example
 * periodeVan(epochDag(2025, 3, 31), 'kwartaal'); //=> '2025-K1'
 * periodeVan(epochDag(2025, 3, 31), 'maand');    //=> '2025-03'
 */
export function periodeVan(dag: number, periode: Rapportageperiode): string {
  const { jaar, maand } = uitEpochDag(dag);
  if (periode === 'jaar') return String(jaar);
  if (periode === 'maand') return `${jaar}-${maand < 10 ? '0' : ''}${maand}`;
  return `${jaar}-K${Math.ceil(maand / 3)}`;
}

type Teller = Rapportageregel;
const nieuweTeller = (periode: string, gemeente: string): Teller => ({
  periode, gemeente, adviezen: 0, meldingenMetVeiligheidsbeoordeling: 0, veiligheidsbeoordelingBinnenTermijn: 0,
  overdrachtenNaVeiligheidsbeoordeling: 0, afgerondeOnderzoeken: 0, onderzoekenBinnenTermijn: 0,
  afgerondeVoorwaardenEnVervolg: 0, voorwaardenEnVervolgBinnenTermijn: 0, lopendOverTermijn: 0, monitoringmomenten: 0,
});

const JA = new Set(['ja', 'j', 'true', '1', 'yes', 'waar']);
const NEE = new Set(['nee', 'n', 'false', '0', 'no', 'onwaar']);

/** Caches hold at most this many entries; then they start again (memory stays bounded). */
const MAX_CACHE = 100_000;
function onthoud<K, V>(m: Map<K, V>, k: K, v: V): V {
  if (m.size >= MAX_CACHE) m.clear();
  m.set(k, v);
  return v;
}

function leesRapportageOpties(opties: unknown): {
  periode: Rapportageperiode; peildatum: number; kalender: Werkdagkalender; gemeenten: Map<string, string> | undefined;
  regionaam: string | undefined; kolomVan: Map<string, RapportageKolom>; padVan: Record<RapportageKolom, string>;
  normen: Rapportagenormen; metIds: boolean;
} {
  if (opties !== undefined && (typeof opties !== 'object' || opties === null || Array.isArray(opties))) {
    invoerFout('opties', 'verkeerd-type', `Verwacht een object met opties, maar kreeg ${beschrijf(opties)}.`);
  }
  const o = (opties ?? {}) as Record<string, unknown>;
  const problemen: Probleem[] = [];
  const bekend = ['periode', 'peildatum', 'kalender', 'regio', 'kolommen', 'normen', 'metIds'];
  for (const k of Object.keys(o)) {
    if (!bekend.includes(k)) problemen.push({ pad: `opties.${k}`, code: 'onbekend-veld', melding: `Onbekende optie '${k}'. Bekend: ${bekend.join(', ')}.` });
  }
  let periode: Rapportageperiode = 'kwartaal';
  if (o['periode'] !== undefined) {
    if (PERIODES.includes(o['periode'] as Rapportageperiode)) periode = o['periode'] as Rapportageperiode;
    else problemen.push({ pad: 'opties.periode', code: 'onbekende-waarde', melding: `Onbekende periode ${beschrijf(o['periode'])}. Kies ${PERIODES.map((p) => `'${p}'`).join(', ')}.` });
  }
  let peildatum = 0;
  if (o['peildatum'] !== undefined) {
    try {
      peildatum = leesDatum(o['peildatum'], 'opties.peildatum');
      if (!binnenJaren(peildatum)) problemen.push({ pad: 'opties.peildatum', code: 'buiten-bereik', melding: buitenJarenMelding(o['peildatum'], peildatum, 'dit pakket') });
    } catch (e) {
      if (!(e instanceof InvoerFout)) throw e;
      problemen.push(...e.problemen);
    }
  } else peildatum = vandaag();
  let kalender = standaardKalender;
  if (o['kalender'] !== undefined) {
    if (isWerkdagkalender(o['kalender'])) kalender = o['kalender'];
    else problemen.push({ pad: 'opties.kalender', code: 'ongeldige-waarde', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' });
  }
  let gemeenten: Map<string, string> | undefined;
  let regionaam: string | undefined;
  if (o['regio'] !== undefined) {
    const r = o['regio'];
    if (isRegio(r)) {
      gemeenten = new Map(regios[r]!.gemeenten.map((g) => [g.toLowerCase(), g]));
      regionaam = regios[r]!.naam;
    } else if (typeof r !== 'string') {
      problemen.push({ pad: 'opties.regio', code: 'verkeerd-type', melding: `Verwacht de naam van een regio (een tekst), maar kreeg ${beschrijf(r)}.` });
    } else problemen.push({ pad: 'opties.regio', code: 'onbekende-waarde', melding: onbekendeRegio(r) });
  }
  const padVan = Object.fromEntries(RAPPORTAGE_KOLOMMEN.map((k) => [k, k])) as Record<RapportageKolom, string>;
  const kolommen = o['kolommen'];
  if (kolommen !== undefined) {
    if (typeof kolommen !== 'object' || kolommen === null || Array.isArray(kolommen)) {
      problemen.push({ pad: 'opties.kolommen', code: 'verkeerd-type', melding: `Verwacht een object (onze kolomnaam → uw kolomnaam), maar kreeg ${beschrijf(kolommen)}.` });
    } else {
      for (const [k, v] of Object.entries(kolommen)) {
        if (!(RAPPORTAGE_KOLOMMEN as readonly string[]).includes(k)) {
          problemen.push({ pad: `opties.kolommen.${k}`, code: 'onbekend-veld', melding: `Onbekende kolom '${k}'. Bekend: ${RAPPORTAGE_KOLOMMEN.join(', ')}.` });
        } else if (typeof v !== 'string' || v.trim() === '') {
          problemen.push({ pad: `opties.kolommen.${k}`, code: 'verkeerd-type', melding: `Verwacht de naam van een kolom in uw bestand, maar kreeg ${beschrijf(v)}.` });
        } else padVan[k as RapportageKolom] = v.trim();
      }
    }
  }
  const kolomVan = new Map<string, RapportageKolom>();
  for (const k of RAPPORTAGE_KOLOMMEN) {
    const naam = padVan[k].toLowerCase();
    const al = kolomVan.get(naam);
    if (al !== undefined) {
      problemen.push({ pad: `opties.kolommen.${k}`, code: 'ongeldige-waarde', melding: `De kolom '${padVan[k]}' is al de kolom voor '${al}'.` });
    } else kolomVan.set(naam, k);
  }
  const normen: Rapportagenormen = { ...STANDAARDNORMEN };
  const n = o['normen'];
  if (n !== undefined) {
    if (typeof n !== 'object' || n === null || Array.isArray(n)) {
      problemen.push({ pad: 'opties.normen', code: 'verkeerd-type', melding: `Verwacht een object met normen, maar kreeg ${beschrijf(n)}.` });
    } else {
      const nn = n as Record<string, unknown>;
      for (const k of Object.keys(nn)) {
        const w = nn[k];
        if (k === 'veiligheidsbeoordeling' || k === 'onderzoek') {
          if (typeof w === 'number' && w >= 0 && w <= 1) normen[k] = w;
          else problemen.push({ pad: `opties.normen.${k}`, code: 'buiten-bereik', melding: `Een norm is een aandeel van 0 tot en met 1 (0.9 is 90%), maar kreeg ${beschrijf(w)}.` });
        } else if (k === 'bron') {
          if (typeof w === 'string' && w.trim() !== '') normen.bron = w;
          else problemen.push({ pad: 'opties.normen.bron', code: 'ongeldige-waarde', melding: `Verwacht een tekst die zegt waar de normen vandaan komen, maar kreeg ${beschrijf(w)}.` });
        } else problemen.push({ pad: `opties.normen.${k}`, code: 'onbekend-veld', melding: `Onbekende norm '${k}'. Bekend: veiligheidsbeoordeling, onderzoek, bron.` });
      }
      if (nn['bron'] === undefined && (nn['veiligheidsbeoordeling'] !== undefined || nn['onderzoek'] !== undefined)) {
        normen.bron = 'Door de gebruiker opgegeven normen.';
      }
    }
  }
  if (o['metIds'] !== undefined && typeof o['metIds'] !== 'boolean') {
    problemen.push({ pad: 'opties.metIds', code: 'verkeerd-type', melding: `Verwacht ja of nee (true/false), maar kreeg ${beschrijf(o['metIds'])}.` });
  }
  if (problemen.length) throw new InvoerFout(problemen);
  return { periode, peildatum, kalender, gemeenten, regionaam, kolomVan, padVan, normen, metIds: o['metIds'] === true };
}

/**
 * Makes the kwartaalrapportage (or month or year) of a caseload: per gemeente and period the
 * counts of the contract's `Rapportage`, every count in the period its event fell in.
 *
 * The rows are read one at a time and never kept: only the counts per (periode, gemeente) are
 * (and, with `metIds`, the ids of the cases open past their term). Each row's termijnen come from
 * termijnVeiligheidsbeoordeling and termijnVervolgdienst with the given calendar; the monitoring
 * moments from monitoringmomenten. A row that cannot be used is not counted but listed in
 * `afgekeurd` with its row number as a spreadsheet shows it (the header is row 1, the first row
 * given is row 2) and Dutch problemen.
 *
 * @param rijen - The rows: objects with the columns of {@link RAPPORTAGE_KOLOMMEN} (an Iterable or AsyncIterable).
 * @param opties - `periode`, `peildatum`, `kalender`, `regio`, `kolommen`, `normen`, `metIds`.
 * @returns The {@link Rapportage}.
 * @throws {InvoerFout} for invalid options (never for a bad row: that goes to `afgekeurd`).
 *
 * @example
 * const r = await maakRapportage([
 *   { id: '1', gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-02-03', veiligheidsbeoordeling: '2025-02-10' },
 * ], { peildatum: '2025-04-01' });
 * r.periodes[0]; //=> { periode: '2025-K1', gemeente: 'Tiel', meldingenMetVeiligheidsbeoordeling: 1, veiligheidsbeoordelingBinnenTermijn: 1, … }
 */
export async function maakRapportage(
  rijen: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>,
  opties?: RapportageOpties,
): Promise<Rapportage> {
  const o = leesRapportageOpties(opties);
  const { kalender, padVan } = o;
  const soorten = eigenVervolgsoorten();
  const tellers = new Map<string, Teller>();
  const overTermijn = new Map<string, ZaakOverTermijn[]>();
  const afgekeurd: Rapportage['afgekeurd'] = [];
  const periodeCache = new Map<number, string>();
  const vbCache = new Map<number, number>();
  const vervolgCache = new Map<number, number>();
  const monitoringCache = new Map<number, number[]>();
  const kolomCache = new Map<string, RapportageKolom | null>();
  const peilPeriode = periodeVan(o.peildatum, o.periode);
  const peildatumTekst = formatEpochDag(o.peildatum);

  const periode = (dag: number): string => periodeCache.get(dag) ?? onthoud(periodeCache, dag, periodeVan(dag, o.periode));
  const teller = (p: string, gemeente: string): Teller => {
    const sleutel = p + '\u0000' + gemeente;
    let t = tellers.get(sleutel);
    if (!t) tellers.set(sleutel, (t = nieuweTeller(p, gemeente)));
    return t;
  };

  let n = 0;
  const waarden: Partial<Record<RapportageKolom, unknown>> = {};
  // The helpers are made once, not per row: they share the row's state below.
  let problemen: Probleem[] = [];
  const fout = (kolom: RapportageKolom | '', code: Probleem['code'], melding: string): void => {
    problemen.push({ pad: kolom === '' ? '' : padVan[kolom], code, melding });
  };
  /** An InvoerFout becomes problemen at `kolom` (the export's own column name); anything else is rethrown. */
  const vang = (e: unknown, kolom: RapportageKolom): undefined => {
    if (!(e instanceof InvoerFout)) throw e;
    for (const p of e.problemen) problemen.push({ pad: padVan[kolom], code: p.code, melding: p.melding });
    return undefined;
  };
  const tekst = (k: RapportageKolom): string | undefined => {
    const w = waarden[k];
    if (w === undefined || typeof w === 'string') return w;
    fout(k, 'verkeerd-type', `Verwacht een tekst, maar kreeg ${beschrijf(w)}.`);
    return undefined;
  };
  const dag = (k: RapportageKolom): number | undefined => {
    const w = waarden[k];
    if (w === undefined) return undefined;
    try {
      const d = leesDatumOfTijdstip(w, k, leesDatum);
      if (!binnenJaren(d)) invoerFout(k, 'buiten-bereik', buitenJarenMelding(w, d, 'dit pakket'));
      return d;
    } catch (e) {
      return vang(e, k);
    }
  };
  const overTermijnOp = (gemeente: string, id: string | undefined, rijnummer: number, termijn: ZaakOverTermijn['termijn'], uiterlijk: number): void => {
    teller(peilPeriode, gemeente).lopendOverTermijn++;
    if (o.metIds) {
      let lijst = overTermijn.get(gemeente);
      if (!lijst) overTermijn.set(gemeente, (lijst = []));
      lijst.push({ id: id ?? `(rij ${rijnummer}, zonder id)`, termijn, uiterlijk: formatEpochDag(uiterlijk) });
    }
  };
  for await (const rij of rijen as AsyncIterable<unknown>) {
    n++;
    const eigen = typeof rij === 'object' && rij !== null ? (rij as { [RIJNUMMER]?: unknown })[RIJNUMMER] : undefined;
    const rijnummer = typeof eigen === 'number' ? eigen : n + 1;
    problemen = [];
    if (typeof rij !== 'object' || rij === null || Array.isArray(rij)) {
      fout('', 'verkeerd-type', `Een rij is een object met kolommen, maar dit is ${beschrijf(rij)}.`);
      afgekeurd.push({ rij: rijnummer, problemen });
      continue;
    }
    const leesProblemen = (rij as { [RIJPROBLEEM]?: Probleem[] })[RIJPROBLEEM];
    if (leesProblemen !== undefined) {
      afgekeurd.push({ rij: rijnummer, problemen: leesProblemen });
      continue;
    }
    for (const k of RAPPORTAGE_KOLOMMEN) waarden[k] = undefined;
    for (const sleutel in rij) {
      let k = kolomCache.get(sleutel);
      if (k === undefined) k = onthoud(kolomCache, sleutel, o.kolomVan.get(sleutel.trim().toLowerCase()) ?? null);
      if (k === null) continue;
      let w = (rij as Record<string, unknown>)[sleutel];
      if (typeof w === 'string') w = w.trim();
      if (w === '' || w === null) w = undefined;
      waarden[k] = w;
    }
    // id: only kept with metIds; a number (JSONL) is fine too.
    const idWaarde = waarden.id;
    const id = idWaarde === undefined ? undefined : typeof idWaarde === 'string' || typeof idWaarde === 'number' ? String(idWaarde) : undefined;
    if (idWaarde !== undefined && id === undefined) fout('id', 'verkeerd-type', `Verwacht een tekst of getal, maar kreeg ${beschrijf(idWaarde)}.`);

    let gemeente = tekst('gemeente');
    if (waarden.gemeente === undefined) fout('gemeente', 'ontbrekend', 'De gemeente ontbreekt.');
    else if (gemeente !== undefined && o.gemeenten) {
      const g = o.gemeenten.get(gemeente.toLowerCase());
      if (g === undefined) {
        fout('gemeente', 'onbekende-waarde', `De gemeente ${citeer(gemeente)} hoort niet bij ${o.regionaam}. Bekend: ${[...o.gemeenten.values()].join(', ')}.`);
      }
      gemeente = g;
    }

    const soortTekst = tekst('soort')?.toLowerCase();
    let soort: 'advies' | 'melding' | undefined;
    if (waarden.soort === undefined) fout('soort', 'ontbrekend', "De soort ontbreekt: 'advies' of 'melding'.");
    else if (soortTekst === 'advies' || soortTekst === 'melding') soort = soortTekst;
    else if (soortTekst !== undefined) fout('soort', 'onbekende-waarde', `Onbekende soort ${citeer(soortTekst)}: kies 'advies' of 'melding'.`);

    const ontvangen = dag('ontvangen');
    if (waarden.ontvangen === undefined) fout('ontvangen', 'ontbrekend', 'De datum van ontvangst ontbreekt.');

    let spoed = false;
    const sw = waarden.spoed;
    if (typeof sw === 'boolean') spoed = sw;
    else if (typeof sw === 'string' || typeof sw === 'number') {
      const s = String(sw).toLowerCase();
      if (JA.has(s)) spoed = true;
      else if (!NEE.has(s)) fout('spoed', 'onbekende-waarde', `Onbekende waarde ${citeer(String(sw))} voor spoed: kies ja of nee.`);
    } else if (sw !== undefined) fout('spoed', 'verkeerd-type', `Verwacht ja of nee, maar kreeg ${beschrijf(sw)}.`);

    const vb = dag('veiligheidsbeoordeling');
    const vervolgTekst = tekst('vervolg')?.toLowerCase();
    let vervolg: VervolgSoort | undefined;
    if (vervolgTekst !== undefined) {
      vervolg = soorten.get(vervolgTekst);
      if (vervolg === undefined) fout('vervolg', 'onbekende-waarde', `Onbekend vervolg ${citeer(vervolgTekst)}. Bekend: ${[...soorten.keys()].join(', ')}.`);
    }
    const start = dag('start');
    const einde = dag('einde');
    const overdracht = dag('overdrachtsdatum');

    // The rows must hang together: what cannot be counted honestly is afgekeurd.
    if (soort === 'advies') {
      for (const k of ['veiligheidsbeoordeling', 'vervolg', 'start', 'einde', 'overdrachtsdatum'] as const) {
        if (waarden[k] !== undefined) fout(k, 'ongeldige-waarde', `Een advies heeft geen ${k}: alleen een melding krijgt een veiligheidsbeoordeling en vervolg.`);
      }
    }
    if (vb !== undefined && ontvangen !== undefined && vb < ontvangen) {
      fout('veiligheidsbeoordeling', 'ongeldige-waarde', `De veiligheidsbeoordeling (${formatEpochDag(vb)}) ligt vóór de ontvangst (${formatEpochDag(ontvangen)}).`);
    }
    if (waarden.vervolg !== undefined && waarden.veiligheidsbeoordeling === undefined && soort === 'melding') {
      fout('veiligheidsbeoordeling', 'ontbrekend', 'Er is een vervolg, maar geen datum van de veiligheidsbeoordeling waarop het volgde.');
    }
    const dienst = vervolg === 'onderzoek' || vervolg === 'voorwaarden-en-vervolg' ? vervolg : undefined;
    if (soort === 'melding' && dienst === undefined) {
      for (const k of ['start', 'einde'] as const) {
        if (waarden[k] !== undefined) {
          fout(k, 'ongeldige-waarde', `Een ${k} hoort bij een onderzoek of Voorwaarden & Vervolg, maar het vervolg is ${vervolgTekst === undefined ? 'leeg' : citeer(vervolgTekst)}.`);
        }
      }
    }
    if (dienst !== undefined && waarden.einde !== undefined && waarden.start === undefined) fout('start', 'ontbrekend', 'Er is een einde, maar geen start: de termijn van tien weken is dan niet te berekenen.');
    if (start !== undefined && einde !== undefined && einde < start) {
      fout('einde', 'ongeldige-waarde', `Het einde (${formatEpochDag(einde)}) ligt vóór de start (${formatEpochDag(start)}).`);
    }

    // The termijnen, from the package's own functions (cached per day: the answer depends only on it).
    let vbUiterlijk: number | undefined;
    if (soort === 'melding' && ontvangen !== undefined && problemen.length === 0) {
      const sleutel = ontvangen * 2 + (spoed ? 1 : 0);
      vbUiterlijk = vbCache.get(sleutel);
      if (vbUiterlijk === undefined) {
        try {
          vbUiterlijk = onthoud(vbCache, sleutel, leesDatum(termijnVeiligheidsbeoordeling(formatEpochDag(ontvangen), { spoedOfCrisis: spoed, kalender }).uiterlijk));
        } catch (e) {
          vang(e, 'ontvangen');
        }
      }
    }
    let dienstUiterlijk: number | undefined;
    if (dienst !== undefined && start !== undefined && problemen.length === 0) {
      dienstUiterlijk = vervolgCache.get(start);
      if (dienstUiterlijk === undefined) {
        try {
          dienstUiterlijk = onthoud(vervolgCache, start, leesDatum(termijnVervolgdienst(formatEpochDag(start), { kalender }).uiterlijk));
        } catch (e) {
          vang(e, 'start');
        }
      }
    }
    let momenten: number[] | undefined;
    if (overdracht !== undefined && problemen.length === 0) {
      momenten = monitoringCache.get(overdracht);
      if (momenten === undefined) {
        try {
          momenten = onthoud(monitoringCache, overdracht, monitoringmomenten(formatEpochDag(overdracht)).map((d) => leesDatum(d)));
        } catch (e) {
          vang(e, 'overdrachtsdatum');
        }
      }
    }
    if (problemen.length > 0 || gemeente === undefined || soort === undefined || ontvangen === undefined) {
      afgekeurd.push({ rij: rijnummer, problemen });
      continue;
    }

    // Count, each in the period its event fell in.
    if (soort === 'advies') {
      teller(periode(ontvangen), gemeente).adviezen++;
      continue;
    }
    if (vb !== undefined) {
      const t = teller(periode(vb), gemeente);
      t.meldingenMetVeiligheidsbeoordeling++;
      if (vb <= vbUiterlijk!) t.veiligheidsbeoordelingBinnenTermijn++;
      if (vervolg === 'overdracht') teller(periode(overdracht ?? vb), gemeente).overdrachtenNaVeiligheidsbeoordeling++;
    } else if (o.peildatum > vbUiterlijk!) overTermijnOp(gemeente, id, rijnummer, 'veiligheidsbeoordeling', vbUiterlijk!);
    if (dienst !== undefined && start !== undefined) {
      if (einde !== undefined) {
        const t = teller(periode(einde), gemeente);
        const binnen = einde <= dienstUiterlijk!;
        if (dienst === 'onderzoek') {
          t.afgerondeOnderzoeken++;
          if (binnen) t.onderzoekenBinnenTermijn++;
        } else {
          t.afgerondeVoorwaardenEnVervolg++;
          if (binnen) t.voorwaardenEnVervolgBinnenTermijn++;
        }
      } else if (o.peildatum > dienstUiterlijk!) overTermijnOp(gemeente, id, rijnummer, dienst, dienstUiterlijk!);
    }
    if (momenten) for (const m of momenten) teller(periode(m), gemeente).monitoringmomenten++;
  }

  const periodes = [...tellers.values()].sort((a, b) => (a.periode < b.periode ? -1 : a.periode > b.periode ? 1 : a.gemeente.localeCompare(b.gemeente, 'nl')));
  const rapportage: Rapportage = { periodes, afgekeurd, ingelezen: n, periode: o.periode, peildatum: peildatumTekst, normen: o.normen };
  if (o.metIds) {
    rapportage.overTermijn = [...overTermijn.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
      .map(([gemeente, zaken]) => ({ gemeente, zaken }));
  }
  return rapportage;
}
