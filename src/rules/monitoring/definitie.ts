/**
 * Monitoring after an overdracht (Gelderland-Zuid §7.1 with fn 12-13; HP p.50-51).
 *
 * The rules read the afgeleid feit `gegrondeRedenVastgelegd`: true when the invoer holds a
 * (non-blank) `gegrondeRedenGeenMonitoring`, false when it holds none. Footnotes 12 and 13 say such
 * a reason "moet altijd genoteerd worden in REGAS": no noted reason means the main rule applies —
 * the source's own words, not a reading.
 */
import { monitoringmomenten } from '../../deadlines/termijnen.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer, type Berekening, type Context } from '../_lib/definitie.js';
import { alle, is, isEenVan, regel } from '../_lib/regel.js';

const OVERDRACHT_AAN = [
  { waarde: 'lokaal-team', label: 'Het lokale team' },
  { waarde: 'betrokken-hulpverlening', label: 'Betrokken hulpverlening' },
  { waarde: 'directbetrokkenen', label: 'De directbetrokkenen' },
  { waarde: 'gecertificeerde-instelling', label: 'Een gecertificeerde instelling' },
] as const;
/** Every overdrachtAan but a gecertificeerde instelling, derived from its options. */
const nietGi = () => isEenVan('overdrachtAan', OVERDRACHT_AAN.map((o) => o.waarde).filter((w) => w !== 'gecertificeerde-instelling'));

/** The monitoring moments: 3 and 12 months after the overdrachtsdatum, when monitoring and the date is known. */
function momentenVan(c: Context): { momenten: string[]; ontbrekend: string[] } {
  if (c.uitkomst !== 'monitoren') return { momenten: [], ontbrekend: [] };
  const datum = c.invoer['overdrachtsdatum'];
  return datum === undefined ? { momenten: [], ontbrekend: ['overdrachtsdatum'] } : { momenten: monitoringmomenten(datum as string), ontbrekend: [] };
}
const momenten: Berekening<{ momenten: string[] }> = (c) => {
  const m = momentenVan(c);
  return { velden: { momenten: m.momenten }, ontbrekend: m.ontbrekend };
};
const gegrondeReden: Berekening<{ reden: string }> = (c) => ({ velden: { reden: c.invoer['gegrondeRedenGeenMonitoring'] as string } });

export const monitoring = /* @__PURE__ */ definieer({
  id: 'monitoring',
  titel: 'Monitoring na overdracht',
  versie: '1.0.0',
  feiten: {
    overdrachtAan: {
      soort: 'keuze',
      vraag: 'Aan wie is de casus overgedragen?',
      opties: OVERDRACHT_AAN,
      bronnen: [B.monitoring, B.monitoringGi],
    },
    overdrachtNa: {
      soort: 'keuze',
      vraag: 'Na welke dienst van Veilig Thuis is overgedragen?',
      opties: [
        { waarde: 'veiligheidsbeoordeling', label: 'Na de veiligheidsbeoordeling' },
        { waarde: 'onderzoek', label: 'Na onderzoek' },
        { waarde: 'voorwaarden-en-vervolg', label: 'Na Voorwaarden & Vervolg' },
      ],
      bronnen: [B.monitoring],
    },
    vtBesluitTotMonitoring: {
      soort: 'ja-nee',
      vraag: 'Heeft Veilig Thuis besloten te monitoren?',
      toelichting: 'Alleen van belang na een directe overdracht na de veiligheidsbeoordeling.',
      bronnen: [B.monitoring],
    },
    vermoedenWeerlegd: {
      soort: 'ja-nee',
      vraag: 'Heeft het onderzoek het vermoeden weerlegd?',
      toelichting: 'Alleen van belang na onderzoek.',
      bronnen: [B.monitoring],
    },
    gegrondeRedenGeenMonitoring: {
      soort: 'tekst',
      vraag: 'Welke gegronde reden om niet te monitoren is genoteerd?',
      toelichting: 'Zo’n reden moet altijd worden genoteerd in het registratiesysteem (REGAS). Laat het veld weg als er geen is: dan geldt de hoofdregel.',
      bronnen: [B.monitoringReden],
    },
    overdrachtsdatum: {
      soort: 'datum',
      vraag: 'Op welke datum is de casus overgedragen?',
      toelichting: 'Bepaalt de monitoringmomenten: ten minste na 3 en na 12 maanden.',
      bronnen: [B.monitoring312],
    },
  },
  afgeleideFeiten: {
    gegrondeRedenVastgelegd: {
      ingevuld: 'gegrondeRedenGeenMonitoring',
      uitleg: 'Waar als er een gegronde reden om niet te monitoren is vastgelegd (de vraag naar die reden is beantwoord), anders onwaar.',
    },
  },
  uitkomsten: {
    monitoren: { titel: 'Monitoren' },
    'niet-monitoren': { titel: 'Niet monitoren' },
  },
  extraVelden: ['verplicht', 'momenten'],
  regels: [
    /* @__PURE__ */ regel({
      regel: 'monitoring.gecertificeerde-instelling',
      waarde: 'niet-monitoren',
      als: alle(is('overdrachtAan', 'gecertificeerde-instelling')),
      uitleg: 'Na overdracht aan een gecertificeerde instelling monitort Veilig Thuis nooit.',
      bronnen: [B.monitoringGi, B.monitoring],
      geldigVanaf: HP_2019,
      extra: { verplicht: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.na-veiligheidsbeoordeling-besluit',
      waarde: 'monitoren',
      als: alle(is('overdrachtNa', 'veiligheidsbeoordeling'), nietGi(), is('vtBesluitTotMonitoring', true)),
      uitleg: 'Na een directe overdracht na de veiligheidsbeoordeling monitort Veilig Thuis alleen als het daartoe besluit; dat heeft Veilig Thuis gedaan.',
      bronnen: [B.monitoring],
      geldigVanaf: HP_2019,
      extra: { verplicht: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.na-veiligheidsbeoordeling-geen-besluit',
      waarde: 'niet-monitoren',
      als: alle(is('overdrachtNa', 'veiligheidsbeoordeling'), is('vtBesluitTotMonitoring', false)),
      uitleg: 'Na een directe overdracht na de veiligheidsbeoordeling monitort Veilig Thuis alleen als het daartoe besluit; dat heeft Veilig Thuis niet gedaan.',
      bronnen: [B.monitoring],
      geldigVanaf: HP_2019,
      extra: { verplicht: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.na-onderzoek',
      waarde: 'monitoren',
      als: alle(is('overdrachtNa', 'onderzoek'), nietGi(), is('vermoedenWeerlegd', false), is('gegrondeRedenVastgelegd', false)),
      uitleg: 'Na overdracht na onderzoek monitort Veilig Thuis, tenzij het vermoeden is weerlegd of er een gegronde reden om niet te monitoren is, die altijd wordt genoteerd in het registratiesysteem (REGAS); geen van beide is het geval.',
      bronnen: [B.monitoring, B.monitoringReden, B.monitoring312],
      geldigVanaf: HP_2019,
      extra: { verplicht: true },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.vermoeden-weerlegd',
      waarde: 'niet-monitoren',
      als: alle(is('overdrachtNa', 'onderzoek'), is('vermoedenWeerlegd', true)),
      uitleg: 'Het onderzoek heeft het vermoeden weerlegd; na onderzoek is monitoring dan niet nodig.',
      bronnen: [B.monitoring],
      geldigVanaf: HP_2019,
      extra: { verplicht: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.gegronde-reden',
      waarde: 'niet-monitoren',
      als: alle(isEenVan('overdrachtNa', ['onderzoek', 'voorwaarden-en-vervolg']), is('gegrondeRedenVastgelegd', true)),
      uitleg: 'Er is een gegronde reden genoteerd om niet te monitoren; na onderzoek en na Voorwaarden & Vervolg is dat de enige uitzondering op monitoring (naast een weerlegd vermoeden na onderzoek).',
      bronnen: [B.monitoring, B.monitoringReden],
      geldigVanaf: HP_2019,
      extra: { verplicht: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'monitoring.na-voorwaarden-en-vervolg',
      waarde: 'monitoren',
      als: alle(is('overdrachtNa', 'voorwaarden-en-vervolg'), nietGi(), is('gegrondeRedenVastgelegd', false)),
      uitleg: 'Na overdracht na Voorwaarden & Vervolg monitort Veilig Thuis altijd, tenzij er een gegronde reden om niet te monitoren is, die altijd wordt genoteerd in het registratiesysteem (REGAS); die is niet genoteerd.',
      bronnen: [B.monitoring, B.monitoringReden, B.monitoring312],
      geldigVanaf: HP_2019,
      extra: { verplicht: true },
    }),
  ],
  acties: [
    {
      soort: 'monitoren',
      bij: ['monitoren'],
      details: { vastleggen: 'in de afsluitbrief', hoe: ['contacten met de professionals van de overdrachtspartijen', 'individueel contact met alle directbetrokkenen', 'het scoren en onderbouwen van de veiligheid door professionals en directbetrokkenen'] },
      uitleg:
        'Veilig Thuis legt in overleg met de directbetrokkenen en, als die er is, de overdrachtspartij vast hoe vaak, met wie, op welke tijdstippen en op welke wijze wordt gemonitord. Veilig Thuis monitort ten minste na 3 en na 12 maanden (geteld vanaf de overdracht), en zo veel vaker en langer als nodig; dat staat in de afsluitbrief. Veilig Thuis gaat na of aan de veiligheidsvoorwaarden is voldaan, of die tot directe en later stabiele veiligheid hebben geleid en of er aandacht is voor herstel van opgelopen schade.',
      bronnen: [B.monitoring312, B.monitoringHoe, B.aefMonitoring],
      bereken: momenten,
    },
    {
      soort: 'medewerking-lokaal-team',
      bij: ['monitoren'],
      als: { overdrachtAan: 'lokaal-team' },
      details: { door: 'lokaal-team' },
      uitleg:
        'Het lokale team werkt mee aan het monitoren: het levert relevante informatie over de casus aan, leeft de afspraken van vóór de monitoring na en laat Veilig Thuis weten wanneer de casusregie overgaat naar een andere partij.',
      bronnen: [B.monitoringLokaalTeam],
    },
    {
      soort: 'leg-gegronde-reden-vast',
      regel: 'monitoring.gegronde-reden',
      details: { waar: 'REGAS' },
      uitleg: 'De gegronde reden om niet te monitoren wordt genoteerd in het registratiesysteem (REGAS).',
      bronnen: [B.monitoringReden],
      bereken: gegrondeReden,
    },
  ],
  extra: momenten,
});
