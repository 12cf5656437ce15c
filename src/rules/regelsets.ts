/**
 * The rule sets as data, keyed by beslissing. Each rule is a plain json-rules-engine rule object
 * (it survives JSON.stringify/parse and loads into `new Engine()`); its event type is the value it
 * decides and its params carry the id, uitleg, bronnen, interpretatie and validity.
 */
import type { Beslissingsdefinitie } from './_lib/evaluatie.js';
import type { Regel } from './_lib/regel.js';
import { definitie as adviesOfMelding } from './adviesOfMelding/regels.js';
import { definitie as afwegingskader } from './afwegingskader/regels.js';
import { definitie as ambtshalveMelding } from './ambtshalveMelding/regels.js';
import { definitie as monitoring } from './monitoring/regels.js';
import { definitie as politiemelding } from './politiemelding/regels.js';
import { definitie as vervolg } from './vervolg/regels.js';

export interface Regelset {
  id: string;
  versie: string;
  /** json-rules-engine rule objects (assignable to its `RuleProperties`). */
  regels: Regel[];
}

export type Beslissing = 'adviesOfMelding' | 'ambtshalveMelding' | 'vervolg' | 'monitoring' | 'afwegingskader' | 'politiemelding';

/** Internal: the full definitions (rules plus fact domains), for tests, docs and the CLI. */
export const definities: Readonly<Record<Beslissing, Beslissingsdefinitie>> = {
  adviesOfMelding, ambtshalveMelding, vervolg, monitoring, afwegingskader, politiemelding,
};

const alsRegelset = (d: Beslissingsdefinitie): Regelset => ({ id: d.id, versie: d.versie, regels: d.regels as Regel[] });

/**
 * Every decision's rules, for an app that runs json-rules-engine itself.
 *
 * @example
 * import { Engine } from 'json-rules-engine';
 * const engine = new Engine(JSON.parse(JSON.stringify(regelsets.vervolg.regels)), { allowUndefinedFacts: true });
 * const { events } = await engine.run({ beschermingsmaatregelNodig: true });
 * // events[0].type === 'verzoek-onderzoek-raad'
 */
export const regelsets: Readonly<Record<Beslissing, Regelset>> = {
  adviesOfMelding: alsRegelset(adviesOfMelding),
  ambtshalveMelding: alsRegelset(ambtshalveMelding),
  vervolg: alsRegelset(vervolg),
  monitoring: alsRegelset(monitoring),
  afwegingskader: alsRegelset(afwegingskader),
  politiemelding: alsRegelset(politiemelding),
};
