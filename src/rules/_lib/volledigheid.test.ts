/**
 * The proof that the rules leave no gap and no conflict, that json-rules-engine (the reference)
 * and the compiled evaluator (what the package runs) fire the same rules, that no rule is dead,
 * and that partial evaluation is exact — by enumerating every combination of every decision's
 * input domains, taken from its definition, on every date around a rule's validity bounds, in
 * every region. An option that no rule handles leaves a complete input without an uitkomst and
 * fails here.
 */
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { formatEpochDag } from '../../deadlines/datum.js';
import { regios } from '../../regios/index.js';
import { beslissingen, regelsets } from '../beslissingen.js';
import type { Definitie } from './definitie.js';
import { alleInvoer, evalueer, geldt, grensdata, kenmerkenVan, selecteer, vuur, waardenVan, type Regelselectie, type Selectie } from './evaluatie.js';
import type { FeitWaarde } from './regel.js';

type Feiten = Record<string, FeitWaarde>;

const motoren = new Map<string, Engine>();
/** A bare json-rules-engine with the rules that apply, loaded from their JSON as an app would. */
function motor(def: Definitie, s: Regelselectie): Engine {
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

function selecties(def: Definitie): { s: Regelselectie; sel: Selectie }[] {
  const regioVan = new Set(def.regels.map((r) => r.event.params.regio));
  const opties: (string | undefined)[] = regioVan.has(undefined) ? [undefined, ...Object.keys(regios)] : [...regioVan];
  // Only the dates on which the decision has rules at all (before the earliest, it rejects the input; tested in each decision).
  const vroegst = def.regels.map((r) => r.event.params.geldigVanaf).sort()[0]!;
  return grensdata(def)
    .filter((d) => formatEpochDag(d) >= vroegst)
    .flatMap((peildatum) => opties.map((regio) => (regio === undefined ? { peildatum } : { peildatum, regio })))
    .map((s) => ({ s, sel: selecteer(def, s, 'peildatum') }));
}

/** Per kenmerk the values the fired rules give ('?' none, 'a+b' a conflict). */
const waardenPer = (def: Definitie, gevuurd: { kenmerk: string; waarde: string }[]) =>
  kenmerkenVan(def).map((k) => [...new Set(gevuurd.filter((p) => p.kenmerk === k).map((p) => p.waarde))].join('+') || '?');
const sleutel = (def: Definitie, gevuurd: { kenmerk: string; waarde: string }[]) => waardenPer(def, gevuurd).join('|');
/** The same, with '-' for a kenmerk that does not matter with this uitkomst (kenmerkAlleenBij): what settles a Besluit. */
const besluitSleutel = (def: Definitie, gevuurd: { kenmerk: string; waarde: string }[]) => {
  const w = waardenPer(def, gevuurd);
  return kenmerkenVan(def)
    .map((k, i) => (i > 0 && def.kenmerkAlleenBij?.[k] && !def.kenmerkAlleenBij[k]!.includes(w[0]!) ? '-' : w[i]))
    .join('|');
};

/** Every partial input: each fact takes each of its values, or stays unknown. */
function* allePartieel(sel: Selectie): Generator<Record<string, FeitWaarde | undefined>> {
  const domeinen = sel.domeinen.map((d) => [...d.waarden, undefined]);
  const aantal = domeinen.reduce((n, d) => n * d.length, 1);
  for (let i = 0; i < aantal; i++) {
    const f: Record<string, FeitWaarde | undefined> = {};
    let rest = i;
    sel.domeinen.forEach((d, j) => {
      const dom = domeinen[j]!;
      f[d.naam] = dom[rest % dom.length];
      rest = Math.floor(rest / dom.length);
    });
    yield f;
  }
}

function completies(sel: Selectie, f: Record<string, FeitWaarde | undefined>): Feiten[] {
  let uit: Feiten[] = [{}];
  for (const d of sel.domeinen) {
    const waarden = f[d.naam] === undefined ? d.waarden : [f[d.naam]!];
    uit = uit.flatMap((c) => waarden.map((w) => ({ ...c, [d.naam]: w })));
  }
  return uit;
}

describe.each(Object.values(beslissingen).map((d) => [d.id, d as Definitie] as const))('%s', (_, def) => {
  it('every complete input gives exactly one value per kenmerk, and json-rules-engine fires exactly the rules the evaluator fires', async () => {
    let aantal = 0;
    for (const { s, sel } of selecties(def)) {
      for (const f of alleInvoer(sel)) {
        const ctx = `${JSON.stringify(f)} op ${formatEpochDag(s.peildatum)} ${s.regio ?? ''}`;
        const ev = evalueer(sel, f);
        expect(ev.status, ctx).toBe('besloten');
        if (ev.status !== 'besloten') continue;
        const k = sleutel(def, ev.gevuurd);
        expect(k, ctx).not.toMatch(/\?|\+/);
        for (const km of kenmerkenVan(def)) expect(waardenVan(def, km), ctx).toContain(ev.waarden[km]);
        // Rules that fire together agree on every extra field they set.
        const extra: Record<string, unknown> = {};
        for (const p of ev.gevuurd) for (const [veld, w] of Object.entries(p.extra ?? {})) {
          if (veld in extra) expect(extra[veld], `${veld} bij ${ctx}`).toBe(w);
          extra[veld] = w;
        }
        const { results, events } = await motor(def, s).run(f);
        expect(results.map((r) => r.name).sort(), ctx).toEqual(ev.gevuurd.map((p) => p.regel).sort());
        const uitkomstEvents = events.filter((e) => (e.params as { kenmerk: string }).kenmerk === 'uitkomst').map((e) => e.type);
        expect(new Set(uitkomstEvents), ctx).toEqual(new Set([ev.waarden['uitkomst']]));
        aantal++;
      }
    }
    expect(aantal).toBeGreaterThan(0);
  });

  it('no rule is dead: each fires for some input on some date', () => {
    const gevuurd = new Set<string>();
    for (const { sel } of selecties(def)) for (const f of alleInvoer(sel)) for (const p of vuur(sel, f)) gevuurd.add(p.regel);
    expect([...gevuurd].sort()).toEqual(def.regels.map((r) => r.name).sort());
  });

  it('every uitkomst can be reached', () => {
    const bereikt = new Set<string>();
    for (const { sel } of selecties(def)) for (const f of alleInvoer(sel)) for (const p of vuur(sel, f)) if (p.kenmerk === 'uitkomst') bereikt.add(p.waarde);
    expect([...bereikt].sort()).toEqual(Object.keys(def.uitkomsten).sort());
  });

  it('partial evaluation is exact on every partial input', async () => {
    for (const { s, sel } of selecties(def)) {
      // The rules fired on a complete input, computed once per input (the enumeration asks for the
      // same completions many times).
      const gevuurdOp = new Map<string, ReturnType<typeof vuur>>();
      const vuurEens = (c: Feiten) => {
        const k = sel.domeinen.map((d) => String(c[d.naam])).join('\u0000');
        let v = gevuurdOp.get(k);
        if (!v) gevuurdOp.set(k, (v = vuur(sel, c)));
        return v;
      };
      for (const f of allePartieel(sel)) {
        const alle = completies(sel, f);
        const perCompletieGevuurd = alle.map(vuurEens);
        const sleutels = perCompletieGevuurd.map((g) => besluitSleutel(def, g));
        const verschillend = new Set(sleutels);
        const ev = evalueer(sel, f);
        const perCompletie = perCompletieGevuurd.map((g) => g.map((p) => p.regel));
        // json-rules-engine on the known facts only: a rule that fires, fires on every completion.
        const bekend = Object.fromEntries(Object.entries(f).filter(([, w]) => w !== undefined));
        const { results } = await motor(def, s).run(bekend);
        for (const r of results) for (const n of perCompletie) expect(n).toContain(r.name);
        const ctx = `${JSON.stringify(f)} op ${formatEpochDag(s.peildatum)}`;
        if (verschillend.size === 1) {
          expect(ev.status, ctx).toBe('besloten');
          if (ev.status !== 'besloten') continue;
          // Each kenmerk that matters has the one value of every completion; one that does not matter
          // with this uitkomst is given exactly when every completion agrees on it.
          const perKenmerk = kenmerkenVan(def).map((_, i) => new Set(perCompletieGevuurd.map((g) => waardenPer(def, g)[i])));
          const verwacht = [...verschillend][0]!.split('|').map((w, i) => (w === '-' ? (perKenmerk[i]!.size === 1 ? [...perKenmerk[i]!][0] : undefined) : w));
          expect(kenmerkenVan(def).map((k) => ev.waarden[k]), ctx).toEqual(verwacht);
          // Every kenmerk given is explained; every rule named fires on some completion (a true reason
          // for the case it covers), and every rule that fires on all completions is named.
          for (const k of kenmerkenVan(def)) if (ev.waarden[k] !== undefined) expect(ev.gevuurd.some((p) => p.kenmerk === k), ctx).toBe(true);
          const genoemd = ev.gevuurd.map((p) => p.regel);
          for (const r of genoemd) expect(perCompletie.some((n) => n.includes(r)), ctx).toBe(true);
          for (const r of sel.regels.map((x) => x.name)) if (perCompletie.every((n) => n.includes(r))) expect(genoemd, ctx).toContain(r);
        } else {
          expect(ev.status, ctx).toBe('onvolledig');
          if (ev.status !== 'onvolledig') continue;
          const uitkomsten = new Set([...verschillend].map((k) => k.split('|')[0]));
          expect(ev.mogelijkeUitkomsten, ctx).toEqual(waardenVan(def, 'uitkomst').filter((u) => uitkomsten.has(u)));
          // A missing fact matters iff changing it alone changes the outcome for some completion.
          const doetErToe = sel.domeinen
            .filter((d) => f[d.naam] === undefined)
            .filter((d) =>
              alle.some((c, i) => d.waarden.some((w) => besluitSleutel(def, vuurEens({ ...c, [d.naam]: w })) !== sleutels[i])),
            )
            .map((d) => d.naam);
          expect(ev.ontbrekend, ctx).toEqual(doetErToe);
          expect(ev.ontbrekend.length, ctx).toBeGreaterThan(0);
        }
      }
    }
  }, 120_000);
});

describe('the definitions', () => {
  it('every fact has a Dutch question and sources; every keuze has labelled options; no fact is both a fact and derived', () => {
    for (const def of Object.values(beslissingen) as Definitie[]) {
      for (const [naam, f] of Object.entries(def.feiten)) {
        expect(f.vraag, `${def.id}.${naam}`).toMatch(/\?$/);
        expect(f.bronnen.length, `${def.id}.${naam}`).toBeGreaterThan(0);
        if (f.soort === 'keuze') {
          expect(f.opties?.length, `${def.id}.${naam}`).toBeGreaterThan(1);
          for (const o of f.opties!) expect(o.label.length, `${def.id}.${naam}.${o.waarde}`).toBeGreaterThan(0);
        } else expect(f.opties, `${def.id}.${naam}`).toBeUndefined();
      }
      for (const naam of Object.keys(def.afgeleideFeiten ?? {})) expect(def.feiten, naam).not.toHaveProperty(naam);
    }
  });

  it('every actie names uitkomsten, rules and facts the definition has', () => {
    for (const def of Object.values(beslissingen) as Definitie[]) {
      for (const a of def.acties) {
        for (const u of a.bij ?? []) expect(Object.keys(def.uitkomsten), `${def.id} ${a.soort}`).toContain(u);
        if (a.regel) expect(def.regels.map((r) => r.name), `${def.id} ${a.soort}`).toContain(a.regel);
        for (const f of Object.keys(a.als ?? {})) expect(Object.keys(def.feiten), `${def.id} ${a.soort}`).toContain(f);
        expect(a.bronnen.length, `${def.id} ${a.soort}`).toBeGreaterThan(0);
      }
    }
  });
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

  it('are the definitions’ own rules', () => {
    for (const [naam, set] of Object.entries(regelsets)) expect(set.regels).toBe(beslissingen[naam as keyof typeof beslissingen].regels);
  });
});
