/**
 * The werkdag calendar. Which days are werkdagen is a policy choice, so a calendar is made for a
 * named policy and says which one it uses. Per year it precomputes a table (the werkdagen of the
 * year and, per day, how many werkdagen came before), so every question is answered by a lookup:
 * adding 5 werkdagen is two array reads, not a walk over days.
 */
import { invoerFout, InvoerFout, type Probleem } from '../types/fouten.js';
import {
  beschrijf, datumProbleem, dagenInJaar, EERSTE_JAAR, epochDag, formatEpochDag, LAATSTE_JAAR,
  leesDatum, uitEpochDag, weekdag, type Datum,
} from './datum.js';
import { atwFeestdagen, gelijkstellingBekend, publiekeFeestdagen, type Feestdag } from './feestdagen.js';

/** The named werkdag policies. */
export type Kalenderbeleid = 'atw' | 'feestdagen';
export const KALENDERBELEID: readonly Kalenderbeleid[] = ['atw', 'feestdagen'];

/** Options of {@link maakWerkdagkalender}. */
export interface WerkdagkalenderOpties {
  /**
   * `'atw'` (default): weekends, the algemeen erkende feestdagen of Algemene termijnenwet art. 3
   * lid 1, Goede Vrijdag (lid 2) and the days equated by Koninklijk Besluit (lid 3).
   * `'feestdagen'`: weekends and the holidays date-holidays classes as public for NL (no 5 mei
   * every year, no Goede Vrijdag, no KB days), closer to many CAO's.
   */
  beleid?: Kalenderbeleid;
  /** The organisation's own closing days, on top of the policy. */
  extraVrijeDagen?: readonly Datum[];
}

/** A day that is not a werkdag although it falls on a weekday, and why. */
export interface VrijeDag {
  datum: Datum;
  naam: string;
  bron: string;
}

export interface Werkdagkalender {
  /** The policy this calendar uses: 'atw' or 'feestdagen'. */
  readonly beleid: Kalenderbeleid;
  /** The organisation's own closing days this calendar adds, sorted. */
  readonly extraVrijeDagen: readonly Datum[];
  /** Whether `datum` is a werkdag. */
  isWerkdag(datum: Datum): boolean;
  /** The days of `jaar` that fall on a weekday but are no werkdag, each with its name and source. */
  vrijeDagen(jaar: number): VrijeDag[];
  /** First werkdag strictly after `datum`. */
  volgendeWerkdag(datum: Datum): Datum;
  /** The werkdag `aantal` werkdagen after `datum`; `datum` is day 0, `aantal` 0 returns `datum`. */
  plusWerkdagen(datum: Datum, aantal: number): Datum;
  /** The number of werkdagen in (van, tot]; negative when `tot` lies before `van`. */
  werkdagenTussen(van: Datum, tot: Datum): number;
  /** Why `datum` is not a werkdag (weekend, holiday, closing day), or undefined for a werkdag. */
  redenVrij(datum: Datum): VrijeDag | undefined;
  /**
   * Whether every non-werkdag of `jaar` is known. False for the 'atw' policy in a year that no
   * shipped Koninklijk Besluit covers: the calendar still works, but days a future decree equates
   * with a feestdag are then counted as werkdagen.
   */
  gelijkgesteldeDagenBekend(jaar: number): boolean;
}

interface Jaartabel {
  jaar: number;
  /** Epoch day of 1 January. */
  begin: number;
  lengte: number;
  /** cum[i] = werkdagen among the first i days of the year. */
  cum: Int32Array;
  /** Day-of-year of each werkdag, in order. */
  werk: Int32Array;
  /** Reason per day-of-year for every non-werkdag. */
  vrij: Map<number, { naam: string; bron: string }>;
  /** Formatted dates, filled lazily. */
  tekst: (string | undefined)[];
}

function controleerJaar(jaar: number, pad: string): void {
  if (!Number.isInteger(jaar)) invoerFout(pad, `Verwacht een jaartal (geheel getal), maar kreeg ${beschrijf(jaar)}.`);
  if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    invoerFout(pad, `Het jaar ${jaar} valt buiten wat deze kalender kent (${EERSTE_JAAR} tot en met ${LAATSTE_JAAR}).`);
  }
}

function controleerAantal(aantal: unknown): asserts aantal is number {
  if (typeof aantal !== 'number' || !Number.isInteger(aantal) || aantal < 0) {
    invoerFout('aantal', `Het aantal werkdagen moet een geheel getal van 0 of meer zijn, maar is ${beschrijf(aantal)}.`);
  }
}

/**
 * Makes a werkdag calendar for a named policy, optionally with the organisation's own closing days.
 *
 * Moving holidays (Pasen, Hemelvaart, Pinksteren, Koningsdag) come from date-holidays, through
 * the table generated from it at build time (feestdagtabel.ts, `npm run feestdagen`); the days
 * equated by Koninklijk Besluit come from the decrees shipped with this package (2014–2028).
 * Years 1990–2200 are supported.
 *
 * @param opties - `beleid` ('atw' by default or 'feestdagen') and `extraVrijeDagen`.
 * @returns A {@link Werkdagkalender}.
 * @throws {InvoerFout} for an unknown policy, an unknown option or an invalid date.
 *
 * @example
 * const kalender = maakWerkdagkalender({ beleid: 'atw', extraVrijeDagen: ['2025-12-24'] });
 * kalender.plusWerkdagen('2025-12-23', 1); //=> '2025-12-29'
 * kalender.isWerkdag('2025-05-05');        //=> false (Bevrijdingsdag, Atw art. 3 lid 1)
 */
export function maakWerkdagkalender(opties: WerkdagkalenderOpties = {}): Werkdagkalender {
  const problemen: Probleem[] = [];
  if (typeof opties !== 'object' || opties === null || Array.isArray(opties)) {
    throw new InvoerFout([{ pad: '', melding: `Verwacht een object met opties, maar kreeg ${beschrijf(opties)}.` }]);
  }
  for (const sleutel of Object.keys(opties)) {
    if (sleutel !== 'beleid' && sleutel !== 'extraVrijeDagen') {
      problemen.push({ pad: sleutel, melding: `Onbekende optie '${sleutel}'. Bekend zijn: beleid, extraVrijeDagen.` });
    }
  }
  const beleid = opties.beleid ?? 'atw';
  if (!KALENDERBELEID.includes(beleid)) {
    problemen.push({ pad: 'beleid', melding: `Onbekend kalenderbeleid: ${beschrijf(beleid)}. Kies 'atw' of 'feestdagen'.` });
  }
  const extra = new Set<number>();
  if (opties.extraVrijeDagen !== undefined) {
    if (!Array.isArray(opties.extraVrijeDagen)) {
      problemen.push({ pad: 'extraVrijeDagen', melding: `Verwacht een lijst met datums, maar kreeg ${beschrijf(opties.extraVrijeDagen)}.` });
    } else {
      opties.extraVrijeDagen.forEach((d, i) => {
        const p = datumProbleem(d);
        if (p) problemen.push({ pad: `extraVrijeDagen.${i}`, melding: p });
        else extra.add(leesDatum(d));
      });
    }
  }
  if (problemen.length > 0) throw new InvoerFout(problemen);
  return new Kalender(beleid, extra);
}

const EXTRA_NAAM = 'Extra vrije dag van de organisatie';
const EXTRA_BRON = 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)';

class Kalender implements Werkdagkalender {
  readonly beleid: Kalenderbeleid;
  readonly extraVrijeDagen: readonly Datum[];
  private readonly extra: ReadonlySet<number>;
  private readonly tabellen = new Map<number, Jaartabel>();
  private laatste: Jaartabel | undefined;

  constructor(beleid: Kalenderbeleid, extra: ReadonlySet<number>) {
    this.beleid = beleid;
    this.extra = extra;
    this.extraVrijeDagen = [...extra].sort((a, b) => a - b).map(formatEpochDag);
  }

  private feestdagen(jaar: number): Feestdag[] {
    return this.beleid === 'atw' ? atwFeestdagen(jaar) : publiekeFeestdagen(jaar);
  }

  private tabelVanJaar(jaar: number, pad: string): Jaartabel {
    let t = this.tabellen.get(jaar);
    if (t) return t;
    controleerJaar(jaar, pad);
    const begin = epochDag(jaar, 1, 1);
    const lengte = dagenInJaar(jaar);
    const vrij = new Map<number, { naam: string; bron: string }>();
    for (let i = 0; i < lengte; i++) {
      const wd = weekdag(begin + i);
      if (wd >= 5) vrij.set(i, { naam: wd === 5 ? 'zaterdag' : 'zondag', bron: 'weekend' });
    }
    for (const f of this.feestdagen(jaar)) {
      if (!vrij.has(f.dag - begin)) vrij.set(f.dag - begin, { naam: f.naam, bron: f.bron });
    }
    for (const e of this.extra) {
      if (e >= begin && e < begin + lengte && !vrij.has(e - begin)) vrij.set(e - begin, { naam: EXTRA_NAAM, bron: EXTRA_BRON });
    }
    const cum = new Int32Array(lengte + 1);
    const werk = new Int32Array(lengte - vrij.size);
    for (let i = 0, k = 0; i < lengte; i++) {
      const isWerk = !vrij.has(i);
      cum[i + 1] = cum[i]! + (isWerk ? 1 : 0);
      if (isWerk) werk[k++] = i;
    }
    t = { jaar, begin, lengte, cum, werk, vrij, tekst: new Array<string | undefined>(lengte) };
    this.tabellen.set(jaar, t);
    return t;
  }

  /** The table of the year an epoch day falls in (the last one used is checked first). */
  private tabel(e: number, pad: string): Jaartabel {
    const l = this.laatste;
    if (l && e >= l.begin && e < l.begin + l.lengte) return l;
    const t = this.tabelVanJaar(uitEpochDag(e).jaar, pad);
    this.laatste = t;
    return t;
  }

  private tekst(t: Jaartabel, doy: number): Datum {
    return (t.tekst[doy] ??= formatEpochDag(t.begin + doy));
  }

  isWerkdag(datum: Datum): boolean {
    const e = leesDatum(datum);
    const t = this.tabel(e, 'datum');
    const i = e - t.begin;
    return t.cum[i + 1]! !== t.cum[i]!;
  }

  redenVrij(datum: Datum): VrijeDag | undefined {
    const e = leesDatum(datum);
    const t = this.tabel(e, 'datum');
    const r = t.vrij.get(e - t.begin);
    return r ? { datum: this.tekst(t, e - t.begin), ...r } : undefined;
  }

  vrijeDagen(jaar: number): VrijeDag[] {
    const t = this.tabelVanJaar(jaar, 'jaar');
    return [...t.vrij.entries()]
      .filter(([, r]) => r.bron !== 'weekend')
      .sort(([a], [b]) => a - b)
      .map(([i, r]) => ({ datum: this.tekst(t, i), naam: r.naam, bron: r.bron }));
  }

  gelijkgesteldeDagenBekend(jaar: number): boolean {
    controleerJaar(jaar, 'jaar');
    return this.beleid !== 'atw' || gelijkstellingBekend(jaar);
  }

  volgendeWerkdag(datum: Datum): Datum {
    return this.plusWerkdagen(datum, 1);
  }

  plusWerkdagen(datum: Datum, aantal: number): Datum {
    const e = leesDatum(datum);
    controleerAantal(aantal);
    let t = this.tabel(e, 'datum');
    if (aantal === 0) return this.tekst(t, e - t.begin);
    // Index (0-based, within t's year) of the werkdag we want.
    let k = t.cum[e - t.begin + 1]! + aantal - 1;
    while (k >= t.werk.length) {
      k -= t.werk.length;
      t = this.tabelVanJaar(t.jaar + 1, 'aantal');
    }
    return this.tekst(t, t.werk[k]!);
  }

  werkdagenTussen(van: Datum, tot: Datum): number {
    const a = leesDatum(van, 'van');
    const b = leesDatum(tot, 'tot');
    if (b < a) return -this.telTussen(b, a);
    return this.telTussen(a, b);
  }

  /** Werkdagen in (a, b] for a <= b. */
  private telTussen(a: number, b: number): number {
    const ta = this.tabel(a, 'van');
    const tb = this.tabel(b, 'tot');
    let n = tb.cum[b - tb.begin + 1]! - ta.cum[a - ta.begin + 1]!;
    for (let j = ta.jaar; j < tb.jaar; j++) n += this.tabelVanJaar(j, 'tot').werk.length;
    return n;
  }
}

/** The default calendar: policy 'atw' (weekends, Atw art. 3 incl. Goede Vrijdag, KB-gelijkgestelde dagen). */
export const standaardKalender: Werkdagkalender = /* @__PURE__ */ maakWerkdagkalender();

/**
 * The default calendar of opening hours (kantooruren): policy 'feestdagen' — weekends and public
 * holidays closed; the days equated by Koninklijk Besluit, Goede Vrijdag and 5 mei are ordinary
 * office days. Opening hours are not the legal calendar: the Algemene termijnenwet says how a
 * statutory term is counted, not when an office is open. An organisation with other closing days
 * makes its own with `maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [...] })`.
 */
export const standaardOpeningskalender: Werkdagkalender = /* @__PURE__ */ maakWerkdagkalender({ beleid: 'feestdagen' });

