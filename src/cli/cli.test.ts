import { describe, expect, it } from 'vitest';
import { voerCliUit } from './main.js';

describe('handelingsprotocol CLI', () => {
  it.each(['scenarios', 'beslis', 'termijn', 'docs'])('%s --help is Dutch, with an example', async (opdracht) => {
    const r = await voerCliUit([opdracht, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^handelingsprotocol ${opdracht}`));
    expect(r.stdout).toContain('Voorbeeld:');
    expect(r.stdout).toContain(`handelingsprotocol ${opdracht} `);
  });

  it('--help without a command lists the commands', async () => {
    const r = await voerCliUit(['--help']);
    expect(r.code).toBe(0);
    for (const o of ['scenarios', 'beslis', 'termijn', 'docs']) expect(r.stdout).toContain(`handelingsprotocol ${o}`);
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
      expect(await voerCliUit(['beslis', 'vervolg', 'bestaat-niet.json'])).toMatchObject({ code: 2, stderr: "Het invoerbestand 'bestaat-niet.json' is niet te lezen." });
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
});
