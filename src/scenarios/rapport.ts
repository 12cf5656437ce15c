/** The scenario report as text a policy officer can read (Dutch; the last line as the contract fixes it). */
import { beschrijf } from '../deadlines/datum.js';
import { ingekort } from '../types/zodNl.js';
import type { BestandResultaat, Verschil } from './voerUit.js';

/** The result of running scenario files: every file's results and the counts. */
export interface ScenarioRapport {
  bestanden: BestandResultaat[];
  geslaagd: number;
  mislukt: number;
  /** Scenarios or files that could not be run: bad file, bad scenario, bad invoer. */
  ongeldig: number;
}

/** The longest value a ✗ line shows (a value comes from the file, and may be huge). */
const MAX_TOON = 500;

/** JSON, or a Dutch stand-in for what JSON cannot show (a BigInt, a cycle). */
function alsJson(w: unknown): string {
  if (typeof w === 'bigint') return String(w);
  try {
    return JSON.stringify(w) ?? String(w);
  } catch {
    return '(niet te tonen)';
  }
}

const toonVol = (w: unknown): string => (typeof w === 'string' ? w : Array.isArray(w) ? w.map(toonVol).join(', ') || '(leeg)' : alsJson(w));
const toon = (w: unknown): string => ingekort(toonVol(w), MAX_TOON);

/** A bron as the scenario file writes it: a text, or { document: …, vindplaats: … }. */
const toonBron = (w: unknown): string =>
  typeof w === 'object' && w !== null && !Array.isArray(w)
    ? ingekort(`{ ${Object.entries(w).map(([k, x]) => `${k}: ${typeof x === 'string' ? x : alsJson(x)}`).join(', ')} }`, MAX_TOON)
    : toon(w);

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);
const isTelling = (w: unknown): boolean => typeof w === 'number' && Number.isInteger(w) && w >= 0;
const isProbleem = (p: unknown): boolean => isObject(p) && typeof p['pad'] === 'string' && typeof p['melding'] === 'string';
const RESULTATEN: readonly unknown[] = ['geslaagd', 'mislukt', 'ongeldig'];

/** Why `s` is no ScenarioResultaat, or undefined. */
function scenarioProbleem(s: unknown): string | undefined {
  if (!isObject(s)) return `verwacht een scenarioresultaat, maar kreeg ${beschrijf(s)}`;
  if (typeof s['naam'] !== 'string') return "'naam' is geen tekst";
  if (s['bron'] !== undefined && typeof s['bron'] !== 'string') return "'bron' is geen tekst";
  if (!RESULTATEN.includes(s['resultaat'])) return "'resultaat' is niet geslaagd, mislukt of ongeldig";
  const verschillen = s['verschillen'];
  if (!Array.isArray(verschillen) || !verschillen.every((v) => isObject(v) && typeof v['veld'] === 'string')) return "'verschillen' is geen lijst van verschillen (met veld, verwacht, gekregen)";
  const redenen = s['redenen'];
  if (!Array.isArray(redenen) || !redenen.every((r) => typeof r === 'string')) return "'redenen' is geen lijst van regels";
  const problemen = s['problemen'];
  if (!Array.isArray(problemen) || !problemen.every(isProbleem)) return "'problemen' is geen lijst van problemen (met pad en melding)";
  return undefined;
}

/** Why `b` is no BestandResultaat, or undefined. */
function bestandProbleem(b: unknown): string | undefined {
  if (!isObject(b)) return `verwacht een bestandsresultaat, maar kreeg ${beschrijf(b)}`;
  if (typeof b['bestand'] !== 'string') return "'bestand' is geen tekst";
  if (b['beslissing'] !== undefined && typeof b['beslissing'] !== 'string') return "'beslissing' is geen tekst";
  const fout = b['fout'];
  if (fout !== undefined && (!Array.isArray(fout) || !fout.every(isProbleem))) return "'fout' is geen lijst van problemen (met pad en melding)";
  const scenarios = b['scenarios'];
  if (!Array.isArray(scenarios)) return "'scenarios' is geen lijst";
  for (const [i, s] of scenarios.entries()) {
    const p = scenarioProbleem(s);
    if (p !== undefined) return `scenarios[${i}]: ${p}`;
  }
  return undefined;
}

/**
 * Why `r` is not a scenario report as voerScenariosUit gives it (one Dutch sentence), or undefined
 * when it is one. Checks every field that formatteerRapport and ongedekteRegels read.
 *
 * @example
 * rapportProbleem(null); //=> 'Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg null.'
 */
export function rapportProbleem(r: unknown): string | undefined {
  if (!isObject(r)) return `Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg ${beschrijf(r)}.`;
  const bestanden = r['bestanden'];
  if (!Array.isArray(bestanden)) return "Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar dit object heeft geen lijst 'bestanden'.";
  for (const veld of ['geslaagd', 'mislukt', 'ongeldig']) {
    if (!isTelling(r[veld])) return `Het scenariorapport is niet compleet: '${veld}' is geen aantal (een geheel getal van 0 of meer).`;
  }
  for (const [i, b] of bestanden.entries()) {
    const p = bestandProbleem(b);
    if (p !== undefined) return `Het scenariorapport is niet compleet: bestanden[${i}]: ${p}.`;
  }
  return undefined;
}

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
  if (v.veld === '…') return [`      … ${toon(v.verwacht)}`]; // the count of the differences not shown
  return [`      ${v.veld}:`, `        verwacht  ${toon(v.verwacht)}`, `        gekregen  ${toon(v.gekregen)}`];
}

/** The last line, as the contract fixes it: ongeldig counts as failed. */
const slotregel = (geslaagd: number, gefaald: number): string => `${geslaagd} passed, ${gefaald} failed`;

/**
 * The readable report: per file a header and each scenario with ✓ (geslaagd), ✗ (mislukt: what was
 * expected and what came, and the rules that fired) or ! (ongeldig: file, scenario, field and a
 * Dutch message, on one line). Ends with `N passed, N failed` (ongeldig counts as failed). A value
 * from the file is shown up to 500 characters, a scenario's name up to 200.
 *
 * Never throws: given something that is not a scenario report (null, a number, an object of
 * another shape), it returns a report of one `!` line that says what is wrong, ending in
 * `0 passed, 1 failed` — the text is meant to be printed, and must not read as a success.
 *
 * @param r - the result of voerScenariosUit
 * @returns the report as text (lines separated by \n)
 * @example
 * formatteerRapport(await voerScenariosUit(['fixtures/vervolg'])).split('\n').at(-1); //=> '31 passed, 0 failed'
 * formatteerRapport(null);
 * //=> '! Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg null.\n\n0 passed, 1 failed'
 */
export function formatteerRapport(r: ScenarioRapport): string {
  let probleem: string | undefined;
  try {
    probleem = rapportProbleem(r);
    if (probleem === undefined) return formatteer(r);
  } catch {
    probleem = 'Het scenariorapport is niet te lezen.';
  }
  return [`! ${probleem}`, '', slotregel(0, 1)].join('\n');
}

function formatteer(r: ScenarioRapport): string {
  const regels: string[] = [];
  for (const b of r.bestanden) {
    if (b.fout) {
      for (const p of b.fout) regels.push(`! ${b.bestand}${p.pad ? ` (${p.pad})` : ''}: ${p.melding}`);
      continue;
    }
    regels.push(`${b.bestand}  (${b.beslissing}, ${b.scenarios.length} scenario${b.scenarios.length === 1 ? '' : "'s"})`);
    for (const s of b.scenarios) {
      const naam = ingekort(s.naam, 200);
      if (s.resultaat === 'geslaagd') regels.push(`  ✓ ${naam}`);
      else if (s.resultaat === 'mislukt') {
        regels.push(`  ✗ ${naam}`);
        for (const v of s.verschillen) regels.push(...verschilRegels(v));
        regels.push(`      regels die vuurden: ${s.redenen.length ? s.redenen.join(', ') : '(geen: nog niet te beslissen)'}`);
        if (s.bron) regels.push(`      bron van het scenario: ${ingekort(s.bron, MAX_TOON)}`);
      } else {
        for (const p of s.problemen) regels.push(`  ! ${b.bestand} › ${naam} › ${p.pad || '(scenario)'}: ${p.melding}`);
      }
    }
  }
  regels.push('');
  if (r.ongeldig > 0) regels.push(`${r.ongeldig} ongeldig (bestand of invoer niet te gebruiken; zie de regels met !)`);
  regels.push(slotregel(r.geslaagd, r.mislukt + r.ongeldig));
  return regels.join('\n');
}
