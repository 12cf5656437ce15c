/**
 * Running scenarios: the whole corpus in fixtures/ (reading, YAML parsing, validation, decisions,
 * comparison), repeated until at least 1,000 scenarios have run; reported as seconds per 1,000.
 */
import { voerScenariosUit } from '../src/scenarios/laad.js';

export async function bench(): Promise<void> {
  await voerScenariosUit(['fixtures']); // warm-up
  const metingen: number[] = [];
  for (let ronde = 0; ronde < 5; ronde++) {
    let aantal = 0;
    const begin = performance.now();
    while (aantal < 1000) {
      const r = await voerScenariosUit(['fixtures']);
      if (r.mislukt + r.ongeldig > 0) throw new Error('De scenario’s in fixtures/ slagen niet allemaal.');
      aantal += r.geslaagd;
    }
    metingen.push(((performance.now() - begin) / aantal) * 1000 / 1000);
  }
  const mediaan = [...metingen].sort((a, b) => a - b)[2]!;
  console.log(`BENCH scenarios-1000 ${mediaan.toFixed(3)} s`);
}
