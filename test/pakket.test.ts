/**
 * The package as users get it: the public names, a browser bundle of the core, and the packed
 * tarball imported from ESM and required from CommonJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const root = resolve(__dirname, '..');

describe('public API', () => {
  it('exports exactly these names (a name must never disappear by accident)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "AdviesOfMeldingInvoerSchema",
        "AfsluitingInvoerSchema",
        "AfwegingskaderAntwoordenSchema",
        "AmbtshalveMeldingInvoerSchema",
        "BeslisOptiesSchema",
        "EscalatieInvoerSchema",
        "FOUTCODES",
        "GELIJKSTELLINGSBESLUITEN",
        "InvoerFout",
        "KALENDERBELEID",
        "MonitoringInvoerSchema",
        "PolitiemeldingInvoerSchema",
        "RAPPORTAGE_KOLOMMEN",
        "STANDAARDNORMEN",
        "VervolgInvoerSchema",
        "afwegingsvragen",
        "beslisAdviesOfMelding",
        "beslisAfsluiting",
        "beslisAmbtshalveMelding",
        "beslisEscalatie",
        "beslisMonitoring",
        "beslisPolitiemelding",
        "beslisVervolg",
        "beslissingen",
        "doorloopAfwegingskader",
        "isKantoortijd",
        "isWerkdagkalender",
        "jsonSchema",
        "maakRapportage",
        "maakWerkdagkalender",
        "monitoringmomenten",
        "nlFoutmelding",
        "regelsets",
        "regios",
        "standaardKalender",
        "standaardOpeningskalender",
        "termijnVeiligheidsbeoordeling",
        "termijnVervolgdienst",
      ]
    `);
  });

  it('InvoerFout is an Error', () => {
    const f = new api.InvoerFout([{ pad: 'x', code: 'ongeldige-waarde', melding: 'y' }]);
    expect(f).toBeInstanceOf(Error);
    expect(f.name).toBe('InvoerFout');
    expect(f.message).toBe('Ongeldige invoer: x: y');
  });
});

describe('browser', () => {
  it('the core has no node: imports outside the CLI and the fixture loader', () => {
    const bestanden = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? bestanden(join(dir, d.name)) : [join(dir, d.name)]));
    const kern = bestanden(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/cli/') && !f.includes('/scenarios/laad'));
    const metNode = kern.filter((f) => /from ['"](node:|fs['"]|path['"]|os['"]|child_process['"])/.test(readFileSync(f, 'utf8')));
    expect(metNode).toEqual([]);
  });

  it('bundles for the browser', async () => {
    const r = await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    expect(r.errors).toEqual([]);
    expect(r.outputFiles[0]!.text).not.toMatch(/from ?"node:/);
  });
});

describe('packed package', () => {
  let tmp = '';
  let tgz = '';
  let app = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'hp-pack-'));
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    tgz = execFileSync('npm', ['pack', '--pack-destination', tmp, '--silent'], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(tmp, tgz)], { cwd: app, stdio: 'pipe' });
  }, 180_000);

  /** Bundles `code` (an app's entry) from the installed package as a browser app would: esbuild, minified. */
  async function bundel(code: string) {
    writeFileSync(join(app, 'invoer.js'), code);
    const r = await build({ entryPoints: [join(app, 'invoer.js')], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: app });
    const pakketten = Object.keys(r.metafile.inputs).flatMap((i) => (i.includes('node_modules/') ? [i.split('node_modules/').pop()!.split('/')[0]!] : []));
    return { tekst: r.outputFiles[0]!.text, pakketten: [...new Set(pakketten)].sort() };
  }

  it('one decision bundles for the browser without date-holidays, moment or json-rules-engine, and without the other decisions', async () => {
    const { tekst, pakketten } = await bundel("import { beslisVervolg, standaardKalender } from 'handelingsprotocol'; console.log(beslisVervolg({}), standaardKalender.plusWerkdagen('2025-01-01', 5));");
    expect(pakketten).toEqual(['date-fns', 'handelingsprotocol', 'zod']);
    for (const vreemd of ['date-holidays', 'moment', 'moment-timezone', 'astronomia', 'json-rules-engine']) expect(pakketten).not.toContain(vreemd);
    expect(tekst).toContain('vervolg.voorwaarden-en-vervolg');
    expect(tekst).not.toContain('monitoring.na-onderzoek');
    expect(tekst).not.toContain('afwegingskader.hulp-bieden');
  });

  it('the scenario runner’s file-free part bundles for the browser and runs a file’s text', async () => {
    const { tekst, pakketten } = await bundel(
      "import { voerScenarioTekstUit, formatteerRapport } from 'handelingsprotocol/scenarios'; const b = voerScenarioTekstUit('s.yaml', 'beslissing: vervolg\\nscenarios:\\n  - naam: x\\n    bron: GZ\\n    invoer: { beschermingsmaatregelNodig: true }\\n    verwacht: { uitkomst: verzoek-onderzoek-raad }\\n'); console.log(formatteerRapport({ bestanden: [b], geslaagd: 1, mislukt: 0, ongeldig: 0 }).split('\\n').at(-1));",
    );
    expect(tekst).not.toMatch(/node:fs|readFile/);
    expect(pakketten).not.toContain('json-rules-engine');
    writeFileSync(join(app, 'browser.mjs'), tekst);
    expect(execFileSync('node', [join(app, 'browser.mjs')], { encoding: 'utf8' }).trim()).toBe('1 passed, 0 failed');
  });

  it('imports from ESM and requires from CommonJS', () => {
    const esm = "import { standaardKalender, InvoerFout } from 'handelingsprotocol'; console.log(standaardKalender.plusWerkdagen('2024-05-08', 5), typeof InvoerFout);";
    const cjs = "const { termijnVeiligheidsbeoordeling } = require('handelingsprotocol'); console.log(termijnVeiligheidsbeoordeling('2025-04-17').uiterlijk);";
    expect(execFileSync('node', ['--input-type=module', '-e', esm], { cwd: app, encoding: 'utf8' }).trim()).toBe('2024-05-17 function');
    expect(execFileSync('node', ['-e', cjs], { cwd: app, encoding: 'utf8' }).trim()).toBe('2025-04-28');
    const esmBeslis = "import { beslisVervolg } from 'handelingsprotocol'; console.log(beslisVervolg({ beschermingsmaatregelNodig: true }).uitkomst);";
    const cjsBeslis = "const { doorloopAfwegingskader } = require('handelingsprotocol'); console.log(doorloopAfwegingskader({ vermoeden: false }).uitkomst);";
    expect(execFileSync('node', ['--input-type=module', '-e', esmBeslis], { cwd: app, encoding: 'utf8' }).trim()).toBe('verzoek-onderzoek-raad');
    expect(execFileSync('node', ['-e', cjsBeslis], { cwd: app, encoding: 'utf8' }).trim()).toBe('afsluiten');
    // The json-rules-engine adapter on its own entry point.
    const esmEngine = "import { maakEngine } from 'handelingsprotocol/engine'; const { events } = await maakEngine('vervolg', { peildatum: '2025-06-01' }).run({ beschermingsmaatregelNodig: true }); console.log(events.map((e) => e.type).join());";
    const cjsEngine = "const { maakEngine } = require('handelingsprotocol/engine'); maakEngine('monitoring').run({ overdrachtAan: 'gecertificeerde-instelling' }).then(({ events }) => console.log(events.map((e) => e.type).join()));";
    expect(execFileSync('node', ['--input-type=module', '-e', esmEngine], { cwd: app, encoding: 'utf8' }).trim()).toBe('verzoek-onderzoek-raad');
    expect(execFileSync('node', ['-e', cjsEngine], { cwd: app, encoding: 'utf8' }).trim()).toBe('niet-monitoren');
    // The bin, and the Node-only scenario runner on its own entry point.
    const bin = join(app, 'node_modules', '.bin', 'handelingsprotocol');
    expect(execFileSync(bin, ['termijn', 'veiligheidsbeoordeling', '2024-05-08'], { cwd: app, encoding: 'utf8' })).toContain('Uiterlijk: 2024-05-17');
    const scenarioTekst = JSON.stringify({ beslissing: 'vervolg', scenarios: [{ naam: 'x', bron: 'GZ §6.1', invoer: { beschermingsmaatregelNodig: true }, verwacht: { uitkomst: 'verzoek-onderzoek-raad' } }] });
    writeFileSync(join(app, 's.json'), scenarioTekst);
    expect(execFileSync(bin, ['scenarios', 's.json'], { cwd: app, encoding: 'utf8' }).trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
    const esmScen = "import { voerScenariosUit } from 'handelingsprotocol/scenarios'; const r = await voerScenariosUit(['s.json']); console.log(r.geslaagd, r.mislukt);";
    const cjsScen = "const { voerScenariosUit } = require('handelingsprotocol/scenarios'); voerScenariosUit(['s.json']).then((r) => console.log(r.geslaagd, r.mislukt));";
    expect(execFileSync('node', ['--input-type=module', '-e', esmScen], { cwd: app, encoding: 'utf8' }).trim()).toBe('1 0');
    expect(execFileSync('node', ['-e', cjsScen], { cwd: app, encoding: 'utf8' }).trim()).toBe('1 0');
    // publint and @arethetypeswrong/cli exit non-zero on any problem with the package's entry points or types.
    // attw checks the node16 and bundler resolutions: node10 cannot resolve subpath exports (the
    // Node-only 'handelingsprotocol/scenarios'), and the package requires Node >= 20.
    const hulp = (naam: string) => join(root, 'node_modules', '.bin', naam);
    expect(execFileSync(hulp('publint'), ['--strict'], { cwd: root, encoding: 'utf8' })).toContain('All good!');
    const attw = execFileSync(hulp('attw'), [join(tmp, tgz), '--format', 'ascii', '--profile', 'node16'], { cwd: root, encoding: 'utf8' });
    // execFileSync throws if attw exits non-zero, i.e. on any problem in the checked resolutions.
    expect(attw).toContain("(ignoring resolutions: 'node10')");
    for (const entry of ['handelingsprotocol', 'handelingsprotocol/engine', 'handelingsprotocol/scenarios', 'handelingsprotocol/beslishulp']) {
      expect(attw).toContain(`"${entry}"\n\nnode16 (from CJS): 🟢 (CJS)\nnode16 (from ESM): 🟢 (ESM)\nbundler: 🟢`);
    }
  });
});
