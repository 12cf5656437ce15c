import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beslissingen } from '../rules/beslissingen.js';
import { jsonSchema } from '../rules/jsonSchema.js';
import { voerCliUit } from './main.js';
import { readFileSync } from 'node:fs';
import { CASELOAD, NORMEN, VERWACHT_AFGEKEURD, VERWACHTE_PERIODES } from '../rapportage/testhulp.js';

/** The hand-made caseload as an export from Excel: semicolons, a BOM, CRLF, every field quoted, a free-text column. */
function caseloadCsv(): string {
  const kop = ['ID', 'Gemeente', 'Soort', 'Ontvangen', 'Spoed', 'Veiligheidsbeoordeling', 'Vervolg', 'Start', 'Einde', 'Overdrachtsdatum', 'Notitie'];
  const q = (w: unknown) => `"${String(w ?? '').replace(/"/g, '""')}"`;
  const regels = CASELOAD.map((rij) => {
    const klein = Object.fromEntries(Object.entries(rij).map(([k, v]) => [k.toLowerCase(), v]));
    // The note holds a separator, a quote and a line break: only a real CSV parser keeps the row whole.
    return kop.map((k) => (k === 'Notitie' ? q('Geheim; "vader" belde\nterug') : q(klein[k.toLowerCase()]))).join(';');
  });
  return '\uFEFF' + [kop.join(';'), ...regels].join('\r\n') + '\r\n';
}

describe('handelingsprotocol CLI', () => {
  it.each(['scenarios', 'beslis', 'termijn', 'docs', 'schema', 'rapportage'])('%s --help is Dutch, with an example', async (opdracht) => {
    const r = await voerCliUit([opdracht, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^handelingsprotocol ${opdracht}`));
    expect(r.stdout).toContain('Voorbeeld:');
    expect(r.stdout).toContain(`handelingsprotocol ${opdracht} `);
  });

  it('--help without a command lists the commands', async () => {
    const r = await voerCliUit(['--help']);
    expect(r.code).toBe(0);
    for (const o of ['scenarios', 'beslis', 'termijn', 'docs', 'schema', 'rapportage']) expect(r.stdout).toContain(`handelingsprotocol ${o}`);
  });

  it('an unknown command or option: Dutch message with a hint, exit 2', async () => {
    expect(await voerCliUit(['scenario'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Onbekende opdracht 'scenario'\. Bedoelde u 'scenarios'\?/) });
    expect(await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2024-05-08', '--beleidd', 'atw'])).toMatchObject({ code: 2, stderr: "Onbekende optie '--beleidd'. Bedoelde u '--beleid'?" });
  });

  describe('beslis', () => {
    it('prints the decision with redenen, bronnen, interpretatie and acties', async () => {
      const r = await voerCliUit(['beslis', 'vervolg', '-'], async () => '{"beschermingsmaatregelNodig": true, "spoedOfCrisis": false}');
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').slice(0, 6)).toEqual([
        'Beslissing: vervolg',
        'Uitkomst: verzoek-onderzoek-raad',
        '',
        'Redenen:',
        '  • vervolg.verzoek-onderzoek-raad',
        '    Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader niet zijn weg te nemen (een kinderbeschermingsmaatregel kan nodig zijn): Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek.',
      ]);
      expect(r.stdout).toContain('    Bron: Samen werken aan een veilig thuis (AEF, 2020), §2.2 "Processtappen Veilig Thuis" ("melding bij de Raad voor de Kinderbescherming")');
      expect(r.stdout).toContain('    Interpretatie: Landelijk noemen de samenwerkingsafspraken de melding bij de Raad als processtap');
      expect(r.stdout).toContain('  • verzoek-raad');
      expect(r.stdout).toContain('Regelset: vervolg 1.0.0, geldig vanaf 2019-01-01');
    });

    it('--json for machines; onvolledig readable too', async () => {
      const j = await voerCliUit(['beslis', 'afwegingskader', '-', '--json'], async () => '{"vermoeden": false}');
      expect(JSON.parse(j.stdout)).toMatchObject({ status: 'besloten', uitkomst: 'afsluiten' });
      const o = await voerCliUit(['beslis', 'monitoring', '-'], async () => '{"overdrachtNa": "onderzoek", "overdrachtAan": "lokaal-team"}');
      expect(o.stdout).toBe(['Beslissing: monitoring', 'Status: nog niet te beslissen (onvolledig)', 'Mogelijke uitkomsten: monitoren, niet-monitoren', 'Nog nodig (eerst de eerste): vermoedenWeerlegd', '  vermoedenWeerlegd: Heeft het onderzoek het vermoeden weerlegd?'].join('\n'));
    });

    it('bad input: Dutch problems with the field, exit 2, no stack trace', async () => {
      const r = await voerCliUit(['beslis', 'politiemelding', '-', '--regio', 'gelderland-zuid'], async () => '{"gemeente": "Tiel", "ontvangen": "2025-02-30"}');
      expect(r).toEqual({ code: 2, stdout: '', stderr: "Ongeldige invoer:\n  ontvangen: '2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." });
      expect(await voerCliUit(['beslis', 'vervolgen', '-'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Onbekende beslissing 'vervolgen'\. Bedoelde u 'vervolg'\?/) });
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => 'geen json')).toMatchObject({ code: 2, stderr: "De invoer in '-' is geen JSON-object met feiten, zoals {\"spoedOfCrisis\": false}." });
      expect(await voerCliUit(['beslis', 'vervolg', 'bestaat-niet.json'])).toEqual({ code: 2, stdout: '', stderr: "Het invoerbestand 'bestaat-niet.json' is niet te lezen: bestand of map niet gevonden." });
    });
  });

  describe('termijn', () => {
    it('prints the deadline and every day it skipped, with the reason', async () => {
      const r = await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2024-05-08']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Uiterlijk: 2024-05-17');
      expect(r.stdout).toContain('  2024-05-09  Hemelvaartsdag (Algemene termijnenwet art. 3 lid 1)');
      expect(r.stdout).toMatch(/ {2}2024-05-10 {2}Gelijkgestelde dag \(Koninklijk Besluit\) \(Algemene termijnenwet art\. 3 lid 3; Besluit gelijkstelling/);
      expect(r.stdout).toContain('  2024-05-11  zaterdag');
    });

    it('options: policy, extra days, spoed, no Atw extension, json', async () => {
      expect((await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2025-04-17', '--beleid', 'feestdagen'])).stdout).toContain('Uiterlijk: 2025-04-25');
      expect((await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2025-04-17', '--vrij', '2025-04-22'])).stdout).toContain('Uiterlijk: 2025-04-29');
      expect((await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2025-04-17', '--spoed'])).stdout).toContain('Uiterlijk: 2025-04-17');
      expect((await voerCliUit(['termijn', 'vervolgdienst', '2025-02-24', '--zonder-atw-verlenging'])).stdout).toContain('Uiterlijk: 2025-05-05');
      expect(JSON.parse((await voerCliUit(['termijn', 'vervolgdienst', '2025-02-24', '--json'])).stdout)).toMatchObject({ uiterlijk: '2025-05-06' });
      expect((await voerCliUit(['termijn', 'termijnVeiligheidsbeoordeling', '2024-05-08'])).stdout).toContain('Uiterlijk: 2024-05-17');
      expect((await voerCliUit(['termijn', 'monitoring', '2025-01-31'])).stdout).toBe('Monitoringmomenten na overdracht op 2025-01-31 (ten minste na 3 en 12 maanden):\n  2025-04-30\n  2026-01-31');
    });

    it('bad dates and unknown kinds: Dutch, exit 2', async () => {
      expect(await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2025-2-3'])).toMatchObject({ code: 2, stderr: "Ongeldige invoer:\n  ontvangen: '2025-2-3' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00)." });
      expect(await voerCliUit(['termijn', 'veiligheidsbeoordelin', '2025-02-03'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Bedoelde u 'veiligheidsbeoordeling'\?/) });
      expect(await voerCliUit(['termijn', 'veiligheidsbeoordeling', '2025-04-17', '--beleid', 'cao'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Ongeldige invoer:\n {2}beleid: /) });
    });
  });

  describe('schema', () => {
    it('prints the JSON Schema of a decision, exactly as jsonSchema gives it', async () => {
      const r = await voerCliUit(['schema', 'afwegingskader']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(jsonSchema('afwegingskader'));
      const regionaal = await voerCliUit(['schema', 'politiemelding', '--regio', 'gelderland-zuid']);
      expect(JSON.parse(regionaal.stdout)).toEqual(jsonSchema('politiemelding', { regio: 'gelderland-zuid' }));
    });

    it('a missing or unknown beslissing, a regional one without --regio: Dutch, exit 2', async () => {
      expect(await voerCliUit(['schema'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Geef precies één beslissing\.\n\nhandelingsprotocol schema/) });
      expect(await voerCliUit(['schema', 'vervolgg'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Ongeldige invoer:\n {2}beslissing: Onbekende beslissing 'vervolgg'\. Bedoelde u 'vervolg'\?/) });
      expect(await voerCliUit(['schema', 'escalatie'])).toMatchObject({
        code: 2,
        stderr: 'Ongeldige invoer:\n  --regio: Deze beslissing (Escalatiemodel) is regionaal: geef --regio op (regio’s met afspraken: gelderland-zuid).',
      });
    });
  });

  describe('bad input: one Dutch line, exit 2, never a hang, a stack trace or a warning', () => {
    const map = mkdtempSync(join(tmpdir(), 'hp-cli-'));
    const VELDEN = Object.keys(beslissingen.vervolg.feiten).join(', ');
    const MAX = '1 MB (1.048.576 bytes)';
    /** The built-in JSON of many unknown facts, with short names so that 100 000 fit under the limit. */
    const veelVelden = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`_${i.toString(36)}`, 1])));
    /** The real bin as a child process (stdin from `invoer`: bytes, or a file descriptor). */
    const bin = (args: string[], invoer?: Buffer | number) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
        ...(typeof invoer === 'number' ? { stdio: [invoer, 'pipe', 'pipe'] } : { input: invoer ?? Buffer.alloc(0) }),
        timeout: 30_000,
        encoding: 'utf8',
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };

    it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'algemeen'])("'%s' is no command (own keys only)", async (opdracht) => {
      for (const args of [[opdracht], [opdracht, '--help']]) {
        const r = await voerCliUit(args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.split('\n')[0]).toBe(`Onbekende opdracht '${opdracht}'.`);
      }
      expect(await voerCliUit(['termijn', opdracht, '2025-01-06'])).toMatchObject({ code: 2, stderr: `Onbekende termijn '${opdracht}'. Bekend: veiligheidsbeoordeling, vervolgdienst, monitoring.` });
    });

    it('toString --help as a child process: exit 2, the Dutch line, no native code', () => {
      const r = bin(['toString', '--help']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe("Onbekende opdracht 'toString'.");
      expect(r.stderr).not.toContain('native code');
    });

    it.each([10_000, 100_000])('%i unknown facts: 20 named, then "… en N meer"', async (n) => {
      const r = await voerCliUit(['beslis', 'vervolg', '-'], async () => veelVelden(n));
      expect(r.code).toBe(2);
      const regels = r.stderr.split('\n');
      expect(regels).toHaveLength(22);
      expect(regels.slice(0, 3)).toEqual(['Ongeldige invoer:', `  _0: Onbekend veld '_0'. Bekende velden: ${VELDEN}.`, "  _1: Onbekend veld '_1'."]);
      expect(regels[21]).toBe(`  (invoer): … en ${n - 20} meer problemen (niet getoond).`);
    });

    it('a long value is cut off; an own __proto__ is an unknown fact', async () => {
      const lang = await voerCliUit(['beslis', 'vervolg', '-'], async () => JSON.stringify({ spoedOfCrisis: 'x'.repeat(1_000_000) }));
      expect(lang).toEqual({ code: 2, stdout: '', stderr: `Ongeldige invoer:\n  spoedOfCrisis: Verwacht true of false, maar kreeg de tekst '${'x'.repeat(80)}…'.` });
      const proto = await voerCliUit(['beslis', 'vervolg', '-'], async () => '{"beschermingsmaatregelNodig": true, "__proto__": {"spoedOfCrisis": true}}');
      expect(proto).toEqual({ code: 2, stdout: '', stderr: `Ongeldige invoer:\n  __proto__: Onbekend veld '__proto__'. Bekende velden: ${VELDEN}.` });
    });

    it('stdin over the limit, as text or bytes; stdin that is not UTF-8', async () => {
      const teGroot = { code: 2, stdout: '', stderr: `De invoer op stdin is te groot; de invoer mag hoogstens ${MAX} zijn.` };
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => `{"a": "${'x'.repeat(6_000_000)}"}`)).toEqual(teGroot);
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => new Uint8Array(6_000_000))).toEqual(teGroot);
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => Buffer.from([0x7b, 0x22, 0xdc, 0x22, 0x3a, 0x31, 0x7d]))).toEqual({
        code: 2, stdout: '', stderr: 'De invoer op stdin is geen UTF-8-tekst. Sla het bestand op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).',
      });
    });

    it('a 6 MB stdin and /dev/zero on stdin, as a child process: reading stops at the limit', () => {
      const verwacht = `De invoer op stdin is te groot; de invoer mag hoogstens ${MAX} zijn.\n`;
      expect(bin(['beslis', 'vervolg', '-'], Buffer.alloc(6 * 1024 * 1024, 0x61))).toEqual({ code: 2, stdout: '', stderr: verwacht });
      const nul = openSync('/dev/zero', 'r');
      try {
        expect(bin(['beslis', 'vervolg', '-'], nul)).toEqual({ code: 2, stdout: '', stderr: verwacht });
      } finally {
        closeSync(nul);
      }
    });

    it('YAML that would warn or blow up: one Dutch line each', async () => {
      const bom = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => bom)).toEqual({
        code: 2, stdout: '', stderr: "De invoer in '-' is geen geldige JSON: te veel verwijzingen (*naam) naar ankers (&naam): samen zouden ze meer dan 100 keer zoveel gegevens maken. Schrijf de gegevens uit, of gebruik minder verwijzingen.",
      });
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => '['.repeat(500_000))).toEqual({
        code: 2, stdout: '', stderr: "De invoer in '-' is geen geldige JSON (regel 1, kolom 51): de gegevens zijn te diep genest (meer dan 50 lijsten of objecten in elkaar): een scenariobestand heeft er hoogstens een stuk of zeven nodig. Controleer de haakjes [ ] en { }.",
      });
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => '{"spoedOfCrisis": true, "spoedOfCrisis": false}')).toEqual({
        code: 2, stdout: '', stderr: "De invoer in '-' is geen geldige JSON (regel 1, kolom 25): het veld 'spoedOfCrisis' staat twee keer in hetzelfde object: laat er één over.",
      });
    });

    it('a custom tag, as a child process: the Dutch line and no Node warning on stderr', () => {
      const pad = join(map, 'tag.yaml');
      writeFileSync(pad, 'spoedOfCrisis: !!js/function "function () { return true }"\nmoment: !foo x\n');
      expect(bin(['beslis', 'vervolg', pad])).toEqual({
        code: 2,
        stdout: '',
        stderr: `De invoer in '${pad}' is geen geldige JSON (regel 1, kolom 16): onbekende YAML-tag '!!js/function': scenariobestanden gebruiken geen tags (woorden met ! ervoor). Haal de tag weg, of zet de waarde tussen aanhalingstekens.\n`,
      });
    });

    it('an invoer file that is a FIFO, a link to /dev/zero, not UTF-8, too big, a folder, under a file', async () => {
      execFileSync('mkfifo', [join(map, 'pijp.json')]);
      symlinkSync('/dev/zero', join(map, 'nul.json'));
      writeFileSync(join(map, 'w1252.json'), Buffer.from([0x7b, 0x22, 0xdc, 0x62, 0x65, 0x72, 0x22, 0x3a, 0x31, 0x7d]));
      writeFileSync(join(map, 'groot.json'), Buffer.alloc(6_000_000, 0x20));
      writeFileSync(join(map, 'goed.json'), '{}');
      const lees = async (naam: string) => (await voerCliUit(['beslis', 'vervolg', join(map, naam)])).stderr;
      const pad = (naam: string) => `Het invoerbestand '${join(map, naam)}' is niet te lezen: `;
      expect(await lees('pijp.json')).toBe(`${pad('pijp.json')}dit is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden gelezen.`);
      expect(await lees('nul.json')).toBe(`${pad('nul.json')}dit is een koppeling naar een apparaat (character device), geen gewoon bestand; alleen gewone bestanden worden gelezen.`);
      expect(await lees('w1252.json')).toBe(`${pad('w1252.json')}het bestand is geen UTF-8-tekst (het eerste teken dat niet klopt staat in regel 1); het is waarschijnlijk opgeslagen als Windows-1252 of Latin-1. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).`);
      expect(await lees('groot.json')).toBe(`${pad('groot.json')}het bestand is te groot (6.000.000 bytes); de invoer mag hoogstens ${MAX} zijn.`);
      expect(await lees('')).toBe(`${pad('')}dit is een map, geen bestand.`);
      expect(await lees('goed.json/x.json')).toBe(`${pad('goed.json/x.json')}een deel van het pad is geen map: er staat een bestand waar een map verwacht wordt.`);
      expect((await voerCliUit(['beslis', 'vervolg', join(map, 'pijp.json')])).code).toBe(2);
      const onder = await voerCliUit(['scenarios', join(map, 'goed.json', 'x.yaml')]);
      expect(onder.code).toBe(2);
      expect(onder.stdout.split('\n')[0]).toBe(`! ${join(map, 'goed.json', 'x.yaml')}: Een deel van het pad is geen map: er staat een bestand waar een map verwacht wordt.`);
    });

    it('scenarios in a folder with a FIFO, a link to /dev/zero, a custom tag and Windows-1252, as a child process', () => {
      const m = join(map, 'scenarios');
      mkdirSync(m);
      execFileSync('mkfifo', [join(m, 'pijp.yaml')]);
      symlinkSync('/dev/zero', join(m, 'nul.yaml'));
      writeFileSync(join(m, 'tag.yaml'), 'beslissing: !foo vervolg\n');
      writeFileSync(join(m, 'w1252.yaml'), Buffer.concat([Buffer.from('beslissing: vervolg\n# '), Buffer.from([0xdc, 0x62, 0x65, 0x72, 0x70, 0x72, 0xfc, 0x66, 0x75, 0x6e, 0x67]), Buffer.from('\n')]));
      const r = bin(['scenarios', m]);
      expect(r).toEqual({
        code: 2,
        stderr: '',
        stdout: [
          `! ${join(m, 'nul.yaml')}: Dit is een koppeling naar een apparaat (character device), geen gewoon bestand; alleen gewone bestanden worden gelezen.`,
          `! ${join(m, 'pijp.yaml')}: Dit is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden gelezen.`,
          `! ${join(m, 'tag.yaml')} (regel 1, kolom 13): Onbekende YAML-tag '!foo': scenariobestanden gebruiken geen tags (woorden met ! ervoor). Haal de tag weg, of zet de waarde tussen aanhalingstekens.`,
          `! ${join(m, 'w1252.yaml')}: Het bestand is geen UTF-8-tekst (het eerste teken dat niet klopt staat in regel 2); het is waarschijnlijk opgeslagen als Windows-1252 of Latin-1. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).`,
          '',
          '4 ongeldig (bestand of invoer niet te gebruiken; zie de regels met !)',
          '0 passed, 4 failed',
          '',
        ].join('\n'),
      });
    });

    it('docs into a path under a file: Dutch, exit 2 (never 3: the path is user input)', async () => {
      writeFileSync(join(map, 'bestand'), '');
      expect(await voerCliUit(['docs', '--uitvoer', join(map, 'bestand', 'docs')])).toEqual({
        code: 2, stdout: '', stderr: `Kan de documenten niet schrijven naar '${join(map, 'bestand', 'docs')}': een deel van het pad is geen map: er staat een bestand waar een map verwacht wordt.`,
      });
    });

    it('an internal error: exit 3, one Dutch line, not the engine’s English message', async () => {
      const kapot = { get length(): number { throw new RangeError('Maximum call stack size exceeded'); } };
      expect(await voerCliUit(['beslis', 'vervolg', '-'], async () => kapot as never)).toEqual({
        code: 3, stdout: '', stderr: 'Er ging iets mis in handelingsprotocol zelf (een interne fout, niet uw invoer). Meld dit alstublieft als fout, met de opdracht die u gaf.',
      });
    });

    it('--help names the limit and UTF-8', async () => {
      expect((await voerCliUit(['scenarios', '--help'])).stdout).toContain(`Een scenariobestand mag hoogstens ${MAX} zijn en moet als UTF-8\nzijn opgeslagen.`);
      expect((await voerCliUit(['beslis', '--help'])).stdout).toContain(`De invoer (bestand of stdin) mag hoogstens ${MAX} zijn en moet UTF-8 zijn.`);
    });
  });

  describe('rapportage', () => {
    const map = mkdtempSync(join(tmpdir(), 'rapportage-'));
    const csv = join(map, 'export.csv');
    writeFileSync(csv, caseloadCsv());
    const basis = ['--peildatum', '2025-06-30', '--regio', 'gelderland-zuid'];

    it('--json prints exactly the Rapportage of the hand-made caseload, read from a semicolon CSV with BOM and quoted fields', async () => {
      const r = await voerCliUit(['rapportage', csv, ...basis, '--json']);
      // Two rows afgekeurd: the report is made, exit 1.
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual({
        periodes: VERWACHTE_PERIODES, afgekeurd: VERWACHT_AFGEKEURD, ingelezen: 10, periode: 'kwartaal', peildatum: '2025-06-30', normen: NORMEN,
      });
    });

    it('privacy: counts only; ids only with --met-ids; never another column', async () => {
      const zonder = await voerCliUit(['rapportage', csv, ...basis]);
      const met = await voerCliUit(['rapportage', csv, ...basis, '--met-ids']);
      for (const u of [zonder.stdout, met.stdout]) expect(u).not.toMatch(/Geheim|vader/);
      expect(zonder.stdout).not.toMatch(/\bM[0-9]+\b/);
      expect(met.stdout).toContain('Zaken over hun termijn op 30-06-2025, per gemeente:\n  Tiel:\n    M8 — onderzoek, uiterlijk 20-03-2025\n  Wijchen:\n    M7 — veiligheidsbeoordeling, uiterlijk 10-06-2025');
    });

    it('the terminal table is Dutch, with the norm, and groups the afgekeurde rows by reason', async () => {
      const r = await voerCliUit(['rapportage', csv, ...basis]);
      const regels = r.stdout.split('\n');
      expect(regels[0]).toBe('Kwartaalrapportage per gemeente — peildatum 30-06-2025');
      expect(regels[3]).toMatch(/^Periode +Gemeente +Adviezen +VB +VB op tijd +Overdracht +Onderzoek +Ond\. op tijd +V&V +V&V op tijd +Lopend te laat +Monitoring$/);
      expect(regels[5]).toMatch(/^2025-K1 +Nijmegen +0 +2 +1 \(50%\s!\) +1 +0 +0 \(–\) +0 +0 \(–\) +0 +0$/);
      expect(r.stdout).toContain('Ingelezen: 10 rijen; geteld: 8; afgekeurd: 2.');
      expect(r.stdout).toContain('  ontvangen — ongeldige-datum: 1 keer (rij 9)');
      expect(r.stdout).toContain('  gemeente — onbekende-waarde: 1 keer (rij 10)');
    });

    it('--csv is semicolon-separated with a BOM, one line per period and gemeente', async () => {
      const r = await voerCliUit(['rapportage', csv, ...basis, '--csv']);
      const regels = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
      expect(regels[0]).toBe('periode;gemeente;adviezen;meldingenMetVeiligheidsbeoordeling;veiligheidsbeoordelingBinnenTermijn;overdrachtenNaVeiligheidsbeoordeling;afgerondeOnderzoeken;onderzoekenBinnenTermijn;afgerondeVoorwaardenEnVervolg;voorwaardenEnVervolgBinnenTermijn;lopendOverTermijn;monitoringmomenten');
      expect(regels.slice(1)).toEqual([
        '2025-K1;Nijmegen;0;2;1;1;0;0;0;0;0;0', '2025-K1;Tiel;1;1;1;0;0;0;0;0;0;0', '2025-K1;Wijchen;0;1;1;0;0;0;0;0;0;0',
        '2025-K2;Nijmegen;0;0;0;0;1;1;0;0;0;1', '2025-K2;Tiel;1;1;1;0;0;0;0;0;1;0', '2025-K2;Wijchen;0;0;0;0;0;0;1;1;1;0',
        '2026-K1;Nijmegen;0;0;0;0;0;0;0;0;0;1',
      ]);
    });

    it('--html writes one self-contained Dutch page with an SVG chart and a table per gemeente', async () => {
      const uit = join(map, 'rapport.html');
      const r = await voerCliUit(['rapportage', csv, ...basis, '--html', uit]);
      expect(r).toMatchObject({ code: 1, stdout: `Rapport geschreven naar ${uit}: 3 gemeenten, 10 rijen ingelezen, 2 afgekeurd.` });
      const html = readFileSync(uit, 'utf8');
      expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(html.match(/<section><h2>[^<]+<\/h2><figure><svg /g)).toHaveLength(3);
      expect(html.match(/<table>/g)!.length).toBeGreaterThanOrEqual(3);
      expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:/);
      expect(html).not.toMatch(/Geheim|M8/);
    });

    it('reads JSONL from stdin, row by row; a bad line is afgekeurd with its line number', async () => {
      const regels = [JSON.stringify(CASELOAD[0]), '', '{"gemeente": "Tiel", kapot', JSON.stringify(CASELOAD[2])];
      const r = await voerCliUit(['rapportage', '-', ...basis, '--json'], undefined, async function* () {
        // Split in the middle of a line, as a pipe delivers it.
        const tekst = regels.join('\n') + '\n';
        yield new TextEncoder().encode(tekst.slice(0, 25));
        yield new TextEncoder().encode(tekst.slice(25));
      });
      const j = JSON.parse(r.stdout);
      expect(j.ingelezen).toBe(3);
      expect(j.afgekeurd).toEqual([{ rij: 3, problemen: [{ pad: '', code: 'verkeerd-type', melding: 'Deze regel is geen geldige JSON.' }] }]);
      expect(j.periodes.map((p: { periode: string; gemeente: string }) => `${p.periode} ${p.gemeente}`)).toEqual(['2025-K1 Nijmegen', '2025-K1 Tiel', '2025-K2 Nijmegen', '2026-K1 Nijmegen']);
    });

    it('a bad option is named by the flag the user gave, not by the library’s opties.…', async () => {
      const csv = join(map, 'vlag.csv');
      writeFileSync(csv, 'id,gemeente,soort,ontvangen\nZ1,Tiel,advies,2025-05-05\n');
      expect(await voerCliUit(['rapportage', csv, '--peildatum', '2025-13-01'])).toEqual({
        code: 2, stdout: '', stderr: "Ongeldige invoer:\n  --peildatum: '2025-13-01' is geen geldige datum: maand 13 bestaat niet.",
      });
      const kolommen = join(map, 'vlag.yaml');
      writeFileSync(kolommen, 'id: 5\n');
      expect(await voerCliUit(['rapportage', csv, '--kolommen', kolommen, '--peildatum', '2025-06-30'])).toEqual({
        code: 2, stdout: '', stderr: 'Ongeldige invoer:\n  --kolommen (id): Verwacht de naam van een kolom in uw bestand, maar kreeg het getal 5.',
      });
    });

    it('a read error on stdin (after the first bytes, or at once) is a Dutch line with exit 2, never an interne fout', async () => {
      const leesfout = (code: string) => Object.assign(new Error(`${code}: i/o error, read`), { code });
      const halverwege = await voerCliUit(['rapportage', '-', ...basis], undefined, async function* () {
        yield new TextEncoder().encode('id,gemeente,soort,ontvangen\n');
        throw leesfout('EIO');
      });
      expect(halverwege).toEqual({ code: 2, stdout: '', stderr: 'De invoer op stdin is niet te lezen: de schijf gaf een lees- of schrijffout.' });
      const meteen = await voerCliUit(['rapportage', '-', ...basis, '--json'], undefined, async function* () {
        yield* [];
        throw leesfout('EACCES');
      });
      expect(meteen).toEqual({ code: 2, stdout: '', stderr: 'De invoer op stdin is niet te lezen: geen toestemming: u mag dit bestand of deze map niet lezen (of schrijven).' });
    });

    it('comma CSV, --kolommen from YAML, a row with too many fields afgekeurd', async () => {
      const bestand = join(map, 'komma.csv');
      writeFileSync(bestand, 'Zaak,Plaats,Type,Binnen\nZ1,Tiel,advies,2025-05-05\nZ2,Tiel,advies,2025-05-06,extra\n');
      const kolommen = join(map, 'kolommen.yaml');
      writeFileSync(kolommen, 'id: Zaak\ngemeente: Plaats\nsoort: Type\nontvangen: Binnen\n');
      const r = await voerCliUit(['rapportage', bestand, '--kolommen', kolommen, '--peildatum', '2025-06-30', '--json']);
      const j = JSON.parse(r.stdout);
      expect(j.periodes).toMatchObject([{ periode: '2025-K2', gemeente: 'Tiel', adviezen: 1 }]);
      expect(j.afgekeurd).toEqual([{ rij: 3, problemen: [{ pad: '', code: 'ongeldige-waarde', melding: 'De rij heeft 5 velden, de kopregel 4. Staat er een scheidingsteken in een veld zonder aanhalingstekens?' }] }]);
      expect(r.code).toBe(1);
      // All rows counted: exit 0.
      writeFileSync(bestand, 'Zaak,Plaats,Type,Binnen\nZ1,Tiel,advies,2025-05-05\n');
      expect((await voerCliUit(['rapportage', bestand, '--kolommen', kolommen, '--peildatum', '2025-06-30', '--json'])).code).toBe(0);
    });

    it('a file that cannot be read, or conflicting options: a Dutch message and exit 2', async () => {
      const kapot = join(map, 'kapot.csv');
      writeFileSync(kapot, 'id;gemeente\n1;"Tiel\n');
      expect(await voerCliUit(['rapportage', kapot])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Het bestand '.*kapot\.csv' is geen leesbaar CSV-bestand .*een veld tussen aanhalingstekens wordt niet gesloten\.$/) });
      expect(await voerCliUit(['rapportage', join(map, 'bestaat-niet.csv')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/bestaat niet\.$/) });
      expect(await voerCliUit(['rapportage', csv, '--json', '--csv'])).toMatchObject({ code: 2, stderr: 'Kies één uitvoer: --json of --csv.' });
      expect(await voerCliUit(['rapportage', csv, '--periode', 'week'])).toMatchObject({ code: 2, stderr: "Onbekende periode 'week'. Kies kwartaal, maand of jaar." });
      expect(await voerCliUit(['rapportage', csv, '--regio', 'utrecht'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Ongeldige invoer:\n  --regio: Onbekende regio/) });
      const latin1 = join(map, 'latin1.csv');
      writeFileSync(latin1, Buffer.from('id;gemeente\n1;Zaltbommel \xe9\n', 'latin1'));
      expect(await voerCliUit(['rapportage', latin1])).toMatchObject({ code: 2, stderr: expect.stringMatching(/geen UTF-8-tekst/) });
    });
  
    it('docs/rapportage.md shows the real output of its example', async () => {
      const doc = readFileSync(join(__dirname, '../../docs/rapportage.md'), 'utf8');
      const voorbeeld = doc.split('```text\n')[1]!.split('\n```')[0];
      const v = join(__dirname, '../../examples/rapportage');
      const r = await voerCliUit(['rapportage', join(v, 'export.csv'), '--kolommen', join(v, 'kolommen.yaml'), '--regio', 'gelderland-zuid', '--peildatum', '2025-12-01', '--periode', 'jaar']);
      expect(r.stdout).toBe(voorbeeld);
    });
  });
});

