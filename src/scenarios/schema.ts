/**
 * The scenario file format for policy staff (YAML or JSON). A file names one beslissing (a
 * decision or a termijn), optionally a regio, peildatum, kalender (for termijnen) and
 * openingskalender (for kantooruren) for the whole file, and a
 * list of scenarios: each with a naam, the bron it was written from, the invoer, and what is
 * verwacht. The decisions and the extra fields a scenario may expect come from the definitions.
 */
import * as z from 'zod/mini';
import { KALENDERBELEID } from '../deadlines/kalender.js';
import { beslissingen, beslissingNamen, type Beslissing } from '../rules/beslissingen.js';
import type { Definitie } from '../rules/_lib/definitie.js';
import { beschrijf } from '../deadlines/datum.js';
import { datumVeld, ingekort, MAX_HINTS } from '../types/zodNl.js';

/** The termijnen a scenario file can test besides the decisions. */
export const TERMIJNEN = ['termijnVeiligheidsbeoordeling', 'termijnVervolgdienst', 'monitoringmomenten'] as const;
export type ScenarioBeslissing = Beslissing | (typeof TERMIJNEN)[number];

const tekst = () => z.string().check(z.trim(), z.minLength(1));
const lijst = <T extends z.ZodMiniType>(t: T) => z.optional(z.array(t));

/** Every extra field of a besloten Besluit of any decision (vtAdviseert, momenten, …). */
const extraVelden = (): string[] => [...new Set((Object.values(beslissingen) as Definitie[]).flatMap((d) => d.extraVelden ?? []))];

const ACTIE_VOORBEELD = 'bijvoorbeeld informeer-lokaal-team of { soort: spoedinterventie, wanneer: sez }';

/**
 * Why a value is no expected actie (a Dutch message), or undefined when it is one: a soort, or an
 * object with a soort and details. Checked by hand, not with a zod object: zod copies an object
 * and drops an own `__proto__` key without a word, and a typo must never be silently ignored.
 */
export function actieVerwachtingProbleem(w: unknown): string | undefined {
  if (typeof w === 'string') return w.trim() === '' ? `Een verwachte actie mag niet leeg zijn (${ACTIE_VOORBEELD}).` : undefined;
  if (typeof w !== 'object' || w === null || Array.isArray(w)) {
    return `Verwacht een actie als tekst of als { soort, … } (${ACTIE_VOORBEELD}), maar kreeg ${beschrijf(w)}.`;
  }
  if (Object.hasOwn(w, '__proto__')) return `Onbekend veld '__proto__' in een verwachte actie.`;
  const soort = (w as { soort?: unknown }).soort;
  if (typeof soort !== 'string' || soort.trim() === '') {
    return `Een verwachte actie als object heeft een 'soort' (een tekst) nodig, maar kreeg ${beschrijf(soort)} (${ACTIE_VOORBEELD}).`;
  }
  return undefined;
}

const ActieVerwachting = z.custom<string | ({ soort: string } & Record<string, unknown>)>((w) => actieVerwachtingProbleem(w) === undefined, {
  error: (iss) => actieVerwachtingProbleem(iss.input) ?? 'Ongeldige actie.',
});

/** Whether `w` is a plain object (what JSON and YAML give for `{ … }`). */
const isGewoonObject = (w: unknown): w is Record<string, unknown> => {
  if (typeof w !== 'object' || w === null || Array.isArray(w)) return false;
  const proto: unknown = Object.getPrototypeOf(w);
  return proto === Object.prototype || proto === null;
};

/**
 * The invoer of a scenario: a plain object, passed on as it is (the decision validates its
 * fields). Not `z.record`: that copies the object and drops an own `__proto__` key, so a scenario
 * with `__proto__:` in its invoer would pass instead of reporting an unknown field.
 */
const InvoerSchema = z.custom<Record<string, unknown>>(isGewoonObject, {
  error: (iss) => `Verwacht de feiten als object met velden (bijvoorbeeld { spoedOfCrisis: true }), maar kreeg ${beschrijf(iss.input)}.`,
});

/**
 * A source a scenario expects: a text, found in the `document` or in "document, vindplaats" of a
 * bron, or `{ document, vindplaats? }`: the document exactly, the vindplaats as part of the bron's.
 */
export type BronVerwachting = string | { document: string; vindplaats?: string };

const BRON_VOORBEELD = "bijvoorbeeld 'Gelderland-Zuid 2.0, §6.1' of { document: 'Handelingsprotocol Veilig Thuis 2019', vindplaats: 'p. 30-34' }";

/** Why a value is no BronVerwachting (a Dutch message), or undefined when it is one. */
export function bronVerwachtingProbleem(w: unknown): string | undefined {
  if (typeof w === 'string') return w.trim() === '' ? `Een verwachte bron mag niet leeg zijn (${BRON_VOORBEELD}).` : undefined;
  if (typeof w !== 'object' || w === null || Array.isArray(w)) {
    return `Verwacht een bron als tekst of als { document, vindplaats } (${BRON_VOORBEELD}), maar kreeg ${beschrijf(w)}.`;
  }
  const vreemd = Object.keys(w).filter((k) => k !== 'document' && k !== 'vindplaats');
  if (vreemd.length > 0) {
    const namen = vreemd.slice(0, MAX_HINTS).map((k) => `'${ingekort(k)}'`).join(', ') + (vreemd.length > MAX_HINTS ? ` … en ${vreemd.length - MAX_HINTS} meer` : '');
    return `Onbekend veld ${namen} in een verwachte bron. Bekend zijn: document, vindplaats.`;
  }
  const { document, vindplaats } = w as { document?: unknown; vindplaats?: unknown };
  if (typeof document !== 'string' || document.trim() === '') {
    return `Een verwachte bron als object heeft een 'document' (een tekst) nodig, maar kreeg ${beschrijf(document)} (${BRON_VOORBEELD}).`;
  }
  if (vindplaats !== undefined && (typeof vindplaats !== 'string' || vindplaats.trim() === '')) {
    return `De 'vindplaats' van een verwachte bron is een tekst die niet leeg is, maar kreeg ${beschrijf(vindplaats)}.`;
  }
  return undefined;
}

const BronVerwachtingSchema = z.custom<BronVerwachting>((w) => bronVerwachtingProbleem(w) === undefined, {
  error: (iss) => bronVerwachtingProbleem(iss.input) ?? 'Ongeldige bron.',
});

export const VerwachtSchema = /* @__PURE__ */ z.strictObject({
  status: z.optional(z.enum(['besloten', 'onvolledig'])),
  uitkomst: z.optional(tekst()),
  /** Rule ids that must be among the redenen. */
  redenen: lijst(tekst()),
  /** Acties that must be present: a soort, or a soort with details that must match. */
  acties: lijst(ActieVerwachting),
  ontbrekend: lijst(tekst()),
  mogelijkeUitkomsten: lijst(tekst()),
  ontbrekendVoorActies: lijst(tekst()),
  // Extra fields of a besloten Besluit, compared as they are (JSON).
  ...Object.fromEntries(extraVelden().map((v) => [v, z.optional(z.unknown())])),
  // Termijnen.
  uiterlijk: z.optional(datumVeld()),
  /** The days a termijn skipped, exactly (dates). */
  overgeslagen: lijst(datumVeld()),
  momenten: lijst(datumVeld()),
  /** Spoed en crisis (termijnVeiligheidsbeoordeling with a Tijdstip): the same day or the SEZ. */
  spoed: z.optional(z.enum(['zelfde-dag', 'sez'])),
  /** Sources that must be among the bronnen of the rules that fired (decisions) or of the termijn. */
  bronnen: lijst(BronVerwachtingSchema),
});
export type Verwacht = z.infer<typeof VerwachtSchema> & { [extraVeld: string]: unknown };

const KalenderSchema = z.strictObject({
  beleid: z.optional(z.enum(KALENDERBELEID as unknown as ['atw', 'feestdagen'])),
  extraVrijeDagen: lijst(datumVeld()),
});

export const ScenarioSchema = /* @__PURE__ */ z.strictObject({
  naam: tekst(),
  bron: tekst(),
  toelichting: z.optional(z.string()),
  regio: z.optional(tekst()),
  peildatum: z.optional(datumVeld()),
  invoer: InvoerSchema,
  verwacht: VerwachtSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioBestandSchema = /* @__PURE__ */ z.strictObject({
  beslissing: z.enum([...beslissingNamen(), ...TERMIJNEN] as unknown as [ScenarioBeslissing, ...ScenarioBeslissing[]]),
  omschrijving: z.optional(z.string()),
  regio: z.optional(tekst()),
  peildatum: z.optional(datumVeld()),
  kalender: z.optional(KalenderSchema),
  /** The organisation's opening days, for kantooruren (spoed en crisis: the same day or the SEZ). */
  openingskalender: z.optional(KalenderSchema),
  scenarios: z.array(z.unknown()).check(z.minLength(1)),
});
export type ScenarioBestand = {
  beslissing: ScenarioBeslissing;
  omschrijving?: string;
  regio?: string;
  peildatum?: string;
  kalender?: { beleid?: 'atw' | 'feestdagen'; extraVrijeDagen?: string[] };
  openingskalender?: { beleid?: 'atw' | 'feestdagen'; extraVrijeDagen?: string[] };
  scenarios: unknown[];
};
