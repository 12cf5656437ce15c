// Re-exports only; nothing runs on import.
export { InvoerFout, type Probleem } from './types/fouten.js';
export type { Bron } from './types/bron.js';
export type { Datum } from './deadlines/datum.js';
export type { Tijdstip } from './deadlines/tijdstip.js';
export {
  maakWerkdagkalender, standaardKalender, KALENDERBELEID,
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
export { regelsets, type Regelset, type Beslissing } from './rules/regelsets.js';
export { beslisAdviesOfMelding, type AdviesOfMeldingBesluit, type AdviesOfMeldingUitkomst } from './rules/adviesOfMelding/adviesOfMelding.js';
export { beslisAmbtshalveMelding, type AmbtshalveMeldingBesluit, type AmbtshalveMeldingUitkomst } from './rules/ambtshalveMelding/ambtshalveMelding.js';
export { beslisVervolg, type VervolgBesluit, type VervolgUitkomst } from './rules/vervolg/vervolg.js';
export { beslisMonitoring, type MonitoringBesluit, type MonitoringUitkomst } from './rules/monitoring/monitoring.js';
export { doorloopAfwegingskader, type AfwegingskaderBesluit, type AfwegingskaderUitkomst } from './rules/afwegingskader/afwegingskader.js';
export { afwegingsvragen, type Afwegingsvraag } from './rules/afwegingskader/regels.js';
export { beslisPolitiemelding, type PolitiemeldingBesluit, type PolitiemeldingUitkomst } from './rules/politiemelding/politiemelding.js';
export {
  AdviesOfMeldingInvoerSchema, AmbtshalveMeldingInvoerSchema, VervolgInvoerSchema, MonitoringInvoerSchema,
  AfwegingskaderAntwoordenSchema, PolitiemeldingInvoerSchema,
  type AdviesOfMeldingInvoer, type AmbtshalveMeldingInvoer, type VervolgInvoer, type MonitoringInvoer,
  type AfwegingskaderAntwoorden, type PolitiemeldingInvoer,
} from './types/schemas.js';
export { nlFoutmelding } from './types/zodNl.js';
export { regios, type Regioprofiel } from './regios/index.js';
