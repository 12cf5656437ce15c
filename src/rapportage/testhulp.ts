/**
 * The hand-made caseload of the tests (library and CLI): every count worked out in the comments.
 */
import { regios } from '../regios/index.js';
import type { Rapportageregel } from './rapportage.js';

/** A row of the report with every count 0 but those given. */
export const regel = (periode: string, gemeente: string, tellingen: Partial<Rapportageregel>): Rapportageregel => ({
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

export const NORMEN = {
  veiligheidsbeoordeling: 0.9,
  onderzoek: 0.8,
  bron:
    'Landelijk afgesproken door de Veilig Thuis-organisaties: 90% van de meldingen krijgt binnen 5 werkdagen een veiligheidsbeoordeling ' +
    'en 80% van de onderzoeken is binnen 10 weken afgerond (gerapporteerd in de landelijke pers, 2019).',
};

