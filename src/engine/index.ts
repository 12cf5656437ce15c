/**
 * The entry `handelingsprotocol/engine`: a json-rules-engine `Engine` loaded with exactly the rules
 * of one decision that apply on a day in a region — for apps that run the rules in their own
 * engine. The main entry does not import json-rules-engine; this one does.
 */
import { Engine } from 'json-rules-engine';
import { formatEpochDag } from '../deadlines/datum.js';
import { leesOpties, regioOntbreekt, vandaag } from '../rules/_lib/besluit.js';
import { geldt } from '../rules/_lib/evaluatie.js';
import { beslissingen, leesBeslissing, type Beslissing } from '../rules/beslissingen.js';
import { invoerFout } from '../types/fouten.js';
import type { Definitie } from '../rules/_lib/definitie.js';

/** Options of {@link maakEngine}. */
export interface EngineOpties {
  /** The day whose rules apply (default: today, in Amsterdam). */
  peildatum?: string;
  /** A region profile id, e.g. 'gelderland-zuid' (regional rules apply only with it). */
  regio?: string;
}

/**
 * A json-rules-engine `Engine` with the rules of `beslissing` that apply on the peildatum in the
 * region (a fresh copy of each rule, so the engine can never change the package's rules). Facts
 * the app does not know yet may be left out (`allowUndefinedFacts`). Each event's type is the value
 * the rule decides; its params carry the rule id, the Dutch uitleg, the bronnen and the kenmerk.
 *
 * @param beslissing - a key of `beslissingen`, e.g. 'vervolg'
 * @param opties - peildatum, regio
 * @returns a loaded Engine
 * @throws InvoerFout for an unknown beslissing, a bad date or an unknown region
 *
 * @example
 * import { maakEngine } from 'handelingsprotocol/engine';
 * const engine = maakEngine('vervolg', { peildatum: '2025-06-01' });
 * const { events } = await engine.run({ beschermingsmaatregelNodig: true });
 * // events[0].type === 'verzoek-onderzoek-raad'
 */
export function maakEngine(beslissing: Beslissing, opties?: EngineOpties): Engine {
  const naam = leesBeslissing(beslissing);
  const o = leesOpties(opties);
  const def: Definitie = beslissingen[naam];
  if (def.regioVerplicht && o.regio === undefined) {
    regioOntbreekt(def);
  }
  const dag = formatEpochDag(o.peildatum ?? vandaag());
  const regels = def.regels.filter((r) => geldt(r.event.params, dag, o.regio));
  if (regels.length === 0) invoerFout('opties.peildatum', 'buiten-bereik', `Op ${dag} gelden geen regels voor de beslissing '${naam}'.`);
  return new Engine(JSON.parse(JSON.stringify(regels)), { allowUndefinedFacts: true });
}

export type { Beslissing };
