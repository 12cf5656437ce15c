/**
 * The deadlines of the Handelingsprotocol, each computed with a werkdag calendar and returned with
 * the days it skipped, why, and its sources.
 */
import * as z from 'zod/mini';
import type { Bron } from '../types/bron.js';
import { InvoerFout, invoerFout } from '../types/fouten.js';
import { BRON, kopieBron } from './bronnen.js';
import {
  beschrijf, controleerBinnenJaren, formatEpochDag, LAATSTE_DAG, LAATSTE_DATUM, LAATSTE_JAAR, leesDatum, leesbareDatum,
  plusMaanden, uitEpochDag, type Datum,
} from './datum.js';
import {
  isWerkdagkalender, standaardKalender, standaardOpeningskalender, werkdagkalenderSchema, type VrijeDag, type Werkdagkalender,
} from './kalender.js';
import { leesOpties, type OptiesVorm } from './opties.js';
import { leesDatumOfTijdstip, leesTijdstip, naarAmsterdam, type Tijdstip, type Wandtijd } from './tijdstip.js';

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
  /**
   * The calendar policy used ('atw' or 'feestdagen'). For spoed en crisis with a Tijdstip: the policy
   * of the openingskalender that decided whether the moment fell within kantooruren.
   */
  kalenderbeleid: string;
  /**
   * Spoed en crisis only, and only when `ontvangen` is a Tijdstip: 'zelfde-dag' within kantooruren
   * (Veilig Thuis goes out the same day), 'sez' outside them (the spoedeisende zorg is deployed).
   * Absent without spoed, and with only a Datum (then `waarschuwingen` asks for a Tijdstip).
   */
  spoed?: 'zelfde-dag' | 'sez';
  /** Set when the termijn rests on a reading of an ambiguous source; says which. */
  interpretatie?: string;
  /** Dutch warnings, e.g. that the decreed days of a year the termijn crosses are not known yet. */
  waarschuwingen: string[];
}

/** Options of {@link termijnVeiligheidsbeoordeling}. */
export interface TermijnVeiligheidsbeoordelingOpties {
  /**
   * The calendar the 5 werkdagen are counted with: one made by maakWerkdagkalender (see
   * {@link isWerkdagkalender}). Default {@link standaardKalender} (Atw).
   */
  kalender?: Werkdagkalender;
  /**
   * Spoed en crisis: the same day — within kantooruren Veilig Thuis goes out itself, outside them
   * the SEZ is deployed (Gelderland-Zuid §5.1 B, §5.3 B).
   */
  spoedOfCrisis?: boolean;
  /**
   * The organisation's opening days, for kantooruren with spoed en crisis. Default
   * {@link standaardOpeningskalender} (weekends and public holidays closed; KB-equated days, Goede
   * Vrijdag and 5 mei are office days unless given as `extraVrijeDagen`).
   */
  openingskalender?: Werkdagkalender;
}

/** From which moment the 10-week term of a vervolgdienst is counted (no source says; see README). */
export type StartVervolgdienst = 'start-dienst' | 'einde-veiligheidsbeoordeling' | 'ontvangst-melding';

/** Options of {@link termijnVervolgdienst}. */
export interface TermijnVervolgdienstOpties {
  /** The calendar for the Atw extension: one made by maakWerkdagkalender. Default {@link standaardKalender}. */
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
  /**
   * On which days the organisation is open. Default {@link standaardOpeningskalender}: weekends and
   * public holidays closed; the days equated by Koninklijk Besluit, Goede Vrijdag and 5 mei are
   * ordinary office days unless the organisation lists them in `extraVrijeDagen`. Opening hours are
   * not the legal calendar: the Atw calendar (`kalender` of the termijnen) is for deadlines only.
   */
  openingskalender?: Werkdagkalender;
}

/** Werkdagen within which the veiligheidsbeoordeling takes place (GZ §5.1; §8 A). */
export const VB_WERKDAGEN = 5;
/** Maximum duration in days of Onderzoek and Voorwaarden & Vervolg (GZ §8 B and C). */
export const VERVOLG_DAGEN = 70;

const isBoolean = (w: unknown): w is boolean => typeof w === 'boolean';

const TermijnVeiligheidsbeoordelingOptiesSchema = /* @__PURE__ */ z.strictObject({
  kalender: z.optional(werkdagkalenderSchema()),
  spoedOfCrisis: z.optional(z.boolean()),
  openingskalender: z.optional(werkdagkalenderSchema()),
});
const VB_OPTIES: OptiesVorm<z.infer<typeof TermijnVeiligheidsbeoordelingOptiesSchema>> = {
  schema: TermijnVeiligheidsbeoordelingOptiesSchema,
  namen: ['kalender', 'spoedOfCrisis', 'openingskalender'],
  snel: { kalender: isWerkdagkalender, spoedOfCrisis: isBoolean, openingskalender: isWerkdagkalender },
};

const STARTMOMENTEN = ['start-dienst', 'einde-veiligheidsbeoordeling', 'ontvangst-melding'] as const;
// includes compares by SameValueZero: only one of the three strings themselves is found, no other value.
const isStartmoment = (w: unknown): w is StartVervolgdienst => (STARTMOMENTEN as readonly unknown[]).includes(w);

const TermijnVervolgdienstOptiesSchema = /* @__PURE__ */ z.strictObject({
  kalender: z.optional(werkdagkalenderSchema()),
  atwVerlenging: z.optional(z.boolean()),
  vanaf: z.optional(
    z.enum(STARTMOMENTEN, {
      error: (iss) => `Onbekend startmoment: ${beschrijf(iss.input)}. Kies ${STARTMOMENTEN.map((k) => `'${k}'`).join(', ')}.`,
    }),
  ),
});
const VERVOLG_OPTIES: OptiesVorm<z.infer<typeof TermijnVervolgdienstOptiesSchema>> = {
  schema: TermijnVervolgdienstOptiesSchema,
  namen: ['kalender', 'atwVerlenging', 'vanaf'],
  snel: { kalender: isWerkdagkalender, atwVerlenging: isBoolean, vanaf: isStartmoment },
};

/** Minutes since 00:00 of a clock time 'uu:mm' ('24:00' allowed), or undefined. */
function kloktijdMinuten(waarde: unknown): number | undefined {
  if (typeof waarde !== 'string') return undefined;
  if (waarde === '24:00') return 1440;
  // Anchored at both ends: exactly five characters (a length check before it would only repeat this).
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(waarde);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
const isKloktijd = (w: unknown): w is string => kloktijdMinuten(w) !== undefined;
const kloktijdSchema = () =>
  z.custom<string>(isKloktijd, { error: (iss) => `Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg ${beschrijf(iss.input)}.` });

/** Kantooruren: the reading the spoed termijn rests on (GZ §5.1 B names kantooruren without hours). */
const KANTOORUREN_INTERPRETATIE =
  'De bron noemt kantooruren zonder tijden; wij lezen ze als de kantoortijden van 9 tot 17 uur uit §8.4 (bereikbaarheid voor de overdracht), op een dag dat de organisatie open is (de openingskalender).';

/** Default kantooruren (Gelderland-Zuid §8.4: "tijdens kantoortijden (van 9 tot 17 uur)"). */
const KANTOOR_VAN_TEKST = '09:00';
const KANTOOR_TOT_TEKST = '17:00';
/** Whether the end of kantooruren lies after their start (read with the defaults for what is left out). */
const totNaVan = (o: { readonly van?: unknown; readonly tot?: unknown }): boolean =>
  kloktijdMinuten(o.tot ?? KANTOOR_TOT_TEKST)! > kloktijdMinuten(o.van ?? KANTOOR_VAN_TEKST)!;

const KantoortijdOptiesSchema = /* @__PURE__ */ z.strictObject({
  van: z.optional(kloktijdSchema()),
  tot: z.optional(kloktijdSchema()),
  openingskalender: z.optional(werkdagkalenderSchema()),
}).check(
  z.superRefine((o, ctx) => {
    if (!totNaVan(o)) {
      ctx.addIssue({
        // Stryker disable next-line StringLiteral: the message is given, and zodNl's codeVan gives a custom issue without params.code and an issue of an unknown code the same code ('ongeldige-waarde'), so pad, code and melding stay the same
        code: 'custom',
        path: ['tot'],
        input: o.tot,
        message: `Het einde van de kantooruren (${o.tot ?? KANTOOR_TOT_TEKST}) moet na het begin (${o.van ?? KANTOOR_VAN_TEKST}) liggen.`,
      });
    }
  }),
);

/** The message for the option `kalender` of isKantoortijd, which 0.2 replaced by `openingskalender`. */
const KALENDER_IS_GEEN_OPENINGSKALENDER =
  "De optie 'kalender' bestaat niet voor kantooruren: geef de openingsdagen van de organisatie mee als 'openingskalender' " +
  "(bijvoorbeeld maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [...] })). " +
  'De kalender van de Algemene termijnenwet is er voor termijnen, niet voor openingstijden.';

const KANTOOR_OPTIES: OptiesVorm<z.infer<typeof KantoortijdOptiesSchema>> = {
  schema: KantoortijdOptiesSchema,
  namen: ['van', 'tot', 'openingskalender'],
  snel: { van: isKloktijd, tot: isKloktijd, openingskalender: isWerkdagkalender },
  geheel: totNaVan,
  uitleg: { kalender: KALENDER_IS_GEEN_OPENINGSKALENDER },
};

/** The option schemas, for a form or a test that wants to check options as zod does. */
export const optiesSchemas = {
  termijnVeiligheidsbeoordeling: VB_OPTIES,
  termijnVervolgdienst: VERVOLG_OPTIES,
  isKantoortijd: KANTOOR_OPTIES,
} as const;

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
 * The day of receipt is day 0; a Tijdstip is first converted to its Amsterdam day.
 *
 * With `spoedOfCrisis` the deadline is the same day, and a Tijdstip decides who acts (Gelderland-Zuid
 * §5.1 B, §5.3 B): within kantooruren (9–17 uur on a day the `openingskalender` is open) Veilig Thuis
 * goes out itself (`spoed: 'zelfde-dag'`), outside them the SEZ is deployed (`spoed: 'sez'`). With
 * only a Datum that cannot be decided: no `spoed`, and a warning asks for a Tijdstip.
 *
 * @param ontvangen - When the melding was received: a Datum or a Tijdstip with offset.
 * @param opties - `kalender` (default {@link standaardKalender}), `spoedOfCrisis`, `openingskalender`
 * (default {@link standaardOpeningskalender}).
 * @returns The {@link Termijn}: `uiterlijk`, the days skipped and why, the sources.
 * @throws {InvoerFout} for an invalid date or Tijdstip, or an unknown option.
 *
 * @example
 * termijnVeiligheidsbeoordeling('2024-05-08').uiterlijk; //=> '2024-05-17'
 * // skipped: 9 mei Hemelvaartsdag, 10 mei gelijkgestelde dag (KB), 11 and 12 mei weekend
 * termijnVeiligheidsbeoordeling('2024-05-10T10:00:00+02:00', { spoedOfCrisis: true }).spoed; //=> 'zelfde-dag'
 * termijnVeiligheidsbeoordeling('2024-05-10T23:30:00+02:00', { spoedOfCrisis: true }).spoed; //=> 'sez'
 */
export function termijnVeiligheidsbeoordeling(ontvangen: Datum | Tijdstip, opties?: TermijnVeiligheidsbeoordelingOpties): Termijn {
  const o = leesOpties(VB_OPTIES, opties, 'opties');
  const kalender = o.kalender ?? standaardKalender;
  const opening = o.openingskalender ?? standaardOpeningskalender;
  const start = leesDatumOfTijdstip(ontvangen, 'ontvangen', leesDatum);
  controleerBinnenJaren(start, ontvangen, 'ontvangen', 'dit pakket');
  const startTekst = formatEpochDag(start);
  if (o.spoedOfCrisis === true) {
    const bronnen = [kopieBron(BRON.spoedEnCrisis), kopieBron(BRON.kantooruren), kopieBron(BRON.crisisdienstAef)];
    // Read above (leesDatumOfTijdstip): a Datum has 10 characters, a Tijdstip more.
    if (ontvangen.length === 10) {
      return {
        uiterlijk: startTekst,
        start: startTekst,
        overgeslagen: [],
        bronnen,
        uitleg: `Bij spoed en crisis wordt er dezelfde dag nog ingegrepen: uiterlijk ${leesbareDatum(start)}.`,
        kalenderbeleid: kalender.beleid,
        waarschuwingen: [
          'Zonder tijdstip is niet te bepalen of Veilig Thuis er dezelfde dag op afgaat (binnen kantooruren) of dat de SEZ ' +
            "wordt ingezet (buiten kantooruren): geef 'ontvangen' als tijdstip, bijvoorbeeld '2025-04-17T14:30:00+02:00'.",
        ],
      };
    }
    // Stryker disable next-line StringLiteral: the pad is never used: leesDatumOfTijdstip read this same Tijdstip above with leesTijdstip at 'ontvangen', so it cannot be refused here
    const oordeel = beoordeelKantoortijd(naarAmsterdam(leesTijdstip(ontvangen, 'ontvangen')), opening, KANTOOR_VAN, KANTOOR_TOT);
    const moment = `${leesbareDatum(start)} om ${kloktijd(oordeel.wandtijd.minuut)}`;
    const regio = ' Dit is de afspraak in Gelderland-Zuid; regio’s regelen de crisisdienst verschillend.';
    return {
      uiterlijk: startTekst,
      start: startTekst,
      overgeslagen: [],
      bronnen,
      uitleg: oordeel.binnen
        ? `Spoed en crisis: ${moment} is binnen kantooruren (9–17 uur op een openingsdag): Veilig Thuis gaat er dezelfde dag nog op af, uiterlijk ${leesbareDatum(start)}.${regio}`
        : `Spoed en crisis: ${moment} is buiten kantooruren (${oordeel.vrij ? `die dag is de organisatie gesloten: ${oordeel.vrij.naam}` : '9–17 uur op een openingsdag'}): ` +
          `de SEZ wordt direct ingezet.${regio}`,
      interpretatie: KANTOORUREN_INTERPRETATIE,
      kalenderbeleid: opening.beleid,
      spoed: oordeel.binnen ? 'zelfde-dag' : 'sez',
      waarschuwingen: [],
    };
  }
  // The deadline itself must fall within the supported years: else the input is refused, at
  // 'ontvangen'. The start is checked and 5 is a valid aantal, so the only InvoerFout plusWerkdagen
  // can throw here is that the fifth werkdag falls after 2200 — which a calendar whose
  // extraVrijeDagen close the last weeks can make true for a start in an earlier year too.
  let uiterlijk: Datum;
  try {
    uiterlijk = kalender.plusWerkdagen(startTekst, VB_WERKDAGEN);
  } catch (e) {
    if (!(e instanceof InvoerFout)) throw e;
    invoerFout(
      'ontvangen',
      'buiten-bereik',
      `De veiligheidsbeoordeling moet binnen ${VB_WERKDAGEN} werkdagen na ${leesbareDatum(start)} plaatsvinden; ` +
        `die termijn eindigt na ${LAATSTE_JAAR}, het laatste jaar dat dit pakket kent.`,
    );
  }
  const eind = leesDatum(uiterlijk);
  const overgeslagen = vrijTussen(kalender, start + 1, eind - 1);
  return {
    uiterlijk,
    start: startTekst,
    overgeslagen,
    bronnen: [kopieBron(BRON.vb5werkdagen), kopieBron(BRON.handelingsprotocolVb)],
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

const VANAF_TEKST: Readonly<Record<StartVervolgdienst, string>> = {
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
 * @param start - Day 0 of the termijn (within 1990–2200, and so that the deadline is too).
 * @param opties - `kalender`, `atwVerlenging` (default true), `vanaf` (default 'start-dienst').
 * @returns The {@link Termijn}; `overgeslagen` lists the days that extended it.
 * @throws {InvoerFout} for an invalid date or option, or a deadline after 2200 (at `start`).
 *
 * @example
 * termijnVervolgdienst('2025-03-01').uiterlijk; //=> '2025-05-12' (70 days is Sat 10 May; extended to Monday)
 */
export function termijnVervolgdienst(start: Datum, opties?: TermijnVervolgdienstOpties): Termijn {
  const o = leesOpties(VERVOLG_OPTIES, opties, 'opties');
  const kalender = o.kalender ?? standaardKalender;
  const verlengen = o.atwVerlenging ?? true;
  const vanaf: StartVervolgdienst = o.vanaf ?? 'start-dienst';
  const s = leesDatum(start, 'start');
  controleerBinnenJaren(s, start, 'start', 'dit pakket');
  const tienWeken = s + VERVOLG_DAGEN;
  const naLaatsteJaar = `valt na ${LAATSTE_JAAR}, het laatste jaar dat dit pakket kent.`;
  if (tienWeken > LAATSTE_DAG) invoerFout('start', 'buiten-bereik', `Tien weken (${VERVOLG_DAGEN} dagen) na ${leesbareDatum(s)} ${naLaatsteJaar}`);
  const tienWekenTekst = formatEpochDag(tienWeken);
  let eind = tienWeken;
  if (verlengen && !kalender.isWerkdag(tienWekenTekst)) {
    if (kalender.werkdagenTussen(tienWekenTekst, LAATSTE_DATUM) === 0) {
      invoerFout('start', 'buiten-bereik', `Tien weken na ${leesbareDatum(s)} is ${leesbareDatum(tienWeken)}, geen werkdag; de werkdag waarop de termijn dan eindigt ${naLaatsteJaar}`);
    }
    eind = leesDatum(kalender.volgendeWerkdag(tienWekenTekst));
  }
  const overgeslagen = vrijTussen(kalender, tienWeken, eind - 1);
  const bronnen: Bron[] = [kopieBron(BRON.vervolg70dagen)];
  if (verlengen) bronnen.push(kopieBron(BRON.atwArt1));
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
      `${VANAF_TEKST[vanaf]}${o.vanaf === undefined ? ' (de standaardlezing van dit pakket)' : ''}.`,
    waarschuwingen: verlengen ? onbekendeJaren(kalender, tienWeken, eind) : [],
  };
}

/**
 * The monitoring moments: at least 3 and 12 months after the overdracht. A day that does not exist
 * in the target month becomes that month's last day (30 november + 3 maanden = 28/29 februari).
 * The moments are not moved to a werkdag: the sources name months, not a statutory term.
 *
 * @param overdrachtsdatum - The date of the overdracht (within 1990–2199: both moments must fall
 * within the years this package knows).
 * @returns `[na 3 maanden, na 12 maanden]`, a new array each call.
 * @throws {InvoerFout} for an invalid date, or one whose moments would fall after 2200.
 *
 * @example
 * monitoringmomenten('2025-11-30'); //=> ['2026-02-28', '2026-11-30']
 */
export function monitoringmomenten(overdrachtsdatum: Datum): Datum[] {
  const e = leesDatum(overdrachtsdatum, 'overdrachtsdatum');
  controleerBinnenJaren(e, overdrachtsdatum, 'overdrachtsdatum', 'dit pakket');
  const twaalf = plusMaanden(e, 12);
  if (twaalf > LAATSTE_DAG) {
    invoerFout('overdrachtsdatum', 'buiten-bereik', `Het monitoringmoment twaalf maanden na ${leesbareDatum(e)} valt na ${LAATSTE_JAAR}, het laatste jaar dat dit pakket kent.`);
  }
  return [formatEpochDag(plusMaanden(e, 3)), formatEpochDag(twaalf)];
}

/** Default kantooruren in minutes (see KANTOOR_VAN_TEKST). */
const KANTOOR_VAN = 9 * 60;
const KANTOOR_TOT = 17 * 60;

const kloktijd = (minuut: number): string => `${String(Math.floor(minuut / 60)).padStart(2, '0')}:${String(minuut % 60).padStart(2, '0')}`;

/** Whether an Amsterdam wall-clock moment is within kantooruren, and if the day is closed, why. */
function beoordeelKantoortijd(wandtijd: Wandtijd, opening: Werkdagkalender, van: number, tot: number): { binnen: boolean; wandtijd: Wandtijd; vrij?: VrijeDag } {
  const vrij = opening.redenVrij(formatEpochDag(wandtijd.dag));
  if (vrij) return { binnen: false, wandtijd, vrij };
  return { binnen: wandtijd.minuut >= van && wandtijd.minuut < tot, wandtijd };
}

/**
 * Whether a moment falls within kantooruren: on a day the organisation is open, from `van`
 * (inclusive) to `tot` (exclusive), Amsterdam wall-clock time. Default 09:00–17:00 (Gelderland-Zuid
 * §8.4) on the days of {@link standaardOpeningskalender}: weekends and public holidays are closed;
 * the days equated by Koninklijk Besluit, Goede Vrijdag and 5 mei are office days unless the
 * organisation's `openingskalender` lists them in `extraVrijeDagen`.
 *
 * @param moment - A Tijdstip with offset, on an Amsterdam day within 1990–2200.
 * @param opties - `van`, `tot` ('uu:mm'), `openingskalender` (a calendar made by maakWerkdagkalender).
 * @returns true within kantooruren.
 * @throws {InvoerFout} for a Tijdstip without offset or outside 1990–2200, an invalid clock time,
 * or the option `kalender` (kantooruren take an `openingskalender`; the Atw calendar is for termijnen).
 *
 * @example
 * isKantoortijd('2025-04-17T14:30:00+02:00'); //=> true
 * isKantoortijd('2025-04-18T10:00:00+02:00'); //=> true (Goede Vrijdag is an office day by default)
 * isKantoortijd('2025-04-18T10:00:00+02:00', {
 *   openingskalender: maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: ['2025-04-18'] }),
 * });                                         //=> false (the organisation is closed that day)
 * isKantoortijd('2025-04-21T10:00:00+02:00'); //=> false (Tweede Paasdag)
 * isKantoortijd('2025-01-06T07:30:00Z');      //=> false (08:30 in Amsterdam)
 */
export function isKantoortijd(moment: Tijdstip, opties?: KantoortijdOpties): boolean {
  const o = leesOpties(KANTOOR_OPTIES, opties, 'opties');
  const opening = o.openingskalender ?? standaardOpeningskalender;
  const van = o.van === undefined ? KANTOOR_VAN : kloktijdMinuten(o.van)!;
  const tot = o.tot === undefined ? KANTOOR_TOT : kloktijdMinuten(o.tot)!;
  const wandtijd = naarAmsterdam(leesTijdstip(moment, 'moment'));
  controleerBinnenJaren(wandtijd.dag, moment, 'moment', 'dit pakket');
  return beoordeelKantoortijd(wandtijd, opening, van, tot).binnen;
}
