import { describe, expect, it } from 'vitest';
import { maakWerkdagkalender } from '../deadlines/kalender.js';
import { InvoerFout } from '../types/fouten.js';
import { maakRapportage, periodeVan, vervolgsoorten } from './rapportage.js';
import { CASELOAD, NORMEN, regel, VERWACHT_AFGEKEURD, VERWACHTE_PERIODES } from './testhulp.js';
import { epochDag } from '../deadlines/datum.js';

describe('maakRapportage', () => {
  it('counts a hand-made caseload exactly, each count in the period its event fell in', async () => {
    const r = await maakRapportage(CASELOAD, { peildatum: '2025-06-30', regio: 'gelderland-zuid' });
    expect(r).toEqual({
      periodes: VERWACHTE_PERIODES,
      afgekeurd: VERWACHT_AFGEKEURD,
      // rijen 2 to 11: 8 used + 2 afgekeurd
      ingelezen: 10,
      periode: 'kwartaal',
      peildatum: '2025-06-30',
      normen: NORMEN,
    });
  });

  it('reads an async iterable one row at a time, and lists the cases past their term with metIds', async () => {
    async function* rijen() {
      for (const rij of CASELOAD) yield rij;
    }
    const r = await maakRapportage(rijen(), { peildatum: '2025-06-30', regio: 'gelderland-zuid', metIds: true });
    expect(r.periodes).toEqual(VERWACHTE_PERIODES);
    expect(r.overTermijn).toEqual([
      { gemeente: 'Tiel', zaken: [{ id: 'M8', termijn: 'onderzoek', uiterlijk: '2025-03-20' }] },
      { gemeente: 'Wijchen', zaken: [{ id: 'M7', termijn: 'veiligheidsbeoordeling', uiterlijk: '2025-06-10' }] },
    ]);
  });

  it('the calendar option reaches the termijn, and one day after the Atw-extended term is late', async () => {
    // A calendar where 2 juni is also free moves the term to dinsdag 3 juni: still within.
    const kalender = maakWerkdagkalender({ extraVrijeDagen: ['2025-06-02'] });
    const r = await maakRapportage([CASELOAD[4]!], { peildatum: '2025-06-30', kalender });
    expect(r.periodes.find((p) => p.periode === '2025-K2')).toEqual(
      regel('2025-K2', 'Wijchen', { afgerondeVoorwaardenEnVervolg: 1, voorwaardenEnVervolgBinnenTermijn: 1 }),
    );
    // One day after the extended term (3 juni with the default calendar) is late.
    const laat = await maakRapportage([{ ...CASELOAD[4]!, einde: '2025-06-03' }], { peildatum: '2025-06-30' });
    expect(laat.periodes.find((p) => p.periode === '2025-K2')).toEqual(regel('2025-K2', 'Wijchen', { afgerondeVoorwaardenEnVervolg: 1 }));
  });

  it('periods: maand and jaar; a peildatum in another period gets the lopende cases', async () => {
    const r = await maakRapportage(CASELOAD.slice(0, 3), { peildatum: '2025-06-30', periode: 'maand' });
    // rij 2 in februari, rij 3 (Tijdstip) in april; rij 4: VB and overdracht in maart, monitoring juni 2025 and maart 2026.
    expect(r.periodes.map((p) => [p.periode, p.gemeente])).toEqual([
      ['2025-02', 'Tiel'], ['2025-03', 'nijmegen'], ['2025-04', 'Tiel'], ['2025-06', 'nijmegen'], ['2026-03', 'nijmegen'],
    ]);
    const j = await maakRapportage(CASELOAD.slice(5, 6), { peildatum: '2026-01-05', periode: 'jaar' });
    // rij 7: no VB, past 10 juni 2025; the peildatum falls in 2026.
    expect(j.periodes).toEqual([regel('2026', 'Wijchen', { lopendOverTermijn: 1 })]);
    // Not yet past its term at the peildatum 10 juni (on or before uiterlijk): not counted anywhere.
    const n = await maakRapportage(CASELOAD.slice(5, 6), { peildatum: '2025-06-10' });
    expect(n).toMatchObject({ periodes: [], afgekeurd: [], ingelezen: 1 });
  });

  it('maps the export’s own column names, case-insensitively', async () => {
    const r = await maakRapportage(
      [
        { Zaaknummer: 'Z1', 'GEMEENTE NAAM': 'Tiel', Type: 'advies', 'Datum binnenkomst': '2025-05-05', Notitie: 'niet gebruikt' },
        { Zaaknummer: 'Z2', 'GEMEENTE NAAM': 'Tiel', Type: 'advies', 'Datum binnenkomst': '05-05-2025' },
      ],
      { peildatum: '2025-06-30', kolommen: { id: 'zaaknummer', gemeente: 'Gemeente naam', soort: 'type', ontvangen: 'datum binnenkomst' } },
    );
    expect(r.periodes).toEqual([regel('2025-K2', 'Tiel', { adviezen: 1 })]);
    // A problem is named by the column as the user's file names it.
    expect(r.afgekeurd).toEqual([
      { rij: 3, problemen: [{ pad: 'datum binnenkomst', code: 'ongeldige-datum', melding: "'05-05-2025' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." }] },
    ]);
  });

  it('nothing is lost silently: every unusable row is afgekeurd with Dutch problemen at the export’s column name', async () => {
    const r = await maakRapportage(
      [
        { gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-03-03', vervolg: 'onderzoek', veiligheidsbeoordeling: '2025-03-04', start: '2025-03-10', einde: '2025-03-09' },
        { gemeente: 'Tiel', soort: 'zorgmelding', ontvangen: '2025-03-03' },
        { soort: 'advies', ontvangen: '2025-03-03' },
        { gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-03-03', vervolg: 'lokaal team' },
        { gemeente: 'Tiel', soort: 'advies', ontvangen: '2025-03-03', veiligheidsbeoordeling: '2025-03-04' },
        { gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-03-05', veiligheidsbeoordeling: '2025-03-04', spoed: 'misschien' },
        { gemeente: 'Tiel', soort: 'melding', ontvangen: '5-3-2025' },
        'geen object' as unknown as Record<string, unknown>,
      ],
      { peildatum: '2025-06-30' },
    );
    expect(r.periodes).toEqual([]);
    expect(r.ingelezen).toBe(8);
    expect(r.afgekeurd).toEqual([
      { rij: 2, problemen: [{ pad: 'einde', code: 'ongeldige-waarde', melding: 'Het einde (2025-03-09) ligt vóór de start (2025-03-10).' }] },
      { rij: 3, problemen: [{ pad: 'soort', code: 'onbekende-waarde', melding: "Onbekende soort 'zorgmelding': kies 'advies' of 'melding'." }] },
      { rij: 4, problemen: [{ pad: 'gemeente', code: 'ontbrekend', melding: 'De gemeente ontbreekt.' }] },
      {
        rij: 5,
        problemen: [{
          pad: 'vervolg', code: 'onbekende-waarde',
          melding: "Onbekend vervolg 'lokaal team'. Bekend: overdracht-lokaal-team, overdracht-betrokken-hulpverlening, voorwaarden-en-vervolg, onderzoek, verzoek-onderzoek-raad, geen-vervolgstappen.",
        }, { pad: 'veiligheidsbeoordeling', code: 'ontbrekend', melding: 'Er is een vervolg, maar geen datum van de veiligheidsbeoordeling waarop het volgde.' }],
      },
      { rij: 6, problemen: [{ pad: 'veiligheidsbeoordeling', code: 'ongeldige-waarde', melding: 'Een advies heeft geen veiligheidsbeoordeling: alleen een melding krijgt een veiligheidsbeoordeling en vervolg.' }] },
      {
        rij: 7,
        problemen: [
          { pad: 'spoed', code: 'onbekende-waarde', melding: "Onbekende waarde 'misschien' voor spoed: kies ja of nee." },
          { pad: 'veiligheidsbeoordeling', code: 'ongeldige-waarde', melding: 'De veiligheidsbeoordeling (2025-03-04) ligt vóór de ontvangst (2025-03-05).' },
        ],
      },
      { rij: 8, problemen: [{ pad: 'ontvangen', code: 'ongeldige-datum', melding: "'5-3-2025' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00)." }] },
      { rij: 9, problemen: [{ pad: '', code: 'verkeerd-type', melding: "Een rij is een object met kolommen, maar dit is de tekst 'geen object'." }] },
    ]);
  });

  it('refuses bad options with an InvoerFout, in Dutch', async () => {
    const fout = await maakRapportage([], { periode: 'week' as never, regio: 'utrecht', kolommen: { datum: 'x' } as never }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen.map((p) => [p.pad, p.code])).toEqual([
      ['opties.periode', 'onbekende-waarde'], ['opties.regio', 'onbekende-waarde'], ['opties.kolommen.datum', 'onbekend-veld'],
    ]);
    expect((fout as InvoerFout).problemen[1]!.melding).toBe("Onbekende regio 'utrecht'. Bekende regio's: gelderland-zuid.");
    const geenTekst = await maakRapportage([], { regio: 5 as never }).catch((e: unknown) => e);
    expect((geenTekst as InvoerFout).problemen).toEqual([
      { pad: 'opties.regio', code: 'verkeerd-type', melding: 'Verwacht de naam van een regio (een tekst), maar kreeg het getal 5.' },
    ]);
  });

  it('derives what each vervolg uitkomst is from the definitions', () => {
    expect(Object.fromEntries(vervolgsoorten())).toEqual({
      'overdracht-lokaal-team': 'overdracht',
      'overdracht-betrokken-hulpverlening': 'overdracht',
      'voorwaarden-en-vervolg': 'voorwaarden-en-vervolg',
      onderzoek: 'onderzoek',
      'verzoek-onderzoek-raad': 'overig',
      'geen-vervolgstappen': 'overdracht',
    });
  });

  it('writes periods as 2025-K1, 2025-03 and 2025', () => {
    const d = epochDag(2025, 3, 31);
    expect([periodeVan(d, 'kwartaal'), periodeVan(d, 'maand'), periodeVan(d, 'jaar'), periodeVan(epochDag(2025, 10, 1), 'kwartaal')]).toEqual([
      '2025-K1', '2025-03', '2025', '2025-K4',
    ]);
  });
});
