/**
 * The werkdag calendar. Which days are werkdagen is a policy choice, so a calendar is made for a
 * named policy and says which one it uses. Per year it precomputes a table (the werkdagen of the
 * year and, per day, how many werkdagen came before), so every question is answered by a lookup:
 * adding 5 werkdagen is two array reads, not a walk over days.
 */
import * as z from 'zod/mini';
import { diepBevroren } from '../types/bevries.js';
import { invoerFout } from '../types/fouten.js';
import {
  beschrijf, binnenJaren, buitenJarenMelding, dagenInJaar, datumProbleem, EERSTE_DAG, EERSTE_JAAR, epochDag,
  formatEpochDag, isDatum, LAATSTE_DAG, LAATSTE_JAAR, leesDatum, uitEpochDag, weekdag, type Datum,
} from './datum.js';
import { atwFeestdagen, gelijkstellingBekend, publiekeFeestdagen, type Feestdag } from './feestdagen.js';
import { leesOpties, type OptiesVorm } from './opties.js';

/** The named werkdag policies. */
export type Kalenderbeleid = 'atw' | 'feestdagen';
/** The named werkdag policies, in order (deeply frozen). */
export const KALENDERBELEID: readonly Kalenderbeleid[] = /* @__PURE__ */ diepBevroren(['atw', 'feestdagen']);

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

/**
 * A werkdag calendar, made by {@link maakWerkdagkalender} (or {@link standaardKalender},
 * {@link standaardOpeningskalender}). Only a calendar made here is accepted where a calendar is an
 * option ({@link isWerkdagkalender}): an object of one's own with the same methods is refused, so a
 * termijn never rests on a calendar this package did not check. A calendar is frozen, works when
 * frozen again, and its methods work unbound (`['2025-05-05'].map(kalender.isWerkdag)`).
 */
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

/** The most werkdagen any question can span: every day of every supported year. */
const MAX_AANTAL = (LAATSTE_JAAR - EERSTE_JAAR + 1) * 366;
/** The most extra closing days a calendar takes (every day of every supported year). */
export const MAX_EXTRA_VRIJE_DAGEN = MAX_AANTAL;

function controleerJaar(jaar: unknown, pad: string): asserts jaar is number {
  if (typeof jaar !== 'number' || !Number.isInteger(jaar)) invoerFout(pad, 'verkeerd-type', `Verwacht een jaartal (geheel getal), maar kreeg ${beschrijf(jaar)}.`);
  if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    invoerFout(pad, 'buiten-bereik', `Het jaar ${jaar} valt buiten wat deze kalender kent (${EERSTE_JAAR} tot en met ${LAATSTE_JAAR}).`);
  }
}

function controleerAantal(aantal: unknown, datum: Datum): asserts aantal is number {
  if (typeof aantal !== 'number' || !Number.isInteger(aantal) || aantal < 0) {
    invoerFout('aantal', typeof aantal === 'number' ? 'buiten-bereik' : 'verkeerd-type', `Het aantal werkdagen moet een geheel getal van 0 of meer zijn, maar is ${beschrijf(aantal)}.`);
  }
  // Stryker disable next-line EqualityOperator: MAX_AANTAL is more than all werkdagen of 1990–2200, so with aantal = MAX_AANTAL plus() runs out of werkdagen and teVer gives the same refusal
  if (aantal > MAX_AANTAL) teVer(datum, aantal);
}

/** The answer would fall after the last supported year. */
function teVer(datum: Datum, aantal: number): never {
  return invoerFout(
    'aantal',
    'buiten-bereik',
    `Het aantal werkdagen is te groot: ${aantal} werkdagen na ${datum} valt na ${LAATSTE_JAAR}, het laatste jaar dat deze kalender kent.`,
  );
}

/** Every calendar made by maakWerkdagkalender: how one of ours is recognised. */
const kalenders = new WeakSet<object>();

/**
 * Whether `waarde` is a calendar made by this package ({@link maakWerkdagkalender},
 * {@link standaardKalender}, {@link standaardOpeningskalender}), frozen or not. A copy (`{ ...k }`),
 * a proxy or an object of one's own with the same methods is not one: no method of it is called.
 *
 * @param waarde - Anything.
 * @returns true for a calendar of this package.
 *
 * @example
 * isWerkdagkalender(standaardKalender);                         //=> true
 * isWerkdagkalender(Object.freeze(maakWerkdagkalender()));      //=> true
 * isWerkdagkalender({ ...standaardKalender });                  //=> false
 * isWerkdagkalender({ isWerkdag: () => true, plusWerkdagen: () => '2025-01-01' }); //=> false
 */
export function isWerkdagkalender(waarde: unknown): waarde is Werkdagkalender {
  // WeakSet.has is false for anything not added to it, a primitive or null included (it never throws).
  return kalenders.has(waarde as object);
}

/** The message for a value that is not a calendar of this package. */
export const GEEN_WERKDAGKALENDER = 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).';

/**
 * The zod/mini schema of a calendar option: a calendar of this package ({@link isWerkdagkalender}),
 * with the message {@link GEEN_WERKDAGKALENDER} for anything else.
 *
 * @example
 * z.strictObject({ kalender: z.optional(werkdagkalenderSchema()) })
 */
export const werkdagkalenderSchema = /* @__NO_SIDE_EFFECTS__ */ () =>
  z.custom<Werkdagkalender>(isWerkdagkalender, { error: () => GEEN_WERKDAGKALENDER });

/** An extra closing day: a Datum within the supported years. */
const isExtraVrijeDag = (w: unknown): boolean => isDatum(w) && binnenJaren(leesDatum(w));
const extraVrijeDagMelding = (w: unknown): string => datumProbleem(w) ?? buitenJarenMelding(w, leesDatum(w), 'deze kalender');

const isLijstVanBeperkteLengte = (w: unknown): w is unknown[] => Array.isArray(w) && w.length <= MAX_EXTRA_VRIJE_DAGEN;

const WerkdagkalenderOptiesSchema = /* @__PURE__ */ z.strictObject({
  beleid: z.optional(
    z.enum(['atw', 'feestdagen'], { error: (iss) => `Onbekend kalenderbeleid: ${beschrijf(iss.input)}. Kies 'atw' of 'feestdagen'.` }),
  ),
  extraVrijeDagen: z.optional(
    z.pipe(
      // The length first, so a sparse array of 2^32 - 1 slots costs nothing.
      z.custom<unknown[]>(isLijstVanBeperkteLengte, {
        error: (iss) =>
          Array.isArray(iss.input)
            ? `Te veel extra vrije dagen (${iss.input.length}); een kalender neemt er hoogstens ${MAX_EXTRA_VRIJE_DAGEN}.`
            : `Verwacht een lijst met datums, maar kreeg ${beschrijf(iss.input)}.`,
      }),
      z.array(z.custom<Datum>(isExtraVrijeDag, { error: (iss) => extraVrijeDagMelding(iss.input) })),
    ),
  ),
});

/** How maakWerkdagkalender reads its options (exported for the test that the quick checks agree with the schema). */
export const WERKDAGKALENDER_OPTIES: OptiesVorm<z.infer<typeof WerkdagkalenderOptiesSchema>> = {
  schema: WerkdagkalenderOptiesSchema,
  namen: ['beleid', 'extraVrijeDagen'],
  snel: {
    beleid: (w) => w === 'atw' || w === 'feestdagen',
    extraVrijeDagen: (w) => {
      if (!isLijstVanBeperkteLengte(w)) return false;
      for (let i = 0; i < w.length; i++) if (!isExtraVrijeDag(w[i])) return false; // a hole reads as undefined: refused
      return true;
    },
  },
};

/**
 * Makes a werkdag calendar for a named policy, optionally with the organisation's own closing days.
 *
 * Moving holidays (Pasen, Hemelvaart, Pinksteren, Koningsdag) come from date-holidays, through
 * the table generated from it at build time (feestdagtabel.ts, `npm run feestdagen`); the days
 * equated by Koninklijk Besluit come from the decrees shipped with this package (2014–2028).
 * Years 1990–2200 are supported: a date outside them is refused (InvoerFout), as is an answer
 * that would fall after 2200.
 *
 * The calendar is frozen; its methods need no `this` and write nothing to it, so it also works
 * frozen again, passed around unbound, or shared between callers.
 *
 * @param opties - `beleid` ('atw' by default or 'feestdagen') and `extraVrijeDagen` (Datums
 * within 1990–2200).
 * @returns A {@link Werkdagkalender}.
 * @throws {InvoerFout} for an unknown policy, an unknown option or an invalid date.
 *
 * @example
 * const kalender = maakWerkdagkalender({ beleid: 'atw', extraVrijeDagen: ['2025-12-24'] });
 * kalender.plusWerkdagen('2025-12-23', 1); //=> '2025-12-29'
 * kalender.isWerkdag('2025-05-05');        //=> false (Bevrijdingsdag, Atw art. 3 lid 1)
 */
export function maakWerkdagkalender(opties?: WerkdagkalenderOpties): Werkdagkalender {
  const o = leesOpties(WERKDAGKALENDER_OPTIES, opties, '');
  const extra = [...new Set((o.extraVrijeDagen ?? []).map((d) => leesDatum(d)))].sort((a, b) => a - b);
  return maakKalender(o.beleid ?? 'atw', extra);
}

const EXTRA_NAAM = 'Extra vrije dag van de organisatie';
const EXTRA_BRON = 'Eigen sluitingsdag (optie extraVrijeDagen van de kalender)';

/**
 * The calendar itself. Per year it precomputes a table (the werkdagen of the year and, per day,
 * how many werkdagen came before), kept in this closure: the calendar object holds only its policy,
 * its closing days and its methods, and is frozen.
 */
function maakKalender(beleid: Kalenderbeleid, extra: readonly number[]): Werkdagkalender {
  const tabellen = new Map<number, Jaartabel>();
  /** The table used last (checked first): a closure variable, never a field of the calendar. */
  let laatste: Jaartabel | undefined;

  /** The table of a supported year (the caller checked the year). */
  function tabelVanJaar(jaar: number): Jaartabel {
    let t = tabellen.get(jaar);
    // Stryker disable next-line ConditionalExpression: a cache; without it (false) the table is built again from the same policy and closing days, equal in every entry (true returns no table and fails every test)
    if (t) return t;
    const begin = epochDag(jaar, 1, 1);
    const lengte = dagenInJaar(jaar);
    const vrij = new Map<number, { naam: string; bron: string }>();
    for (let i = 0; i < lengte; i++) {
      const wd = weekdag(begin + i);
      if (wd >= 5) vrij.set(i, { naam: wd === 5 ? 'zaterdag' : 'zondag', bron: 'weekend' });
    }
    const feestdagen: Feestdag[] = beleid === 'atw' ? atwFeestdagen(jaar) : publiekeFeestdagen(jaar);
    for (const f of feestdagen) {
      if (!vrij.has(f.dag - begin)) vrij.set(f.dag - begin, { naam: f.naam, bron: f.bron });
    }
    // Only this year's closing days (the others belong to other tables).
    for (const e of extra) {
      if (
        // Stryker disable next-line EqualityOperator: with '>' only 1 January is left out, and that is Nieuwjaarsdag under both policies, already in vrij (so never set here)
        e >= begin &&
        e < begin + lengte &&
        !vrij.has(e - begin)
      ) {
        vrij.set(e - begin, { naam: EXTRA_NAAM, bron: EXTRA_BRON });
      }
    }
    const cum = new Int32Array(lengte + 1);
    const werk = new Int32Array(lengte - vrij.size);
    // Stryker disable next-line EqualityOperator: one more round (i = lengte) writes only past the end of cum and werk, which are sized exactly; an Int32Array ignores such writes
    for (let i = 0, k = 0; i < lengte; i++) {
      const isWerk = !vrij.has(i);
      cum[i + 1] = cum[i]! + (isWerk ? 1 : 0);
      if (isWerk) werk[k++] = i;
    }
    // Stryker disable next-line ArrayDeclaration: tekst is a cache filled lazily; an empty array reads undefined at the same places and grows when written
    t = { jaar, begin, lengte, cum, werk, vrij, tekst: new Array<string | undefined>(lengte) };
    tabellen.set(jaar, t);
    return t;
  }

  /** The table of the year the day `e` (read from `waarde`) falls in; a day outside the supported years is refused at `pad`. */
  function tabel(e: number, waarde: unknown, pad: string): Jaartabel {
    const l = laatste;
    // Stryker disable next-line ConditionalExpression: a shortcut to the table used last; skipped (false), the lookup below finds the same table (true would return a wrong year and fails the tests)
    if (l !== undefined &&
      // Stryker disable next-line EqualityOperator: with '>' the shortcut is only skipped for 1 January; the lookup below finds the same table
      e >= l.begin &&
      // Stryker disable next-line ArithmeticOperator: with '-' the shortcut never applies; the lookup below finds the same table
      e < l.begin + l.lengte) return l;
    if (e < EERSTE_DAG || e > LAATSTE_DAG) invoerFout(pad, 'buiten-bereik', buitenJarenMelding(waarde, e, 'deze kalender'));
    const t = tabelVanJaar(uitEpochDag(e).jaar);
    laatste = t;
    return t;
  }

  const tekst = (t: Jaartabel, doy: number): Datum => (t.tekst[doy] ??= formatEpochDag(t.begin + doy));

  /** The werkdag `aantal` (≥ 1) werkdagen after day `e` of table `t`, or undefined after the last supported year. */
  function plus(t: Jaartabel, e: number, aantal: number): Datum | undefined {
    // Index (0-based, within t's year) of the werkdag we want.
    let k = t.cum[e - t.begin + 1]! + aantal - 1;
    while (k >= t.werk.length) {
      if (t.jaar >= LAATSTE_JAAR) return undefined;
      k -= t.werk.length;
      t = tabelVanJaar(t.jaar + 1);
    }
    return tekst(t, t.werk[k]!);
  }

  /** Werkdagen in (a, b] for a <= b, both within the supported years. */
  function telTussen(a: number, ta: Jaartabel, b: number, tb: Jaartabel): number {
    let n = tb.cum[b - tb.begin + 1]! - ta.cum[a - ta.begin + 1]!;
    for (let j = ta.jaar; j < tb.jaar; j++) n += tabelVanJaar(j).werk.length;
    return n;
  }

  const kalender: Werkdagkalender = {
    beleid,
    extraVrijeDagen: Object.freeze(extra.map(formatEpochDag)),

    isWerkdag(datum: Datum): boolean {
      const e = leesDatum(datum, 'datum');
      const t = tabel(e, datum, 'datum');
      const i = e - t.begin;
      return t.cum[i + 1]! !== t.cum[i]!;
    },

    redenVrij(datum: Datum): VrijeDag | undefined {
      const e = leesDatum(datum, 'datum');
      const t = tabel(e, datum, 'datum');
      const r = t.vrij.get(e - t.begin);
      return r ? { datum: tekst(t, e - t.begin), naam: r.naam, bron: r.bron } : undefined;
    },

    vrijeDagen(jaar: number): VrijeDag[] {
      controleerJaar(jaar, 'jaar');
      const t = tabelVanJaar(jaar);
      return [...t.vrij.entries()]
        .filter(([, r]) => r.bron !== 'weekend')
        .sort(([a], [b]) => a - b)
        .map(([i, r]) => ({ datum: tekst(t, i), naam: r.naam, bron: r.bron }));
    },

    gelijkgesteldeDagenBekend(jaar: number): boolean {
      controleerJaar(jaar, 'jaar');
      return beleid !== 'atw' || gelijkstellingBekend(jaar);
    },

    volgendeWerkdag(datum: Datum): Datum {
      const e = leesDatum(datum, 'datum');
      const uit = plus(tabel(e, datum, 'datum'), e, 1);
      if (uit === undefined) {
        invoerFout('datum', 'buiten-bereik', `Na ${formatEpochDag(e)} valt er in ${LAATSTE_JAAR} geen werkdag meer, en ${LAATSTE_JAAR} is het laatste jaar dat deze kalender kent.`);
      }
      return uit;
    },

    plusWerkdagen(datum: Datum, aantal: number): Datum {
      const e = leesDatum(datum, 'datum');
      const t = tabel(e, datum, 'datum');
      controleerAantal(aantal, datum);
      if (aantal === 0) return tekst(t, e - t.begin);
      return plus(t, e, aantal) ?? teVer(datum, aantal);
    },

    werkdagenTussen(van: Datum, tot: Datum): number {
      const a = leesDatum(van, 'van');
      const ta = tabel(a, van, 'van');
      const b = leesDatum(tot, 'tot');
      const tb = tabel(b, tot, 'tot');
      // 0 - n, not -n: no -0 when no werkdag lies between.
      // Stryker disable next-line EqualityOperator: for b = a both branches give 0 (0 - 0 is 0, not -0)
      return b < a ? 0 - telTussen(b, tb, a, ta) : telTussen(a, ta, b, tb);
    },
  };
  Object.freeze(kalender);
  kalenders.add(kalender);
  return kalender;
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

