/**
 * The proof that the rules leave no gap and no conflict, that json-rules-engine and the compiled
 * evaluator agree, that no rule is dead, and that partial evaluation is exact — by enumerating every
 * combination of every decision's input domain on every date around a rule's validity bounds, in
 * every region.
 */
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { regios } from '../../regios/index.js';
import { definities, regelsets } from '../regelsets.js';
import { alleInvoer, evalueer, geldt, grensdata, vuur, type Beslissingsdefinitie, type Regelselectie } from './evaluatie.js';
import type { FeitWaarde } from './regel.js';
import { formatEpochDag } from '../../deadlines/datum.js';

type Feiten = Record<string, FeitWaarde>;

const motoren = new Map<string, Engine>();
function motor(def: Beslissingsdefinitie, s: Regelselectie): Engine {
  const k = `${def.id}|${s.peildatum}|${s.regio ?? ''}`;
  let e = motoren.get(k);
  if (!e) {
    const dag = formatEpochDag(s.peildatum);
    const regels = def.regels.filter((r) => geldt(r.event.params, dag, s.regio));
    e = new Engine(JSON.parse(JSON.stringify(regels)), { allowUndefinedFacts: true });
    motoren.set(k, e);
  }
  return e;
}

function selecties(def: Beslissingsdefinitie): Regelselectie[] {
  const regioVan = new Set(def.regels.map((r) => r.event.params.regio));
  const opties: (string | undefined)[] = regioVan.has(undefined) ? [undefined, ...Object.keys(regios)] : [...regioVan];
  // Only the dates on which the decision has rules at all (before the earliest, it rejects the input; tested below).
  const vroegst = def.regels.map((r) => r.event.params.geldigVanaf).sort()[0]!;
  return grensdata(def)
    .filter((d) => formatEpochDag(d) >= vroegst)
    .flatMap((peildatum) => opties.map((regio) => (regio === undefined ? { peildatum } : { peildatum, regio })));
}

const sleutel = (def: Beslissingsdefinitie, gevuurd: { kenmerk: string; waarde: string }[]) =>
  Object.keys(def.kenmerken).map((k) => [...new Set(gevuurd.filter((p) => p.kenmerk === k).map((p) => p.waarde))].join('+') || '?').join('|');

/** Every partial input: each fact takes each of its values, or stays unknown. */
function* allePartieel(def: Beslissingsdefinitie): Generator<Record<string, FeitWaarde | undefined>> {
  const domeinen = def.feiten.map((f) => [...f.domein, undefined]);
  const aantal = domeinen.reduce((n, d) => n * d.length, 1);
  for (let i = 0; i < aantal; i++) {
    const f: Record<string, FeitWaarde | undefined> = {};
    let rest = i;
    def.feiten.forEach((d, j) => {
      const dom = domeinen[j]!;
      f[d.naam] = dom[rest % dom.length];
      rest = Math.floor(rest / dom.length);
    });
    yield f;
  }
}

function completies(def: Beslissingsdefinitie, f: Record<string, FeitWaarde | undefined>): Feiten[] {
  let uit: Feiten[] = [{}];
  for (const d of def.feiten) {
    const waarden = f[d.naam] === undefined ? d.domein : [f[d.naam]!];
    uit = uit.flatMap((c) => waarden.map((w) => ({ ...c, [d.naam]: w })));
  }
  return uit;
}

describe.each(Object.values(definities).map((d) => [d.id, d] as const))('%s', (_, def) => {
  it('every complete input gives exactly one value per kenmerk, and json-rules-engine agrees with the compiled rules', async () => {
    let aantal = 0;
    for (const s of selecties(def)) {
      for (const f of alleInvoer(def)) {
        const gecompileerd = vuur(def, s, f);
        const k = sleutel(def, gecompileerd);
        expect(k, `${JSON.stringify(f)} op ${formatEpochDag(s.peildatum)} ${s.regio ?? ''}`).not.toMatch(/\?|\+/);
        const engine = motor(def, s);
        // Rules that fire together agree on every extra field they set.
        const extra: Record<string, unknown> = {};
        for (const p of gecompileerd) for (const [k, w] of Object.entries(p.extra ?? {})) {
          if (k in extra) expect(extra[k], `${k} bij ${JSON.stringify(f)}`).toBe(w);
          extra[k] = w;
        }
        const { results } = await engine.run(f);
        expect(results.map((r) => r.name).sort()).toEqual(gecompileerd.map((p) => p.regel).sort());
        aantal++;
      }
    }
    expect(aantal).toBeGreaterThan(0);
  });

  it('no rule is dead: each fires for some input on some date', () => {
    const gevuurd = new Set<string>();
    for (const s of selecties(def)) for (const f of alleInvoer(def)) for (const p of vuur(def, s, f)) gevuurd.add(p.regel);
    expect([...gevuurd].sort()).toEqual(def.regels.map((r) => r.name).sort());
  });

  it('partial evaluation is exact on every partial input', async () => {
    for (const s of selecties(def)) {
      for (const f of allePartieel(def)) {
        const sleutels = completies(def, f).map((c) => sleutel(def, vuur(def, s, c)));
        const verschillend = new Set(sleutels);
        const ev = await evalueer(def, f, s);
        // json-rules-engine on the known facts only: a rule that fires, fires on every completion.
        const bekend = Object.fromEntries(Object.entries(f).filter(([, w]) => w !== undefined));
        const { results } = await motor(def, s).run(bekend);
        for (const r of results) for (const c of completies(def, f)) expect(vuur(def, s, c).map((p) => p.regel)).toContain(r.name);
        const ctx = `${JSON.stringify(f)} op ${formatEpochDag(s.peildatum)}`;
        if (verschillend.size === 1) {
          expect(ev.status, ctx).toBe('besloten');
          if (ev.status !== 'besloten') continue;
          expect(Object.keys(def.kenmerken).map((k) => ev.waarden[k]).join('|'), ctx).toBe([...verschillend][0]);
          // Every kenmerk is explained; every rule named fires on some completion (a true reason for
          // the case it covers), and every rule that fires on all completions is named.
          for (const k of Object.keys(def.kenmerken)) expect(ev.gevuurd.some((p) => p.kenmerk === k), ctx).toBe(true);
          const perCompletie = completies(def, f).map((c) => vuur(def, s, c).map((p) => p.regel));
          const genoemd = ev.gevuurd.map((p) => p.regel);
          for (const r of genoemd) expect(perCompletie.some((n) => n.includes(r)), ctx).toBe(true);
          for (const r of def.regels.map((x) => x.name)) if (perCompletie.every((n) => n.includes(r))) expect(genoemd, ctx).toContain(r);
        } else {
          expect(ev.status, ctx).toBe('onvolledig');
          if (ev.status !== 'onvolledig') continue;
          const uitkomsten = new Set([...verschillend].map((k) => k.split('|')[0]));
          expect(ev.mogelijkeUitkomsten, ctx).toEqual(def.kenmerken['uitkomst']!.filter((u) => uitkomsten.has(u)));
          // A missing fact matters iff changing it alone changes the outcome for some completion.
          const doetErToe = def.feiten
            .filter((d) => f[d.naam] === undefined)
            .filter((d) =>
              completies(def, f).some((c) => d.domein.some((w) => sleutel(def, vuur(def, s, { ...c, [d.naam]: w })) !== sleutel(def, vuur(def, s, c)))),
            )
            .map((d) => d.naam);
          expect(ev.ontbrekend, ctx).toEqual(doetErToe);
          expect(ev.ontbrekend.length, ctx).toBeGreaterThan(0);
        }
      }
    }
  }, 120_000);
});

describe('regelsets', () => {
  it('every rule survives JSON and loads into json-rules-engine; ids are stable and unique', () => {
    for (const [naam, set] of Object.entries(regelsets)) {
      const json = JSON.parse(JSON.stringify(set.regels));
      expect(json).toEqual(set.regels);
      expect(() => new Engine(json)).not.toThrow();
      for (const r of set.regels) {
        expect(r.name).toBe(r.event.params.regel);
        expect(r.name.startsWith(`${naam}.`)).toBe(true);
        expect(r.event.type).toBe(r.event.params.waarde);
        expect(r.event.params.bronnen.length).toBeGreaterThan(0);
      }
      expect(new Set(set.regels.map((r) => r.name)).size).toBe(set.regels.length);
    }
  });

  it('rules loaded into a bare engine give the same outcome as the package', async () => {
    const engine = new Engine(JSON.parse(JSON.stringify(regelsets.vervolg.regels)), { allowUndefinedFacts: true });
    const { events } = await engine.run({ beschermingsmaatregelNodig: true });
    expect(events.map((e) => e.type)).toEqual(['verzoek-onderzoek-raad']);
  });
});
