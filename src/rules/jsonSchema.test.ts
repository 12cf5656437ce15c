/**
 * The generated JSON Schemas, checked with a real JSON Schema validator (ajv, draft 2020-12, with
 * its formats): every complete input of every decision is valid, and on a corpus of valid and
 * invalid answers for every fact the schema says what the package says (its zod schema, and the
 * region check for a gemeente) — except the one documented difference: RFC 3339 date-times need
 * seconds, the package does not.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { vangInvoerFout } from '../testhulp.js';
import { leesDatum } from '../deadlines/datum.js';
import { regios } from '../regios/index.js';
import { nlFoutmelding } from '../types/zodNl.js';
import type { Definitie } from './_lib/definitie.js';
import { alleInvoer, selecteer } from './_lib/evaluatie.js';
import { invoerSchema } from './_lib/schema.js';
import { beslissingen, beslissingNamen, type Beslissing } from './beslissingen.js';
import { jsonSchema } from './jsonSchema.js';

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

const REGIO = 'gelderland-zuid';
const schemaVan = (naam: Beslissing) => ajv.compile(jsonSchema(naam, { regio: REGIO }));

/** What the package accepts: its zod schema, and a gemeente of the region. */
function pakketAccepteert(d: Definitie, invoer: Record<string, unknown>): boolean {
  if (!invoerSchema(d).safeParse(invoer, { error: nlFoutmelding }).success) return false;
  return Object.entries(invoer).every(([k, w]) => d.feiten[k]?.soort !== 'gemeente' || w === null || regios[REGIO]!.gemeenten.includes(w as string));
}

/** Answers to try for a fact: the valid ones of its kind, and values every kind refuses or some kinds refuse. */
function antwoorden(d: Definitie, feit: string): unknown[] {
  const f = d.feiten[feit]!;
  const eigen: Record<string, unknown[]> = {
    'ja-nee': [true, false],
    keuze: (f.opties ?? []).map((o) => o.waarde),
    gemeente: ['Nijmegen', 'Mook en Middelaar', 'Arnhem', 'nijmegen'],
    datum: ['2025-02-28', '2024-02-29', '2025-02-29', '2025-13-01', '2025-2-3', '20250203'],
    tijdstip: ['2025-03-10T14:30:00+01:00', '2025-03-10T14:30:00Z', '2025-03-10T14:30:00.5+01:00', '2025-03-10T14:30+01:00', '2025-03-10t14:30:00z', '2025-03-10T14:30:00+0100', '2025-03-10T24:00:00Z', '2025-03-10T14:30:00+15:00', '2025-02-30T10:00:00Z', '2025-03-10 14:30:00Z'],
    'datum-of-tijdstip': ['2025-03-10', '2025-03-10T14:30:00+01:00', '2025-03-10T14:30+01:00', '2025-02-30', '2025-03-10T14:30:00'],
    tekst: ['Er is een gegronde reden.', '', '   ', '\n'],
  };
  return [...eigen[f.soort]!, null, 'onzin', 1, 0, [], {}, 'true'];
}

/** The known difference: a Tijdstip without seconds (or with a decimal comma) is valid for the package, not for RFC 3339. */
const zonderSeconden = (w: unknown) => typeof w === 'string' && /T\d{2}:\d{2}([+-]|Z)/.test(w);

describe('jsonSchema', () => {
  it.each(beslissingNamen())('%s: every complete input is valid for the schema', (naam) => {
    const d: Definitie = beslissingen[naam];
    const valideer = schemaVan(naam);
    const sel = selecteer(d, { peildatum: leesDatum('2025-06-02'), ...(d.regioVerplicht ? { regio: REGIO } : {}) }, 'peildatum');
    let n = 0;
    for (const f of alleInvoer(sel)) {
      const invoer: Record<string, unknown> = {};
      for (const [k, w] of Object.entries(f)) {
        const afgeleid = d.afgeleideFeiten?.[k];
        if (afgeleid) {
          if (w === true) invoer[afgeleid.ingevuld] = 'Vastgelegd in het dossier.';
        } else invoer[k] = w;
      }
      expect(valideer(invoer) ? [] : valideer.errors).toEqual([]);
      n++;
    }
    expect(n).toBeGreaterThan(1);
  });

  it.each(beslissingNamen())('%s: agrees with the package on every answer tried for every fact', (naam) => {
    const d: Definitie = beslissingen[naam];
    const valideer = schemaVan(naam);
    const verschillen: string[] = [];
    let verwachtVerschil = 0;
    for (const feit of Object.keys(d.feiten)) {
      for (const w of antwoorden(d, feit)) {
        const schemaZegt = valideer({ [feit]: w });
        const pakketZegt = pakketAccepteert(d, { [feit]: w });
        if (schemaZegt === pakketZegt) continue;
        // The documented difference, and only in that direction.
        if (pakketZegt && !schemaZegt && zonderSeconden(w)) verwachtVerschil++;
        else verschillen.push(`${feit}: ${JSON.stringify(w)} — schema ${schemaZegt}, pakket ${pakketZegt}`);
      }
    }
    expect(verschillen).toEqual([]);
    // Exactly one answer per time fact differs: the one without seconds.
    expect(verwachtVerschil).toBe(Object.values(d.feiten).filter((f) => f.soort === 'tijdstip' || f.soort === 'datum-of-tijdstip').length);
  });

  it('an unknown field, and an invoer that is no object, are refused as by the package', () => {
    const valideer = schemaVan('vervolg');
    expect(valideer({ spoedOfCrisiss: true })).toBe(false);
    expect(valideer.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'spoedOfCrisiss' } });
    expect(valideer([])).toBe(false);
    expect(valideer({})).toBe(true);
  });

  it('labels come from the definition: the vraag, the toelichting, the options with their labels, Ja/Nee, null as "Nog niet bekend"', () => {
    const s = jsonSchema('adviesOfMelding') as { title: string; properties: Record<string, Record<string, unknown>>; additionalProperties: boolean; $schema: string };
    expect([s.$schema, s.title, s.additionalProperties]).toEqual(['https://json-schema.org/draft/2020-12/schema', 'Advies of melding', false]);
    const wens = beslissingen.adviesOfMelding.feiten.wens;
    expect(s.properties['wens']).toEqual({
      title: wens.vraag,
      description: wens.toelichting,
      oneOf: [...wens.opties.map((o) => ({ const: o.waarde, title: o.label })), { type: 'null', title: 'Nog niet bekend' }],
    });
    expect(jsonSchema('vervolg').properties).toMatchObject({
      spoedOfCrisis: { title: 'Is er sprake van spoed of crisis?', oneOf: [{ const: true, title: 'Ja' }, { const: false, title: 'Nee' }, { type: 'null', title: 'Nog niet bekend' }] },
      moment: { type: ['string', 'null'], format: 'date-time' },
    });
  });

  it("a gemeente is one of the region's gemeenten, with its name as title", () => {
    for (const naam of ['politiemelding'] as const) {
      const s = jsonSchema(naam, { regio: REGIO }) as { properties: { gemeente: { oneOf: { const?: unknown; title: string }[] } } };
      expect(s.properties.gemeente.oneOf).toEqual([...regios[REGIO]!.gemeenten.map((g) => ({ const: g, title: g })), { type: 'null', title: 'Nog niet bekend' }]);
    }
  });

  it('is plain JSON, fresh on every call', () => {
    const a = jsonSchema('monitoring');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    (a['properties'] as Record<string, unknown>)['overdrachtAan'] = 'veranderd';
    expect((jsonSchema('monitoring')['properties'] as Record<string, unknown>)['overdrachtAan']).not.toBe('veranderd');
    // Nested too: the "not known yet" choice is a fresh object in every schema.
    const b = jsonSchema('monitoring') as { properties: Record<string, { oneOf: { title: string }[] }> };
    b.properties['overdrachtNa']!.oneOf.at(-1)!.title = 'veranderd';
    expect((jsonSchema('monitoring') as typeof b).properties['overdrachtNa']!.oneOf.at(-1)!.title).toBe('Nog niet bekend');
  });

  it('refuses an unknown beslissing, an unknown regio, unknown options, and a regional decision without regio', () => {
    expect(vangInvoerFout(() => jsonSchema('vervolgg' as never)).problemen).toEqual([
      { pad: 'beslissing', code: 'onbekende-waarde', melding: `Onbekende beslissing 'vervolgg'. Bedoelde u 'vervolg'? Bekend: ${beslissingNamen().join(', ')}.` },
    ]);
    expect(vangInvoerFout(() => jsonSchema('vervolg', { regio: 'utrecht' })).problemen).toEqual([
      { pad: 'opties.regio', code: 'onbekende-waarde', melding: "Onbekende regio 'utrecht'. Bekende regio's: gelderland-zuid." },
    ]);
    expect(vangInvoerFout(() => jsonSchema('vervolg', { regoi: REGIO } as never)).problemen).toEqual([
      { pad: 'opties', code: 'onbekend-veld', melding: "De opties van jsonSchema kennen alleen regio, bijvoorbeeld { regio: 'gelderland-zuid' }." },
    ]);
    expect(vangInvoerFout(() => jsonSchema('escalatie')).problemen).toEqual([
      { pad: 'opties.regio', code: 'ontbrekend', melding: 'Deze beslissing (Escalatiemodel) is regionaal: geef opties.regio op (regio’s met afspraken: gelderland-zuid).' },
    ]);
  });
});
