/**
 * The scenario-file loader: finds scenario files under the given paths and runs them. This and the
 * CLI are the only modules with `node:` imports; the package exports them from
 * `handelingsprotocol/scenarios`, so the main entry stays browser-safe.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beslissingen } from '../rules/beslissingen.js';
import type { ScenarioRapport } from './rapport.js';
import { voerScenarioTekstUit, type BestandResultaat } from './voerUit.js';

const SCENARIO_EXT = /\.(ya?ml|json)$/i;

async function bestandenOnder(pad: string): Promise<string[]> {
  const s = await stat(pad);
  if (!s.isDirectory()) return [pad];
  const uit: string[] = [];
  for (const d of (await readdir(pad, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const vol = join(pad, d.name);
    if (d.isDirectory()) uit.push(...(await bestandenOnder(vol)));
    else if (SCENARIO_EXT.test(d.name)) uit.push(vol);
  }
  return uit;
}

/**
 * Runs the scenario files at `paden` (files, or folders searched recursively for .yaml, .yml and
 * .json). Never throws for a bad file: it is reported in the result.
 *
 * @param paden - files or folders; default `['fixtures']`
 * @example
 * const r = await voerScenariosUit(['fixtures/vervolg']);
 * // { bestanden: [...], geslaagd: 31, mislukt: 0, ongeldig: 0 }
 */
export async function voerScenariosUit(paden: readonly string[] = ['fixtures']): Promise<ScenarioRapport> {
  const bestanden: BestandResultaat[] = [];
  for (const pad of paden) {
    let lijst: string[];
    try {
      lijst = await bestandenOnder(pad);
    } catch {
      bestanden.push({ bestand: pad, scenarios: [], fout: [{ pad: '', melding: 'Bestand of map niet gevonden.' }] });
      continue;
    }
    for (const bestand of lijst) {
      const naam = bestand;
      let tekst: string;
      try {
        tekst = await readFile(bestand, 'utf8');
      } catch {
        bestanden.push({ bestand: naam, scenarios: [], fout: [{ pad: '', melding: 'Het bestand is niet te lezen.' }] });
        continue;
      }
      bestanden.push(voerScenarioTekstUit(naam, tekst));
    }
  }
  const alle = bestanden.flatMap((b) => b.scenarios);
  return {
    bestanden,
    geslaagd: alle.filter((s) => s.resultaat === 'geslaagd').length,
    mislukt: alle.filter((s) => s.resultaat === 'mislukt').length,
    ongeldig: alle.filter((s) => s.resultaat === 'ongeldig').length + bestanden.filter((b) => b.fout).length,
  };
}

/** The rule ids no scenario in the report exercises (fires). Empty when every rule is covered. */
export function ongedekteRegels(rapport: ScenarioRapport): string[] {
  const geraakt = new Set(rapport.bestanden.flatMap((b) => b.scenarios.flatMap((s) => s.redenen)));
  return Object.values(beslissingen).flatMap((d) => d.regels.map((r) => r.name)).filter((id) => !geraakt.has(id));
}

