/**
 * What all decisions share: selecting the rules that apply (peildatum, regio), running them with
 * json-rules-engine (one engine per selection, reused), and exact partial evaluation.
 *
 * Exactness. Rules use only positive conditions (see regel.ts), so a rule that fires on the known
 * facts fires on every completion of them: when json-rules-engine settles every kenmerk, the
 * outcome is settled. When it does not, the missing facts are enumerated over their (small,
 * finite) domains with the same rules compiled to plain functions; the outcome is settled if and
 * only if every completion gives the same one. The enumeration test in `volledigheid.test.ts`
 * proves on every partial input that both routes agree with brute force.
 */
import { Engine } from 'json-rules-engine';
import { formatEpochDag, leesDatum } from '../../deadlines/datum.js';
import { invoerFout } from '../../types/fouten.js';
import type { FeitWaarde, RegelParams, Regel, Voorwaarde } from './regel.js';

/** A fact a decision's rules read, with every value it can take (in the order a form lists them). */
export interface FeitDefinitie {
  naam: string;
  domein: readonly FeitWaarde[];
}

export interface Beslissingsdefinitie {
  /** The beslissing's id, e.g. 'vervolg'; also the regelset id. */
  id: string;
  versie: string;
  regels: readonly Regel[];
  /** The facts the rules read, in the order to ask them (the first missing one that matters is asked first). */
  feiten: readonly FeitDefinitie[];
  /** Each kenmerk the rules decide, with its possible values in display order; 'uitkomst' first. */
  kenmerken: Readonly<Record<string, readonly string[]>>;
}

export interface Regelselectie {
  /** Epoch day of the peildatum. */
  peildatum: number;
  regio?: string;
}

/** The regelset a Besluit was taken with: the id, version and the period in which the same rules apply. */
export interface RegelsetInfo {
  id: string;
  versie: string;
  geldigVanaf: string;
  geldigTot?: string;
  regio?: string;
}

type Feiten = Record<string, FeitWaarde | undefined>;
type Predikaat = (f: Feiten) => boolean;

interface Selectie {
  regels: readonly Regel[];
  predikaten: Predikaat[];
  engine: Engine;
  params: Map<string, RegelParams>;
  info: RegelsetInfo;
}

export type Evaluatie =
  | {
      status: 'besloten';
      /** kenmerk → value. */
      waarden: Record<string, string>;
      /** The rules that fired, highest priority first. */
      gevuurd: RegelParams[];
      regelset: RegelsetInfo;
    }
  | { status: 'onvolledig'; mogelijkeUitkomsten: string[]; ontbrekend: string[]; regelset: RegelsetInfo };

/** Compiles a condition to a plain function; only `all`, `any`, `equal` and `in` exist. */
export function compileer(v: Voorwaarde): Predikaat {
  if ('all' in v) {
    const delen = v.all.map(compileer);
    return (f) => delen.every((d) => d(f));
  }
  if ('any' in v) {
    const delen = v.any.map(compileer);
    return (f) => delen.some((d) => d(f));
  }
  const { fact, operator, value } = v;
  if (operator === 'equal') return (f) => f[fact] === value;
  if (operator === 'in' && Array.isArray(value)) {
    const set = new Set<FeitWaarde>(value);
    return (f) => f[fact] !== undefined && set.has(f[fact]!);
  }
  throw new Error(`Regel gebruikt een niet-ondersteunde operator '${String(operator)}'.`);
}

const dagVoor = (d: string) => formatEpochDag(leesDatum(d) - 1);
const dagNa = (d: string) => formatEpochDag(leesDatum(d) + 1);

/** Whether a rule applies on `dag` (a Datum) in `regio`. */
export function geldt(p: RegelParams, dag: string, regio: string | undefined): boolean {
  return p.geldigVanaf <= dag && (p.geldigTot === undefined || dag <= p.geldigTot) && (p.regio === undefined || p.regio === regio);
}

const selecties = new WeakMap<Beslissingsdefinitie, Map<string, Selectie>>();

/**
 * The rules of `def` that apply on the peildatum in the region, with their engine (built once per
 * distinct selection and reused) and the period in which exactly this selection applies.
 */
export function selecteer(def: Beslissingsdefinitie, s: Regelselectie, datumPad: string): Selectie {
  let perDef = selecties.get(def);
  if (!perDef) selecties.set(def, (perDef = new Map()));
  const sleutel = `${s.peildatum}|${s.regio ?? ''}`;
  const bekend = perDef.get(sleutel);
  if (bekend) return bekend;

  const dag = formatEpochDag(s.peildatum);
  const regels = def.regels.filter((r) => geldt(r.event.params, dag, s.regio));
  if (regels.length === 0) {
    const vroegst = def.regels.map((r) => r.event.params.geldigVanaf).sort()[0];
    invoerFout(datumPad, `Op ${dag} gelden geen regels voor de beslissing '${def.id}'` + (vroegst && dag < vroegst ? `; de vroegste gelden vanaf ${vroegst}.` : '.'));
  }
  // The period in which this same selection applies: bounded by every rule that starts or ends around dag.
  let vanaf = '0000-01-01';
  let tot: string | undefined;
  for (const r of def.regels) {
    const p = r.event.params;
    if (p.regio !== undefined && p.regio !== s.regio) continue;
    if (p.geldigVanaf <= dag && p.geldigVanaf > vanaf) vanaf = p.geldigVanaf;
    if (p.geldigTot !== undefined && p.geldigTot < dag && dagNa(p.geldigTot) > vanaf) vanaf = dagNa(p.geldigTot);
    if (p.geldigVanaf > dag && (tot === undefined || dagVoor(p.geldigVanaf) < tot)) tot = dagVoor(p.geldigVanaf);
    if (p.geldigTot !== undefined && p.geldigTot >= dag && (tot === undefined || p.geldigTot < tot)) tot = p.geldigTot;
  }
  const info: RegelsetInfo = { id: def.id, versie: def.versie, geldigVanaf: vanaf };
  if (tot !== undefined) info.geldigTot = tot;
  if (s.regio !== undefined) info.regio = s.regio;

  const selectie: Selectie = { ...motor(def, regels), info };
  if (perDef.size > 500) perDef.clear(); // bounded: peildatum is usually today; the engines themselves are shared below
  perDef.set(sleutel, selectie);
  return selectie;
}

type Motor = Omit<Selectie, 'info'>;
const motoren = new WeakMap<Beslissingsdefinitie, Map<string, Motor>>();

/** One engine per distinct set of rules (not per day): police reports spanning years share two engines. */
function motor(def: Beslissingsdefinitie, regels: readonly Regel[]): Motor {
  let perDef = motoren.get(def);
  if (!perDef) motoren.set(def, (perDef = new Map()));
  const sleutel = regels.map((r) => r.name).join('\n');
  const bekend = perDef.get(sleutel);
  if (bekend) return bekend;
  // The engine gets the rules' own conditions and priorities; its events carry only the rule id.
  // json-rules-engine deep-clones every rule's conditions and event on every run, so the full
  // params (uitleg, bronnen, …) are looked up by id afterwards instead of being cloned each time.
  const engine = new Engine(
    regels.map((r) => ({ name: r.name, priority: r.priority, conditions: r.conditions as never, event: { type: r.event.type } })),
    { allowUndefinedFacts: true },
  );
  const m: Motor = { regels, predikaten: regels.map((r) => compileer(r.conditions)), engine, params: new Map(regels.map((r) => [r.name, r.event.params])) };
  perDef.set(sleutel, m);
  return m;
}

/** The kenmerk values the rules give for one complete set of facts, as a key ('?' for a kenmerk no rule decides). */
function uitkomstSleutel(def: Beslissingsdefinitie, sel: Selectie, f: Feiten): string {
  const waarden: Record<string, string> = {};
  for (let i = 0; i < sel.regels.length; i++) {
    if (sel.predikaten[i]!(f)) {
      const p = sel.regels[i]!.event.params;
      waarden[p.kenmerk] ??= p.waarde;
    }
  }
  return Object.keys(def.kenmerken).map((k) => waarden[k] ?? '?').join('|');
}

/** Runs the decision on `feiten` (missing facts: undefined). */
export async function evalueer(def: Beslissingsdefinitie, feiten: Feiten, s: Regelselectie, datumPad = 'opties.peildatum'): Promise<Evaluatie> {
  const sel = selecteer(def, s, datumPad);
  const bekend: Record<string, FeitWaarde> = {};
  for (const k in feiten) if (feiten[k] !== undefined) bekend[k] = feiten[k]!;
  const { results } = await sel.engine.run(bekend);
  const gevuurd = results.map((r) => sel.params.get(r.name)!);
  const waarden: Record<string, string> = {};
  for (const p of gevuurd) waarden[p.kenmerk] ??= p.waarde;
  const kenmerken = Object.keys(def.kenmerken);
  if (kenmerken.every((k) => waarden[k] !== undefined)) {
    return { status: 'besloten', waarden, gevuurd, regelset: sel.info };
  }
  return deelsBekend(def, sel, feiten);
}

/** Fills `f` with completion number `i` of the facts in `open` (mixed radix over their domains). */
function vulIn(f: Feiten, open: readonly FeitDefinitie[], i: number): void {
  let rest = i;
  for (const d of open) {
    f[d.naam] = d.domein[rest % d.domein.length]!;
    rest = Math.floor(rest / d.domein.length);
  }
}

/** Enumerates the missing facts: settled only if every completion gives the same outcome. */
function deelsBekend(def: Beslissingsdefinitie, sel: Selectie, feiten: Feiten): Evaluatie {
  const ontbrekend = def.feiten.filter((d) => feiten[d.naam] === undefined);
  const f: Feiten = { ...feiten };
  const aantal = ontbrekend.reduce((n, d) => n * d.domein.length, 1);
  const sleutels: string[] = new Array(aantal);
  for (let i = 0; i < aantal; i++) {
    vulIn(f, ontbrekend, i);
    sleutels[i] = uitkomstSleutel(def, sel, f);
  }
  const verschillend = new Set(sleutels);
  if (verschillend.size === 1) {
    // Settled, though no single rule says so on the known facts alone (e.g. each way of filling in
    // a fact leads to the same outcome by a different rule). The reasons are every rule that fires
    // on some completion: each is why the outcome holds in the case it covers.
    const gevuurd = sel.regels
      .filter((_, r) => {
        for (let i = 0; i < aantal; i++) {
          vulIn(f, ontbrekend, i);
          if (sel.predikaten[r]!(f)) return true;
        }
        return false;
      })
      .map((r) => r.event.params);
    const waarden = Object.fromEntries(Object.keys(def.kenmerken).map((k, i) => [k, [...verschillend][0]!.split('|')[i]!]));
    return { status: 'besloten', waarden, gevuurd, regelset: sel.info };
  }
  const uitkomsten = new Set([...verschillend].map((k) => k.split('|')[0]!));
  const mogelijkeUitkomsten = def.kenmerken['uitkomst']!.filter((u) => uitkomsten.has(u));
  // A missing fact matters if changing it alone changes the outcome somewhere.
  const doetErToe: string[] = [];
  let stap = 1;
  for (const d of ontbrekend) {
    const n = d.domein.length;
    let telt = false;
    for (let i = 0; i < aantal && !telt; i++) {
      const cijfer = Math.floor(i / stap) % n;
      for (let v = cijfer + 1; v < n; v++) {
        if (sleutels[i + (v - cijfer) * stap] !== sleutels[i]) {
          telt = true;
          break;
        }
      }
    }
    if (telt) doetErToe.push(d.naam);
    stap *= n;
  }
  return { status: 'onvolledig', mogelijkeUitkomsten, ontbrekend: doetErToe, regelset: sel.info };
}

/** Every complete input of a decision (the product of its facts' domains), for tests and docs. */
export function* alleInvoer(def: Beslissingsdefinitie): Generator<Record<string, FeitWaarde>> {
  const aantal = def.feiten.reduce((n, d) => n * d.domein.length, 1);
  for (let i = 0; i < aantal; i++) {
    const f: Feiten = {};
    vulIn(f, def.feiten, i);
    yield f as Record<string, FeitWaarde>;
  }
}

/**
 * For one complete input: the kenmerk values each rule that fires gives (compiled evaluator).
 * Used by the gap/conflict test and the decision tables.
 */
export function vuur(def: Beslissingsdefinitie, s: Regelselectie, f: Record<string, FeitWaarde>): RegelParams[] {
  const sel = selecteer(def, s, 'peildatum');
  return sel.regels.filter((_, i) => sel.predikaten[i]!(f)).map((r) => r.event.params);
}

/** The dates on which some rule of `def` starts or stops applying, with the day before each: what the enumeration must cover. */
export function grensdata(def: Beslissingsdefinitie): number[] {
  const data = new Set<number>();
  for (const r of def.regels) {
    const p = r.event.params;
    data.add(leesDatum(p.geldigVanaf));
    data.add(leesDatum(p.geldigVanaf) - 1);
    if (p.geldigTot) {
      data.add(leesDatum(p.geldigTot));
      data.add(leesDatum(p.geldigTot) + 1);
    }
  }
  return [...data].sort((a, b) => a - b);
}

