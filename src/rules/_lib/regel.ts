/**
 * The shape of a rule. Every rule is a plain json-rules-engine rule object — `{ name, priority,
 * conditions, event }` — that survives JSON.stringify/parse and loads into `new Engine()`. What
 * this package adds travels in `event.params`: the stable id, the Dutch explanation, the sources,
 * the interpretation where a source is ambiguous, and the validity.
 *
 * Conditions use only `all`, `any` and the operators `equal` and `in`. That restriction is what
 * makes partial evaluation exact: with positive conditions only, a rule that fires while some
 * facts are still unknown fires for every way of filling them in (a missing fact never satisfies
 * a condition), so "a rule fired" means "this outcome is settled".
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
  /** Region profile id when the rule is a regional agreement. */
  regio?: string;
  /** Further fixed parts of the Besluit this rule settles (e.g. `{ verplicht: true }`). */
  extra?: Record<string, string | boolean>;
}

export interface Regel {
  name: string;
  priority: number;
  conditions: TopVoorwaarde;
  event: { type: string; params: RegelParams };
}

/** `fact` equals `value`. */
export const is = (fact: string, value: FeitWaarde): FeitVoorwaarde => ({ fact, operator: 'equal', value });
/** `fact` is one of `values`. */
export const isEenVan = (fact: string, values: readonly FeitWaarde[]): FeitVoorwaarde => ({ fact, operator: 'in', value: [...values] });
/** Every condition holds. */
export const alle = (...c: Voorwaarde[]): { all: Voorwaarde[] } => ({ all: c });
/** At least one condition holds. */
export const een = (...c: Voorwaarde[]): { any: Voorwaarde[] } => ({ any: c });

/** Builds a rule object from its parts; the event type is the value it decides. */
export function regel(
  p: Omit<RegelParams, 'kenmerk'> & { kenmerk?: string; prioriteit: number; als: TopVoorwaarde },
): Regel {
  const { prioriteit, als, kenmerk = 'uitkomst', ...rest } = p;
  const params: RegelParams = { ...rest, kenmerk };
  return { name: p.regel, priority: prioriteit, conditions: als, event: { type: p.waarde, params } };
}
