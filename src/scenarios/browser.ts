// Entry `handelingsprotocol/scenarios` for the browser (the `browser` export condition): running a
// scenario file's text and formatting the report, without the file loader (no node: imports).
export { voerScenarioTekstUit, type BestandResultaat, type ScenarioResultaat, type Verschil } from './voerUit.js';
export { formatteerRapport, type ScenarioRapport } from './rapport.js';
export {
  ScenarioBestandSchema, ScenarioSchema, VerwachtSchema, type Scenario, type ScenarioBestand, type Verwacht, type ScenarioBeslissing, type BronVerwachting,
} from './schema.js';
