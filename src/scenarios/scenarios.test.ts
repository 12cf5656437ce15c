/**
 * The scenario corpus runs inside npm test: every scenario passes, every rule is exercised, and
 * the mistakes a new user makes each give one clear Dutch line and the right exit code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voerCliUit } from '../cli/main.js';
import { ongedekteRegels, voerScenariosUit } from './laad.js';

describe('the corpus in fixtures/', () => {
  it('has at least 100 scenarios, all passing, each with its bron', async () => {
    const r = await voerScenariosUit(['fixtures']);
    const alle = r.bestanden.flatMap((b) => b.scenarios);
    expect(r.bestanden.filter((b) => b.fout)).toEqual([]);
    expect(alle.filter((s) => s.resultaat !== 'geslaagd').map((s) => [s.naam, s.verschillen, s.problemen])).toEqual([]);
    expect(r.geslaagd).toBe(alle.length);
    expect(r.geslaagd).toBeGreaterThanOrEqual(100);
    for (const s of alle) expect(s.bron, s.naam).toMatch(/\S/);
  });

  it('exercises every rule id (scenarios --dekking lists none)', async () => {
    expect(ongedekteRegels(await voerScenariosUit(['fixtures']))).toEqual([]);
    const cli = await voerCliUit(['scenarios', '--dekking']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Dekking: elke regel wordt door minstens één scenario geraakt.');
    expect(cli.stdout.split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('contains every worked example of the brief (domein.md §7)', async () => {
    const r = await voerScenariosUit(['fixtures/termijnVeiligheidsbeoordeling']);
    const namen = r.bestanden.flatMap((b) => b.scenarios.filter((s) => s.resultaat === 'geslaagd').map((s) => s.bron ?? ''));
    for (const n of [1, 2, 3, 4]) expect(namen.some((b) => b.includes(`rekenvoorbeeld ${n}`)), `rekenvoorbeeld ${n}`).toBe(true);
  });
});

describe('mistakes a new user makes', () => {
  const map = mkdtempSync(join(tmpdir(), 'hp-scenario-'));
  const bestand = (naam: string, tekst: string) => {
    const pad = join(map, naam);
    writeFileSync(pad, tekst);
    return pad;
  };
  const scenario = (invoer: string, verwacht: string) =>
    `beslissing: vervolg\nscenarios:\n  - naam: Mijn scenario\n    bron: GZ §6.1\n    invoer: ${invoer}\n    verwacht: ${verwacht}\n`;

  it('a typo in a fact name: one line with file, scenario, field and a hint; exit 2', async () => {
    const pad = bestand('typo.yaml', scenario('{ beschermingsmaatregelnodig: true }', '{ uitkomst: verzoek-onderzoek-raad }'));
    const r = await voerCliUit(['scenarios', pad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`  ! ${pad} › Mijn scenario › invoer.beschermingsmaatregelnodig: Onbekend veld 'beschermingsmaatregelnodig'. Bedoelde u 'beschermingsmaatregelNodig'?`);
    expect(r.stdout).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(r.stdout.split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('a wrong expectation: ✗ with verwacht and gekregen and the rules that fired; exit 1', async () => {
    const pad = bestand('fout.yaml', scenario('{ beschermingsmaatregelNodig: true }', '{ uitkomst: onderzoek }'));
    const r = await voerCliUit(['scenarios', pad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `${pad}  (vervolg, 1 scenario)`,
        '  ✗ Mijn scenario',
        '      uitkomst:',
        '        verwacht  onderzoek',
        '        gekregen  verzoek-onderzoek-raad',
        '      regels die vuurden: vervolg.verzoek-onderzoek-raad',
        '      bron van het scenario: GZ §6.1',
        '',
        '0 passed, 1 failed',
      ].join('\n'),
    );
  });

  it('a YAML syntax error: the file and the line; exit 2', async () => {
    const pad = bestand('kapot.yaml', 'beslissing: vervolg\nscenarios:\n  - naam: x\n   bron: [\n');
    const r = await voerCliUit(['scenarios', pad]);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^! ${pad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(regel \\d+, kolom \\d+\\): Geen geldige YAML of JSON`));
  });

  it('an empty file; exit 2', async () => {
    const pad = bestand('leeg.yaml', '\n');
    const r = await voerCliUit(['scenarios', pad]);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe(`! ${pad}: Het bestand is leeg: verwacht een scenariobestand met beslissing en scenarios.`);
  });

  it('an unknown beslissing, an unknown uitkomst, an unknown rule id, a missing bron', async () => {
    const onbekend = await voerCliUit(['scenarios', bestand('onbekend.yaml', 'beslissing: vervolgen\nscenarios: [{}]\n')]);
    expect(onbekend.code).toBe(2);
    expect(onbekend.stdout).toContain("(beslissing): Verwacht een van: 'adviesOfMelding', 'ambtshalveMelding', 'vervolg'");
    const r = await voerCliUit(['scenarios', bestand('verwacht.yaml', scenario('{ beschermingsmaatregelNodig: true }', '{ uitkomst: raad, redenen: [vervolg.verzoek-raad] }'))]);
    expect(r.stdout).toContain("› Mijn scenario › verwacht.uitkomst: Onbekende uitkomst 'raad' voor vervolg. Mogelijk: overdracht-lokaal-team,");
    expect(r.stdout).toContain("› Mijn scenario › verwacht.redenen: Onbekende regel 'vervolg.verzoek-raad'. Regels van vervolg: vervolg.verzoek-onderzoek-raad, ");
    const bijna = await voerCliUit(['scenarios', bestand('bijna.yaml', scenario('{ beschermingsmaatregelNodig: true }', '{ uitkomst: verzoek-onderzoek-raad, redenen: [vervolg.verzoek-onderzoek-rad] }'))]);
    expect(bijna.stdout).toContain("› Mijn scenario › verwacht.redenen: Onbekende regel 'vervolg.verzoek-onderzoek-rad'. Bedoelde u 'vervolg.verzoek-onderzoek-raad'?");
    const zonderBron = await voerCliUit(['scenarios', bestand('bron.yaml', 'beslissing: vervolg\nscenarios:\n  - naam: Zonder bron\n    invoer: {}\n    verwacht: { status: onvolledig }\n')]);
    expect(zonderBron.stdout).toContain('› Zonder bron › bron: Verplicht veld ontbreekt: verwacht een tekst.');
  });

  it('a wrong value type in invoer, a gemeente outside the region, a missing file', async () => {
    const r = await voerCliUit(['scenarios', bestand('type.yaml', scenario('{ spoedOfCrisis: ja }', '{ status: onvolledig }'))]);
    expect(r.stdout).toContain("› Mijn scenario › invoer.spoedOfCrisis: Verwacht true of false, maar kreeg de tekst 'ja'.");
    const g = await voerCliUit(['scenarios', bestand('gemeente.yaml', 'beslissing: politiemelding\nregio: gelderland-zuid\nscenarios:\n  - naam: Arnhem\n    bron: GZ §5.1\n    invoer: { gemeente: Arnhem }\n    verwacht: { status: onvolledig }\n')]);
    expect(g.stdout).toContain("› Arnhem › invoer.gemeente: De gemeente 'Arnhem' hoort niet bij regio gelderland-zuid.");
    const weg = await voerCliUit(['scenarios', join(map, 'bestaat-niet.yaml')]);
    expect(weg.code).toBe(2);
    expect(weg.stdout).toContain('bestaat-niet.yaml: Bestand of map niet gevonden.');
  });

  it('spoed en crisis in a termijn: verwacht.spoed is checked, and belongs to termijnVeiligheidsbeoordeling only', async () => {
    const pad = bestand(
      'spoed.yaml',
      [
        'beslissing: termijnVeiligheidsbeoordeling',
        "openingskalender: { extraVrijeDagen: ['2024-05-10'] }",
        'scenarios:',
        '  - naam: Dicht op de KB-dag',
        '    bron: GZ §5.1 B',
        "    invoer: { ontvangen: '2024-05-10T10:00:00+02:00', spoedOfCrisis: true }",
        '    verwacht: { uiterlijk: 2024-05-10, spoed: zelfde-dag }',
        '  - naam: Alleen een datum',
        '    bron: GZ §5.1 B',
        "    invoer: { ontvangen: '2024-05-13', spoedOfCrisis: true }",
        '    verwacht: { uiterlijk: 2024-05-13, spoed: sez }',
        '  - naam: Open op maandag',
        '    bron: GZ §5.1 B',
        "    invoer: { ontvangen: '2024-05-13T10:00:00+02:00', spoedOfCrisis: true }",
        '    verwacht: { uiterlijk: 2024-05-13, spoed: zelfde-dag }',
        '',
      ].join('\n'),
    );
    const r = await voerCliUit(['scenarios', pad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(['  ✗ Dicht op de KB-dag', '      spoed:', '        verwacht  zelfde-dag', '        gekregen  sez'].join('\n'));
    expect(r.stdout).toContain(
      ['  ✗ Alleen een datum', '      spoed:', '        verwacht  sez', '        gekregen  (niet te bepalen: ontvangen is geen tijdstip, of geen spoed en crisis)'].join('\n'),
    );
    expect(r.stdout).toContain('  ✓ Open op maandag');
    const verkeerd = await voerCliUit(['scenarios', bestand('spoed-vervolg.yaml', scenario('{ spoedOfCrisis: true }', '{ status: onvolledig, spoed: sez }'))]);
    expect(verkeerd.code).toBe(2);
    expect(verkeerd.stdout).toContain(
      "› Mijn scenario › verwacht.spoed: 'spoed' hoort bij termijnVeiligheidsbeoordeling, niet bij vervolg. Bij vervolg verwacht u de actie: { soort: spoedinterventie, wanneer: sez }.",
    );
    const onbekend = await voerCliUit(['scenarios', bestand('spoed-waarde.yaml', 'beslissing: termijnVeiligheidsbeoordeling\nscenarios:\n  - naam: x\n    bron: y\n    invoer: { ontvangen: 2025-01-06, spoedOfCrisis: true }\n    verwacht: { uiterlijk: 2025-01-06, spoed: direct }\n')]);
    expect(onbekend.stdout).toContain("› x › verwacht.spoed: Verwacht een van: 'zelfde-dag', 'sez'; kreeg de tekst 'direct'.");
  });

  describe('verwacht.bronnen: the sources of the rules that fired', () => {
    const vv = '{ aanwijzingenAcuteOfStructureleOnveiligheid: true, beschermingsmaatregelNodig: false, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false }';
    const onderzoek = '{ aanwijzingenAcuteOfStructureleOnveiligheid: true, beschermingsmaatregelNodig: false, bevestigenOfWeerleggenNodig: true, directbetrokkenenBereidEnInStaat: true }';
    const GZ = 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0';

    it('a text in "document, vindplaats" and a { document, vindplaats } object match; so do a termijn’s bronnen', async () => {
      const r = await voerCliUit([
        'scenarios',
        bestand('bron-goed.yaml', scenario(vv, `{ uitkomst: voorwaarden-en-vervolg, bronnen: ['Gelderland-Zuid 2.0, §6.1', '${GZ}', { document: '${GZ}', vindplaats: 'pag. 37-39' }] }`)),
        bestand(
          'bron-termijn.yaml',
          "beslissing: termijnVeiligheidsbeoordeling\nscenarios:\n  - naam: VB\n    bron: GZ §5.1\n    invoer: { ontvangen: '2024-05-08' }\n" +
            "    verwacht: { uiterlijk: 2024-05-17, bronnen: ['Wél binnen 5 werkdagen', { document: 'Handelingsprotocol Veilig Thuis 2019', vindplaats: 'p. 30-34' }] }\n",
        ),
      ]);
      expect(r.stdout.split('\n').at(-1)).toBe('2 passed, 0 failed');
      expect(r.code).toBe(0);
    });

    it('a source the rules do not cite fails, listing the bronnen of the rules that fired', async () => {
      const pad = bestand('bron-fout.yaml', scenario(vv, '{ uitkomst: voorwaarden-en-vervolg, bronnen: [Meldcode, { document: Handelingsprotocol Veilig Thuis 2019 }] }'));
      const r = await voerCliUit(['scenarios', pad]);
      expect(r.code).toBe(1);
      const gekregen = `${GZ}, §6.1 "Voorwaarden & vervolg" (Handelingsprotocol Veilig Thuis, pag. 37-39)`;
      expect(r.stdout).toContain(
        [
          '  ✗ Mijn scenario',
          '      bronnen:',
          '        verwacht  Meldcode',
          `        gekregen  ${gekregen}`,
          '      bronnen:',
          '        verwacht  { document: Handelingsprotocol Veilig Thuis 2019 }',
          `        gekregen  ${gekregen}`,
          '      regels die vuurden: vervolg.voorwaarden-en-vervolg',
        ].join('\n'),
      );
      const json = JSON.parse((await voerCliUit(['scenarios', pad, '--json'])).stdout);
      expect(json.bestanden[0].scenarios[0].verschillen).toEqual([
        { veld: 'bronnen', verwacht: 'Meldcode', gekregen: [gekregen] },
        { veld: 'bronnen', verwacht: { document: 'Handelingsprotocol Veilig Thuis 2019' }, gekregen: [gekregen] },
      ]);
    });

    it('a swapped citation fails: V&V is §6.1 (pag. 37-39), Onderzoek §6.2 (pag. 40-44)', async () => {
      const r = await voerCliUit([
        'scenarios',
        bestand('bron-vv.yaml', scenario(vv, `{ uitkomst: voorwaarden-en-vervolg, bronnen: ['Gelderland-Zuid 2.0, §6.2'] }`)),
        bestand('bron-onderzoek.yaml', scenario(onderzoek, `{ uitkomst: onderzoek, bronnen: [{ document: '${GZ}', vindplaats: 'pag. 37-39' }] }`)),
        bestand('bron-onderzoek-goed.yaml', scenario(onderzoek, `{ uitkomst: onderzoek, bronnen: [{ document: '${GZ}', vindplaats: 'pag. 40-44' }] }`)),
      ]);
      expect(r.stdout).toContain(['      bronnen:', '        verwacht  Gelderland-Zuid 2.0, §6.2'].join('\n'));
      expect(r.stdout).toContain(['      bronnen:', `        verwacht  { document: ${GZ}, vindplaats: pag. 37-39 }`, `        gekregen  ${GZ}, §6.2 "Onderzoek" (Handelingsprotocol Veilig Thuis, pag. 40-44)`].join('\n'));
      expect(r.stdout.split('\n').at(-1)).toBe('1 passed, 2 failed');
    });

    it('an onvolledig decision has no rules that fired, so no bronnen', async () => {
      const r = await voerCliUit(['scenarios', bestand('bron-onvolledig.yaml', scenario('{}', "{ status: onvolledig, bronnen: ['Gelderland-Zuid'] }"))]);
      expect(r.stdout).toContain(['      bronnen:', '        verwacht  Gelderland-Zuid', '        gekregen  (geen: er vuurde nog geen regel, de beslissing is nog niet te nemen)'].join('\n'));
    });

    it('a bad shape is an ongeldig scenario with a Dutch message', async () => {
      const r = await voerCliUit([
        'scenarios',
        bestand('bron-vorm.yaml', scenario(vv, "{ uitkomst: voorwaarden-en-vervolg, bronnen: [5, { vindplaats: '§6.1' }, { document: GZ, pagina: 37 }, ' '] }")),
        bestand('bron-lijst.yaml', scenario(vv, "{ uitkomst: voorwaarden-en-vervolg, bronnen: 'GZ §6.1' }")),
        bestand('bron-momenten.yaml', "beslissing: monitoringmomenten\nscenarios:\n  - naam: M\n    bron: GZ §7.1\n    invoer: { overdrachtsdatum: 2025-01-15 }\n    verwacht: { momenten: [2025-04-15, 2026-01-15], bronnen: [GZ] }\n"),
      ]);
      expect(r.code).toBe(2);
      const voorbeeld = "bijvoorbeeld 'Gelderland-Zuid 2.0, §6.1' of { document: 'Handelingsprotocol Veilig Thuis 2019', vindplaats: 'p. 30-34' }";
      expect(r.stdout).toContain(`› Mijn scenario › verwacht.bronnen.0: Verwacht een bron als tekst of als { document, vindplaats } (${voorbeeld}), maar kreeg het getal 5.`);
      expect(r.stdout).toContain(`› Mijn scenario › verwacht.bronnen.1: Een verwachte bron als object heeft een 'document' (een tekst) nodig, maar kreeg niets (${voorbeeld}).`);
      expect(r.stdout).toContain("› Mijn scenario › verwacht.bronnen.2: Onbekend veld 'pagina' in een verwachte bron. Bekend zijn: document, vindplaats.");
      expect(r.stdout).toContain(`› Mijn scenario › verwacht.bronnen.3: Een verwachte bron mag niet leeg zijn (${voorbeeld}).`);
      expect(r.stdout).toContain("› Mijn scenario › verwacht.bronnen: Verwacht een lijst, maar kreeg de tekst 'GZ §6.1'.");
      expect(r.stdout).toContain("› M › verwacht.bronnen: monitoringmomenten geeft alleen de datums terug, geen bronnen: laat 'bronnen' hier weg.");
      expect(r.stdout.split('\n').at(-1)).toBe('0 passed, 3 failed');
    });
  });

  it('JSON files are scenario files too', async () => {
    const pad = bestand('s.json', JSON.stringify({ beslissing: 'afwegingskader', scenarios: [{ naam: 'json', bron: 'Meldcode', invoer: { vermoeden: false }, verwacht: { uitkomst: 'afsluiten' } }] }));
    const r = await voerCliUit(['scenarios', pad, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ geslaagd: 1, mislukt: 0, ongeldig: 0, bestanden: [{ beslissing: 'afwegingskader', scenarios: [{ naam: 'json', resultaat: 'geslaagd', redenen: ['afwegingskader.afsluiten'] }] }] });
  });

  it('the guide’s complete example, and every other YAML example in it, runs as written', async () => {
    const gids = readFileSync('docs/scenarios.md', 'utf8');
    const voorbeelden = [...gids.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(voorbeelden.length).toBeGreaterThanOrEqual(2);
    for (const [i, yaml] of voorbeelden.entries()) {
      const r = await voerCliUit(['scenarios', bestand(`gids-${i}.yaml`, yaml)]);
      expect(r.stdout, `voorbeeld ${i + 1}`).toMatch(/\n[1-9]\d* passed, 0 failed$/);
      expect(r.code, `voorbeeld ${i + 1}`).toBe(0);
    }
  });
});
