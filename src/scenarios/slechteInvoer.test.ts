/**
 * The scenario entry never throws, never hangs and never prints a warning, whatever it is given;
 * bad input costs bounded time and memory, and every message is one Dutch line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { beslissingen } from '../rules/beslissingen.js';
import { vang } from '../testhulp.js';
import { InvoerFout } from '../types/fouten.js';
import { MAX_PROBLEMEN } from '../types/zodNl.js';
import { fsMelding, leesTekstbestand, ongedekteRegels, voerScenariosUit } from './laad.js';
import { formatteerRapport, type ScenarioRapport } from './rapport.js';
import { MAX_BESTAND_BYTES, voerScenarioTekstUit, type BestandResultaat } from './voerUit.js';
import { leesYaml, MAX_NESTING } from './yaml.js';

let waarschuwing: MockInstance;
beforeEach(() => {
  waarschuwing = vi.spyOn(process, 'emitWarning');
});
afterEach(() => {
  // No Node warning, ever: the yaml package would print one for an unknown tag.
  expect(waarschuwing).not.toHaveBeenCalled();
  waarschuwing.mockRestore();
});

const kop = 'beslissing: vervolg\nscenarios:\n  - naam: Mijn scenario\n    bron: GZ §6.1\n';
const scenario = (invoer: string, verwacht = '{ status: onvolledig }') => `${kop}    invoer: ${invoer}\n    verwacht: ${verwacht}\n`;
const VELDEN = Object.keys(beslissingen.vervolg.feiten).join(', ');
const ALGEMEEN =
  'Controleer inspringing (met spaties), dubbele punten en haakjes. Staat er in een tekst een dubbele punt met een spatie erachter, zet de tekst dan tussen aanhalingstekens.';

/** The only problems of the only scenario of a file. */
const problemen = (r: BestandResultaat) => {
  expect(r.fout).toBeUndefined();
  expect(r.scenarios).toHaveLength(1);
  expect(r.scenarios[0]!.resultaat).toBe('ongeldig');
  return r.scenarios[0]!.problemen;
};

describe('voerScenarioTekstUit never throws', () => {
  it.each([
    ['null', null, 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg null.'],
    ['undefined', undefined, 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg niets.'],
    ['a number', 5, 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg het getal 5.'],
    ['an object', {}, 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg een object.'],
    ['the bytes of a file', Buffer.from('beslissing: vervolg'), 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg bytes: zet ze eerst om naar tekst (UTF-8), bijvoorbeeld met new TextDecoder().decode(bytes).'],
  ])('a tekst that is %s: a fout that says so', (_, tekst, melding) => {
    expect(voerScenarioTekstUit('x.yaml', tekst as never)).toEqual({ bestand: 'x.yaml', scenarios: [], fout: [{ pad: '', melding }] });
  });

  it('a bestand that is no text: a fout, and nothing is run', () => {
    expect(voerScenarioTekstUit(null as never, scenario('{}'))).toEqual({
      bestand: '(geen bestandsnaam)',
      scenarios: [],
      fout: [{ pad: '', melding: 'Verwacht de naam van het bestand als tekst, maar kreeg null.' }],
    });
    expect(voerScenarioTekstUit(7 as never, null as never).fout).toEqual([
      { pad: '', melding: 'Verwacht de naam van het bestand als tekst, maar kreeg het getal 7.' },
      { pad: '', melding: 'Verwacht de inhoud van het scenariobestand als tekst, maar kreeg null.' },
    ]);
  });

  it('a text longer than the limit is refused unread', () => {
    const r = voerScenarioTekstUit('groot.yaml', `# ${'x'.repeat(MAX_BESTAND_BYTES)}\n`);
    const melding = "Het bestand is te groot (1.048.579 tekens); een scenariobestand mag hoogstens 1 MB (1.048.576 bytes) zijn. Verdeel de scenario's over meer bestanden.";
    expect(r).toEqual({ bestand: 'groot.yaml', scenarios: [], fout: [{ pad: '', melding }] });
  });

  it('an invoer that is no object: Dutch, never "Verwacht record"', () => {
    expect(problemen(voerScenarioTekstUit('x.yaml', scenario('ja')))).toMatchObject([
      { pad: 'invoer', melding: "Verwacht de feiten als object met velden (bijvoorbeeld { spoedOfCrisis: true }), maar kreeg de tekst 'ja'." },
    ]);
    expect(problemen(voerScenarioTekstUit('x.yaml', scenario('[true]')))).toMatchObject([
      { pad: 'invoer', melding: 'Verwacht de feiten als object met velden (bijvoorbeeld { spoedOfCrisis: true }), maar kreeg een lijst.' },
    ]);
  });

  it('an expected actie of the wrong shape is Dutch', () => {
    expect(problemen(voerScenarioTekstUit('x.yaml', scenario('{}', '{ status: onvolledig, acties: [5, { wanneer: sez }] }')))).toMatchObject([
      { pad: 'verwacht.acties.0', melding: 'Verwacht een actie als tekst of als { soort, … } (bijvoorbeeld informeer-lokaal-team of { soort: spoedinterventie, wanneer: sez }), maar kreeg het getal 5.' },
      { pad: 'verwacht.acties.1', melding: "Een verwachte actie als object heeft een 'soort' (een tekst) nodig, maar kreeg niets (bijvoorbeeld informeer-lokaal-team of { soort: spoedinterventie, wanneer: sez })." },
    ]);
  });
});

describe('an own __proto__ key is an unknown field, never dropped', () => {
  const onbekend = { pad: 'invoer.__proto__', melding: `Onbekend veld '__proto__'. Bekende velden: ${VELDEN}.` };

  it('in YAML', () => {
    const r = voerScenarioTekstUit('x.yaml', scenario('{ beschermingsmaatregelNodig: true, __proto__: { spoedOfCrisis: true } }', '{ uitkomst: verzoek-onderzoek-raad }'));
    expect(problemen(r)).toMatchObject([onbekend]);
    expect(leesYaml('__proto__: 1\n')).toEqual({ data: JSON.parse('{"__proto__": 1}') });
  });

  it('in JSON', () => {
    const json = JSON.stringify({ beslissing: 'vervolg', scenarios: [{ naam: 'Mijn scenario', bron: 'GZ', invoer: { beschermingsmaatregelNodig: true }, verwacht: { uitkomst: 'verzoek-onderzoek-raad' } }] })
      .replace('{"beschermingsmaatregelNodig":true}', '{"beschermingsmaatregelNodig":true,"__proto__":{"x":1}}');
    expect(problemen(voerScenarioTekstUit('x.json', json))).toMatchObject([onbekend]);
  });

  it('in a termijn, an expected actie, verwacht and the scenario itself', () => {
    const t = voerScenarioTekstUit('t.yaml', "beslissing: termijnVervolgdienst\nscenarios:\n  - naam: T\n    bron: GZ\n    invoer: { start: '2025-02-24', __proto__: { vanaf: start-dienst } }\n    verwacht: { uiterlijk: 2025-05-06 }\n");
    expect(problemen(t)).toMatchObject([{ pad: 'invoer.__proto__', melding: "Onbekend veld '__proto__'. Bekende velden: start, atwVerlenging, vanaf." }]);
    expect(problemen(voerScenarioTekstUit('x.yaml', scenario('{}', '{ status: onvolledig, acties: [{ soort: x, __proto__: { wanneer: sez } }] }')))).toMatchObject([
      { pad: 'verwacht.acties.0', melding: "Onbekend veld '__proto__' in een verwachte actie." },
    ]);
    expect(problemen(voerScenarioTekstUit('x.yaml', scenario('{}', '{ status: onvolledig, __proto__: { uitkomst: x } }')))).toMatchObject([
      { pad: 'verwacht.__proto__', melding: expect.stringMatching(/^Onbekend veld '__proto__'\. Bekende velden: status, uitkomst, /) },
    ]);
    expect(problemen(voerScenarioTekstUit('x.yaml', `${scenario('{}')}    __proto__: { toelichting: x }\n`))).toMatchObject([
      { pad: '__proto__', melding: 'Onbekend veld \'__proto__\'. Bekende velden: naam, bron, toelichting, regio, peildatum, invoer, verwacht.' },
    ]);
  });
});

describe('YAML: one Dutch line with the place, no warnings', () => {
  const fout = (tekst: string) => voerScenarioTekstUit('x.yaml', tekst).fout;

  it('an alias bomb', () => {
    const bom = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'beslissing: vervolg'].join('\n');
    expect(fout(bom)).toEqual([
      { pad: '', melding: 'Te veel verwijzingen (*naam) naar ankers (&naam): samen zouden ze meer dan 100 keer zoveel gegevens maken. Schrijf de gegevens uit, of gebruik minder verwijzingen.' },
    ]);
  });

  it('deep nesting, in flow and in block style, up to the 1 MB limit', () => {
    const melding = `De gegevens zijn te diep genest (meer dan ${MAX_NESTING} lijsten of objecten in elkaar): een scenariobestand heeft er hoogstens een stuk of zeven nodig. Controleer de haakjes [ ] en { }.`;
    const n = MAX_BESTAND_BYTES / 2 - 1;
    expect(fout(`beslissing: vervolg\nscenarios: ${'['.repeat(n)}`)).toEqual([{ pad: 'regel 2, kolom 61', melding }]);
    expect(fout(`a: ${'{b: '.repeat(100_000)}`)).toEqual([{ pad: 'regel 1, kolom 197', melding }]);
    expect(fout(`${'- '.repeat(100_000)}x\n`)).toEqual([{ pad: 'regel 1, kolom 100', melding }]);
    // Twice: a second stack overflow inside the yaml package could crash V8 itself.
    expect(fout(`${'['.repeat(n)}`)).toEqual([{ pad: 'regel 1, kolom 51', melding }]);
  });

  it('a custom tag, a JavaScript tag, a known tag outside the core schema', () => {
    const melding = (tag: string) => `Onbekende YAML-tag '${tag}': scenariobestanden gebruiken geen tags (woorden met ! ervoor). Haal de tag weg, of zet de waarde tussen aanhalingstekens.`;
    expect(fout('beslissing: !foo vervolg\n')).toEqual([{ pad: 'regel 1, kolom 13', melding: melding('!foo') }]);
    expect(fout('beslissing: !!js/function "function () {}"\n')).toEqual([{ pad: 'regel 1, kolom 13', melding: melding('!!js/function') }]);
    expect(fout('peildatum: !!timestamp 2025-01-01\n')).toEqual([{ pad: 'regel 1, kolom 12', melding: melding('!!timestamp') }]);
  });

  it('duplicate keys, also when JavaScript would merge them (1 and "1")', () => {
    expect(fout('beslissing: vervolg\nscenarios: []\nbeslissing: monitoring\n')).toEqual([
      { pad: 'regel 3, kolom 1', melding: "Het veld 'beslissing' staat twee keer in hetzelfde object: laat er één over." },
    ]);
    expect(fout('{"1": 1, "a": {"x": 1, "x": 2}}')).toEqual([{ pad: 'regel 1, kolom 24', melding: "Het veld 'x' staat twee keer in hetzelfde object: laat er één over." }]);
    expect(fout('1: a\n"1": b\n')).toEqual([{ pad: 'regel 2, kolom 1', melding: "Het veld '1' staat twee keer in hetzelfde object: laat er één over." }]);
  });

  it('aliases that cannot be resolved, keys that are no text, more than one document, tabs', () => {
    expect(fout('a: &x [*x]\n')).toEqual([{ pad: 'regel 1, kolom 8', melding: "De verwijzing '*x' staat binnen de waarde waar ze naar verwijst: dat maakt een oneindige kringloop." }]);
    expect(fout('a: *x\n')).toEqual([{ pad: 'regel 1, kolom 4', melding: "De verwijzing '*x' noemt een anker dat er (nog) niet is: zet eerst '&x' bij een waarde, en verwijs pas daarna." }]);
    expect(fout('? [a, b]\n: 1\n')).toEqual([{ pad: 'regel 1, kolom 3', melding: 'Een veldnaam moet een tekst zijn, geen lijst, object of verwijzing (*naam).' }]);
    expect(fout('beslissing: vervolg\n---\nbeslissing: monitoring\n')).toEqual([{ pad: 'regel 2, kolom 1', melding: 'Het bestand bevat meer dan één YAML-document (gescheiden door ---): zet elk document in een eigen bestand.' }]);
    expect(fout('scenarios:\n\t- a\n')).toEqual([{ pad: 'regel 2, kolom 1', melding: 'Hier wordt ingesprongen met een tab: YAML springt alleen in met spaties.' }]);
    expect(fout('beslissing: vervolg\nscenarios:\n  - naam: x\n   bron: [\n')).toEqual([{ pad: 'regel 4, kolom 1', melding: `Geen geldige YAML of JSON. ${ALGEMEEN}` }]);
  });

  it('an anchor used as intended still works', () => {
    const tekst = `${kop}    invoer: &feiten { beschermingsmaatregelNodig: true }\n    verwacht: { uitkomst: verzoek-onderzoek-raad }\n  - naam: Nog eens\n    bron: GZ §6.1\n    invoer: *feiten\n    verwacht: { uitkomst: verzoek-onderzoek-raad }\n`;
    expect(voerScenarioTekstUit('x.yaml', tekst).scenarios.map((s) => s.resultaat)).toEqual(['geslaagd', 'geslaagd']);
  });
});

describe('bad input costs bounded time and text', () => {
  // Short names (base 36), so that 100 000 of them fit in a file under the limit.
  const veelVelden = (n: number) => JSON.stringify({ beslissing: 'vervolg', scenarios: [{ naam: 'Veel', bron: 'GZ', invoer: Object.fromEntries(Array.from({ length: n }, (_, i) => [`_${i.toString(36)}`, 1])), verwacht: { status: 'onvolledig' } }] });

  it.each([10_000, 100_000])('%i unknown keys in an invoer: 20 problems named by pad, then "… en N meer"', (n) => {
    const tekst = veelVelden(n);
    expect(tekst.length).toBeLessThan(MAX_BESTAND_BYTES);
    const r = voerScenarioTekstUit('veel.json', tekst);
    const p = problemen(r);
    expect(p).toHaveLength(MAX_PROBLEMEN + 1);
    expect(p[0]).toMatchObject({ pad: 'invoer._0', melding: `Onbekend veld '_0'. Bekende velden: ${VELDEN}.` });
    expect(p[19]).toMatchObject({ pad: 'invoer._j', melding: "Onbekend veld '_j'." });
    expect(p[20]).toMatchObject({ pad: 'invoer', melding: `… en ${n - 20} meer problemen (niet getoond).` });
    expect(formatteerRapport({ bestanden: [r], geslaagd: 0, mislukt: 0, ongeldig: 1 }).length).toBeLessThan(5_000);
  });

  it('unknown rule ids: a hint for the first 5, at most 20 problems', () => {
    const redenen = Array.from({ length: 1000 }, (_, i) => `vervolg.voorwaarden-en-vervolg${i}`);
    const p = problemen(voerScenarioTekstUit('x.yaml', scenario('{ beschermingsmaatregelNodig: true }', `{ uitkomst: verzoek-onderzoek-raad, redenen: [${redenen.join(', ')}] }`)));
    expect(p).toHaveLength(MAX_PROBLEMEN + 1);
    expect(p.filter((x) => x.melding.includes('Bedoelde u'))).toHaveLength(5);
    expect(p[5]!.melding).toMatch(/^Onbekende regel 'vervolg\.voorwaarden-en-vervolg5'\. Regels van vervolg: vervolg\./);
    expect(p[6]).toEqual({ pad: 'verwacht.redenen', melding: "Onbekende regel 'vervolg.voorwaarden-en-vervolg6'." });
    expect(p[20]).toEqual({ pad: 'verwacht', melding: '… en 980 meer problemen (niet getoond).' });
  });

  it('a long value is shown cut off; at most 20 differences per scenario', () => {
    const lang = 'x'.repeat(10_000);
    const p = problemen(voerScenarioTekstUit('x.yaml', scenario(`{ spoedOfCrisis: ${lang} }`)));
    expect(p).toMatchObject([{ pad: 'invoer.spoedOfCrisis', melding: `Verwacht true of false, maar kreeg de tekst '${'x'.repeat(80)}…'.` }]);
    const bronnen = Array.from({ length: 30 }, (_, i) => `Bron ${i}`).join(', ');
    const r = voerScenarioTekstUit('x.yaml', scenario('{ beschermingsmaatregelNodig: true }', `{ uitkomst: verzoek-onderzoek-raad, bronnen: [${bronnen}] }`));
    const verschillen = r.scenarios[0]!.verschillen;
    expect(verschillen).toHaveLength(MAX_PROBLEMEN + 1);
    expect(verschillen[20]).toEqual({ veld: '…', verwacht: 'en 10 meer verschillen (niet getoond)', gekregen: '' });
    expect(formatteerRapport({ bestanden: [r], geslaagd: 0, mislukt: 1, ongeldig: 0 })).toContain('\n      … en 10 meer verschillen (niet getoond)\n      regels die vuurden: vervolg.verzoek-onderzoek-raad\n');
  });
});

describe('formatteerRapport never throws', () => {
  const slot = (melding: string) => `! ${melding}\n\n0 passed, 1 failed`;
  it.each([
    ['null', null, 'Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg null.'],
    ['a number', 5, 'Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg het getal 5.'],
    ['an empty object', {}, "Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar dit object heeft geen lijst 'bestanden'."],
    ['no counts', { bestanden: [] }, "Het scenariorapport is niet compleet: 'geslaagd' is geen aantal (een geheel getal van 0 of meer)."],
    ['a bad file', { bestanden: [5], geslaagd: 0, mislukt: 0, ongeldig: 0 }, 'Het scenariorapport is niet compleet: bestanden[0]: verwacht een bestandsresultaat, maar kreeg het getal 5.'],
    ['a bad scenario', { bestanden: [{ bestand: 'a', scenarios: [{ naam: 'x', resultaat: 'ok' }] }], geslaagd: 0, mislukt: 0, ongeldig: 0 }, "Het scenariorapport is niet compleet: bestanden[0]: scenarios[0]: 'resultaat' is niet geslaagd, mislukt of ongeldig."],
  ])('%s: one ! line that says what is wrong, and 0 passed, 1 failed', (_, r, melding) => {
    expect(formatteerRapport(r as never)).toBe(slot(melding));
  });

  it('a getter that throws, a value JSON cannot show', () => {
    const boos = { get bestanden(): never { throw new Error('boem'); } };
    expect(formatteerRapport(boos as never)).toBe(slot('Het scenariorapport is niet te lezen.'));
    const kring: Record<string, unknown> = {};
    kring['zelf'] = kring;
    const r: ScenarioRapport = {
      bestanden: [{ bestand: 'a.yaml', beslissing: 'vervolg', scenarios: [{ naam: 'K', resultaat: 'mislukt', verschillen: [{ veld: 'x', verwacht: kring, gekregen: 1n }], redenen: [], problemen: [] }] }],
      geslaagd: 0, mislukt: 1, ongeldig: 0,
    };
    expect(formatteerRapport(r)).toContain('      x:\n        verwacht  (niet te tonen)\n        gekregen  1\n');
  });
});

describe('ongedekteRegels: a clear InvoerFout for what is no report', () => {
  it.each([
    [null, 'Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar kreeg null.'],
    [{}, "Verwacht een scenariorapport (het resultaat van voerScenariosUit), maar dit object heeft geen lijst 'bestanden'."],
    [{ bestanden: [{ bestand: 'a', scenarios: [{ naam: 'x', resultaat: 'geslaagd', verschillen: [], redenen: 'vervolg.x', problemen: [] }] }], geslaagd: 1, mislukt: 0, ongeldig: 0 }, "Het scenariorapport is niet compleet: bestanden[0]: scenarios[0]: 'redenen' is geen lijst van regels."],
  ])('%j', (r, melding) => {
    const fout = vang(() => ongedekteRegels(r as never));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([{ pad: 'rapport', melding }]);
  });

  it('an empty report: every rule is uncovered', () => {
    expect(ongedekteRegels({ bestanden: [], geslaagd: 0, mislukt: 0, ongeldig: 0 })).toHaveLength(Object.values(beslissingen).flatMap((d) => d.regels).length);
  });
});

describe('voerScenariosUit: only regular files, never rejects', () => {
  const map = mkdtempSync(join(tmpdir(), 'hp-bijzonder-'));
  const goed = JSON.stringify({ beslissing: 'afwegingskader', scenarios: [{ naam: 'json', bron: 'Meldcode', invoer: { vermoeden: false }, verwacht: { uitkomst: 'afsluiten' } }] });
  const fouten = (r: ScenarioRapport) => r.bestanden.filter((b) => b.fout).map((b) => [b.bestand, b.fout![0]!.melding]);

  it.each([
    ['null', null, "Verwacht een lijst met paden van bestanden of mappen (bijvoorbeeld ['fixtures']), maar kreeg null."],
    ['a number', 5, "Verwacht een lijst met paden van bestanden of mappen (bijvoorbeeld ['fixtures']), maar kreeg het getal 5."],
    ['an object', {}, "Verwacht een lijst met paden van bestanden of mappen (bijvoorbeeld ['fixtures']), maar kreeg een object."],
  ])('paden that is %s: one ongeldig entry', async (_, paden, melding) => {
    expect(await voerScenariosUit(paden as never)).toEqual({ bestanden: [{ bestand: '(paden)', scenarios: [], fout: [{ pad: '', melding }] }], geslaagd: 0, mislukt: 0, ongeldig: 1 });
  });

  it('one path as a text is run; a path that is no text is reported', async () => {
    const pad = join(map, 'goed.json');
    writeFileSync(pad, goed);
    expect(await voerScenariosUit(pad as never)).toMatchObject({ geslaagd: 1, ongeldig: 0 });
    const r = await voerScenariosUit([5, pad] as never);
    expect(fouten(r)).toEqual([['(pad 1)', 'Verwacht een pad (een tekst), maar kreeg het getal 5.']]);
    expect(r.geslaagd).toBe(1);
  });

  it('a FIFO and a link to /dev/zero are skipped with a line, never opened', async () => {
    const m = join(map, 'bijzonder');
    mkdirSync(m);
    execFileSync('mkfifo', [join(m, 'pijp.yaml')]);
    symlinkSync('/dev/zero', join(m, 'nul.yaml'));
    symlinkSync(join(m, 'bestaat-niet'), join(m, 'weg.yaml'));
    symlinkSync(m, join(m, 'kring')); // a link back to the folder: searched once
    writeFileSync(join(m, 'goed.json'), goed);
    const r = await voerScenariosUit([m]);
    expect(fouten(r)).toEqual([
      [join(m, 'nul.yaml'), 'Dit is een koppeling naar een apparaat (character device), geen gewoon bestand; alleen gewone bestanden worden gelezen.'],
      [join(m, 'pijp.yaml'), 'Dit is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden gelezen.'],
      [join(m, 'weg.yaml'), 'Deze koppeling (symlink) wijst nergens heen; bestand of map niet gevonden.'],
    ]);
    expect(r).toMatchObject({ geslaagd: 1, ongeldig: 3 });
  });

  it('a file that is not UTF-8 (Windows-1252, UTF-16) says so', async () => {
    // "Überprüfung" in Windows-1252: Ü = 0xDC, ü = 0xFC.
    const w1252 = Buffer.concat([Buffer.from(`${kop}    invoer: {}\n    verwacht: { status: onvolledig }\n    toelichting: `), Buffer.from([0xdc, 0x62, 0x65, 0x72, 0x70, 0x72, 0xfc, 0x66, 0x75, 0x6e, 0x67]), Buffer.from('\n')]);
    writeFileSync(join(map, 'w1252.yaml'), w1252);
    writeFileSync(join(map, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('beslissing: vervolg\n', 'utf16le')]));
    writeFileSync(join(map, 'bom.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goed)]));
    const r = await voerScenariosUit([join(map, 'w1252.yaml'), join(map, 'utf16.yaml'), join(map, 'bom.yaml')]);
    expect(fouten(r)).toEqual([
      [join(map, 'w1252.yaml'), 'Het bestand is geen UTF-8-tekst (het eerste teken dat niet klopt staat in regel 7); het is waarschijnlijk opgeslagen als Windows-1252 of Latin-1. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).'],
      [join(map, 'utf16.yaml'), 'Het bestand is opgeslagen als UTF-16, niet als UTF-8. Sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8).'],
    ]);
    expect(r.geslaagd).toBe(1); // UTF-8 with a byte order mark is fine
  });

  it('a file over the limit is refused before it is read; fs errors are Dutch', async () => {
    const groot = join(map, 'groot.yaml');
    writeFileSync(groot, Buffer.alloc(MAX_BESTAND_BYTES + 1, 0x20));
    writeFileSync(join(map, 'goed.json'), goed);
    const r = await voerScenariosUit([groot, join(map, 'goed.json', 'onder-een-bestand.yaml'), map + '\0']);
    expect(fouten(r)).toEqual([
      [groot, "Het bestand is te groot (1.048.577 bytes); een scenariobestand mag hoogstens 1 MB (1.048.576 bytes) zijn. Verdeel de scenario's over meer bestanden."],
      [join(map, 'goed.json', 'onder-een-bestand.yaml'), 'Een deel van het pad is geen map: er staat een bestand waar een map verwacht wordt.'],
      [map + '\0', 'Dit pad is niet te gebruiken.'],
    ]);
    expect(await leesTekstbestand(map, 'de invoer')).toEqual({ fout: 'Dit is een map, geen bestand.' });
    expect(fsMelding(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe('Geen toestemming: u mag dit bestand of deze map niet lezen (of schrijven).');
    expect(fsMelding(Object.assign(new Error('ELOOP'), { code: 'ELOOP' }))).toBe('Te veel koppelingen (symlinks) na elkaar, of een koppeling die naar zichzelf wijst.');
    expect(fsMelding(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))).toBe('Dit is een map, geen bestand.');
    expect(fsMelding(new Error('?'))).toBe('Niet te lezen.');
  });

  it('a link that points to itself (ELOOP) is Dutch', async () => {
    const lus = join(map, 'lus.yaml');
    symlinkSync(lus, lus);
    expect(fouten(await voerScenariosUit([lus]))).toEqual([[lus, 'Te veel koppelingen (symlinks) na elkaar, of een koppeling die naar zichzelf wijst.']]);
  });
});
