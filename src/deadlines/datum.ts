/**
 * Calendar-day arithmetic on plain integers. A day is represented by its "epoch day" (days since
 * 1970-01-01 in the proleptic Gregorian calendar); the calendar's hot paths never make a `Date`.
 *
 * Only the month arithmetic and the long Dutch dates use date-fns, which works in local time.
 * They hand it a local `Date` built from the civil date at noon and read the civil date back from
 * the same local fields ({@link alsLokaleMiddag}, {@link uitLokaleDatum}), never through UTC
 * milliseconds, so the answer is the same in every time zone.
 */
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
import { invoerFout } from '../types/fouten.js';

/** A calendar date 'YYYY-MM-DD', meaning that day in Europe/Amsterdam. */
export type Datum = string;

/** The years this package can compute werkdagen for; see README "Kalender". */
export const EERSTE_JAAR = 1990;
export const LAATSTE_JAAR = 2200;
/** Epoch days of 1 January EERSTE_JAAR and 31 December LAATSTE_JAAR: every date a result holds lies in between. */
export const EERSTE_DAG = 7305; // epochDag(1990, 1, 1), checked in datum.test.ts
export const LAATSTE_DAG = 84370; // epochDag(2200, 12, 31), checked in datum.test.ts
/** The last day this package knows, as a Datum. */
export const LAATSTE_DATUM: Datum = '2200-12-31';

/** How many characters of a value a message shows; a longer value is cut off with '…'. */
export const MAX_GETOOND = 80;

/**
 * `tekst` cut off after `max` characters with '…' (never in the middle of a surrogate pair), so
 * that a message never echoes a huge value whole.
 *
 * @example
 * ingekort('a'.repeat(100)); //=> 'aaaa…' (80 a's and '…')
 */
export function ingekort(tekst: string, max = MAX_GETOOND): string {
  if (tekst.length <= max) return tekst;
  const code = tekst.charCodeAt(max - 1);
  return tekst.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max) + '…';
}

/**
 * A text quoted for a message, cut off as {@link ingekort} does.
 *
 * @example
 * citeer('2025-2-3'); //=> "'2025-2-3'"
 */
export function citeer(tekst: string): string {
  return `'${ingekort(tekst)}'`;
}

const MAANDNAMEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

export function dagenInJaar(jaar: number): number {
  return isSchrikkeljaar(jaar) ? 366 : 365;
}

/** Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil). */
export function epochDag(jaar: number, maand: number, dag: number): number {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (maand + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of an epoch day (Howard Hinnant's civil_from_days). */
export function uitEpochDag(e: number): { jaar: number; maand: number; dag: number } {
  const z = e + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return { jaar: yoe + era * 400 + (maand <= 2 ? 1 : 0), maand, dag };
}

/** Day of the week, 0 = maandag … 6 = zondag (ISO order). 1970-01-01 was a Thursday. */
export function weekdag(e: number): number {
  return (((e + 3) % 7) + 7) % 7;
}

function twee(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** 'YYYY-MM-DD'; a year below 1000 gets its leading zeros (year 50 is '0050'), as a Datum must. */
export function formatDatum(jaar: number, maand: number, dag: number): Datum {
  return `${String(jaar).padStart(4, '0')}-${twee(maand)}-${twee(dag)}`;
}

export function formatEpochDag(e: number): Datum {
  const { jaar, maand, dag } = uitEpochDag(e);
  return formatDatum(jaar, maand, dag);
}

/**
 * A local `Date` at 12:00 on the civil date of an epoch day, for date-fns. Noon, because no
 * daylight-saving change falls then, so the local date is the civil date in every time zone.
 * `setFullYear` keeps years 0–99 as they are (the Date constructor would make them 1900–1999).
 */
function alsLokaleMiddag(e: number): Date {
  const { jaar, maand, dag } = uitEpochDag(e);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(jaar, maand - 1, dag);
  return d;
}

/** The epoch day of a local `Date`'s civil date (its local fields, not its UTC milliseconds). */
function uitLokaleDatum(d: Date): number {
  return epochDag(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * The Dutch long date of an epoch day, for the sentences that explain a termijn.
 *
 * Weekday, day, month and year as date-fns formats them with its `nl` locale; the year is written
 * as it is, without leading zeros. The same in every time zone.
 *
 * @param e - An epoch day.
 * @returns E.g. 'donderdag 14 mei 2026'.
 *
 * @example
 * leesbareDatum(epochDag(2026, 5, 14)); //=> 'donderdag 14 mei 2026'
 * leesbareDatum(epochDag(2024, 2, 29)); //=> 'donderdag 29 februari 2024'
 */
export function leesbareDatum(e: number): string {
  return format(alsLokaleMiddag(e), 'EEEE d MMMM u', { locale: nl });
}

/**
 * The value of the digit at `i`, or a negative number when there is none there. (A character below
 * '0' is negative by itself; the callers only look at the sign.)
 */
function cijfer(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c <= 9 ? c : -1;
}

/**
 * Checks a Datum and returns why it is not one, or undefined when it is valid. Only the exact
 * form 'YYYY-MM-DD' is accepted: '2025-2-3' or '2025-02-03T00:00' are refused, not guessed at.
 */
export function datumProbleem(waarde: unknown): string | undefined {
  if (typeof waarde !== 'string') return `Verwacht een datum als tekst 'JJJJ-MM-DD', maar kreeg ${beschrijf(waarde)}.`;
  const s = waarde;
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return `${citeer(s)} is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03).`;
  }
  const d = [0, 1, 2, 3, 5, 6, 8, 9].map((i) => cijfer(s, i));
  if (d.some((c) => c < 0)) return `${citeer(s)} is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03).`;
  const jaar = d[0]! * 1000 + d[1]! * 100 + d[2]! * 10 + d[3]!;
  const maand = d[4]! * 10 + d[5]!;
  const dag = d[6]! * 10 + d[7]!;
  if (maand < 1 || maand > 12) return `'${s}' is geen geldige datum: maand ${maand} bestaat niet.`;
  const max = dagenInMaand(jaar, maand);
  if (dag < 1 || dag > max) {
    return `'${s}' is geen geldige datum: ${MAANDNAMEN[maand - 1]} ${jaar} heeft ${max} dagen.`;
  }
  return undefined;
}

/** Parses a Datum to its epoch day, or throws InvoerFout naming `pad`. */
export function leesDatum(waarde: unknown, pad = 'datum'): number {
  const e = snelleDatum(waarde);
  return e !== undefined ? e : invoerFout(
    pad,
    typeof waarde === 'string' ? 'ongeldige-datum' : 'verkeerd-type',
    // Stryker disable next-line StringLiteral: never shown: snelleDatum and datumProbleem give the same verdict (datum.mutatie.test.ts), so a refused value always has a probleem
    datumProbleem(waarde) ?? 'Geen geldige datum.',
  );
}

/** Whether an epoch day lies within the supported years (EERSTE_JAAR to LAATSTE_JAAR). */
export const binnenJaren = (e: number): boolean => e >= EERSTE_DAG && e <= LAATSTE_DAG;

/**
 * Why the day `e` that `waarde` (a Datum or a Tijdstip) stands for is refused: it falls outside
 * the supported years. The year is given as it is (year 0 is 0, not 1).
 */
export function buitenJarenMelding(waarde: unknown, e: number, wie: 'deze kalender' | 'dit pakket'): string {
  const jaar = uitEpochDag(e).jaar;
  const wat = typeof waarde === 'string' && waarde.length > 10
    ? `Het tijdstip ${citeer(waarde)} valt (in Amsterdam) in het jaar ${jaar}`
    : `De datum ${typeof waarde === 'string' ? citeer(waarde) : formatEpochDag(e)} valt in het jaar ${jaar}`;
  return `${wat}, buiten wat ${wie} kent (${EERSTE_JAAR} tot en met ${LAATSTE_JAAR}).`;
}

/** Throws an InvoerFout at `pad` when the day `e` (read from `waarde`) lies outside the supported years. */
export function controleerBinnenJaren(e: number, waarde: unknown, pad: string, wie: 'deze kalender' | 'dit pakket'): void {
  if (!binnenJaren(e)) invoerFout(pad, 'buiten-bereik', buitenJarenMelding(waarde, e, wie));
}

/** Whether `waarde` is a valid Datum (the same verdict as datumProbleem, without allocating). */
export function isDatum(waarde: unknown): waarde is Datum {
  return snelleDatum(waarde) !== undefined;
}

/** The last Datum read and its epoch day (a Symbol at first: no input can equal it). */
let laatsteTekst: unknown = Symbol('nog geen datum gelezen');
let laatsteDag = 0;

/** The epoch day of a valid Datum, or undefined: the common valid case without allocating. */
function snelleDatum(waarde: unknown): number | undefined {
  // The same text is often read several times in one decision (check, rule selection, termijn).
  if (waarde === laatsteTekst) return laatsteDag;
  if (typeof waarde === 'string' && waarde.length === 10 && waarde.charCodeAt(4) === 45 && waarde.charCodeAt(7) === 45) {
    const j0 = cijfer(waarde, 0), j1 = cijfer(waarde, 1), j2 = cijfer(waarde, 2), j3 = cijfer(waarde, 3);
    const m0 = cijfer(waarde, 5), m1 = cijfer(waarde, 6), d0 = cijfer(waarde, 8), d1 = cijfer(waarde, 9);
    if ((j0 | j1 | j2 | j3 | m0 | m1 | d0 | d1) >= 0) {
      const jaar = j0 * 1000 + j1 * 100 + j2 * 10 + j3;
      const maand = m0 * 10 + m1;
      const dag = d0 * 10 + d1;
      if (maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand)) {
        laatsteDag = epochDag(jaar, maand, dag);
        laatsteTekst = waarde;
        return laatsteDag;
      }
    }
  }
  return undefined;
}

export function beschrijf(waarde: unknown): string {
  if (waarde === undefined) return 'niets';
  if (waarde === null) return 'null';
  if (typeof waarde === 'string') return `de tekst ${citeer(waarde)}`;
  if (typeof waarde === 'number') return `het getal ${waarde}`;
  if (typeof waarde === 'boolean') return `de waarde ${waarde}`;
  if (Array.isArray(waarde)) return 'een lijst';
  return `een ${typeof waarde}`;
}

/**
 * Adds calendar months to an epoch day, clamping to the last day of a shorter month.
 *
 * date-fns' addMonths on the civil date: 31 januari + 1 maand is 28 or 29 februari, and the
 * answer is the same in every time zone.
 *
 * @param e - An epoch day.
 * @param maanden - Whole months to add (negative goes back).
 * @returns The epoch day `maanden` months later.
 *
 * @example
 * formatEpochDag(plusMaanden(epochDag(2025, 11, 30), 3)); //=> '2026-02-28'
 * formatEpochDag(plusMaanden(epochDag(2024, 1, 31), 1));  //=> '2024-02-29'
 */
export function plusMaanden(e: number, maanden: number): number {
  if (!(maanden >= 0 && maanden < 4096)) return uitLokaleDatum(addMonths(alsLokaleMiddag(e), maanden));
  const sleutel = e * 4096 + maanden;
  let uit = maandenGedaan.get(sleutel);
  if (uit === undefined) {
    uit = uitLokaleDatum(addMonths(alsLokaleMiddag(e), maanden));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memo is cleared only bounds its memory; every result is computed the same either way
    if (maandenGedaan.size >= 10_000) maandenGedaan.clear(); // bounded
    maandenGedaan.set(sleutel, uit);
  }
  return uit;
}
/** Results of plusMaanden already computed (a Date round trip costs more than a whole decision). */
const maandenGedaan = new Map<number, number>();
