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
