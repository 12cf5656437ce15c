/**
 * The decisions: each public function against a bare json-rules-engine run on the same rules and
 * the same complete inputs (side by side), and the latency of a form step — a partial evaluation
 * of beslisVervolg with half the facts unknown — against answering the same question by running
 * json-rules-engine on every completion.
 */
import { Engine } from 'json-rules-engine';
import {
  beslisAdviesOfMelding, beslisAmbtshalveMelding, beslisMonitoring, beslisPolitiemelding, beslisVervolg,
  doorloopAfwegingskader, regelsets,
} from '../src/index.js';
import { alleInvoer, geldt, type Beslissingsdefinitie } from '../src/rules/_lib/evaluatie.js';
import type { FeitWaarde } from '../src/rules/_lib/regel.js';
import { definities, type Beslissing } from '../src/rules/regelsets.js';
import { latentie, meetAsyncNaastElkaar } from './meet.js';

type Feiten = Record<string, FeitWaarde>;
const PEILDATUM = '2025-06-02';

/** From engine facts back to the public input (the few facts that are derived). */
const naarInvoer: Record<string, (f: Feiten) => unknown> = {
  monitoring: ({ gegrondeRedenVastgelegd, ...rest }) => ({ ...rest, ...(gegrondeRedenVastgelegd ? { gegrondeRedenGeenMonitoring: 'vastgelegd' } : {}) }),
  afwegingskader: ({ hulpLeidtTotVeiligheid, ...rest }) => ({ ...rest, ...(hulpLeidtTotVeiligheid === null ? {} : { hulpLeidtTotVeiligheid }) }),
  politiemelding: (f) => ({ ...f, ontvangen: PEILDATUM }),
};

const publiek: Record<string, (i: never) => Promise<unknown>> = {
  adviesOfMelding: (i) => beslisAdviesOfMelding(i, { peildatum: PEILDATUM }),
  ambtshalveMelding: (i) => beslisAmbtshalveMelding(i, { peildatum: PEILDATUM }),
  vervolg: (i) => beslisVervolg(i, { peildatum: PEILDATUM }),
  monitoring: (i) => beslisMonitoring(i, { peildatum: PEILDATUM }),
  afwegingskader: (i) => doorloopAfwegingskader(i, { peildatum: PEILDATUM }),
  politiemelding: (i) => beslisPolitiemelding(i, { regio: 'gelderland-zuid' }),
};

function geldendeRegels(def: Beslissingsdefinitie, regio?: string) {
  return regelsets[def.id as Beslissing].regels.filter((r) => geldt(r.event.params, PEILDATUM, regio));
}

export async function bench(): Promise<void> {
  for (const def of Object.values(definities)) {
    const feiten = [...alleInvoer(def)];
    const invoer = feiten.map((f) => (naarInvoer[def.id] ?? ((x: Feiten) => x))(f));
    const engine = new Engine(JSON.parse(JSON.stringify(geldendeRegels(def, 'gelderland-zuid'))), { allowUndefinedFacts: true });
    const paren = feiten.map((f, i) => ({ f, i: invoer[i] }));
    const r = await meetAsyncNaastElkaar(paren, {
      api: (p) => publiek[def.id]!(p.i as never),
      engine: (p) => engine.run(p.f),
    });
    console.log(`BENCH api-${def.id} ${Math.round(r.api)} besluiten/s`);
    console.log(`BENCH engine-${def.id} ${Math.round(r.engine)} besluiten/s`);
    console.log(`RATIO api-vs-engine-${def.id} ${(r.api / r.engine).toFixed(2)}`);
  }

  // A form step: beslisVervolg with 4 of its 7 rule facts unknown (every such input).
  const def = definities['vervolg']!;
  const namen = def.feiten.map((f) => f.naam);
  const partieel: Record<string, boolean>[] = [];
  for (const f of alleInvoer(def)) {
    for (let masker = 0; masker < 1 << namen.length; masker++) {
      if (masker.toString(2).split('1').length - 1 !== 3) continue; // 3 known, 4 unknown
      partieel.push(Object.fromEntries(namen.filter((_, j) => masker & (1 << j)).map((n) => [n, f[n] as boolean])));
    }
  }
  const uniek = [...new Map(partieel.map((p) => [JSON.stringify(p), p])).values()];
  const engine = new Engine(JSON.parse(JSON.stringify(regelsets.vervolg.regels)), { allowUndefinedFacts: true });
  const perCompletie = async (p: Record<string, boolean>) => {
    const open = namen.filter((n) => !(n in p));
    const uitkomsten = new Set<string>();
    for (let m = 0; m < 1 << open.length; m++) {
      const { events } = await engine.run({ ...p, ...Object.fromEntries(open.map((n, j) => [n, (m & (1 << j)) !== 0])) });
      uitkomsten.add(events[0]!.type);
    }
    return uitkomsten;
  };
  const ons = await latentie(uniek, (p) => beslisVervolg(p, { peildatum: PEILDATUM }));
  const naief = await latentie(uniek, perCompletie, 5_000);
  console.log(`BENCH partieel-p99 ${ons.p99.toFixed(3)} ms`);
  console.log(`BENCH partieel-p50 ${ons.p50.toFixed(3)} ms`);
  console.log(`BENCH partieel-engine-per-completie-p99 ${naief.p99.toFixed(3)} ms`);
  console.log(`RATIO partieel-p99-vs-engine-per-completie ${(naief.p99 / ons.p99).toFixed(1)}`);
}
