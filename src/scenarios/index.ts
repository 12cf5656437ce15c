// Entry point `handelingsprotocol/scenarios` (Node only: it reads files).
export { voerScenariosUit, ongedekteRegels, voerScenarioTekstUit, type ScenarioRapport, type BestandResultaat, type ScenarioResultaat, type Verschil } from './laad.js';
export { formatteerRapport } from './rapport.js';
export { ScenarioBestandSchema, ScenarioSchema, VerwachtSchema, type Scenario, type ScenarioBestand, type Verwacht, type ScenarioBeslissing } from './schema.js';
