/**
 * The one definition of a decision: its facts (with the question a form shows, the options and
 * their labels, the sources), its uitkomsten, its rules and its acties. Everything else — the zod
 * schema and the TypeScript types of the invoer, the uitkomst union, the JSON Schema, the
 * enumeration domains, the lists the CLI and the scenario format accept, the docs — is derived
 * from it. Adding a fact, an option, an uitkomst or an actie is a change in one place.
 */
import type { Bron } from '../../types/bron.js';
import { diepBevroren } from '../../types/bevries.js';
import type { Werkdagkalender } from '../../deadlines/kalender.js';
import type { FeitWaarde, Regel } from './regel.js';

/** What kind of answer a fact takes. */
export type Feitsoort = 'ja-nee' | 'keuze' | 'datum' | 'tijdstip' | 'datum-of-tijdstip' | 'tekst' | 'gemeente';

/** One choice of a 'keuze' fact. */
export interface Optie {
  readonly waarde: string;
  /** Dutch label a form shows. */
  readonly label: string;
}

/** A fact the invoer may hold. */
export interface Feit {
  readonly soort: Feitsoort;
  /** The Dutch question a form shows. */
  readonly vraag: string;
  /** Short Dutch help text. */
  readonly toelichting?: string;
  /** For 'keuze': every value it may take, in the order a form lists them. */
  readonly opties?: readonly Optie[];
  readonly bronnen: readonly Bron[];
  /**
   * The value the rules read while the fact has no answer; such a fact never makes a Besluit
   * `onvolledig`. `null` for a question answered later in time (afwegingskader vraag 5: "not yet");
   * `false` for a fact that is only given when it holds (adviesOfMelding: a contact via the chat).
   */
  readonly zolangOnbeantwoord?: FeitWaarde;
}

/**
 * A boolean fact the rules read that is derived from the invoer: true when the fact `ingevuld`
 * has a value, false when it has none (monitoring: "a gegronde reden is recorded").
 */
export interface AfgeleidFeit {
  readonly ingevuld: string;
  readonly uitleg: string;
}

/** What the computations of acties and extra fields get to see. */
export interface Context {
  /** The validated invoer, without the facts that are not known (null or absent). */
  readonly invoer: Readonly<Record<string, unknown>>;
  readonly uitkomst: string;
  /** The ids of the rules that fired. */
  readonly gevuurd: readonly string[];
  /** The calendar for deadlines (Algemene termijnenwet by default). */
  readonly kalender: Werkdagkalender;
  /** The calendar of opening hours, for kantooruren (public holidays by default). */
  readonly openingskalender: Werkdagkalender;
  /** Epoch day of the day the rules were selected for. */
  readonly peildatum: number;
  readonly regio: string | undefined;
}

/** What a computation adds: fields, possibly a sharper uitleg, and the facts it still lacks. */
export interface Berekend<V extends object = Record<string, unknown>> {
  velden?: V;
  uitleg?: string;
  ontbrekend?: readonly string[];
}

/** A named computation of an actie's details (kantoortijd, an `uiterlijk`, …). */
export type Berekening<V extends object = Record<string, unknown>> = (c: Context) => Berekend<V>;

/** Something that must happen because of a Besluit, as data. */
export interface ActieDefinitie {
  readonly soort: string;
  readonly uitleg: string;
  readonly bronnen: readonly Bron[];
  /** Fixed details (wie, wijze, aan, …). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The uitkomsten this actie follows from; absent: every uitkomst. */
  readonly bij?: readonly string[];
  /** Only when this rule fired. */
  readonly regel?: string;
  /** Only when these facts have these values; while one is unknown the actie is left out and the fact is named in `ontbrekendVoorActies`. */
  readonly als?: Readonly<Record<string, FeitWaarde>>;
  /** Details computed from the facts and options. */
  readonly bereken?: Berekening<object>;
  /** Only in this region (a regional agreement); absent: everywhere. */
  readonly regio?: string;
  /** Not in these regions (their own agreement replaces this actie). */
  readonly nietIn?: readonly string[];
  /**
   * Also while the Besluit is still `onvolledig`: what to do meanwhile (its `als` must then hold on
   * the known facts; `bij` is ignored). Such an actie is never computed (`bereken`).
   */
  readonly alVoorBesluit?: boolean;
}

/** The definition of a decision. */
export interface Definitie {
  /** The beslissing's id, e.g. 'vervolg'; also the regelset id. */
  readonly id: string;
  /** Dutch title. */
  readonly titel: string;
  readonly versie: string;
  /** Every fact the invoer may hold, in the order a form asks them. */
  readonly feiten: Readonly<Record<string, Feit>>;
  readonly afgeleideFeiten?: Readonly<Record<string, AfgeleidFeit>>;
  /** Every possible uitkomst, in display order. */
  readonly uitkomsten: Readonly<Record<string, { readonly titel: string }>>;
  /** Further parts of the Besluit the rules decide besides the uitkomst (e.g. vtAdviseert), with their values. */
  readonly kenmerken?: Readonly<Record<string, Readonly<Record<string, { readonly titel: string }>>>>;
  /**
   * For a kenmerk that only matters with some uitkomsten: those uitkomsten. With another uitkomst
   * the Besluit is settled without it (the field is then given only when the facts settle it anyway).
   */
  readonly kenmerkAlleenBij?: Readonly<Record<string, readonly string[]>>;
  readonly regels: readonly Regel[];
  readonly acties: readonly ActieDefinitie[];
  /** Extra fields of the Besluit computed from facts and options (momenten, bewaartermijnTot, …). */
  readonly extra?: Berekening<object>;
  /**
   * The names of every extra field a besloten Besluit of this decision can have (from `kenmerken`,
   * a rule's `extra` and the `extra` computation), for the scenario format and the docs.
   */
  readonly extraVelden?: readonly string[];
  /** The fact whose day selects the rules in force (politiemelding: the day of receipt); else the peildatum. */
  readonly peildatumFeit?: string;
  /** The decision needs `opties.regio` (regional agreements). */
  readonly regioVerplicht?: boolean;
}

/**
 * Declares a decision's definition, keeping its literal types (fact names, option values,
 * uitkomsten, actie soorten) so that the types of its invoer and Besluit can be derived from it.
 * The definition is deeply frozen: it is exported data, and what it says may not change.
 */
export const definieer = /* @__NO_SIDE_EFFECTS__ */ <const D extends Definitie>(d: D): D => diepBevroren(d);

// ---- Types derived from a definition ----

type WaardeVan<F> = F extends { readonly soort: 'ja-nee' }
  ? boolean
  : F extends { readonly opties: readonly { readonly waarde: infer W }[] }
    ? W
    : string;

/** The invoer of a decision: every fact optional; null means "not known yet", like leaving it out. */
export type InvoerVan<D extends Definitie> = { -readonly [K in keyof D['feiten']]?: WaardeVan<D['feiten'][K]> | null };

/** The uitkomst union of a decision. */
export type UitkomstVan<D extends Definitie> = keyof D['uitkomsten'] & string;

/** The fact names of a decision. */
export type FeitnaamVan<D extends Definitie> = keyof D['feiten'] & string;

type DetailsVan<A> = A extends { readonly details: infer T } ? { -readonly [K in keyof T]: T[K] } : unknown;
type BerekendVan<A> = A extends { readonly bereken: Berekening<infer V> } ? Partial<V> : unknown;

/** The Actie an ActieDefinitie produces. */
export type ActieUit<A> = A extends { readonly soort: infer S extends string }
  ? { soort: S; uitleg: string; bronnen: Bron[]; [detail: string]: unknown } & DetailsVan<A> & BerekendVan<A>
  : never;

/** The acties of a decision: a union discriminated on `soort`. */
export type ActieVan<D extends Definitie> = ActieUit<D['acties'][number]>;

/** The kenmerken the rules decide besides the uitkomst, as fields of the Besluit. */
export type KenmerkenVan<D extends Definitie> = D extends { readonly kenmerken: infer K }
  ? D extends { readonly kenmerkAlleenBij: infer A }
    ? { [N in Exclude<keyof K, keyof A>]: keyof K[N] & string } & { [N in keyof K & keyof A]?: keyof K[N] & string }
    : { [N in keyof K]: keyof K[N] & string }
  : unknown;

/** The fact names the rules read, in the order to ask them; and their finite domains. */
export interface Domein {
  naam: string;
  waarden: readonly FeitWaarde[];
}

/** The extra fields a decision's `extra` computation adds to a besloten Besluit. */
export type ExtraVan<D extends Definitie> = D extends { readonly extra: Berekening<infer V> } ? V : unknown;
