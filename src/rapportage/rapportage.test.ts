import { describe, expect, it } from 'vitest';
import { maakWerkdagkalender } from '../deadlines/kalender.js';
import { regios } from '../regios/index.js';
import { InvoerFout } from '../types/fouten.js';
import { maakRapportage, periodeVan, vervolgsoorten, type Rapportageregel } from './rapportage.js';
import { epochDag } from '../deadlines/datum.js';

/** A row of the report with every count 0 but those given. */
const regel = (periode: string, gemeente: string, tellingen: Partial<Rapportageregel>): Rapportageregel => ({
  periode, gemeente, adviezen: 0, meldingenMetVeiligheidsbeoordeling: 0, veiligheidsbeoordelingBinnenTermijn: 0,
  overdrachtenNaVeiligheidsbeoordeling: 0, afgerondeOnderzoeken: 0, onderzoekenBinnenTermijn: 0,
  afgerondeVoorwaardenEnVervolg: 0, voorwaardenEnVervolgBinnenTermijn: 0, lopendOverTermijn: 0, monitoringmomenten: 0,
  ...tellingen,
});

const GZ_GEMEENTEN = regios['gelderland-zuid']!.gemeenten.join(', ');

/**
 * A small caseload worked out by hand. The peildatum is maandag 30 juni 2025. The spreadsheet rows:
 * the header is row 1, so the first case is row 2.
 */
export const CASELOAD: Record<string, unknown>[] = [
  // rij 2: an advies in Tiel, received 10 februari → 2025-K1.
  { id: 'A2', gemeente: 'Tiel', soort: 'advies', ontvangen: '2025-02-10' },
  // rij 3: an advies received at 2025-03-31T22:30Z = 1 april 00:30 in Amsterdam (summer time since
  // 30 maart) → 2025-K2, not K1.
  { id: 'A3', gemeente: 'Tiel', soort: 'advies', ontvangen: '2025-03-31T22:30:00Z' },
  // rij 4: a melding received maandag 3 maart; 5 werkdagen (di 4, wo 5, do 6, vr 7, ma 10) → uiterlijk
  // maandag 10 maart. The VB on that last day is within term. Overdracht to the lokale team on
  // 12 maart (K1); monitoring 3 months later, 12 juni 2025 (K2), and 12 months later, 12 maart 2026 (2026-K1).
  {
    id: 'M4', gemeente: 'nijmegen', soort: 'Melding', ontvangen: '2025-03-03', spoed: 'nee', veiligheidsbeoordeling: '2025-03-10',
    vervolg: 'overdracht-lokaal-team', overdrachtsdatum: '2025-03-12',
  },
  // rij 5: the same day of receipt, VB on dinsdag 11 maart: one day late. Then an onderzoek from
  // 11 maart: 70 days later is dinsdag 20 mei (11→31 maart 20, april 30, mei 20), a werkdag: uiterlijk
  // 20 mei; finished on 20 mei → within term, counted in K2 (the period of einde).
  {
    id: 'M5', Gemeente: 'Nijmegen', SOORT: 'melding', Ontvangen: '2025-03-03', spoed: 'false', veiligheidsbeoordeling: '2025-03-11',
    vervolg: 'onderzoek', start: '2025-03-11', einde: '2025-05-20',
  },
  // rij 6: a melding received maandag 17 maart, VB woensdag 19 maart (uiterlijk ma 24 maart): within.
  // V&V from donderdag 20 maart: 70 days later is donderdag 29 mei, Hemelvaartsdag; 30 mei is a day
  // equated by KB, then the weekend: the Atw extends the term to maandag 2 juni. Finished on 2 juni:
  // within term only because of the Atw (without it the term ended on 29 mei). K2.
  {
    id: 'M6', gemeente: 'Wijchen', soort: 'melding', ontvangen: '2025-03-17', spoed: '0', veiligheidsbeoordeling: '2025-03-19',
    vervolg: 'voorwaarden-en-vervolg', start: '2025-03-20', einde: '2025-06-02',
  },
  // rij 7: a melding received maandag 2 juni, no VB yet. 5 werkdagen: di 3, wo 4, do 5, vr 6, (ma 9
  // juni is Tweede Pinksterdag) di 10 → uiterlijk 10 juni. At the peildatum 30 juni it is past its
  // term: lopendOverTermijn in the peildatum's period, 2025-K2.
  { id: 'M7', gemeente: 'Wijchen', soort: 'melding', ontvangen: '2025-06-02', spoed: '' },
  // rij 8: a melding received maandag 6 januari, VB woensdag 8 januari (uiterlijk ma 13 januari):
  // within, K1. An onderzoek from 9 januari, not finished: 70 days later is donderdag 20 maart
  // (9→31 januari 22, februari 28, maart 20), a werkdag. Past it at 30 juni: lopendOverTermijn, K2.
  {
    id: 'M8', gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-01-06', spoed: false, veiligheidsbeoordeling: '2025-01-08',
    vervolg: 'onderzoek', start: '2025-01-09',
  },
  // rij 9: a date that does not exist → afgekeurd.
  { id: 'M9', gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-02-30' },
  // rij 10: a gemeente outside Gelderland-Zuid → afgekeurd.
  { id: 'M10', gemeente: 'Arnhem', soort: 'melding', ontvangen: '2025-02-03' },
  // rij 11: spoed, received at 2025-03-31T22:30Z = dinsdag 1 april 00:30 Amsterdam: the term is that
  // same day, 1 april; VB on 1 april → within, K2.
  { id: 'M11', gemeente: 'Tiel', soort: 'melding', ontvangen: '2025-03-31T22:30:00Z', spoed: 'JA', veiligheidsbeoordeling: '2025-04-01' },
];

/** The counts of CASELOAD, worked out in the comments above. */
export const VERWACHTE_PERIODES: Rapportageregel[] = [
  // 2025-K1
  // Nijmegen: VB rij 4 (within) + rij 5 (late) = 2, within 1; overdracht rij 4 on 12 maart = 1.
  regel('2025-K1', 'Nijmegen', { meldingenMetVeiligheidsbeoordeling: 2, veiligheidsbeoordelingBinnenTermijn: 1, overdrachtenNaVeiligheidsbeoordeling: 1 }),
  // Tiel: advies rij 2 = 1; VB rij 8 (within) = 1.
  regel('2025-K1', 'Tiel', { adviezen: 1, meldingenMetVeiligheidsbeoordeling: 1, veiligheidsbeoordelingBinnenTermijn: 1 }),
  // Wijchen: VB rij 6 (within) = 1.
  regel('2025-K1', 'Wijchen', { meldingenMetVeiligheidsbeoordeling: 1, veiligheidsbeoordelingBinnenTermijn: 1 }),
  // 2025-K2
  // Nijmegen: onderzoek rij 5 finished 20 mei within = 1/1; monitoring 12 juni (rij 4) = 1.
  regel('2025-K2', 'Nijmegen', { afgerondeOnderzoeken: 1, onderzoekenBinnenTermijn: 1, monitoringmomenten: 1 }),
  // Tiel: advies rij 3 (Tijdstip → 1 april) = 1; VB rij 11 (spoed, same day) = 1/1; onderzoek rij 8 open past 20 maart = 1.
  regel('2025-K2', 'Tiel', { adviezen: 1, meldingenMetVeiligheidsbeoordeling: 1, veiligheidsbeoordelingBinnenTermijn: 1, lopendOverTermijn: 1 }),
  // Wijchen: V&V rij 6 finished 2 juni within (Atw) = 1/1; VB rij 7 open past 10 juni = 1.
  regel('2025-K2', 'Wijchen', { afgerondeVoorwaardenEnVervolg: 1, voorwaardenEnVervolgBinnenTermijn: 1, lopendOverTermijn: 1 }),
  // 2026-K1
  // Nijmegen: monitoring 12 maart 2026 (rij 4) = 1.
  regel('2026-K1', 'Nijmegen', { monitoringmomenten: 1 }),
];

/** The rows of CASELOAD that are afgekeurd. */
export const VERWACHT_AFGEKEURD = [
  { rij: 9, problemen: [{ pad: 'ontvangen', code: 'ongeldige-datum', melding: "'2025-02-30' is geen geldige datum: februari 2025 heeft 28 dagen." }] },
  {
    rij: 10,
    problemen: [{ pad: 'gemeente', code: 'onbekende-waarde', melding: `De gemeente 'Arnhem' hoort niet bij Veilig Thuis Gelderland-Zuid. Bekend: ${GZ_GEMEENTEN}.` }],
  },
];

const NORMEN = {
  veiligheidsbeoordeling: 0.9,
  onderzoek: 0.8,
  bron:
    'Landelijk afgesproken door de Veilig Thuis-organisaties: 90% van de meldingen krijgt binnen 5 werkdagen een veiligheidsbeoordeling ' +
    'en 80% van de onderzoeken is binnen 10 weken afgerond (gerapporteerd in de landelijke pers, 2019).',
};

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
