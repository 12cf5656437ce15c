/**
 * The JSON Schema (draft 2020-12) of a decision's invoer, derived from its definition — for form
 * builders (react-jsonschema-form, JSON Forms, a case system's own renderer) and for validating
 * the invoer outside JavaScript. Every label comes from the definition: `title` is the fact's
 * vraag, `description` its toelichting, a choice's `title` its label.
 */
import { isRegio, regios } from '../regios/index.js';
import { invoerFout } from '../types/fouten.js';
import type { Definitie, Feit } from './_lib/definitie.js';
import { onbekendeRegio, regioOntbreekt } from './_lib/besluit.js';
import { beslissingen, leesBeslissing, type Beslissing } from './beslissingen.js';

/** A JSON Schema object (draft 2020-12): plain JSON, safe to serialise and to change. */
export type JsonSchema = { [sleutel: string]: unknown };

/** Options of {@link jsonSchema}. */
export interface JsonSchemaOpties {
  /**
   * A region profile id, e.g. 'gelderland-zuid': a gemeente is then one of its gemeenten. Required
   * for a regional decision (politiemelding, escalatie), as when taking the decision.
   */
  regio?: string;
}

/** Null is the answer "not known yet", for every fact (form state uses null). */
const NOG_NIET = { type: 'null', title: 'Nog niet bekend' } as const;

/**
 * The Tijdstip the package reads: RFC 3339 with an upper-case T, hours 00–23, an offset of at most
 * ±14:00 written with a colon, or Z. `format: 'date-time'` (RFC 3339) also asks for the seconds,
 * which the package itself does not: see the README ("JSON Schema").
 */
const TIJDSTIP_PATROON = '^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d([.,]\\d{1,9})?)?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)$';

/**
 * The schema of one answer: either the choices (`oneOf` with `const` and a Dutch `title`), or the
 * constraints on a text. Null (not known yet) is added by the caller.
 */
function waarde(f: Feit, gemeenten: readonly string[] | undefined): { keuzes: JsonSchema[] } | { tekst: JsonSchema } {
  switch (f.soort) {
    case 'ja-nee':
      return { keuzes: [{ const: true, title: 'Ja' }, { const: false, title: 'Nee' }] };
    case 'keuze':
      return { keuzes: (f.opties ?? []).map((o) => ({ const: o.waarde, title: o.label })) };
    case 'gemeente':
      // Without a region every text is accepted here; the decision checks it against the region.
      return gemeenten ? { keuzes: gemeenten.map((g) => ({ const: g, title: g })) } : { tekst: {} };
    case 'datum':
      return { tekst: { format: 'date' } };
    case 'tijdstip':
      return { tekst: { format: 'date-time', pattern: TIJDSTIP_PATROON } };
    case 'datum-of-tijdstip':
      // format and pattern apply to texts only, so null passes both alternatives.
      return { tekst: { anyOf: [{ format: 'date' }, { format: 'date-time', pattern: TIJDSTIP_PATROON }] } };
    case 'tekst':
      // Not blank (leave the fact out, or null, while it is not known).
      return { tekst: { minLength: 1, pattern: '\\S' } };
  }
}

/**
 * The JSON Schema (draft 2020-12) of the invoer of `beslissing`: one property per fact, each with
 * `title` (the vraag), `description` (the toelichting, where there is one), `format: 'date'` or
 * `'date-time'` for dates and Tijdstippen, choices as `oneOf: [{ const, title }]` (ja/nee as Ja and
 * Nee, a gemeente as the region's list), null allowed everywhere (not known yet), no property
 * required and no other property allowed (`additionalProperties: false`).
 *
 * @param beslissing - a key of `beslissingen`, e.g. 'afwegingskader'
 * @param opties - regio: the region whose gemeenten a gemeente may be (required for a regional decision)
 * @returns a fresh JSON Schema object
 * @throws InvoerFout for an unknown beslissing, an unknown regio, or a regional decision without regio
 *
 * @example
 * const schema = jsonSchema('vervolg');
 * schema.properties.spoedOfCrisis.title; //=> 'Is er sprake van spoed of crisis?'
 */
export function jsonSchema(beslissing: Beslissing, opties?: JsonSchemaOpties): JsonSchema {
  const naam = leesBeslissing(beslissing);
  const def: Definitie = beslissingen[naam];
  if (opties !== undefined && (typeof opties !== 'object' || opties === null || Object.keys(opties).some((k) => k !== 'regio'))) {
    invoerFout('opties', 'onbekend-veld', 'De opties van jsonSchema kennen alleen regio, bijvoorbeeld { regio: \'gelderland-zuid\' }.');
  }
  const regio: unknown = opties?.regio;
  if (regio !== undefined && !isRegio(regio)) {
    invoerFout('opties.regio', 'onbekende-waarde', onbekendeRegio(regio));
  }
  if (def.regioVerplicht === true && regio === undefined) regioOntbreekt(def);
  const gemeenten = typeof regio === 'string' ? regios[regio]!.gemeenten : undefined;
  const properties: Record<string, JsonSchema> = {};
  for (const [feit, f] of Object.entries(def.feiten) as [string, Feit][]) {
    const w = waarde(f, gemeenten);
    properties[feit] = {
      title: f.vraag,
      ...(f.toelichting !== undefined ? { description: f.toelichting } : {}),
      ...('keuzes' in w ? { oneOf: [...w.keuzes, { ...NOG_NIET }] } : { type: ['string', 'null'], ...w.tekst }),
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: def.titel,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
