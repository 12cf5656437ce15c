/** The scenario report as text a policy officer can read (Dutch; the last line as the contract fixes it). */
import type { BestandResultaat, Verschil } from './voerUit.js';

/** The result of running scenario files: every file's results and the counts. */
export interface ScenarioRapport {
  bestanden: BestandResultaat[];
  geslaagd: number;
  mislukt: number;
  /** Scenarios or files that could not be run: bad file, bad scenario, bad invoer. */
  ongeldig: number;
}

const toon = (w: unknown): string => (typeof w === 'string' ? w : Array.isArray(w) ? w.map(toon).join(', ') || '(leeg)' : JSON.stringify(w));

/** A bron as the scenario file writes it: a text, or { document: …, vindplaats: … }. */
const toonBron = (w: unknown): string =>
  typeof w === 'object' && w !== null && !Array.isArray(w)
    ? `{ ${Object.entries(w).map(([k, x]) => `${k}: ${String(x)}`).join(', ')} }`
    : toon(w);

function verschilRegels(v: Verschil): string[] {
  if (v.veld === 'bronnen') {
    // A bron contains commas itself: the bronnen that came, one per line.
    const gekregen = Array.isArray(v.gekregen) ? v.gekregen.map(toon) : [toon(v.gekregen)];
    return [
      `      ${v.veld}:`,
      `        verwacht  ${toonBron(v.verwacht)}`,
      ...gekregen.map((g, i) => `        ${i === 0 ? 'gekregen' : '        '}  ${g}`),
    ];
  }
  return [`      ${v.veld}:`, `        verwacht  ${toon(v.verwacht)}`, `        gekregen  ${toon(v.gekregen)}`];
}

/**
 * The readable report: per file a header and each scenario with ✓ (geslaagd), ✗ (mislukt: what was
 * expected and what came, and the rules that fired) or ! (ongeldig: file, scenario, field and a
 * Dutch message, on one line). Ends with `N passed, N failed` (ongeldig counts as failed).
 */
export function formatteerRapport(r: ScenarioRapport): string {
  const regels: string[] = [];
  for (const b of r.bestanden) {
    if (b.fout) {
      for (const p of b.fout) regels.push(`! ${b.bestand}${p.pad ? ` (${p.pad})` : ''}: ${p.melding}`);
      continue;
    }
    regels.push(`${b.bestand}  (${b.beslissing}, ${b.scenarios.length} scenario${b.scenarios.length === 1 ? '' : "'s"})`);
    for (const s of b.scenarios) {
      if (s.resultaat === 'geslaagd') regels.push(`  ✓ ${s.naam}`);
      else if (s.resultaat === 'mislukt') {
        regels.push(`  ✗ ${s.naam}`);
        for (const v of s.verschillen) regels.push(...verschilRegels(v));
        regels.push(`      regels die vuurden: ${s.redenen.length ? s.redenen.join(', ') : '(geen: nog niet te beslissen)'}`);
        if (s.bron) regels.push(`      bron van het scenario: ${s.bron}`);
      } else {
        for (const p of s.problemen) regels.push(`  ! ${b.bestand} › ${s.naam} › ${p.pad || '(scenario)'}: ${p.melding}`);
      }
    }
  }
  regels.push('');
  if (r.ongeldig > 0) regels.push(`${r.ongeldig} ongeldig (bestand of invoer niet te gebruiken; zie de regels met !)`);
  regels.push(`${r.geslaagd} passed, ${r.mislukt + r.ongeldig} failed`);
  return regels.join('\n');
}
