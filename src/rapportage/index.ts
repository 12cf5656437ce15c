// The caseload report (browser-safe; the CLI reads the files).
export {
  maakRapportage, vervolgsoorten, periodeVan, RAPPORTAGE_KOLOMMEN, STANDAARDNORMEN, NORMBRON,
  type Rapportage, type RapportageOpties, type Rapportageregel, type Rapportageperiode, type Rapportagenormen,
  type RapportageKolom, type ZaakOverTermijn, type VervolgSoort,
} from './rapportage.js';
