/**
 * What a date or time control gives, made into what the decisions accept: a `datetime-local`
 * value ('2025-04-17T20:00', Dutch wall-clock time) becomes a Tijdstip with the Amsterdam offset
 * of that moment ('2025-04-17T20:00:00+02:00'), and back for display.
 */
import { dagenInMaand, epochDag, formatEpochDag, isDatum, leesbareDatum, leesDatum } from '../deadlines/datum.js';
import { leesTijdstip, naarAmsterdam, tijdstipProbleem } from '../deadlines/tijdstip.js';

const LOKAAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The Tijdstip of a Dutch wall-clock time ('JJJJ-MM-DDTuu:mm'), with the offset Amsterdam had
 * then; in the hour that occurs twice in October the first (summer time). Undefined when the value
 * is not such a time or the time does not exist in Amsterdam (the hour skipped in March).
 *
 * @example
 * amsterdamsTijdstip('2025-04-17T20:00'); //=> '2025-04-17T20:00:00+02:00'
 * amsterdamsTijdstip('2025-01-17T20:00'); //=> '2025-01-17T20:00:00+01:00'
 */
export function amsterdamsTijdstip(lokaal: string): string | undefined {
  const m = LOKAAL.exec(lokaal);
  if (!m) return undefined;
  const [j, mnd, d, u, min] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mnd < 1 || mnd > 12 || d < 1 || d > dagenInMaand(j, mnd) || u > 23 || min > 59) return undefined;
  for (const verschil of ['+02:00', '+01:00']) {
    const tijdstip = `${lokaal}:00${verschil}`;
    const ms = Date.parse(tijdstip);
    if (Number.isNaN(ms)) return undefined;
    const w = naarAmsterdam(ms);
    if (w.dag === epochDag(j, mnd, d) && w.minuut === u * 60 + min) return tijdstip;
  }
  return undefined;
}

/**
 * The `datetime-local` value (Dutch wall-clock time) of a Tijdstip, or '' when it is none — also
 * for a time without offset, which Date.parse would read in the machine's own time zone.
 */
export function lokaleTijd(tijdstip: unknown): string {
  if (tijdstipProbleem(tijdstip) !== undefined) return '';
  const w = naarAmsterdam(leesTijdstip(tijdstip));
  const uur = String(Math.floor(w.minuut / 60)).padStart(2, '0');
  return `${formatEpochDag(w.dag)}T${uur}:${String(w.minuut % 60).padStart(2, '0')}`;
}

/** A Datum ('2025-04-24') as Dutch text: 'donderdag 24 april 2025'; anything else (also '2025-02-30') as it is. */
export function datumTekst(datum: unknown): string {
  return isDatum(datum) ? leesbareDatum(leesDatum(datum)) : String(datum);
}

/** A Datum or Tijdstip as Dutch text: 'donderdag 17 april 2025 om 20:00' (Amsterdam time). */
export function momentTekst(waarde: unknown): string {
  const lokaal = lokaleTijd(waarde);
  return lokaal ? `${datumTekst(lokaal.slice(0, 10))} om ${lokaal.slice(11)}` : datumTekst(waarde);
}
