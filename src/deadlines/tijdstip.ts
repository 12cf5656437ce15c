/**
 * A Tijdstip is an ISO 8601 moment with an explicit offset ('2025-04-17T14:30:00+02:00' or
 * '...Z'). Before anything else it is converted to Amsterdam wall-clock time: a melding at
 * 23:30 UTC on 31 December arrived on 1 January. Time-zone rules come from the runtime's IANA data
 * (Intl), never from the machine's own zone.
 */
import { invoerFout } from '../types/fouten.js';
import { beschrijf, citeer, dagenInMaand, epochDag, LAATSTE_JAAR, uitEpochDag, type Datum } from './datum.js';

/** ISO 8601 with offset, e.g. '2025-04-17T14:30:00+02:00'. */
export type Tijdstip = string;

export interface Wandtijd {
  /** Epoch day of the Amsterdam calendar day. */
  dag: number;
  /** Minutes since 00:00 Amsterdam wall-clock time. */
  minuut: number;
}

const TIJDSTIP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a value is not a Tijdstip, or undefined when it is one. */
export function tijdstipProbleem(waarde: unknown): string | undefined {
  if (typeof waarde !== 'string') return `Verwacht een tijdstip als tekst (ISO 8601 met tijdzone), maar kreeg ${beschrijf(waarde)}.`;
  const m = TIJDSTIP.exec(waarde);
  if (!m) {
    if (waarde.length <= 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(waarde)) {
      return `'${waarde}' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '${waarde}+01:00' of '${waarde}Z'.`;
    }
    return `${citeer(waarde)} is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00.`;
  }
  const [jaar, maand, dag, uur, minuut, seconde] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return `'${waarde}' bevat geen geldige datum.`;
  if (uur > 23 || minuut > 59 || seconde > 59) return `'${waarde}' bevat geen geldige tijd.`;
  const zone = m[8]!;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) return `'${waarde}' heeft een ongeldig verschil tot UTC (${zone}).`;
  return undefined;
}

/** Milliseconds since the epoch (UTC) of a valid Tijdstip. */
export function leesTijdstip(waarde: unknown, pad = 'tijdstip'): number {
  const probleem = tijdstipProbleem(waarde);
  if (probleem !== undefined) return invoerFout(pad, typeof waarde === 'string' ? 'ongeldige-datum' : 'verkeerd-type', probleem);
  const m = TIJDSTIP.exec(waarde as string)!;
  const [jaar, maand, dag, uur, minuut, seconde] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const ms = m[7] ? Math.floor(Number('0.' + m[7]) * 1000) : 0;
  const zone = m[8]!;
  const verschil = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return (epochDag(jaar, maand, dag) * 1440 + uur * 60 + minuut - verschil) * 60_000 + seconde * 1000 + ms;
}

let formatter: Intl.DateTimeFormat | undefined;
let formatterMetEra: Intl.DateTimeFormat | undefined;
/** 1 January of year 1 (UTC), in ms: before it, Intl counts years by era (year 0 is '1 BC'). */
// Stryker disable next-line UnaryOperator: JAAR_1 only chooses between two formatters that give the same year for every moment after year 0, so a later bound changes no result
const JAAR_1 = -62_135_596_800_000;

const amsterdamFormatter = (era: boolean): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    ...(era ? { era: 'short' as const } : {}),
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });

/**
 * Amsterdam wall-clock day and minute of a moment given as UTC milliseconds. Years before 1 are
 * counted astronomically (the year before 1 is 0), as a Datum writes them; Intl itself would call
 * year 0 '1 BC'.
 */
export function naarAmsterdam(utcMs: number): Wandtijd {
  const voorJaar1 = utcMs < JAAR_1 + 2 * 86_400_000; // a margin of two days for the zone's offset
  // Stryker disable BooleanLiteral: the formatter with era reads every year from 1 on the same (era 'AD', not BC); the one without is only cheaper
  const f = voorJaar1 ? (formatterMetEra ??= amsterdamFormatter(true)) : (formatter ??= amsterdamFormatter(false));
  // Stryker restore BooleanLiteral
  const delen: Record<string, number> = {};
  let voorChristus = false;
  for (const p of f.formatToParts(new Date(utcMs))) {
    if (p.type === 'era') voorChristus = p.value === 'BC';
    else {
      // Stryker disable next-line StringLiteral: the literal parts (separators) land in delen['literal'] otherwise, which nothing reads
      if (p.type !== 'literal') delen[p.type] = Number(p.value);
    }
  }
  const jaar = voorChristus ? 1 - delen['year']! : delen['year']!;
  return {
    dag: epochDag(jaar, delen['month']!, delen['day']!),
    minuut: delen['hour']! * 60 + delen['minute']!,
  };
}

/** The first year of the EU summer-time dates (the last Sundays of March and October). */
const EU_REGEL_VANAF = 1996;
const DAG_MS = 86_400_000;

/** Epoch day of the last Sunday on or before the 31st of `maand` (March or October). */
function laatsteZondag(jaar: number, maand: 3 | 10): number {
  const laatste = epochDag(jaar, maand, 31);
  return laatste - ((laatste + 4) % 7); // 1970-01-01 (epoch day 0) was a Thursday
}

/**
 * Amsterdam wall time without Intl, by the EU summer-time rule: CET (UTC+1), and CEST (UTC+2) from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (Richtlijn
 * 2000/84/EG, art. 2 and 3; the same dates since 1996). For 1996 to 2200 only, else undefined.
 * Used for "today" and for the Amsterdam day of a Tijdstip (leesDatumOfTijdstip): the first use of
 * Intl's date formatting costs tens of milliseconds, which a form's first question should not wait
 * for, and each later call costs more than a whole decision. tijdzone.test.ts checks it against Intl (the tz
 * database) every half hour around every change from 1996 to 2200, so a change of the rule fails a test.
 */
export function naarAmsterdamVolgensEuRegel(utcMs: number): Wandtijd | undefined {
  const jaar = uitEpochDag(Math.floor(utcMs / DAG_MS)).jaar;
  if (jaar < EU_REGEL_VANAF || jaar > LAATSTE_JAAR) return undefined;
  const zomer = utcMs >= laatsteZondag(jaar, 3) * DAG_MS + 3_600_000 && utcMs < laatsteZondag(jaar, 10) * DAG_MS + 3_600_000;
  const lokaal = utcMs + (zomer ? 2 : 1) * 3_600_000;
  const dag = Math.floor(lokaal / DAG_MS);
  return { dag, minuut: Math.floor((lokaal - dag * DAG_MS) / 60_000) };
}

/** A Datum stays that Amsterdam day; a Tijdstip becomes the Amsterdam day it falls on. */
export function leesDatumOfTijdstip(waarde: unknown, pad: string, leesDatum: (w: unknown, p: string) => number): number {
  if (typeof waarde === 'string' && waarde[10] === 'T') {
    // The EU rule first (the same answer as Intl, checked in tijdzone.test.ts, without its cost per call).
    const ms = leesTijdstip(waarde, pad);
    return (naarAmsterdamVolgensEuRegel(ms) ?? naarAmsterdam(ms)).dag;
  }
  if (typeof waarde === 'string' && waarde.length === 10) return leesDatum(waarde, pad);
  return invoerFout(
    pad,
    typeof waarde === 'string' ? 'ongeldige-datum' : 'verkeerd-type',
    typeof waarde === 'string'
      ? `${citeer(waarde)} is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00).`
      : `Verwacht een datum of tijdstip als tekst, maar kreeg ${beschrijf(waarde)}.`,
  );
}

export type { Datum };
