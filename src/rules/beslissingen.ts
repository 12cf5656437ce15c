/**
 * Every decision's one definition, keyed by beslissing, and what is derived from them for apps,
 * the scenario runner, the CLI and the docs: the rule sets as json-rules-engine data and one way
 * to take any decision by name.
 */
import { adviesOfMelding } from './adviesOfMelding/definitie.js';
import { afwegingskader } from './afwegingskader/definitie.js';
import { ambtshalveMelding } from './ambtshalveMelding/definitie.js';
import { monitoring } from './monitoring/definitie.js';
import { politiemelding } from './politiemelding/definitie.js';
import { afsluiting } from './afsluiting/definitie.js';
import { vervolg } from './vervolg/definitie.js';
import { escalatie } from './escalatie/definitie.js';
import { beslis, type BeslisOpties, type Besluit } from './_lib/besluit.js';
import type { Definitie } from './_lib/definitie.js';
import type { Regel } from './_lib/regel.js';
import { invoerSchema } from './_lib/schema.js';
import { diepBevroren } from '../types/bevries.js';
import { invoerFout } from '../types/fouten.js';
import { bedoeld, ingekort } from '../types/zodNl.js';

/**
 * The one definition of every decision: its facts (with the question a form shows, options with
 * labels, sources), its uitkomsten, its rules and its acties.
 *
 * @example
 * beslissingen.vervolg.feiten.spoedOfCrisis.vraag; //=> 'Is er sprake van spoed of crisis?'
 * Object.keys(beslissingen.monitoring.uitkomsten); //=> ['monitoren', 'niet-monitoren']
 */
export const beslissingen = /* @__PURE__ */ diepBevroren({
  adviesOfMelding,
  ambtshalveMelding,
  vervolg,
  monitoring,
  afwegingskader,
  politiemelding,
  afsluiting,
  escalatie,
} as const);

/** The name of a decision: a key of {@link beslissingen}. */
export type Beslissing = keyof typeof beslissingen;
/** Every definition (a union), for types derived over all decisions. */
export type AlleDefinities = (typeof beslissingen)[Beslissing];

/** The names of every decision, in the order of {@link beslissingen}. */
export const beslissingNamen = (): Beslissing[] => Object.keys(beslissingen) as Beslissing[];

/** Whether `naam` is a decision (own keys only). */
export const isBeslissing = (naam: unknown): naam is Beslissing => typeof naam === 'string' && Object.hasOwn(beslissingen, naam);

/** `naam` as a decision, or an InvoerFout at `pad` that names the decisions (and the one probably meant). */
export function leesBeslissing(naam: unknown, pad = 'beslissing'): Beslissing {
  if (isBeslissing(naam)) return naam;
  const hint = typeof naam === 'string' ? bedoeld(naam, beslissingNamen()) : undefined;
  return invoerFout(pad, 'onbekende-waarde', `Onbekende beslissing '${ingekort(String(naam))}'.${hint ? ` Bedoelde u '${hint}'?` : ''} Bekend: ${beslissingNamen().join(', ')}.`);
}

export interface Regelset {
  id: string;
  versie: string;
  /** json-rules-engine rule objects (assignable to its `RuleProperties`). */
  regels: Regel[];
}

/**
 * Every decision's rules, for an app that runs json-rules-engine itself (see also the entry
 * `handelingsprotocol/engine`, which loads exactly the rules that apply on a day in a region).
 *
 * @example
 * import { Engine } from 'json-rules-engine';
 * const engine = new Engine(JSON.parse(JSON.stringify(regelsets.vervolg.regels)), { allowUndefinedFacts: true });
 * const { events } = await engine.run({ beschermingsmaatregelNodig: true });
 * // events[0].type === 'verzoek-onderzoek-raad'
 */
export const regelsets: Readonly<Record<Beslissing, Regelset>> = /* @__PURE__ */ (() =>
  diepBevroren(Object.fromEntries(
    Object.entries(beslissingen).map(([naam, d]: [string, Definitie]) => [naam, { id: d.id, versie: d.versie, regels: d.regels as Regel[] }]),
  )) as Record<Beslissing, Regelset>)();

/** Takes the decision named `naam` (the input is validated by the decision itself). */
export function beslisOpNaam(naam: Beslissing, invoer: unknown, opties?: BeslisOpties): Besluit<string, object> {
  const def: Definitie = beslissingen[naam];
  return beslis(def, invoerSchema(def), invoer, opties) as Besluit<string, object>;
}
