/**
 * The scenario-file loader: finds scenario files under the given paths and runs them. This and the
 * CLI are the only modules with `node:` imports; the package exports them from
 * `handelingsprotocol/scenarios`, so the main entry stays browser-safe.
 *
 * Only regular files are read: a FIFO, socket or device (or a link to one) is reported and never
 * opened, so a run can neither hang nor read without end. A file larger than MAX_BESTAND_BYTES is
 * refused before it is read, and a file that is not UTF-8 says so.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beslissingen } from '../rules/beslissingen.js';
import { InvoerFout } from '../types/fouten.js';
import { beschrijf } from '../deadlines/datum.js';
import { rapportProbleem, type ScenarioRapport } from './rapport.js';
import { getal, MAX_BESTAND_BYTES, teGrootMelding, voerScenarioTekstUit, type BestandResultaat } from './voerUit.js';

const SCENARIO_EXT = /\.(ya?ml|json)$/i;

/**
 * A Dutch sentence for a file-system error (ENOENT, ENOTDIR, EACCES, EISDIR, ELOOP, …): what a
 * policy officer can do something with, never Node's English message.
 */
export function fsMelding(e: unknown): string {
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'Bestand of map niet gevonden.';
    case 'ENOTDIR':
      return 'Een deel van het pad is geen map: er staat een bestand waar een map verwacht wordt.';
    case 'EACCES':
    case 'EPERM':
      return 'Geen toestemming: u mag dit bestand of deze map niet lezen (of schrijven).';
    case 'EISDIR':
      return 'Dit is een map, geen bestand.';
    case 'ELOOP':
      return 'Te veel koppelingen (symlinks) na elkaar, of een koppeling die naar zichzelf wijst.';
    case 'ENAMETOOLONG':
      return 'De naam van het bestand of het pad is te lang.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Er zijn te veel bestanden tegelijk open. Probeer het opnieuw.';
    case 'ENOSPC':
      return 'De schijf is vol.';
    case 'EROFS':
      return 'Hier kan niet worden geschreven: het bestandssysteem is alleen-lezen.';
    case 'EEXIST':
      return 'Er staat al een bestand met die naam.';
    case 'EBUSY':
      return 'Het bestand is in gebruik. Probeer het opnieuw.';
    case 'EIO':
      return 'De schijf gaf een lees- of schrijffout.';
    case 'EINVAL':
    case 'ERR_INVALID_ARG_VALUE': // a path with a NUL character in it
    case 'ERR_INVALID_ARG_TYPE':
      return 'Dit pad is niet te gebruiken.';
    default:
      return code ? `Niet te lezen (foutcode ${code}).` : 'Niet te lezen.';
  }
}

/** A sentence that continues another: "Bestand …" → "bestand …". */
export const kleineLetter = (zin: string): string => zin.charAt(0).toLowerCase() + zin.slice(1);

/** What a file that is not a regular file is, in Dutch, or undefined for a regular file. */
function bijzonderBestand(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'een map';
  if (s.isFIFO()) return 'een named pipe (FIFO)';
  if (s.isSocket()) return 'een socket';
  if (s.isCharacterDevice()) return 'een apparaat (character device)';
  if (s.isBlockDevice()) return 'een apparaat (block device)';
  return 'geen gewoon bestand';
}

/** "Niet UTF-8 (regel N)": where the first byte that is not UTF-8 is, and what to do. */
function geenUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'Het bestand is opgeslagen als UTF-16, niet als UTF-8. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).';
  }
  const tekst = new TextDecoder('utf-8').decode(bytes);
  const plek = tekst.indexOf('\uFFFD');
  let regel = 1;
  for (let i = tekst.indexOf('\n'); i !== -1 && i < plek; i = tekst.indexOf('\n', i + 1)) regel++;
  return `Het bestand is geen UTF-8-tekst (het eerste teken dat niet klopt staat in regel ${regel}); het is waarschijnlijk opgeslagen als Windows-1252 of Latin-1. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).`;
}

/**
 * Reads a regular file as UTF-8 text of at most `max` bytes, or says in Dutch why not. Never
 * throws; never opens a FIFO, socket or device (or a link to one); never reads more than `max` + 1
 * bytes, even when the file grows while it is read.
 *
 * @param wat - what the file is, for the message about its size ("een scenariobestand")
 */
export async function leesTekstbestand(pad: string, wat: string, max = MAX_BESTAND_BYTES): Promise<{ tekst: string; fout?: undefined } | { fout: string; tekst?: undefined }> {
  let s: Stats;
  try {
    s = await stat(pad);
  } catch (e) {
    return { fout: fsMelding(e) };
  }
  const soort = bijzonderBestand(s);
  if (soort !== undefined) {
    if (s.isDirectory()) return { fout: 'Dit is een map, geen bestand.' };
    const link = await lstat(pad).then((l) => l.isSymbolicLink(), () => false);
    return { fout: `Dit is ${link ? `een koppeling naar ${soort}` : soort}, geen gewoon bestand; alleen gewone bestanden worden gelezen.` };
  }
  if (s.size > max) return { fout: teGrootMelding(`${getal(s.size)} bytes`, wat) };
  let bytes: Uint8Array;
  try {
    // O_NONBLOCK: should the file have been replaced by a FIFO since stat, open does not wait for a writer.
    const handle = await open(pad, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) return { fout: 'Dit is geen gewoon bestand; alleen gewone bestanden worden gelezen.' };
      // One byte more than allowed: reading it means the file is too big (it may have grown since stat).
      const buffer = Buffer.allocUnsafe(max + 1);
      let gelezen = 0;
      while (gelezen < buffer.length) {
        const { bytesRead } = await handle.read(buffer, gelezen, buffer.length - gelezen, null);
        if (bytesRead === 0) break;
        gelezen += bytesRead;
      }
      if (gelezen > max) return { fout: teGrootMelding(undefined, wat) };
      bytes = buffer.subarray(0, gelezen);
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (e) {
    return { fout: fsMelding(e) };
  }
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { fout: geenUtf8(bytes) };
  }
}

type Gevonden = { pad: string; fout?: string };

/** The scenario files under `pad` (a file, or a folder searched recursively), and what could not be searched. */
async function bestandenOnder(pad: string, bezocht: Set<string>): Promise<Gevonden[]> {
  let s: Stats;
  try {
    s = await stat(pad);
  } catch (e) {
    return [{ pad, fout: fsMelding(e) }];
  }
  if (!s.isDirectory()) return [{ pad }]; // a file named explicitly is read whatever its name (and refused when it is no regular file)
  const sleutel = `${s.dev}:${s.ino}`;
  if (bezocht.has(sleutel)) return []; // a link back to a folder already searched: its files were run
  bezocht.add(sleutel);
  let namen;
  try {
    namen = (await readdir(pad, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    return [{ pad, fout: fsMelding(e) }];
  }
  const uit: Gevonden[] = [];
  for (const d of namen) {
    const vol = join(pad, d.name);
    if (d.isDirectory()) uit.push(...(await bestandenOnder(vol, bezocht)));
    else if (d.isSymbolicLink()) {
      const doel = await stat(vol).catch((e: unknown) => e);
      if (doel instanceof Error) {
        if (SCENARIO_EXT.test(d.name)) uit.push({ pad: vol, fout: `Deze koppeling (symlink) wijst nergens heen; ${kleineLetter(fsMelding(doel))}` });
      } else if ((doel as Stats).isDirectory()) uit.push(...(await bestandenOnder(vol, bezocht)));
      else if (SCENARIO_EXT.test(d.name)) uit.push({ pad: vol });
    } else if (SCENARIO_EXT.test(d.name)) uit.push({ pad: vol }); // a FIFO or device is refused when read, unopened
  }
  return uit;
}

/**
 * Runs the scenario files at `paden` (files, or folders searched recursively for .yaml, .yml and
 * .json).
 *
 * Never throws and never rejects: a file that cannot be used is reported in the result with a
 * Dutch `fout` and counts as ongeldig — a missing path, a folder that cannot be read, a FIFO,
 * socket or device (never opened), a file larger than MAX_BESTAND_BYTES (1 MB; refused before it is read), a file
 * that is not UTF-8. `paden` may be one path as a text; anything else that is not a list of texts
 * (null, a number) gives one ongeldig entry that says what was expected.
 *
 * @param paden - files or folders; default `['fixtures']`
 * @returns every file's results and the counts
 * @example
 * const r = await voerScenariosUit(['fixtures/vervolg']);
 * // { bestanden: [...], geslaagd: 31, mislukt: 0, ongeldig: 0 }
 */
export async function voerScenariosUit(paden: readonly string[] = ['fixtures']): Promise<ScenarioRapport> {
  const bestanden: BestandResultaat[] = [];
  try {
    const lijst: readonly unknown[] | undefined = typeof paden === 'string' ? [paden] : Array.isArray(paden) ? paden : undefined;
    if (lijst === undefined) {
      bestanden.push({ bestand: '(paden)', scenarios: [], fout: [{ pad: '', melding: `Verwacht een lijst met paden van bestanden of mappen (bijvoorbeeld ['fixtures']), maar kreeg ${beschrijf(paden)}.` }] });
    }
    const bezocht = new Set<string>();
    for (const [i, pad] of (lijst ?? []).entries()) {
      if (typeof pad !== 'string') {
        bestanden.push({ bestand: `(pad ${i + 1})`, scenarios: [], fout: [{ pad: '', melding: `Verwacht een pad (een tekst), maar kreeg ${beschrijf(pad)}.` }] });
        continue;
      }
      for (const gevonden of await bestandenOnder(pad, bezocht)) {
        if (gevonden.fout !== undefined) {
          bestanden.push({ bestand: gevonden.pad, scenarios: [], fout: [{ pad: '', melding: gevonden.fout }] });
          continue;
        }
        const gelezen = await leesTekstbestand(gevonden.pad, 'een scenariobestand');
        bestanden.push(gelezen.fout !== undefined ? { bestand: gevonden.pad, scenarios: [], fout: [{ pad: '', melding: gelezen.fout }] } : voerScenarioTekstUit(gevonden.pad, gelezen.tekst));
      }
    }
  } catch {
    // Cannot happen (every step reports its own problems); a last safeguard for "never rejects".
    bestanden.push({ bestand: '(scenario’s)', scenarios: [], fout: [{ pad: '', melding: 'Onverwachte fout in handelingsprotocol bij het lezen van de scenario’s. Meld dit alstublieft als fout.' }] });
  }
  const alle = bestanden.flatMap((b) => b.scenarios);
  return {
    bestanden,
    geslaagd: alle.filter((s) => s.resultaat === 'geslaagd').length,
    mislukt: alle.filter((s) => s.resultaat === 'mislukt').length,
    ongeldig: alle.filter((s) => s.resultaat === 'ongeldig').length + bestanden.filter((b) => b.fout).length,
  };
}

/**
 * The rule ids no scenario in the report exercises (fires). Empty when every rule is covered.
 *
 * @param rapport - the result of voerScenariosUit
 * @returns the rule ids, in the order of the definitions
 * @throws InvoerFout (pad 'rapport', a Dutch message) when `rapport` is not a scenario report:
 *   an empty list would claim every rule is covered, so there is no safe answer to return.
 * @example
 * ongedekteRegels(await voerScenariosUit(['fixtures'])); //=> []
 */
export function ongedekteRegels(rapport: ScenarioRapport): string[] {
  let probleem: string | undefined;
  try {
    probleem = rapportProbleem(rapport);
  } catch {
    probleem = 'Het rapport is niet te lezen.';
  }
  if (probleem !== undefined) throw new InvoerFout([{ pad: 'rapport', code: 'verkeerd-type', melding: probleem }]);
  const geraakt = new Set(rapport.bestanden.flatMap((b) => b.scenarios.flatMap((s) => s.redenen)));
  return Object.values(beslissingen).flatMap((d) => d.regels.map((r) => r.name)).filter((id) => !geraakt.has(id));
}
