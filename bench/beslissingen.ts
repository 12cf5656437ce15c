/**
 * The decisions: each public (synchronous) function against a bare, reused json-rules-engine
 * `engine.run` on the same rules and the same complete inputs, side by side in one run; and the
 * latency of a form step — beslisVervolg with 4 of its 7 rule facts unknown.
 */
import { Engine } from 'json-rules-engine';
import * as hp from '../src/index.js';
import { beslissingen, regelsets } from '../src/index.js';
import { leesDatum } from '../src/deadlines/datum.js';
import type { Definitie } from '../src/rules/_lib/definitie.js';
import { alleInvoer, geldt, selecteer } from '../src/rules/_lib/evaluatie.js';
import type { FeitWaarde } from '../src/rules/_lib/regel.js';
import { beslisOpNaam, type Beslissing } from '../src/rules/beslissingen.js';
import { latentie, meetNaastElkaar } from './meet.js';

type Feiten = Record<string, FeitWaarde>;
const PEILDATUM = '2025-06-02';
const REGIO = 'gelderland-zuid';

/** From the rules' facts back to the public input: derived facts and not-yet-answered questions. */
function naarInvoer(def: Definitie, f: Feiten): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [naam, w] of Object.entries(f)) {
    const afgeleid = def.afgeleideFeiten?.[naam];
    if (afgeleid) {
      if (w === true) uit[afgeleid.ingevuld] = 'vastgelegd';
    } else if (w !== def.feiten[naam]?.zolangOnbeantwoord) uit[naam] = w;
  }
  if (def.peildatumFeit) uit[def.peildatumFeit] = PEILDATUM;
  return uit;
}

/** The public function of each decision, as an app calls it: `beslis<Naam>` (the afwegingskader is `doorloopAfwegingskader`). */
function publiek(naam: Beslissing): (invoer: never, opties: never) => unknown {
  const kandidaten = [`beslis${naam[0]!.toUpperCase()}${naam.slice(1)}`, `doorloop${naam[0]!.toUpperCase()}${naam.slice(1)}`];
  const f = kandidaten.map((k) => (hp as Record<string, unknown>)[k]).find((x) => typeof x === 'function');
  if (!f) throw new Error(`Geen publieke functie voor ${naam}`);
  return f as (invoer: never, opties: never) => unknown;
}

export async function bench(): Promise<void> {
  for (const [naam, d] of Object.entries(beslissingen) as [Beslissing, Definitie][]) {
    const beslis = publiek(naam);
    const regio = d.regioVerplicht ? REGIO : undefined;
    const sel = selecteer(d, { peildatum: leesDatum(PEILDATUM), ...(regio ? { regio } : {}) }, 'peildatum');
    const paren = [...alleInvoer(sel)].map((f) => ({ f, i: naarInvoer(d, f) }));
    const opties = { peildatum: PEILDATUM, ...(regio ? { regio } : {}) };
    const engine = new Engine(JSON.parse(JSON.stringify(regelsets[naam].regels.filter((r) => geldt(r.event.params, PEILDATUM, regio)))), { allowUndefinedFacts: true });
    // Both must agree before they are timed.
    for (const p of paren.slice(0, 50)) {
      const b = beslisOpNaam(naam, p.i, opties);
      const { events } = await engine.run(p.f);
      const u = events.find((e) => (e.params as { kenmerk: string }).kenmerk === 'uitkomst')?.type;
      if (b.status !== 'besloten' || b.uitkomst !== u) throw new Error(`${naam}: api en engine verschillen voor ${JSON.stringify(p.f)}`);
    }
    const r = await meetNaastElkaar(paren, {
      api: { sync: (p) => beslis(p.i as never, opties as never) },
      engine: { async: (p) => engine.run(p.f) },
    });
    console.log(`BENCH api-${naam} ${Math.round(r.api)} besluiten/s`);
    console.log(`BENCH json-rules-engine-${naam} ${Math.round(r.engine)} besluiten/s`);
    console.log(`RATIO api-vs-json-rules-engine-${naam} ${(r.api / r.engine).toFixed(1)}`);
  }

  // A form step: beslisVervolg with 4 of its 7 rule facts unknown (every such input).
  const d: Definitie = beslissingen.vervolg;
  const sel = selecteer(d, { peildatum: leesDatum(PEILDATUM) }, 'peildatum');
  const namen = sel.domeinen.map((x) => x.naam);
  const partieel = new Map<string, Record<string, FeitWaarde>>();
  for (const f of alleInvoer(sel)) {
    for (let masker = 0; masker < 1 << namen.length; masker++) {
      if (masker.toString(2).split('1').length - 1 !== 3) continue; // 3 known, 4 unknown
      const p = Object.fromEntries(namen.filter((_, j) => masker & (1 << j)).map((n) => [n, f[n]!]));
      partieel.set(JSON.stringify(p), p);
    }
  }
  const stappen = [...partieel.values()];
  const ons = latentie(stappen, (p) => beslisOpNaam('vervolg', p, { peildatum: PEILDATUM }));
  console.log(`BENCH partieel-p99 ${ons.p99.toFixed(4)} ms`);
  console.log(`BENCH partieel-p50 ${ons.p50.toFixed(4)} ms`);
}
