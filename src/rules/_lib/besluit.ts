/**
 * The Besluit every decision returns, the options every decision takes, and `beslis`: the one
 * function that takes any decision from its definition — validate, select the rules, evaluate,
 * and assemble the reasons, acties and extra fields. Every `beslis*` function is a thin call of it.
 */
import * as z from 'zod/mini';
import { leesDatum, type Datum } from '../../deadlines/datum.js';
import { standaardKalender, type Werkdagkalender } from '../../deadlines/kalender.js';
import { leesDatumOfTijdstip, naarAmsterdam } from '../../deadlines/tijdstip.js';
import { regios } from '../../regios/index.js';
import type { Bron } from '../../types/bron.js';
import { invoerFout } from '../../types/fouten.js';
import { datumVeld, valideer } from '../../types/zodNl.js';
import type { ActieDefinitie, ActieUit, Context, Definitie } from './definitie.js';
import { evalueer, selecteer, type Feiten, type RegelsetInfo } from './evaluatie.js';
import type { FeitWaarde, RegelParams } from './regel.js';

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
    };

/** Options every decision takes. */
export interface BeslisOpties {
  /** Which version of the rules applies (default: today, in Amsterdam). */
  peildatum?: Datum;
  /** A region profile id, e.g. 'gelderland-zuid'. */
  regio?: string;
  /** The calendar used for any date the decision computes (default: standaardKalender). */
  kalender?: Werkdagkalender;
}

const isKalender = (k: unknown): k is Werkdagkalender =>
  typeof k === 'object' && k !== null && typeof (k as Werkdagkalender).plusWerkdagen === 'function' && typeof (k as Werkdagkalender).isWerkdag === 'function';

export const BeslisOptiesSchema = /* @__PURE__ */ z.strictObject({
  peildatum: z.optional(datumVeld()),
  regio: z.optional(
    z.string().check(
      z.superRefine((r, ctx) => {
        if (!Object.hasOwn(regios, r)) {
          ctx.addIssue({ code: 'custom', input: r, message: `Onbekende regio '${r}'. Bekende regio's: ${Object.keys(regios).join(', ')}.` });
        }
      }),
    ),
  ),
  kalender: z.optional(z.custom<Werkdagkalender>(isKalender, { message: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' })),
});

export interface GelezenOpties {
  peildatum: number;
  regio?: string;
  kalender: Werkdagkalender;
}

let vandaagCache = { dag: 0, geldigTot: -Infinity };

/**
 * Today's Amsterdam day. Cached (the Intl conversion costs more than a whole rule evaluation), but
 * only until three hours before Amsterdam midnight: a DST change shifts wall time by one hour at
 * most, so the cached day is never stale.
 */
function vandaag(): number {
  const nu = Date.now();
  if (nu < vandaagCache.geldigTot) return vandaagCache.dag;
  const { dag, minuut } = naarAmsterdam(nu);
  const marge = 1440 - minuut - 180;
  vandaagCache = { dag, geldigTot: marge > 0 ? nu - (nu % 60_000) + marge * 60_000 : -Infinity };
  return dag;
}

/** Validates the options; the peildatum defaults to today in Amsterdam. */
export function leesOpties(opties: unknown): GelezenOpties {
  if (opties === undefined) return { peildatum: vandaag(), kalender: standaardKalender };
  const o = valideer(BeslisOptiesSchema, opties, 'opties');
  const uit: GelezenOpties = {
    peildatum: o.peildatum !== undefined ? leesDatum(o.peildatum, 'opties.peildatum') : vandaag(),
    kalender: o.kalender ?? standaardKalender,
  };
  if (o.regio !== undefined) uit.regio = o.regio;
  return uit;
}

/** Checks that a gemeente belongs to the region. */
function controleerGemeente(gemeente: string, regio: string | undefined, pad: string): void {
  if (regio === undefined) invoerFout('opties.regio', `Een gemeente ('${gemeente}') kan alleen met een regio worden beoordeeld: geef opties.regio op.`);
  const profiel = regios[regio]!;
  if (!profiel.gemeenten.includes(gemeente)) {
    invoerFout(pad, `De gemeente '${gemeente}' hoort niet bij regio ${regio}. Gemeenten in deze regio: ${profiel.gemeenten.join(', ')}.`);
  }
}

/** The regions that have rules for `def` (for a regional decision). */
const regiosMetRegels = (def: Definitie) => [...new Set(def.regels.flatMap((r) => (r.event.params.regio ? [r.event.params.regio] : [])))];

const kopieBron = (b: Bron): Bron => ({ ...b });
const kopieBronnen = (bs: readonly Bron[]): Bron[] => bs.map(kopieBron);

/** A fresh copy of JSON-like data, so that a result never shares an object the library keeps. */
function kopie<T>(w: T): T {
  if (Array.isArray(w)) return w.map(kopie) as T;
  if (typeof w === 'object' && w !== null) {
    const uit: Record<string, unknown> = {};
    for (const k of Object.keys(w)) uit[k] = kopie((w as Record<string, unknown>)[k]);
    return uit as T;
  }
  return w;
}

function naarReden(p: RegelParams): Reden {
  const r: Reden = { regel: p.regel, uitleg: p.uitleg, bronnen: kopieBronnen(p.bronnen) };
  if (p.interpretatie !== undefined) {
    r.interpretatie = true;
    r.toelichting = p.interpretatie;
  }
  return r;
}

/** The actie an ActieDefinitie gives in this context, or undefined when it does not apply (yet). */
function actieVan(a: ActieDefinitie, c: Context, ontbrekend: string[]): Record<string, unknown> | undefined {
  if (a.bij !== undefined && !a.bij.includes(c.uitkomst)) return undefined;
  if (a.regel !== undefined && !c.gevuurd.includes(a.regel)) return undefined;
  if (a.als !== undefined) {
    let geldt = true;
    for (const [feit, w] of Object.entries(a.als)) {
      const v = c.invoer[feit];
      if (v === undefined) {
        if (!ontbrekend.includes(feit)) ontbrekend.push(feit);
        geldt = false;
      } else if (v !== w) geldt = false;
    }
    if (!geldt) return undefined;
  }
  const actie: Record<string, unknown> = { soort: a.soort, uitleg: a.uitleg, bronnen: kopieBronnen(a.bronnen) };
  if (a.details !== undefined) for (const k of Object.keys(a.details)) actie[k] = kopie(a.details[k]);
  if (a.bereken !== undefined) {
    const b = a.bereken(c);
    if (b.velden !== undefined) Object.assign(actie, b.velden);
    if (b.uitleg !== undefined) actie['uitleg'] = b.uitleg;
    for (const f of b.ontbrekend ?? []) if (!ontbrekend.includes(f)) ontbrekend.push(f);
  }
  return actie;
}

type BesluitVan = Besluit<string, Record<string, unknown>, string, Record<string, unknown>>;

/**
 * Takes the decision `def` on `invoer`: validates it with `schema` (derived from `def`), selects
 * the rules in force, evaluates them, and assembles the Besluit from the definition.
 */
export function beslis(def: Definitie, schema: z.ZodMiniType<object>, invoer: unknown, opties: unknown): BesluitVan {
  const o = leesOpties(opties);
  if (def.regioVerplicht) {
    const bekend = regiosMetRegels(def);
    if (o.regio === undefined) invoerFout('opties.regio', `Deze beslissing (${def.titel}) is regionaal: geef opties.regio op (regio’s met afspraken: ${bekend.join(', ')}).`);
    if (!bekend.includes(o.regio)) invoerFout('opties.regio', `Voor regio ${o.regio} zijn geen afspraken bekend voor deze beslissing (wel voor: ${bekend.join(', ')}).`);
  }
  const gelezen = valideer(schema, invoer) as Record<string, unknown>;

  // The known facts: null means "not known yet", like leaving the fact out.
  const bekend: Record<string, unknown> = {};
  const feiten: Feiten = {};
  for (const naam in gelezen) {
    const w = gelezen[naam];
    if (w === null || w === undefined) continue;
    bekend[naam] = w;
    const f = def.feiten[naam]!;
    if (f.soort === 'gemeente') controleerGemeente(w as string, o.regio, naam);
    if (f.soort === 'ja-nee' || f.soort === 'keuze' || f.soort === 'gemeente') feiten[naam] = w as FeitWaarde;
  }
  for (const naam in def.feiten) {
    const z0 = def.feiten[naam]!.zolangOnbeantwoord;
    if (z0 !== undefined && feiten[naam] === undefined) feiten[naam] = z0;
  }
  if (def.afgeleideFeiten) for (const naam in def.afgeleideFeiten) feiten[naam] = bekend[def.afgeleideFeiten[naam]!.ingevuld] !== undefined;

  let peildatum = o.peildatum;
  let datumPad = 'opties.peildatum';
  if (def.peildatumFeit !== undefined && bekend[def.peildatumFeit] !== undefined) {
    datumPad = def.peildatumFeit;
    peildatum = leesDatumOfTijdstip(bekend[def.peildatumFeit], datumPad, leesDatum);
  }
  const sel = selecteer(def, o.regio === undefined ? { peildatum } : { peildatum, regio: o.regio }, datumPad);
  const ev = evalueer(sel, feiten);
  if (ev.status === 'onvolledig') {
    return { status: 'onvolledig', beslissing: def.id, ontbrekend: ev.ontbrekend, mogelijkeUitkomsten: ev.mogelijkeUitkomsten };
  }

  const uitkomst = ev.waarden['uitkomst']!;
  const c: Context = {
    invoer: bekend,
    uitkomst,
    gevuurd: ev.gevuurd.map((p) => p.regel),
    kalender: o.kalender,
    peildatum,
    ...(o.regio !== undefined ? { regio: o.regio } : {}),
  };
  const ontbrekend: string[] = [];
  const acties: Record<string, unknown>[] = [];
  for (const a of def.acties) {
    const actie = actieVan(a, c, ontbrekend);
    if (actie) acties.push(actie);
  }
  const b: Record<string, unknown> = {
    status: 'besloten',
    beslissing: def.id,
    uitkomst,
    redenen: ev.gevuurd.map(naarReden),
    acties,
    regelset: { ...ev.regelset },
  };
  for (const k in def.kenmerken) b[k] = ev.waarden[k];
  for (const p of ev.gevuurd) if (p.extra) Object.assign(b, p.extra);
  if (def.extra) {
    const e = def.extra(c);
    if (e.velden) Object.assign(b, e.velden);
    for (const f of e.ontbrekend ?? []) if (!ontbrekend.includes(f)) ontbrekend.push(f);
  }
  if (ontbrekend.length > 0) b['ontbrekendVoorActies'] = ontbrekend;
  return b as BesluitVan;
}
