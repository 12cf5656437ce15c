/**
 * The Besluit every decision returns, the options every decision takes, and `beslis`: the one
 * function that takes any decision from its definition — validate, select the rules, evaluate,
 * and assemble the reasons, acties and extra fields. Every `beslis*` function is a thin call of it.
 */
import * as z from 'zod/mini';
import { isDatum, leesDatum, type Datum } from '../../deadlines/datum.js';
import { isWerkdagkalender, standaardKalender, standaardOpeningskalender, type Werkdagkalender } from '../../deadlines/kalender.js';
import { leesOpties as leesOptiesVolgens, type OptiesVorm } from '../../deadlines/opties.js';
import { leesDatumOfTijdstip, naarAmsterdam, naarAmsterdamVolgensEuRegel } from '../../deadlines/tijdstip.js';
import { isRegio, regios } from '../../regios/index.js';
import type { Bron } from '../../types/bron.js';
import { invoerFout } from '../../types/fouten.js';
import { datumVeld, ingekort, valideer } from '../../types/zodNl.js';
import type { ActieDefinitie, ActieUit, Context, Definitie } from './definitie.js';
import { evalueer, selecteer, type Evaluatie, type Feiten, type RegelsetInfo, type Selectie } from './evaluatie.js';
import type { FeitWaarde, RegelParams } from './regel.js';
import { GELDIG, isZekerGeldig, ONZEKER } from './schema.js';

/** A rule that fired: its id, its Dutch sentence, its sources, and whether it is an interpretation. */
export interface Reden {
  regel: string;
  uitleg: string;
  bronnen: Bron[];
  /** Set when the rule encodes a reading of an ambiguous source. */
  interpretatie?: true;
  /** With `interpretatie`: which reading was chosen and why, in Dutch. */
  toelichting?: string;
}

/**
 * Something that must happen because of a Besluit: who must be informed, how, when. The union of
 * every actie any decision defines, discriminated on `soort`.
 */
export type Actie = ActieUit<AlleActieDefinities>;
// The acties of every decision, from the definitions (type-only: nothing is imported at run time).
type AlleActieDefinities = import('../beslissingen.js').AlleDefinities['acties'][number];

export type { RegelsetInfo };

/**
 * The result of a decision. `U` is the uitkomst union, `D` the extra fields of a besloten Besluit,
 * `F` the fact names (what `ontbrekend` can hold), `A` the acties it can give.
 */
export type Besluit<U extends string, D = {}, F extends string = string, A = Actie> =
  | ({
      status: 'besloten';
      beslissing: string;
      uitkomst: U;
      redenen: Reden[];
      acties: A[];
      regelset: RegelsetInfo;
      /**
       * Facts still unknown that do not change the uitkomst but are needed to complete the acties
       * or the extra fields (e.g. `moment` for a spoedinterventie). Absent when nothing is missing.
       */
      ontbrekendVoorActies?: F[];
    } & D)
  | {
      status: 'onvolledig';
      beslissing: string;
      /** Fact names still needed, the one to ask first first. */
      ontbrekend: F[];
      /** The outcomes still possible given what is known. */
      mogelijkeUitkomsten: U[];
      /** What to do meanwhile, where the protocol says so (e.g. opschalen while an ambtshalve melding waits for it). */
      acties?: A[];
    };

/** Options every decision takes. */
export interface BeslisOpties {
  /** Which version of the rules applies (default: today, in Amsterdam). */
  peildatum?: Datum;
  /** A region profile id, e.g. 'gelderland-zuid'. */
  regio?: string;
  /** The calendar used for any deadline the decision computes (default: standaardKalender, the Algemene termijnenwet). */
  kalender?: Werkdagkalender;
  /**
   * The calendar of opening hours, for kantooruren (spoed: the same day or the SEZ). Default:
   * `maakWerkdagkalender({ beleid: 'feestdagen' })` — weekends and public holidays closed; the days
   * equated by Koninklijk Besluit, Goede Vrijdag and 5 mei are office days unless the
   * organisation closes them (`extraVrijeDagen`).
   */
  openingskalender?: Werkdagkalender;
}

/** The message for a region the package does not know (the options of every decision, and jsonSchema). */
export const onbekendeRegio = (r: unknown): string => `Onbekende regio '${ingekort(String(r))}'. Bekende regio's: ${Object.keys(regios).join(', ')}.`;

/** Refuses a regional decision taken without opties.regio (beslis, maakEngine and jsonSchema alike). */
export function regioOntbreekt(def: Definitie): never {
  return invoerFout('opties.regio', 'ontbrekend', `Deze beslissing (${def.titel}) is regionaal: geef opties.regio op (regio’s met afspraken: ${regiosMetRegels(def).join(', ')}).`);
}

export const BeslisOptiesSchema = /* @__PURE__ */ z.strictObject({
  peildatum: z.optional(datumVeld()),
  regio: z.optional(
    z.string().check(
      z.superRefine((r, ctx) => {
        if (!isRegio(r)) {
          ctx.addIssue({ code: 'custom', input: r, message: onbekendeRegio(r), params: { code: 'onbekende-waarde' } });
        }
      }),
    ),
  ),
  kalender: z.optional(z.custom<Werkdagkalender>(isWerkdagkalender, { message: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' })),
  openingskalender: z.optional(z.custom<Werkdagkalender>(isWerkdagkalender, { message: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' })),
});

export interface GelezenOpties {
  /** Epoch day of opties.peildatum; undefined when not given (then: today, see `vandaag`). */
  peildatum: number | undefined;
  /** Always present (undefined when not given), so every options object has one shape. */
  regio: string | undefined;
  kalender: Werkdagkalender;
  /** Undefined when not given: then the default (see `openingskalenderVan`). */
  openingskalender: Werkdagkalender | undefined;
}

/** The opening-hours calendar of the options, or the default one. */
export const openingskalenderVan = (o: GelezenOpties): Werkdagkalender => o.openingskalender ?? standaardOpeningskalender;

// Stryker disable next-line ObjectLiteral: without geldigVan and geldigTot nothing is ever taken from the cache, and the first call computes the day anyway
let vandaagCache = { dag: 0, geldigVan: Infinity, geldigTot: -Infinity };

/**
 * Today's Amsterdam day (by the EU summer-time rule, see naarAmsterdamVolgensEuRegel). Cached, but
 * only from the moment it was computed until three hours before Amsterdam midnight: a DST change
 * shifts wall time by one hour at most, so the cached day is never stale; a clock set back (a test
 * with fake timers, a corrected system clock) computes the day again.
 */
export function vandaag(): number {
  const nu = Date.now();
  if (
    nu >= vandaagCache.geldigVan &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache: without it the day is computed again (the same day); hit also at geldigTot itself (21:00 in Amsterdam) it is still that day
    nu < vandaagCache.geldigTot
  )
    return vandaagCache.dag;
  const { dag, minuut } = naarAmsterdamVolgensEuRegel(nu) ?? naarAmsterdam(nu);
  const marge = 1440 - minuut - 180;
  // Stryker disable next-line ObjectLiteral,ConditionalExpression,EqualityOperator: each of these only caches less: geldigTot at or before now, or never
  vandaagCache = { dag, geldigVan: nu, geldigTot: marge > 0 ? nu - (nu % 60_000) + marge * 60_000 : -Infinity };
  return dag;
}

/**
 * How the options of every decision are read: by the same safe reader as the deadlines' options
 * (deadlines/opties.ts — only own enumerable keys, each read once into a fresh object that is then
 * checked and used), with a quick check per option that agrees with BeslisOptiesSchema.
 */
export const BESLIS_OPTIES: OptiesVorm<z.infer<typeof BeslisOptiesSchema>> = {
  schema: BeslisOptiesSchema,
  namen: Object.keys(BeslisOptiesSchema.def.shape),
  snel: {
    peildatum: isDatum,
    regio: isRegio,
    kalender: isWerkdagkalender,
    openingskalender: isWerkdagkalender,
  },
};

/**
 * The options read as the options reader reads them (own enumerable fields only, each read once,
 * and the value read is the value checked and used), with its quick checks but without its
 * null-prototype copy and its messages, when every field is known and valid: the common case, on
 * every call of a decision. Undefined otherwise (also when reading throws): then the reader reads
 * them again and says what is wrong. The four names are BeslisOptiesSchema's keys written out once
 * more: reading them into a dictionary instead cost politiemelding its RATIO ≥ 50 (49.3).
 */
function snelGelezen(opties: unknown): Partial<BeslisOpties> | undefined {
  if (typeof opties !== 'object' || opties === null) return undefined;
  const snel = BESLIS_OPTIES.snel;
  try {
    if (Object.getPrototypeOf(opties) !== Object.prototype) return undefined;
    let peildatum: unknown, regio: unknown, kalender: unknown, openingskalender: unknown;
    for (const k in opties) {
      if (!Object.hasOwn(opties, k)) continue; // inherited (a polluted Object.prototype): no option
      const w = (opties as Record<string, unknown>)[k];
      if (k === 'peildatum') peildatum = w;
      else if (k === 'regio') regio = w;
      else if (k === 'kalender') kalender = w;
      else if (k === 'openingskalender') openingskalender = w;
      else return undefined;
    }
    if (peildatum !== undefined && !snel.peildatum!(peildatum)) return undefined;
    if (regio !== undefined && !snel.regio!(regio)) return undefined;
    if (kalender !== undefined && !snel.kalender!(kalender)) return undefined;
    if (openingskalender !== undefined && !snel.openingskalender!(openingskalender)) return undefined;
    return { peildatum, regio, kalender, openingskalender } as Partial<BeslisOpties>;
  } catch {
    return undefined;
  }
}

/** Validates the options (the peildatum, when not given, is today in Amsterdam: see `vandaag`). */
export function leesOpties(opties: unknown): GelezenOpties {
  if (opties === undefined) return { peildatum: undefined, regio: undefined, kalender: standaardKalender, openingskalender: undefined };
  const o = snelGelezen(opties) ?? leesOptiesVolgens(BESLIS_OPTIES, opties, 'opties');
  return {
    // Stryker disable next-line StringLiteral: the peildatum read passed isDatum or zod's datumVeld (the same check), so leesDatum never refuses it and the pad is never used
    peildatum: o.peildatum !== undefined ? leesDatum(o.peildatum, 'opties.peildatum') : undefined,
    regio: o.regio,
    kalender: o.kalender ?? standaardKalender,
    openingskalender: o.openingskalender,
  };
}

const gemeenteSets = new Map<string, ReadonlySet<string>>();
const gemeentenVan = (regio: string): ReadonlySet<string> => {
  let s = gemeenteSets.get(regio);
  // Stryker disable next-line ConditionalExpression: a cache: a new Set of the same gemeenten each time gives the same answer
  if (!s) gemeenteSets.set(regio, (s = new Set(regios[regio]!.gemeenten)));
  return s;
};

/** Checks that a gemeente belongs to the region. */
function controleerGemeente(gemeente: string, regio: string | undefined, pad: string): void {
  if (regio === undefined) invoerFout('opties.regio', 'ontbrekend', `Een gemeente ('${ingekort(gemeente)}') kan alleen met een regio worden beoordeeld: geef opties.regio op.`);
  const profiel = regios[regio]!;
  // Stryker disable next-line ConditionalExpression: beslis calls this only for a gemeente that is not in the region (or without a region, refused above)
  if (!gemeentenVan(regio).has(gemeente)) {
    invoerFout(pad, 'onbekende-waarde', `De gemeente '${ingekort(gemeente)}' hoort niet bij regio ${regio}. Gemeenten in deze regio: ${profiel.gemeenten.join(', ')}.`);
  }
}

/** The regions that have rules for `def` (for a regional decision). */
export const regiosMetRegels = (def: Definitie): string[] => [...new Set(def.regels.flatMap((r) => (r.event.params.regio ? [r.event.params.regio] : [])))];

const kopieBron = (b: Bron): Bron =>
  b.url === undefined
    ? b.vindplaats === undefined ? { document: b.document } : { document: b.document, vindplaats: b.vindplaats }
    : { ...b };
const kopieBronnen = (bs: readonly Bron[]): Bron[] => {
  // Sized up front and filled by a loop (not bs.map: the definitions are frozen, and V8 copies
  // frozen arrays on a slow path); measured the fastest way in bench conditions.
  // Stryker disable next-line ArrayDeclaration: an empty array filled by the same loop has the same elements
  const uit = new Array<Bron>(bs.length);
  for (let i = 0; i < bs.length; i++) uit[i] = kopieBron(bs[i]!);
  return uit;
};

/** A function that returns a fresh copy of the (frozen, JSON-like) value `w`, so that a result never shares an object the library keeps. */
function kopieerder(w: unknown): () => unknown {
  if (typeof w !== 'object' || w === null) return () => w;
  if (Array.isArray(w)) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,ArrowFunction,BlockStatement: a fast path for arrays of primitives; any array it does not take is copied element by element below, with the same result
    if (w.every((x) => typeof x !== 'object' || x === null)) {
      // Slicing a frozen array takes V8's slow path (about 20 times slower): slice an unfrozen copy.
      const los: unknown[] = [...w];
      return () => los.slice();
    }
    const delen = w.map(kopieerder);
    return () => delen.map((f) => f());
  }
  const delen = Object.keys(w).map((k) => [k, kopieerder((w as Record<string, unknown>)[k])] as const);
  return () => {
    const uit: Record<string, unknown> = {};
    for (const [k, f] of delen) uit[k] = f();
    return uit;
  };
}

function kopieRegelset(r: RegelsetInfo): RegelsetInfo {
  const uit: RegelsetInfo = { id: r.id, versie: r.versie, geldigVanaf: r.geldigVanaf };
  if (r.geldigTot !== undefined) uit.geldigTot = r.geldigTot;
  if (r.regio !== undefined) uit.regio = r.regio;
  return uit;
}

/** A maker of the Reden of a rule that fired (fresh each time; one object literal per shape is V8's fastest way). */
function redenmaker(p: RegelParams): () => Reden {
  const { regel, uitleg, bronnen, interpretatie } = p;
  if (interpretatie === undefined) return () => ({ regel, uitleg, bronnen: kopieBronnen(bronnen) });
  return () => ({ regel, uitleg, bronnen: kopieBronnen(bronnen), interpretatie: true, toelichting: interpretatie });
}

/** An actie compiled for one decision: its fact conditions as pairs, and a maker of its fixed part (fresh each time). */
interface GecompileerdeActie {
  regel: string | undefined;
  regio: string | undefined;
  nietIn: readonly string[] | undefined;
  bereken: ActieDefinitie['bereken'];
  als: readonly (readonly [string, FeitWaarde])[];
  maak: () => Record<string, unknown>;
}

/** What `beslis` derives from a definition once: which facts the rules read, and the acties per uitkomst. */
interface Plan {
  // The definition's own fields that beslis reads, in one object shape for every decision (so the
  // code stays monomorphic however many decisions an app uses).
  id: string;
  titel: string;
  regioVerplicht: boolean;
  peildatumFeit: string | undefined;
  extra: Definitie['extra'];
  /** The names of the facts: an invoer is read by them, as zod and the quick check read it. */
  feitNamen: readonly string[];
  gemeentefeiten: readonly string[];
  zolangOnbeantwoord: readonly (readonly [string, FeitWaarde])[];
  afgeleid: readonly (readonly [string, string])[];
  acties: ReadonlyMap<string, readonly GecompileerdeActie[]>;
  /** Acties that already apply while the Besluit is onvolledig (what to do meanwhile). */
  alVoorBesluit: readonly GecompileerdeActie[];
  kenmerken: readonly string[];
  regios: readonly string[];
  /** The fast validity check of the invoer (see schema.ts). */
  zekerGeldig: (invoer: unknown) => number;
  /** The last selection used, and for which day and region: most calls use the same rules as the one before. */
  laatste: { peildatum: number; regio: string | undefined; selectie: Selectie } | undefined;
}

function compileerActie(a: ActieDefinitie): GecompileerdeActie {
  // The definition is deeply frozen, so how to copy each detail is worked out once, here. One
  // object literal, then the details (one or more; a separate path for one is measurably faster).
  const details = Object.entries(a.details ?? {}).map(([k, w]) => [k, kopieerder(w)] as const);
  const { soort, uitleg, bronnen } = a;
  let maak: () => Record<string, unknown>;
  // Stryker disable next-line ConditionalExpression: a fast path; the general maker below gives the same actie for no details
  if (details.length === 0) maak = () => ({ soort, uitleg, bronnen: kopieBronnen(bronnen) });
  else if (
    // Stryker disable next-line ConditionalExpression: a fast path; the general maker below gives the same actie for one detail
    details.length === 1
  ) {
    const [k, maakKopie] = details[0]!;
    maak = () => {
      const actie: Record<string, unknown> = { soort, uitleg, bronnen: kopieBronnen(bronnen) };
      actie[k] = maakKopie();
      return actie;
    };
  } else {
    maak = () => {
      const actie: Record<string, unknown> = { soort, uitleg, bronnen: kopieBronnen(bronnen) };
      for (let i = 0; i < details.length; i++) actie[details[i]![0]] = details[i]![1]();
      return actie;
    };
  }
  return {
    regel: a.regel,
    regio: a.regio,
    nietIn: a.nietIn,
    bereken: a.bereken,
    als: Object.entries(a.als ?? {}),
    maak,
  };
}

const plannen = new WeakMap<Definitie, Plan>();
function planVan(def: Definitie): Plan {
  let p = plannen.get(def);
  // Stryker disable next-line ConditionalExpression: a cache: a plan made again from the same definition gives the same Besluit
  if (!p) {
    const feiten = Object.entries(def.feiten);
    const acties = new Map<string, GecompileerdeActie[]>();
    for (const u of Object.keys(def.uitkomsten)) acties.set(u, []);
    const alVoorBesluit: GecompileerdeActie[] = [];
    for (const a of def.acties) {
      const c = compileerActie(a);
      if (a.alVoorBesluit) alVoorBesluit.push(c);
      else for (const u of a.bij ?? Object.keys(def.uitkomsten)) acties.get(u)?.push(c);
    }
    p = {
      id: def.id,
      titel: def.titel,
      regioVerplicht: def.regioVerplicht === true,
      peildatumFeit: def.peildatumFeit,
      extra: def.extra,
      feitNamen: feiten.map(([n]) => n),
      gemeentefeiten: feiten.filter(([, f]) => f.soort === 'gemeente').map(([n]) => n),
      // Stryker disable next-line ConditionalExpression: a fact without zolangOnbeantwoord would be filled with undefined, which every reader takes as unknown, like an absent fact
      zolangOnbeantwoord: feiten.flatMap(([n, f]) => (f.zolangOnbeantwoord !== undefined ? [[n, f.zolangOnbeantwoord] as const] : [])),
      afgeleid: Object.entries(def.afgeleideFeiten ?? {}).map(([n, a]) => [n, a.ingevuld] as const),
      acties,
      alVoorBesluit,
      kenmerken: Object.keys(def.kenmerken ?? {}),
      regios: regiosMetRegels(def),
      zekerGeldig: isZekerGeldig(def),
      laatste: undefined,
    };
    plannen.set(def, p);
  }
  return p;
}

/** The actie in this context, or undefined when it does not apply (yet): then its unknown facts are added to `ontbrekend`. */
function actieVan(a: GecompileerdeActie, c: Context, ontbrekend: string[]): Record<string, unknown> | undefined {
  if (a.regio !== undefined && a.regio !== c.regio) return undefined;
  if (
    a.nietIn !== undefined &&
    // Stryker disable next-line ConditionalExpression: nietIn lists region names (strings), so without a region includes() is false anyway
    c.regio !== undefined &&
    a.nietIn.includes(c.regio)
  )
    return undefined;
  let geldt = true;
  for (let i = 0; i < a.als.length; i++) {
    const [feit, w] = a.als[i]!;
    const v = c.invoer[feit];
    if (v === undefined) {
      if (!ontbrekend.includes(feit)) ontbrekend.push(feit);
      geldt = false;
    } else if (v !== w) geldt = false;
  }
  if (!geldt) return undefined;
  const actie = a.maak();
  if (a.bereken !== undefined) {
    const b = a.bereken(c);
    // Stryker disable next-line ConditionalExpression: for-in over undefined does nothing
    if (b.velden !== undefined) for (const k in b.velden) actie[k] = (b.velden as Record<string, unknown>)[k];
    if (b.uitleg !== undefined) actie['uitleg'] = b.uitleg;
    if (b.ontbrekend) for (const f of b.ontbrekend) if (!ontbrekend.includes(f)) ontbrekend.push(f);
  }
  return actie;
}

/** What follows from one (kept) evaluation, the same every time: the acties that may apply and the fixed fields. */
interface Afronding {
  acties: readonly GecompileerdeActie[];
  /** The kenmerken besides the uitkomst and the fields the fired rules fix (verplicht, …): primitives only. */
  velden: readonly (readonly [string, string | boolean])[];
  /** Makers of the redenen: one per rule that fired. */
  redenen: readonly (() => Reden)[];
}
const afrondingen = new WeakMap<object, Afronding>();

function afrondingVan(plan: Plan, ev: Extract<Evaluatie, { status: 'besloten' }>): Afronding {
  let af = afrondingen.get(ev);
  // Stryker disable next-line ConditionalExpression: a cache: the Afronding made again from the same evaluation is the same
  if (!af) {
    const acties = plan.acties.get(ev.uitkomst);
    // Cannot happen with a definition that passes the enumeration proof (volledigheid.test.ts).
    if (acties === undefined) throw new Error(`Interne fout: de regels van '${plan.id}' geven voor deze invoer geen uitkomst.`);
    const velden: [string, string | boolean][] = plan.kenmerken.flatMap((k) => (ev.waarden[k] !== undefined ? [[k, ev.waarden[k]] as [string, string]] : []));
    for (const p of ev.gevuurd) for (const [k, w] of Object.entries(p.extra ?? {})) velden.push([k, w]);
    af = { acties: acties.filter((a) => a.regel === undefined || ev.ids.includes(a.regel)), velden, redenen: ev.gevuurd.map(redenmaker) };
    afrondingen.set(ev, af);
  }
  return af;
}

function maakRedenen(makers: readonly (() => Reden)[]): Reden[] {
  // Stryker disable next-line ArrayDeclaration: an empty array filled by the same loop has the same elements
  const uit = new Array<Reden>(makers.length);
  for (let i = 0; i < makers.length; i++) uit[i] = makers[i]!();
  return uit;
}

type BesluitVan = Besluit<string, Record<string, unknown>, string, Record<string, unknown>>;

/**
 * Takes the decision `def` on `invoer`: validates it with `schema` (derived from `def`), selects
 * the rules in force, evaluates them, and assembles the Besluit from the definition.
 */
export function beslis(def: Definitie, schema: z.ZodMiniType<object>, invoer: unknown, opties: unknown): BesluitVan {
  const o = leesOpties(opties);
  const plan = planVan(def);
  if (plan.regioVerplicht) {
    const bekend = plan.regios;
    if (o.regio === undefined) regioOntbreekt(def);
    if (!bekend.includes(o.regio)) invoerFout('opties.regio', 'onbekende-waarde', `Voor regio ${o.regio} zijn geen afspraken bekend voor deze beslissing (wel voor: ${bekend.join(', ')}).`);
  }
  const oordeel = plan.zekerGeldig(invoer);
  const gelezen = (oordeel !== ONZEKER ? invoer : valideer(schema, invoer)) as Record<string, unknown>;

  // The known facts: null means "not known yet", like leaving the fact out. (The invoer itself
  // when it holds no null: it is only read, never changed.)
  let bekend = gelezen;
  // Stryker disable next-line ConditionalExpression: a fast path: copying an invoer without null gives the same facts
  if (oordeel !== GELDIG) {
    bekend = {};
    // By name, as the quick check and zod read the invoer (a non-enumerable fact counts too).
    for (let i = 0; i < plan.feitNamen.length; i++) {
      const k = plan.feitNamen[i]!;
      const w = gelezen[k];
      if (
        w !== null &&
        // Stryker disable next-line ConditionalExpression: an undefined fact is read everywhere as an absent one (a GELDIG invoer keeps such keys too)
        w !== undefined
      )
        bekend[k] = w;
    }
  }
  for (let i = 0; i < plan.gemeentefeiten.length; i++) {
    const naam = plan.gemeentefeiten[i]!;
    const g = bekend[naam] as string | undefined;
    // The check itself only when the gemeente is not (certainly) in the region: it says why.
    if (
      g !== undefined &&
      // Stryker disable next-line ConditionalExpression: a fast path: controleerGemeente itself passes a gemeente in the region
      (o.regio === undefined || !gemeentenVan(o.regio).has(g))
    )
      controleerGemeente(g, o.regio, naam);
  }
  // What the rules read: the known facts, plus unanswered later questions and derived facts.
  let feiten = bekend as Feiten;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: copying the facts without adding any gives the same facts
  if (plan.zolangOnbeantwoord.length > 0 || plan.afgeleid.length > 0) {
    feiten = {};
    for (let i = 0; i < plan.feitNamen.length; i++) {
      const k = plan.feitNamen[i]!;
      // Stryker disable next-line ConditionalExpression: copying an undefined fact too gives a key every reader takes as absent
      if (bekend[k] !== undefined) feiten[k] = bekend[k] as FeitWaarde;
    }
    for (const [naam, w] of plan.zolangOnbeantwoord) if (feiten[naam] === undefined) feiten[naam] = w;
    for (const [naam, ingevuld] of plan.afgeleid) feiten[naam] = bekend[ingevuld] !== undefined;
  }

  let datumPad = 'opties.peildatum';
  let peildatum: number;
  if (
    plan.peildatumFeit !== undefined &&
    bekend[plan.peildatumFeit] !== undefined
  ) {
    datumPad = plan.peildatumFeit;
    peildatum = leesDatumOfTijdstip(bekend[plan.peildatumFeit], datumPad, leesDatum);
  } else peildatum = o.peildatum ?? vandaag();
  let sel: Selectie;
  const l = plan.laatste;
  // Stryker disable next-line ConditionalExpression: a cache: selecting again for the same day and region gives the same selection
  if (l !== undefined && l.peildatum === peildatum && l.regio === o.regio) sel = l.selectie;
  else {
    // Stryker disable next-line ConditionalExpression: selecteer reads an explicit regio: undefined as no region (s.regio ?? '', s.regio !== undefined)
    sel = selecteer(def, o.regio === undefined ? { peildatum } : { peildatum, regio: o.regio }, datumPad);
    // Stryker disable next-line ObjectLiteral: an empty record never matches, so the selection is only made again (the same)
    plan.laatste = { peildatum, regio: o.regio, selectie: sel };
  }
  const ev = evalueer(sel, feiten);
  if (ev.status === 'onvolledig') {
    const b: BesluitVan = { status: 'onvolledig', beslissing: plan.id, ontbrekend: [...ev.ontbrekend], mogelijkeUitkomsten: [...ev.mogelijkeUitkomsten] };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: without such acties the loop below finds none and sets no acties
    if (plan.alVoorBesluit.length > 0) {
      // What to do meanwhile: the acties whose conditions already hold on the known facts.
      // Stryker disable next-line StringLiteral,ArrayDeclaration: an alVoorBesluit actie is never computed (definitie.ts; none has bereken), and actieVan itself reads only regio and invoer
      const c: Context = { invoer: bekend, uitkomst: '', gevuurd: [], kalender: o.kalender, openingskalender: openingskalenderVan(o), peildatum, regio: o.regio };
      const acties = plan.alVoorBesluit.flatMap(
        (a) =>
          // Stryker disable next-line ArrayDeclaration: the facts these acties still lack are not reported (the Besluit's ontbrekend says what to ask first)
          actieVan(a, c, []) ??
          [],
      );
      if (acties.length > 0) (b as { acties?: unknown[] }).acties = acties;
    }
    return b;
  }

  const uitkomst = ev.uitkomst;
  const af = afrondingVan(plan, ev);
  const c: Context = { invoer: bekend, uitkomst, gevuurd: ev.ids, kalender: o.kalender, openingskalender: openingskalenderVan(o), peildatum, regio: o.regio };
  const ontbrekend: string[] = [];
  const acties: Record<string, unknown>[] = [];
  for (let i = 0; i < af.acties.length; i++) {
    const actie = actieVan(af.acties[i]!, c, ontbrekend);
    if (actie) acties.push(actie);
  }
  const b: Record<string, unknown> = {
    status: 'besloten',
    beslissing: plan.id,
    uitkomst,
    redenen: maakRedenen(af.redenen),
    acties,
    regelset: kopieRegelset(ev.regelset),
  };
  for (let i = 0; i < af.velden.length; i++) b[af.velden[i]![0]] = af.velden[i]![1];
  if (plan.extra) {
    const e = plan.extra(c);
    // Stryker disable next-line ConditionalExpression: for-in over undefined does nothing
    if (e.velden) for (const k in e.velden) b[k] = (e.velden as Record<string, unknown>)[k];
    if (e.ontbrekend) for (const f of e.ontbrekend) if (!ontbrekend.includes(f)) ontbrekend.push(f);
  }
  if (ontbrekend.length > 0) b['ontbrekendVoorActies'] = ontbrekend;
  return b as BesluitVan;
}
