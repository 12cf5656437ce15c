/**
 * The deadlines of the Handelingsprotocol, each computed with a werkdag calendar and returned with
 * the days it skipped, why, and its sources.
 */
import type { Bron } from '../types/bron.js';
import { invoerFout, InvoerFout, type Probleem } from '../types/fouten.js';
import { BRON } from './bronnen.js';
import { beschrijf, formatEpochDag, leesDatum, leesbareDatum, plusMaanden, uitEpochDag, type Datum } from './datum.js';
import { standaardKalender, type Werkdagkalender } from './kalender.js';
import { leesDatumOfTijdstip, leesTijdstip, naarAmsterdam, type Tijdstip } from './tijdstip.js';

/** A day a termijn passed over, and why. */
export interface OvergeslagenDag {
  datum: Datum;
  naam: string;
  bron: string;
}

export interface Termijn {
  /** The last day on which the step must have happened. */
  uiterlijk: Datum;
  /** Day 0 of the termijn (an Amsterdam calendar day). */
  start: Datum;
  /** The non-werkdagen the termijn passed over (or that extended it), each with its reason. */
  overgeslagen: OvergeslagenDag[];
  bronnen: Bron[];
  /** One Dutch sentence: how the date was reached. */
  uitleg: string;
  /** The calendar policy used ('atw' or 'feestdagen'). */
  kalenderbeleid: string;
  /** Set when the termijn rests on a reading of an ambiguous source; says which. */
  interpretatie?: string;
  /** Dutch warnings, e.g. that the decreed days of a year the termijn crosses are not known yet. */
  waarschuwingen: string[];
}

/** Options of {@link termijnVeiligheidsbeoordeling}. */
export interface TermijnVeiligheidsbeoordelingOpties {
  kalender?: Werkdagkalender;
  /** Spoed en crisis: the veiligheidsbeoordeling happens the same day (Gelderland-Zuid §5.1 B). */
  spoedOfCrisis?: boolean;
}

/** From which moment the 10-week term of a vervolgdienst is counted (no source says; see README). */
export type StartVervolgdienst = 'start-dienst' | 'einde-veiligheidsbeoordeling' | 'ontvangst-melding';

/** Options of {@link termijnVervolgdienst}. */
export interface TermijnVervolgdienstOpties {
  kalender?: Werkdagkalender;
  /** Atw art. 1: a term ending on a non-werkdag runs to the next werkdag. Default true. */
  atwVerlenging?: boolean;
  /** What `start` is. Default 'start-dienst'. Only changes the explanation, never the arithmetic. */
  vanaf?: StartVervolgdienst;
}

/** Options of {@link isKantoortijd}. */
export interface KantoortijdOpties {
  /** Start of kantooruren, 'uu:mm' Amsterdam time. Default '09:00'. */
  van?: string;
  /** End of kantooruren (exclusive), 'uu:mm'. Default '17:00'. */
  tot?: string;
  kalender?: Werkdagkalender;
}

/** Werkdagen within which the veiligheidsbeoordeling takes place (GZ §5.1; §8 A). */
export const VB_WERKDAGEN = 5;
/** Maximum duration in days of Onderzoek and Voorwaarden & Vervolg (GZ §8 B and C). */
export const VERVOLG_DAGEN = 70;

function controleerOpties(opties: unknown, toegestaan: readonly string[]): Record<string, unknown> {
  if (opties === undefined) return {};
  if (typeof opties !== 'object' || opties === null || Array.isArray(opties)) {
    return invoerFout('opties', `Verwacht een object met opties, maar kreeg ${beschrijf(opties)}.`);
  }
  const problemen: Probleem[] = Object.keys(opties)
    .filter((k) => !toegestaan.includes(k))
    .map((k) => ({ pad: `opties.${k}`, melding: `Onbekende optie '${k}'. Bekend zijn: ${toegestaan.join(', ')}.` }));
  if (problemen.length > 0) throw new InvoerFout(problemen);
  return opties as Record<string, unknown>;
}

function kalenderUit(opties: Record<string, unknown>): Werkdagkalender {
  const k = opties['kalender'];
  if (k === undefined) return standaardKalender;
  if (typeof k !== 'object' || k === null || typeof (k as Werkdagkalender).plusWerkdagen !== 'function') {
    return invoerFout('opties.kalender', 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).');
  }
  return k as Werkdagkalender;
}

function booleanOptie(opties: Record<string, unknown>, naam: string, standaard: boolean): boolean {
  const w = opties[naam];
  if (w === undefined) return standaard;
  if (typeof w !== 'boolean') return invoerFout(`opties.${naam}`, `Verwacht true of false, maar kreeg ${beschrijf(w)}.`);
  return w;
}

/** Non-werkdagen in [van, tot] (epoch days), with their reasons. */
function vrijTussen(kalender: Werkdagkalender, van: number, tot: number): OvergeslagenDag[] {
  const uit: OvergeslagenDag[] = [];
  for (let e = van; e <= tot; e++) {
    const r = kalender.redenVrij(formatEpochDag(e));
    if (r) uit.push(r);
  }
  return uit;
}

/** Warnings for the years in [van, tot] whose KB-gelijkgestelde days the calendar does not know. */
function onbekendeJaren(kalender: Werkdagkalender, van: number, tot: number): string[] {
  const uit: string[] = [];
  for (let j = uitEpochDag(van).jaar; j <= uitEpochDag(tot).jaar; j++) {
    if (!kalender.gelijkgesteldeDagenBekend(j)) {
      uit.push(
        `Voor ${j} zijn de bij Koninklijk Besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) nog niet bekend; ` +
          'zo’n dag telt in deze berekening als werkdag.',
      );
    }
  }
  return uit;
}

/**
 * The deadline of the veiligheidsbeoordeling: within 5 werkdagen after the melding was received.
 * The day of receipt is day 0; a Tijdstip is first converted to its Amsterdam day. With
 * `spoedOfCrisis` the deadline is the same day.
 *
 * @param ontvangen - When the melding was received: a Datum or a Tijdstip with offset.
 * @param opties - `kalender` (default {@link standaardKalender}), `spoedOfCrisis`.
 * @returns The {@link Termijn}: `uiterlijk`, the days skipped and why, the sources.
 * @throws {InvoerFout} for an invalid date or Tijdstip.
 *
 * @example
 * termijnVeiligheidsbeoordeling('2024-05-08').uiterlijk; //=> '2024-05-17'
 * // skipped: 9 mei Hemelvaartsdag, 10 mei gelijkgestelde dag (KB), 11 and 12 mei weekend
 */
export function termijnVeiligheidsbeoordeling(ontvangen: Datum | Tijdstip, opties?: TermijnVeiligheidsbeoordelingOpties): Termijn {
  const o = controleerOpties(opties, ['kalender', 'spoedOfCrisis']);
  const kalender = kalenderUit(o);
  const spoed = booleanOptie(o, 'spoedOfCrisis', false);
  const start = leesDatumOfTijdstip(ontvangen, 'ontvangen', leesDatum);
  const startTekst = formatEpochDag(start);
  if (spoed) {
    return {
      uiterlijk: startTekst,
      start: startTekst,
      overgeslagen: [],
      bronnen: [BRON.vb5werkdagen, { document: BRON.vb5werkdagen.document, vindplaats: '§5.1 B en §5.3 B (spoed en crisis: dezelfde dag)' }],
      uitleg: `Bij spoed en crisis gaat Veilig Thuis dezelfde dag nog op de melding af: uiterlijk ${leesbareDatum(start)}.`,
      kalenderbeleid: kalender.beleid,
      waarschuwingen: [],
    };
  }
  const uiterlijk = kalender.plusWerkdagen(startTekst, VB_WERKDAGEN);
  const eind = leesDatum(uiterlijk);
  const overgeslagen = vrijTussen(kalender, start + 1, eind - 1);
  return {
    uiterlijk,
    start: startTekst,
    overgeslagen,
    bronnen: [BRON.vb5werkdagen, BRON.handelingsprotocolVb],
    uitleg:
      `De melding is ontvangen op ${leesbareDatum(start)} (dag 0); de veiligheidsbeoordeling moet binnen ${VB_WERKDAGEN} werkdagen plaatsvinden, ` +
      `dus uiterlijk op ${leesbareDatum(eind)}` +
      (overgeslagen.length
        ? `; ${overgeslagen.length === 1 ? '1 dag telt' : `${overgeslagen.length} dagen tellen`} niet mee (${overgeslagen.map((d) => d.naam).join(', ')}).`
        : '.'),
    kalenderbeleid: kalender.beleid,
    waarschuwingen: onbekendeJaren(kalender, start, eind),
  };
}

const VANAF_TEKST: Record<StartVervolgdienst, string> = {
  'start-dienst': 'de start van de dienst',
  'einde-veiligheidsbeoordeling': 'het einde van de veiligheidsbeoordeling',
  'ontvangst-melding': 'de ontvangst van de melding',
};

/**
 * The deadline of a vervolgdienst (Onderzoek or Voorwaarden & Vervolg): at most 10 weeks (70 days)
 * after `start`. When that day is no werkdag, Algemene termijnenwet art. 1 extends it to the next
 * werkdag (on by default; `atwVerlenging: false` switches it off).
 *
 * No source says from which moment the 10 weeks run; the default reading is "from the start of the
 * dienst". Pass the date you count from and say which with `vanaf`; the result marks this as an
 * interpretation.
 *
 * @param start - Day 0 of the termijn.
 * @param opties - `kalender`, `atwVerlenging` (default true), `vanaf` (default 'start-dienst').
 * @returns The {@link Termijn}; `overgeslagen` lists the days that extended it.
 * @throws {InvoerFout} for an invalid date or option.
 *
 * @example
 * termijnVervolgdienst('2025-03-01').uiterlijk; //=> '2025-05-12' (70 days is Sat 10 May; extended to Monday)
 */
export function termijnVervolgdienst(start: Datum, opties?: TermijnVervolgdienstOpties): Termijn {
  const o = controleerOpties(opties, ['kalender', 'atwVerlenging', 'vanaf']);
  const kalender = kalenderUit(o);
  const verlengen = booleanOptie(o, 'atwVerlenging', true);
  const vanaf = (o['vanaf'] ?? 'start-dienst') as StartVervolgdienst;
  if (!(vanaf in VANAF_TEKST)) {
    invoerFout('opties.vanaf', `Onbekend startmoment ${beschrijf(vanaf)}. Kies ${Object.keys(VANAF_TEKST).map((k) => `'${k}'`).join(', ')}.`);
  }
  const s = leesDatum(start, 'start');
  const tienWeken = s + VERVOLG_DAGEN;
  let eind = tienWeken;
  if (verlengen && !kalender.isWerkdag(formatEpochDag(tienWeken))) eind = leesDatum(kalender.volgendeWerkdag(formatEpochDag(tienWeken)));
  const overgeslagen = vrijTussen(kalender, tienWeken, eind - 1);
  const bronnen: Bron[] = [BRON.vervolg70dagen];
  if (verlengen) bronnen.push(BRON.atwArt1);
  return {
    uiterlijk: formatEpochDag(eind),
    start: formatEpochDag(s),
    overgeslagen,
    bronnen,
    uitleg:
      `Tien weken (70 dagen) na ${VANAF_TEKST[vanaf]} op ${leesbareDatum(s)} is ${leesbareDatum(tienWeken)}` +
      (eind !== tienWeken
        ? `; dat is geen werkdag (${overgeslagen.map((d) => d.naam).join(', ')}), dus loopt de termijn volgens de Algemene termijnenwet art. 1 door tot en met ${leesbareDatum(eind)}.`
        : '.'),
    kalenderbeleid: kalender.beleid,
    interpretatie:
      'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf ' +
      `${VANAF_TEKST[vanaf]}${o['vanaf'] === undefined ? ' (de standaardlezing van dit pakket)' : ''}.`,
    waarschuwingen: verlengen ? onbekendeJaren(kalender, tienWeken, eind) : [],
  };
}

/**
 * The monitoring moments: at least 3 and 12 months after the overdracht. A day that does not exist
 * in the target month becomes that month's last day (30 november + 3 maanden = 28/29 februari).
 * The moments are not moved to a werkdag: the sources name months, not a statutory term.
 *
 * @param overdrachtsdatum - The date of the overdracht.
 * @returns `[na 3 maanden, na 12 maanden]`.
 * @throws {InvoerFout} for an invalid date.
 *
 * @example
 * monitoringmomenten('2025-11-30'); //=> ['2026-02-28', '2026-11-30']
 */
export function monitoringmomenten(overdrachtsdatum: Datum): Datum[] {
  const e = leesDatum(overdrachtsdatum, 'overdrachtsdatum');
  return [formatEpochDag(plusMaanden(e, 3)), formatEpochDag(plusMaanden(e, 12))];
}

function leesKloktijd(waarde: unknown, pad: string): number {
  const m = typeof waarde === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(waarde) : null;
  if (!m) {
    if (waarde === '24:00') return 1440;
    return invoerFout(pad, `Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg ${beschrijf(waarde)}.`);
  }
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Whether a moment falls within kantooruren: on a werkdag, from `van` (inclusive) to `tot`
 * (exclusive), Amsterdam wall-clock time. Default 09:00–17:00 (Gelderland-Zuid §8.4).
 *
 * @param moment - A Tijdstip with offset.
 * @param opties - `van`, `tot` ('uu:mm'), `kalender`.
 * @throws {InvoerFout} for a Tijdstip without offset or an invalid clock time.
 *
 * @example
 * isKantoortijd('2025-04-17T14:30:00+02:00'); //=> true
 * isKantoortijd('2025-04-18T10:00:00+02:00'); //=> false (Goede Vrijdag)
 * isKantoortijd('2025-01-06T07:30:00Z');      //=> false (08:30 in Amsterdam)
 */
export function isKantoortijd(moment: Tijdstip, opties?: KantoortijdOpties): boolean {
  const o = controleerOpties(opties, ['van', 'tot', 'kalender']);
  const kalender = kalenderUit(o);
  const van = leesKloktijd(o['van'] ?? '09:00', 'opties.van');
  const tot = leesKloktijd(o['tot'] ?? '17:00', 'opties.tot');
  if (tot <= van) invoerFout('opties.tot', `Het einde van de kantooruren (${String(o['tot'] ?? '17:00')}) moet na het begin liggen.`);
  const w = naarAmsterdam(leesTijdstip(moment, 'moment'));
  return kalender.isWerkdag(formatEpochDag(w.dag)) && w.minuut >= van && w.minuut < tot;
}
