/**
 * What all decisions share: selecting the rules that apply (peildatum, regio), compiling them to
 * plain functions once per selection, and exact partial evaluation — synchronously. json-rules-engine
 * is the reference (see `volledigheid.test.ts` and the entry `handelingsprotocol/engine`), not the
 * runtime: the evaluator here is compiled from the very same rule JSON.
 *
 * Exactness. Rules use only positive conditions (see regel.ts), so a rule that fires on the known
 * facts fires on every completion of them: when the rules settle every kenmerk on the known facts,
 * the outcome is settled. When they do not, the missing facts are enumerated over their (small,
 * finite) domains, taken from the definition; the outcome is settled if and only if every
 * completion gives the same one. The enumeration test proves on every partial input that this
 * agrees with brute force.
 */
import { formatEpochDag, leesDatum } from '../../deadlines/datum.js';
import { regios } from '../../regios/index.js';
import { invoerFout } from '../../types/fouten.js';
import type { Definitie, Domein } from './definitie.js';
import { feitenIn, type FeitWaarde, type RegelParams, type Regel, type Voorwaarde } from './regel.js';

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

export type Feiten = Record<string, FeitWaarde | undefined>;
type Predikaat = (f: Feiten) => boolean;

export interface Selectie {
  regels: readonly Regel[];
  predikaten: readonly Predikaat[];
  /** The facts the rules read, in the order to ask them, with every value each can take (and its place). */
  domeinen: readonly Domein[];
  /** The domains again, as parallel arrays for `index` (the hot path): see `Sleutels`. */
  sleutels: Sleutels;
  /** The kenmerken the rules decide ('uitkomst' first). */
  kenmerken: readonly string[];
  /** Every uitkomst, in the definition's order. */
  uitkomsten: readonly string[];
  /** Per kenmerk besides the uitkomst that matters only with some uitkomsten: those uitkomsten. */
  alleenBij: ReadonlyMap<string, ReadonlySet<string>>;
  /** Evaluations already made, by the index of the known facts' values (see `evalueer`). */
  gedaan: Map<number, Evaluatie> | undefined;
  info: RegelsetInfo;
}

export type Evaluatie =
  | {
      status: 'besloten';
      uitkomst: string;
      /** kenmerk → value. */
      waarden: Record<string, string>;
      /** The rules that fired, in the definition's order. */
      gevuurd: RegelParams[];
      /** Their ids. */
      ids: string[];
      regelset: RegelsetInfo;
    }
  | { status: 'onvolledig'; mogelijkeUitkomsten: string[]; ontbrekend: string[]; regelset: RegelsetInfo };

/** Compiles a condition to a plain function; only `all`, `any`, `equal` and `in` exist. */
export function compileer(v: Voorwaarde): Predikaat {
  if ('all' in v) {
    const delen = v.all.map(compileer);
    if (delen.length === 1) return delen[0]!;
    return (f) => {
      for (const d of delen) if (!d(f)) return false;
      return true;
    };
  }
  if ('any' in v) {
    const delen = v.any.map(compileer);
    return (f) => {
      for (const d of delen) if (d(f)) return true;
      return false;
    };
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
  return (
    p.geldigVanaf <= dag &&
    (p.geldigTot === undefined || dag <= p.geldigTot) &&
    (p.regio === undefined || p.regio === regio) &&
    (p.nietIn === undefined ||
      // Stryker disable next-line ConditionalExpression: nietIn lists region names (strings), so without a region includes() is false and the result is the same
      regio === undefined ||
      !p.nietIn.includes(regio))
  );
}

/** The kenmerken a definition's rules decide: 'uitkomst' first. */
export function kenmerkenVan(def: Definitie): string[] {
  return ['uitkomst', ...Object.keys(def.kenmerken ?? {})];
}

/** The values a kenmerk can take, in display order. */
export function waardenVan(def: Definitie, kenmerk: string): string[] {
  return Object.keys(kenmerk === 'uitkomst' ? def.uitkomsten : def.kenmerken?.[kenmerk] ?? {});
}

/**
 * The facts the rules of `def` read, in the order a form asks them, each with its domain from the
 * definition: ja-nee → true, false (and the value a later question has while unanswered), keuze →
 * its options, gemeente → the region's gemeenten, an afgeleid feit → true, false.
 */
export function domeinenVan(def: Definitie, regio: string | undefined): Domein[] {
  const gelezen = new Set<string>();
  for (const r of def.regels) feitenIn(r.conditions, gelezen);
  const uit: Domein[] = [];
  for (const [naam, f] of Object.entries(def.feiten)) {
    if (!gelezen.has(naam)) continue;
    let waarden: readonly FeitWaarde[];
    if (f.soort === 'ja-nee') waarden = f.zolangOnbeantwoord === null ? [true, false, null] : [true, false];
    else if (f.soort === 'keuze') waarden = (f.opties ?? []).map((o) => o.waarde);
    else if (f.soort === 'gemeente') waarden = regio !== undefined && Object.hasOwn(regios, regio) ? regios[regio]!.gemeenten : [];
    else throw new Error(`De regels van '${def.id}' lezen het feit '${naam}' (${f.soort}); regels kunnen alleen ja-nee-, keuze- en gemeentefeiten lezen.`);
    uit.push({ naam, waarden });
  }
  for (const naam of Object.keys(def.afgeleideFeiten ?? {})) if (gelezen.has(naam)) uit.push({ naam, waarden: [true, false] });
  for (const naam of gelezen) {
    if (!uit.some((d) => d.naam === naam)) throw new Error(`De regels van '${def.id}' lezen het feit '${naam}', dat de definitie niet kent.`);
  }
  return uit;
}

/** Per definition, per region ('' for none), per peildatum: the selection. */
const selecties = new WeakMap<Definitie, Map<string, Map<number, Selectie>>>();

/**
 * The rules of `def` that apply on the peildatum in the region, compiled once per selection and
 * reused, with the period in which exactly this selection applies.
 */
export function selecteer(def: Definitie, s: Regelselectie, datumPad: string): Selectie {
  let perDef = selecties.get(def);
  if (!perDef) selecties.set(def, (perDef = new Map()));
  let perRegio = perDef.get(s.regio ?? '');
  if (!perRegio) perDef.set(s.regio ?? '', (perRegio = new Map()));
  const bekend = perRegio.get(s.peildatum);
  if (bekend) return bekend;

  const dag = formatEpochDag(s.peildatum);
  const regels = def.regels.filter((r) => geldt(r.event.params, dag, s.regio));
  if (regels.length === 0) {
    const vroegst = def.regels.map((r) => r.event.params.geldigVanaf).sort()[0];
    invoerFout(datumPad, 'buiten-bereik', `Op ${dag} gelden geen regels voor de beslissing '${def.id}'` + (vroegst && dag < vroegst ? `; de vroegste gelden vanaf ${vroegst}.` : '.'));
  }
  // The period in which this same selection applies: bounded by every rule that starts or ends around dag.
  // Stryker disable next-line StringLiteral: the selection is not empty (else the refusal above), so a rule of this region with geldigVanaf <= dag raises vanaf to at least its start from '' and from '0000-01-01' alike
  let vanaf = '0000-01-01';
  let tot: string | undefined;
  for (const r of def.regels) {
    const p = r.event.params;
    if (p.regio !== undefined && p.regio !== s.regio) continue;
    if (
      p.nietIn !== undefined &&
      // Stryker disable next-line ConditionalExpression: nietIn lists region names (strings), so without a region includes() is false anyway
      s.regio !== undefined &&
      p.nietIn.includes(s.regio)
    )
      continue;
    if (p.geldigVanaf <= dag && p.geldigVanaf > vanaf) vanaf = p.geldigVanaf;
    if (p.geldigTot !== undefined && p.geldigTot < dag && dagNa(p.geldigTot) > vanaf) vanaf = dagNa(p.geldigTot);
    if (p.geldigVanaf > dag && (tot === undefined || dagVoor(p.geldigVanaf) < tot)) tot = dagVoor(p.geldigVanaf);
    if (p.geldigTot !== undefined && p.geldigTot >= dag && (tot === undefined || p.geldigTot < tot)) tot = p.geldigTot;
  }
  const info: RegelsetInfo = { id: def.id, versie: def.versie, geldigVanaf: vanaf };
  if (tot !== undefined) info.geldigTot = tot;
  if (s.regio !== undefined) info.regio = s.regio;

  const selectie: Selectie = { ...motor(def, regels, s.regio), info };
  if (perRegio.size > 500) perRegio.clear(); // bounded: the peildatum is usually today
  perRegio.set(s.peildatum, selectie);
  return selectie;
}

/**
 * Per domain, in order: the fact's name, its first two values (most domains are ja/nee: checked
 * without a lookup), the number of places (values + 1 for unknown), and value → place (1-based).
 */
interface Sleutels {
  namen: readonly string[];
  eerste: readonly FeitWaarde[];
  tweede: readonly FeitWaarde[];
  basis: readonly number[];
  plaats: readonly ReadonlyMap<FeitWaarde, number>[];
}

const sleutelsVan = (domeinen: readonly Domein[]): Sleutels => ({
  namen: domeinen.map((d) => d.naam),
  // Stryker disable next-line ArrowFunction: a fast path; index compares only defined values with it, so undefined never matches and plaats gives the same place
  eerste: domeinen.map((d) => d.waarden[0]!),
  // Stryker disable next-line ArrowFunction: a fast path; index compares only defined values with it, so undefined never matches and plaats gives the same place
  tweede: domeinen.map((d) => d.waarden[1]!),
  basis: domeinen.map((d) => d.waarden.length + 1),
  plaats: domeinen.map((d) => new Map(d.waarden.map((w, i) => [w, i + 1]))),
});

type Motor = Omit<Selectie, 'info'>;
const motoren = new WeakMap<Definitie, Map<string, Motor>>();

/**
 * The compiled rules, the domains and the kept evaluations, once per distinct set of rules in a
 * region (not per day): a caseload spanning years shares two of them.
 */
function motor(def: Definitie, regels: readonly Regel[], regio: string | undefined): Motor {
  let perDef = motoren.get(def);
  if (!perDef) motoren.set(def, (perDef = new Map()));
  const sleutel = `${regio ?? ''}\n${regels.map((r) => r.name).join('\n')}`;
  let m = perDef.get(sleutel);
  if (!m) {
    const domeinen = domeinenVan(def, regio);
    // Every evaluation depends only on the rule facts' values (or their absence): a small, finite
    // space, so results are kept per index into it (when it is small enough to keep them all).
    const ruimte = domeinen.reduce((n, d) => n * (d.waarden.length + 1), 1);
    m = {
      regels,
      predikaten: regels.map((r) => compileer(r.conditions)),
      domeinen,
      sleutels: sleutelsVan(domeinen),
      kenmerken: kenmerkenVan(def),
      uitkomsten: waardenVan(def, 'uitkomst'),
      alleenBij: new Map(Object.entries(def.kenmerkAlleenBij ?? {}).map(([k, us]) => [k, new Set(us)])),
      gedaan: ruimte <= 100_000 ? new Map() : undefined,
    };
    perDef.set(sleutel, m);
  }
  return m;
}

/** The kenmerk values the rules give for one complete set of facts, as a key ('?' for a kenmerk no rule decides). */
function uitkomstSleutel(sel: Selectie, f: Feiten): string {
  let sleutel = '';
  // Stryker disable next-line StringLiteral: kenmerken starts with 'uitkomst' (kenmerkenVan), so this is assigned before it is read
  let uitkomst = '';
  for (const k of sel.kenmerken) {
    let w = '?';
    for (let i = 0; i < sel.regels.length; i++) {
      const p = sel.regels[i]!.event.params;
      if (p.kenmerk === k && sel.predikaten[i]!(f)) {
        w = p.waarde;
        break;
      }
    }
    if (k === 'uitkomst') uitkomst = w;
    // A kenmerk that does not matter with this uitkomst does not make two completions differ.
    else if (sel.alleenBij.get(k)?.has(uitkomst) === false) w = '-';
    sleutel += sleutel === '' ? w : '|' + w;
  }
  return sleutel;
}



/** The index of the known facts' values in the space of all (partial) inputs, or -1 for a value outside a domain. */
function index(sel: Selectie, feiten: Feiten): number {
  const { namen, eerste, tweede, basis, plaats } = sel.sleutels;
  let i = 0;
  for (let j = 0; j < namen.length; j++) {
    const w = feiten[namen[j]!];
    let cijfer = 0;
    if (w !== undefined) {
      cijfer = w === eerste[j] ? 1 : w === tweede[j] ? 2 : plaats[j]!.get(w) ?? 0;
      if (cijfer === 0) return -1;
    }
    i = i * basis[j]! + cijfer;
  }
  return i;
}

/**
 * Runs the decision on `feiten` (the known facts; a missing fact is absent or undefined). The
 * Evaluatie returned is shared between calls with the same facts: callers copy what they hand out.
 */
export function evalueer(sel: Selectie, feiten: Feiten): Evaluatie {
  if (sel.gedaan === undefined) return bereken(sel, feiten);
  const i = index(sel, feiten);
  if (i < 0) return bereken(sel, feiten);
  let ev = sel.gedaan.get(i);
  if (ev === undefined) sel.gedaan.set(i, (ev = bereken(sel, feiten)));
  return ev;
}

function bereken(sel: Selectie, feiten: Feiten): Evaluatie {
  const gevuurd: RegelParams[] = [];
  for (let i = 0; i < sel.regels.length; i++) if (sel.predikaten[i]!(feiten)) gevuurd.push(sel.regels[i]!.event.params);
  const waarden: Record<string, string> = {};
  for (const p of gevuurd) waarden[p.kenmerk] ??= p.waarde;
  // Settled here when every kenmerk is; a kenmerk that does not matter with this uitkomst is
  // settled or not by enumerating the missing facts (deelsBekend), as every other partial case.
  let alles = true;
  for (const k of sel.kenmerken) if (waarden[k] === undefined) alles = false;
  if (alles) return { status: 'besloten', uitkomst: waarden['uitkomst']!, waarden, gevuurd, ids: gevuurd.map((p) => p.regel), regelset: sel.info };
  return deelsBekend(sel, feiten);
}

/** Fills `f` with completion number `i` of the facts in `open` (mixed radix over their domains). */
function vulIn(f: Feiten, open: readonly Domein[], i: number): void {
  let rest = i;
  for (const d of open) {
    f[d.naam] = d.waarden[rest % d.waarden.length]!;
    rest = Math.floor(rest / d.waarden.length);
  }
}

/** Enumerates the missing facts: settled only if every completion gives the same outcome. */
function deelsBekend(sel: Selectie, feiten: Feiten): Evaluatie {
  const ontbrekend = sel.domeinen.filter((d) => feiten[d.naam] === undefined);
  const f: Feiten = { ...feiten };
  const aantal = ontbrekend.reduce((n, d) => n * d.waarden.length, 1);
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop writes every slot 0..aantal-1 before any is read
  const sleutels: string[] = new Array(aantal);
  for (let i = 0; i < aantal; i++) {
    vulIn(f, ontbrekend, i);
    sleutels[i] = uitkomstSleutel(sel, f);
  }
  const verschillend = new Set(sleutels);
  if (verschillend.size === 1) {
    // Settled, though no single rule says so on the known facts alone (e.g. each way of filling in
    // a fact leads to the same outcome by a different rule). The reasons are every rule that fires
    // on some completion: each is why the outcome holds in the case it covers.
    const delen = [...verschillend][0]!.split('|');
    const waarden: Record<string, string> = {};
    sel.kenmerken.forEach((k, i) => {
      if (delen[i] !== '-') waarden[k] = delen[i]!;
    });
    // A kenmerk that does not matter with this uitkomst is given only when every completion agrees.
    for (const k of sel.kenmerken) {
      if (waarden[k] !== undefined) continue;
      const gezien = new Set<string>();
      for (let i = 0; i < aantal; i++) {
        vulIn(f, ontbrekend, i);
        const r = sel.regels.findIndex((x, j) => x.event.params.kenmerk === k && sel.predikaten[j]!(f));
        gezien.add(r < 0 ? '?' : sel.regels[r]!.event.params.waarde);
      }
      if (gezien.size === 1 && !gezien.has('?')) waarden[k] = [...gezien][0]!;
    }
    const gevuurd = sel.regels
      .filter((r, j) => {
        if (waarden[r.event.params.kenmerk] === undefined) return false;
        for (let i = 0; i < aantal; i++) {
          vulIn(f, ontbrekend, i);
          if (sel.predikaten[j]!(f)) return true;
        }
        return false;
      })
      .map((r) => r.event.params);
    return { status: 'besloten', uitkomst: waarden['uitkomst']!, waarden, gevuurd, ids: gevuurd.map((p) => p.regel), regelset: sel.info };
  }
  const uitkomsten = new Set([...verschillend].map((k) => k.split('|')[0]!));
  const mogelijkeUitkomsten = sel.uitkomsten.filter((u) => uitkomsten.has(u));
  // A missing fact matters if changing it alone changes the outcome somewhere.
  const doetErToe: string[] = [];
  let stap = 1;
  for (const d of ontbrekend) {
    const n = d.waarden.length;
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

/** Every complete input of a selection (the product of its facts' domains), for tests and docs. */
export function* alleInvoer(sel: Selectie): Generator<Record<string, FeitWaarde>> {
  const aantal = sel.domeinen.reduce((n, d) => n * d.waarden.length, 1);
  for (let i = 0; i < aantal; i++) {
    const f: Feiten = {};
    vulIn(f, sel.domeinen, i);
    yield f as Record<string, FeitWaarde>;
  }
}

/** For one complete input: the params of each rule that fires (compiled evaluator). */
export function vuur(sel: Selectie, f: Record<string, FeitWaarde>): RegelParams[] {
  return sel.regels.filter((_, i) => sel.predikaten[i]!(f)).map((r) => r.event.params);
}

/** The dates on which some rule of `def` starts or stops applying, with the day before each: what the enumeration must cover. */
export function grensdata(def: Definitie): number[] {
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
