/**
 * The caseload report at scale: 10^6 synthetic rows (seeded, so every run reads the same file)
 * written to a temporary semicolon CSV, then `handelingsprotocol rapportage <file> --json` in a
 * child process — the CLI code path: file reading, csv-parse, the termijnen, JSON. Reported: the
 * child's wall-clock time from start to exit (Node and tsx start-up included) and its peak RSS
 * (process.resourceUsage().maxRSS, read by the child at the end).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { regios } from '../src/regios/index.js';
import { RAPPORTAGE_KOLOMMEN, vervolgsoorten } from '../src/rapportage/rapportage.js';
import { epochDag, formatEpochDag } from '../src/deadlines/datum.js';

const root = resolve(import.meta.dirname, '..');
export const AANTAL = 1_000_000;

/** mulberry32: a small seeded generator, so the file is the same every run. */
function willekeurig(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `aantal` synthetic rows to `pad`: semicolons, a BOM, quoted text fields, some Tijdstippen, a few bad rows. */
export async function schrijfCaseload(pad: string, aantal = AANTAL, zaad = 20250630): Promise<void> {
  const r = willekeurig(zaad);
  const gemeenten = regios['gelderland-zuid']!.gemeenten;
  // The uitkomsten of beslisVervolg and what each is for the report, from the package itself.
  const soorten = vervolgsoorten();
  const vervolgen = [...soorten.keys()];
  const begin = epochDag(2024, 1, 1);
  const uit = createWriteStream(pad);
  let buffer = `\uFEFF${[...RAPPORTAGE_KOLOMMEN, 'notitie'].join(';')}\r\n`;
  for (let i = 0; i < aantal; i++) {
    const gemeente = gemeenten[Math.floor(r() * gemeenten.length)]!;
    const ontvangen = begin + Math.floor(r() * 700);
    const tijdstip = r() < 0.1;
    const ontvangenTekst = tijdstip ? `${formatEpochDag(ontvangen)}T${String(7 + Math.floor(r() * 12)).padStart(2, "0")}:15:00+01:00` : formatEpochDag(ontvangen);
    const velden: string[] = [`VT-${i}`, `"${gemeente}"`];
    if (r() < 0.3) {
      velden.push('advies', ontvangenTekst, '', '', '', '', '', '');
    } else {
      const spoed = r() < 0.1 ? 'ja' : 'nee';
      const vb = r() < 0.97 ? ontvangen + Math.floor(r() * 9) : undefined;
      const vervolg = vb !== undefined ? vervolgen[Math.floor(r() * vervolgen.length)]! : undefined;
      let start = '', einde = '', overdracht = '';
      const soort = vervolg !== undefined ? soorten.get(vervolg) : undefined;
      if (soort === 'onderzoek' || soort === 'voorwaarden-en-vervolg') {
        const s = vb! + 1 + Math.floor(r() * 5);
        start = formatEpochDag(s);
        if (r() < 0.85) einde = formatEpochDag(s + 30 + Math.floor(r() * 60));
        if (einde && r() < 0.5) overdracht = einde;
      } else if (soort === 'overdracht' && r() < 0.8) overdracht = formatEpochDag(vb! + Math.floor(r() * 4));
      velden.push('melding', ontvangenTekst, spoed, vb !== undefined ? formatEpochDag(vb) : '', vervolg ?? '', start, einde, overdracht);
    }
    if (r() < 0.001) velden[3] = '2025-02-30'; // a bad date now and then
    velden.push(r() < 0.2 ? '"vrije tekst; met ""aanhalingstekens"""' : '');
    buffer += velden.join(';') + '\r\n';
    if (buffer.length > 1 << 20) {
      if (!uit.write(buffer)) await once(uit, 'drain');
      buffer = '';
    }
  }
  uit.end(buffer);
  await once(uit, 'finish');
}

export async function bench(): Promise<void> {
  const map = mkdtempSync(join(tmpdir(), 'hp-rapportage-'));
  try {
    const csv = join(map, 'caseload.csv');
    await schrijfCaseload(csv);
    const mb = statSync(csv).size / 1e6;
    // The child runs the CLI as the bin does and prints, after the JSON, its own peak RSS (kB).
    const kind =
      `import { voerCliUit } from ${JSON.stringify(join(root, 'src/cli/main.ts'))};\n` +
      `const r = await voerCliUit(['rapportage', ${JSON.stringify(csv)}, '--json', '--peildatum', '2025-12-31', '--regio', 'gelderland-zuid']);\n` +
      `if (r.code > 1) { console.error(r.stderr); process.exit(2); }\n` +
      `const j = JSON.parse(r.stdout);\n` +
      `console.log(JSON.stringify({ ingelezen: j.ingelezen, afgekeurd: j.afgekeurd.length, periodes: j.periodes.length, maxRssKb: process.resourceUsage().maxRSS }));\n`;
    const begin = performance.now();
    const uit = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', kind], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconden = (performance.now() - begin) / 1000;
    const m = JSON.parse(uit.trim().split('\n').pop()!) as { ingelezen: number; afgekeurd: number; periodes: number; maxRssKb: number };
    if (m.ingelezen !== AANTAL) throw new Error(`Verwacht ${AANTAL} rijen ingelezen, maar het waren er ${m.ingelezen}.`);
    console.error(`(rapportage: ${mb.toFixed(0)} MB CSV, ${m.ingelezen} rijen, ${m.afgekeurd} afgekeurd, ${m.periodes} regels in het rapport)`);
    console.log(`BENCH rapportage-1e6-s ${seconden.toFixed(2)} s`);
    console.log(`BENCH rapportage-1e6-rss-mb ${(m.maxRssKb / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
