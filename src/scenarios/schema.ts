/**
 * The scenario file format for policy staff (YAML or JSON). A file names one beslissing (a
 * decision or a termijn), optionally a regio, peildatum and kalender for the whole file, and a
 * list of scenarios: each with a naam, the bron it was written from, the invoer, and what is
 * verwacht.
 */
import { z } from 'zod';
import { datumVeld } from '../types/zodNl.js';

export const BESLISSINGEN = ['adviesOfMelding', 'ambtshalveMelding', 'vervolg', 'monitoring', 'afwegingskader', 'politiemelding'] as const;
export const TERMIJNEN = ['termijnVeiligheidsbeoordeling', 'termijnVervolgdienst', 'monitoringmomenten'] as const;
export type ScenarioBeslissing = (typeof BESLISSINGEN)[number] | (typeof TERMIJNEN)[number];

const tekst = () => z.string().trim().min(1);

const ActieVerwachting = z.union([tekst(), z.looseObject({ soort: tekst() })]);

export const VerwachtSchema = z.strictObject({
  status: z.enum(['besloten', 'onvolledig']).optional(),
  uitkomst: tekst().optional(),
  /** Rule ids that must be among the redenen. */
  redenen: z.array(tekst()).optional(),
  /** Acties that must be present: a soort, or a soort with details that must match. */
  acties: z.array(ActieVerwachting).optional(),
  ontbrekend: z.array(tekst()).optional(),
  mogelijkeUitkomsten: z.array(tekst()).optional(),
  ontbrekendVoorActies: z.array(tekst()).optional(),
  // Extra fields of a besloten Besluit.
  vtAdviseert: tekst().optional(),
  verplicht: z.boolean().optional(),
  momenten: z.array(datumVeld()).optional(),
  samenMetVeiligThuis: z.boolean().optional(),
  volgendeVraag: tekst().optional(),
  veiligheidsbeoordeling: z.boolean().optional(),
  bewaartermijnTot: datumVeld().optional(),
  // Termijnen.
  uiterlijk: datumVeld().optional(),
  /** The days a termijn skipped, exactly (dates). */
  overgeslagen: z.array(datumVeld()).optional(),
});
export type Verwacht = z.infer<typeof VerwachtSchema>;

const KalenderSchema = z.strictObject({
  beleid: z.enum(['atw', 'feestdagen']).optional(),
  extraVrijeDagen: z.array(datumVeld()).optional(),
});

export const ScenarioSchema = z.strictObject({
  naam: tekst(),
  bron: tekst(),
  toelichting: z.string().optional(),
  regio: tekst().optional(),
  peildatum: datumVeld().optional(),
  invoer: z.record(z.string(), z.unknown()),
  verwacht: VerwachtSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioBestandSchema = z.strictObject({
  beslissing: z.enum([...BESLISSINGEN, ...TERMIJNEN]),
  omschrijving: z.string().optional(),
  regio: tekst().optional(),
  peildatum: datumVeld().optional(),
  kalender: KalenderSchema.optional(),
  scenarios: z.array(z.unknown()).min(1),
});
export type ScenarioBestand = z.infer<typeof ScenarioBestandSchema>;
