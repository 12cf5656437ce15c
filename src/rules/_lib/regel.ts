/**
 * The shape of a rule. Every rule is a plain json-rules-engine rule object — `{ name, conditions,
 * event }` — that survives JSON.stringify/parse and loads into `new Engine()`. What this package
 * adds travels in `event.params`: the stable id, the Dutch explanation, the sources, the
 * interpretation where a source is ambiguous, and the validity.
 *
 * Conditions use only `all`, `any` and the operators `equal` and `in`. That restriction is what
 * makes partial evaluation exact: with positive conditions only, a rule that fires while some
 * facts are still unknown fires for every way of filling them in (a missing fact never satisfies
 * a condition), so "a rule fired" means "this outcome is settled".
 *
 * Precedence. Rules carry no priority: the hit policy is DMN's ANY — every rule whose conditions
 * hold fires, and all rules that fire for one kenmerk must agree on its value. Where the sources
 * leave a choice between outcomes, the precedence is written into the conditions themselves
 * (e.g. "no child-protection measure needed" on every other vervolg rule), and the enumeration
 * test proves that every complete input gets exactly one value per kenmerk.
 */
import type { Bron } from '../../types/bron.js';
import type { Datum } from '../../deadlines/datum.js';

export type FeitWaarde = string | boolean | null;

export interface FeitVoorwaarde {
  fact: string;
  operator: 'equal' | 'in';
  value: FeitWaarde | readonly FeitWaarde[];
}

export type Voorwaarde = FeitVoorwaarde | { all: Voorwaarde[] } | { any: Voorwaarde[] };
export type TopVoorwaarde = { all: Voorwaarde[] } | { any: Voorwaarde[] };

/** What a rule concludes and why; this is `event.params`. */
export interface RegelParams {
  /** Stable id, `<beslissing>.<reden>`; equal to the rule's `name`. */
  regel: string;
  /** What the rule decides: 'uitkomst', or another part of the Besluit such as 'vtAdviseert'. */
  kenmerk: string;
  /** The value it decides for that kenmerk (for 'uitkomst': the uitkomst). */
  waarde: string;
  /** One Dutch sentence a policy officer can read aloud. */
  uitleg: string;
  bronnen: Bron[];
  /** Set when the rule encodes a reading of an ambiguous source: which reading, and why. */
  interpretatie?: string;
  geldigVanaf: Datum;
  geldigTot?: Datum;
  /** Region profile id when the rule is a regional agreement: it applies only there. */
  regio?: string;
  /**
   * Regions whose own agreement replaces this (national) rule: it applies everywhere except there
   * (e.g. the Raad via the jeugdbeschermingstafel in Gelderland-Zuid instead of a direct verzoek).
   */
  nietIn?: string[];
  /** Further fixed parts of the Besluit this rule settles (e.g. `{ verplicht: true }`). */
  extra?: Record<string, string | boolean>;
}

export interface Regel {
  name: string;
  conditions: TopVoorwaarde;
  event: { type: string; params: RegelParams };
}

/** `fact` equals `value`. */
export const is = /* @__NO_SIDE_EFFECTS__ */ (fact: string, value: FeitWaarde): FeitVoorwaarde => ({ fact, operator: 'equal', value });
/** `fact` is one of `values`. */
export const isEenVan = /* @__NO_SIDE_EFFECTS__ */ (fact: string, values: readonly FeitWaarde[]): FeitVoorwaarde => ({ fact, operator: 'in', value: [...values] });
/** Every condition holds. */
export const alle = /* @__NO_SIDE_EFFECTS__ */ (...c: Voorwaarde[]): { all: Voorwaarde[] } => ({ all: c });
/** At least one condition holds. */
export const een = /* @__NO_SIDE_EFFECTS__ */ (...c: Voorwaarde[]): { any: Voorwaarde[] } => ({ any: c });

/** Builds a rule object from its parts; the event type is the value it decides. */
export const regel = /* @__NO_SIDE_EFFECTS__ */ (p: Omit<RegelParams, 'kenmerk'> & { kenmerk?: string; als: TopVoorwaarde }): Regel => {
  const { als, kenmerk = 'uitkomst', ...rest } = p;
  const params: RegelParams = { ...rest, kenmerk };
  return { name: p.regel, conditions: als, event: { type: p.waarde, params } };
};

/** The facts a condition reads. */
export function feitenIn(v: Voorwaarde, uit: Set<string> = new Set()): Set<string> {
  if ('all' in v) for (const d of v.all) feitenIn(d, uit);
  else if ('any' in v) for (const d of v.any) feitenIn(d, uit);
  else uit.add(v.fact);
  return uit;
}
