/**
 * The zod schema of a decision's invoer, derived from its definition: every fact optional, null
 * meaning "not known yet", unknown keys refused (a typo must never be silently ignored). Built with
 * `zod/mini`, which leaves zod's locales and unused checks out of a browser bundle; Dutch messages
 * come per parse (`nlFoutmelding`), never from zod's global configuration.
 */
import * as z from 'zod/mini';
import { isDatum } from '../../deadlines/datum.js';
import { tijdstipProbleem } from '../../deadlines/tijdstip.js';
import { datumOfTijdstipProbleem, datumOfTijdstipVeld, datumVeld, isNietLeeg, tekstVeld, tijdstipVeld } from '../../types/zodNl.js';
import type { Definitie, Feit, InvoerVan } from './definitie.js';

/**
 * Per kind of fact: its zod schema, and the same check as a plain predicate (for the fast path:
 * a valid invoer is recognised without zod; anything else goes to zod for the Dutch messages).
 */
function soort(f: Feit): { zod: z.ZodMiniType; geldig: (w: unknown) => boolean } {
  switch (f.soort) {
    case 'ja-nee':
      return { zod: z.boolean(), geldig: (w) => typeof w === 'boolean' };
    case 'keuze': {
      const waarden = (f.opties ?? []).map((o) => o.waarde);
      return { zod: z.enum(waarden as [string, ...string[]]), geldig: (w) => typeof w === 'string' && waarden.includes(w) };
    }
    case 'datum':
      return { zod: datumVeld(), geldig: isDatum };
    case 'tijdstip':
      return { zod: tijdstipVeld(), geldig: (w) => typeof w === 'string' && tijdstipProbleem(w) === undefined };
    case 'datum-of-tijdstip':
      return { zod: datumOfTijdstipVeld(), geldig: (w) => isDatum(w) || (typeof w === 'string' && datumOfTijdstipProbleem(w) === undefined) };
    case 'tekst':
      return { zod: tekstVeld(), geldig: (w) => typeof w === 'string' && isNietLeeg(w) };
    case 'gemeente':
      // Which gemeenten exist depends on opties.regio: checked when the decision is taken.
      return { zod: z.string(), geldig: (w) => typeof w === 'string' };
  }
}

/** What the fast check says: not certainly valid (zod decides), valid, or valid with a null value in it. */
export const ONZEKER = 0;
export const GELDIG = 1;
export const GELDIG_MET_NULL = 2;
type Oordeel = typeof ONZEKER | typeof GELDIG | typeof GELDIG_MET_NULL;

const snel = new WeakMap<Definitie, (invoer: unknown) => Oordeel>();

/**
 * Whether `invoer` is certainly valid for `def`: a plain object whose every key is a fact and
 * every value null, undefined or a valid answer. When it says ONZEKER, zod decides (and explains).
 * The test in schema.test.ts checks that it never accepts what the zod schema refuses.
 */
export function isZekerGeldig(def: Definitie): (invoer: unknown) => Oordeel {
  let f = snel.get(def);
  if (!f) {
    const namen = Object.keys(def.feiten);
    const controles = namen.map((naam) => soort(def.feiten[naam]!).geldig);
    const bekend: Record<string, true> = Object.create(null);
    for (const naam of namen) bekend[naam] = true;
    f = (invoer) => {
      if (typeof invoer !== 'object' || invoer === null) return ONZEKER;
      const proto: unknown = Object.getPrototypeOf(invoer);
      if (proto !== Object.prototype && proto !== null) return ONZEKER;
      // Every fact read as zod reads it (by name, enumerable or not) …
      let oordeel: Oordeel = GELDIG;
      for (let i = 0; i < namen.length; i++) {
        const w = (invoer as Record<string, unknown>)[namen[i]!];
        if (w === null) oordeel = GELDIG_MET_NULL;
        else if (w !== undefined && !controles[i]!(w)) return ONZEKER;
      }
      // … and no key that is not a fact. (An inherited enumerable fact — only on a polluted
      // Object.prototype — is read by zod exactly as above, so it needs no check of its own.)
      for (const k in invoer) if (bekend[k] !== true) return ONZEKER;
      return oordeel;
    };
    snel.set(def, f);
  }
  return f;
}

const gemaakt = new WeakMap<Definitie, z.ZodMiniType>();

/** The strict zod schema of `def`'s invoer (made once per definition). */
export const invoerSchema = /* @__NO_SIDE_EFFECTS__ */ <D extends Definitie>(def: D): z.ZodMiniType<InvoerVan<D>> => {
  let s = gemaakt.get(def);
  if (!s) {
    const vorm: Record<string, z.ZodMiniType> = {};
    for (const [naam, f] of Object.entries(def.feiten)) vorm[naam] = z.optional(z.nullable(soort(f).zod));
    s = z.strictObject(vorm);
    gemaakt.set(def, s);
  }
  return s as unknown as z.ZodMiniType<InvoerVan<D>>;
};
