// Re-exports only; nothing runs on import.
export { FOUTCODES, InvoerFout, type Foutcode, type Probleem } from './types/fouten.js';
export type { Bron } from './types/bron.js';
export type { Datum } from './deadlines/datum.js';
export type { Tijdstip } from './deadlines/tijdstip.js';
export {
  maakWerkdagkalender, standaardKalender, standaardOpeningskalender, isWerkdagkalender, KALENDERBELEID,
  type Werkdagkalender, type WerkdagkalenderOpties, type Kalenderbeleid, type VrijeDag,
} from './deadlines/kalender.js';
export {
  termijnVeiligheidsbeoordeling, termijnVervolgdienst, monitoringmomenten, isKantoortijd,
  type Termijn, type OvergeslagenDag, type TermijnVeiligheidsbeoordelingOpties,
  type TermijnVervolgdienstOpties, type StartVervolgdienst, type KantoortijdOpties,
} from './deadlines/termijnen.js';
export { GELIJKSTELLINGSBESLUITEN, type Gelijkstellingsbesluit } from './deadlines/gelijkgesteldeDagen.js';
export {
  type Besluit, type Reden, type Actie, type BeslisOpties, type RegelsetInfo, BeslisOptiesSchema,
} from './rules/_lib/besluit.js';
export type { Regel, RegelParams, Voorwaarde, FeitVoorwaarde } from './rules/_lib/regel.js';
export type {
  Definitie, Feit, Feitsoort, Optie, ActieDefinitie, InvoerVan, UitkomstVan, FeitnaamVan, ActieVan,
} from './rules/_lib/definitie.js';
export { beslissingen, regelsets, type Regelset, type Beslissing } from './rules/beslissingen.js';
export { jsonSchema, type JsonSchema, type JsonSchemaOpties } from './rules/jsonSchema.js';
export {
  beslisAdviesOfMelding, AdviesOfMeldingInvoerSchema,
  type AdviesOfMeldingInvoer, type AdviesOfMeldingBesluit, type AdviesOfMeldingUitkomst,
} from './rules/adviesOfMelding/adviesOfMelding.js';
export {
  beslisAmbtshalveMelding, AmbtshalveMeldingInvoerSchema,
  type AmbtshalveMeldingInvoer, type AmbtshalveMeldingBesluit, type AmbtshalveMeldingUitkomst,
} from './rules/ambtshalveMelding/ambtshalveMelding.js';
export { beslisVervolg, VervolgInvoerSchema, type VervolgInvoer, type VervolgBesluit, type VervolgUitkomst } from './rules/vervolg/vervolg.js';
export {
  beslisMonitoring, MonitoringInvoerSchema, type MonitoringInvoer, type MonitoringBesluit, type MonitoringUitkomst,
} from './rules/monitoring/monitoring.js';
export {
  doorloopAfwegingskader, afwegingsvragen, AfwegingskaderAntwoordenSchema,
  type AfwegingskaderAntwoorden, type AfwegingskaderBesluit, type AfwegingskaderUitkomst, type Afwegingsvraag,
} from './rules/afwegingskader/afwegingskader.js';
export {
  beslisPolitiemelding, PolitiemeldingInvoerSchema,
  type PolitiemeldingInvoer, type PolitiemeldingBesluit, type PolitiemeldingUitkomst,
} from './rules/politiemelding/politiemelding.js';
export { beslisAfsluiting, AfsluitingInvoerSchema, type AfsluitingInvoer, type AfsluitingBesluit, type AfsluitingUitkomst } from './rules/afsluiting/afsluiting.js';
export { beslisEscalatie, EscalatieInvoerSchema, type EscalatieInvoer, type EscalatieBesluit, type EscalatieUitkomst } from './rules/escalatie/escalatie.js';
export { nlFoutmelding } from './types/zodNl.js';
export { regios, type Regioprofiel } from './regios/index.js';
export {
  maakRapportage, RAPPORTAGE_KOLOMMEN, STANDAARDNORMEN,
  type Rapportage, type RapportageOpties, type Rapportageregel, type Rapportageperiode, type Rapportagenormen,
  type RapportageKolom, type ZaakOverTermijn,
} from './rapportage/index.js';
