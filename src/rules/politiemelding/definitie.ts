/**
 * Police zorgmeldingen — a regional agreement (Gelderland-Zuid §5.1, §5.2, fn 4). The rules carry
 * `regio: 'gelderland-zuid'`; the werkwijze politiemeldingen applies from 1 July 2019, the rule for
 * "overige zorgmeldingen" from 1 April 2021. The date that selects the rules is the day the report
 * was received (`ontvangen`), else `opties.peildatum`, else today.
 */
import { formatEpochDag, LAATSTE_DAG, LAATSTE_JAAR, plusMaanden } from '../../deadlines/datum.js';
import { invoerFout } from '../../types/fouten.js';
import { regios } from '../../regios/index.js';
import { veiligheidsbeoordeling, vbUiterlijk } from '../_lib/acties.js';
import { B } from '../_lib/bronnen.js';
import { definieer, type Berekening } from '../_lib/definitie.js';
import { alle, is, isEenVan, regel } from '../_lib/regel.js';

const GZ = 'gelderland-zuid';
const WERKWIJZE = '2019-07-01';
const OVERIGE_ZORGMELDINGEN = '2021-04-01';
const FARENT = ['Maasdriel', 'Zaltbommel'];
const gemeentenGz = () => regios[GZ]!.gemeenten;
const BEWAARTERMIJN_JAREN = 2;
const GEEN = Object.freeze({});

/** The end of the bewaartermijn of an overige zorgmelding: 2 years after the day of receipt. */
const bewaartermijn: Berekening<{ bewaartermijnTot?: string }> = (c) => {
  if (c.uitkomst !== 'overige-zorgmelding') return GEEN;
  const ontvangen = c.invoer['ontvangen'];
  if (ontvangen === undefined) return { ontbrekend: ['ontvangen'] };
  // `ontvangen` is the peildatumFeit: when it is known, the Besluit's peildatum is its (Amsterdam) day.
  const tot = plusMaanden(c.peildatum, 12 * BEWAARTERMIJN_JAREN);
  // Every date a Besluit holds lies within the years the package knows, or the input is refused.
  if (tot > LAATSTE_DAG) {
    invoerFout('ontvangen', 'buiten-bereik', `De bewaartermijn van ${BEWAARTERMIJN_JAREN} jaar na ${String(ontvangen)} eindigt na ${LAATSTE_JAAR}, het laatste jaar dat dit pakket kent.`);
  }
  return { velden: { bewaartermijnTot: formatEpochDag(tot) } };
};

export const politiemelding = /* @__PURE__ */ definieer({
  id: 'politiemelding',
  titel: 'Zorgmelding van de politie',
  versie: '1.0.0',
  regioVerplicht: true,
  peildatumFeit: 'ontvangen',
  feiten: {
    betreftVerwardPersoon: {
      soort: 'ja-nee',
      vraag: 'Gaat de politiemelding over een verward persoon?',
      bronnen: [B.politieVerward],
    },
    betreftHuiselijkGeweldOfKindermishandeling: {
      soort: 'ja-nee',
      vraag: 'Gaat de politiemelding over huiselijk geweld of kindermishandeling?',
      bronnen: [B.politie, B.politieOverig],
    },
    gemeente: {
      soort: 'gemeente',
      vraag: 'In welke gemeente woont het huishouden?',
      toelichting: 'In Maasdriel en Zaltbommel gaan meldingen over verwarde personen naar Farent.',
      bronnen: [B.politieFarent, B.politieMook],
    },
    ontvangen: {
      soort: 'datum-of-tijdstip',
      vraag: 'Wanneer is de politiemelding ontvangen?',
      toelichting: 'Bepaalt welke afspraken gelden, de termijn van de veiligheidsbeoordeling en de bewaartermijn.',
      bronnen: [B.politie, B.vb],
    },
  },
  uitkomsten: {
    melding: { titel: 'Melding bij Veilig Thuis' },
    'overige-zorgmelding': { titel: 'Overige zorgmelding' },
    'bijzondere-zorg': { titel: 'Doorzetten naar GGD Bijzondere Zorg' },
    farent: { titel: 'Doorzetten naar Farent' },
  },
  extraVelden: ['veiligheidsbeoordeling', 'bewaartermijnTot'],
  regels: [
    /* @__PURE__ */ regel({
      regel: 'politiemelding.verward-persoon',
      waarde: 'bijzondere-zorg',
      als: alle(is('betreftVerwardPersoon', true), isEenVan('gemeente', gemeentenGz().filter((g) => !FARENT.includes(g)))),
      uitleg: 'De politiemelding gaat over een verward persoon: zij wordt direct doorgezet naar de afdeling Bijzondere Zorg van de GGD; het is geen melding bij Veilig Thuis.',
      bronnen: [B.politieVerward, B.politieMook],
      interpretatie: 'De bron maakt geen uitzondering voor een melding over een verward persoon waarin ook huiselijk geweld of kindermishandeling speelt; wij volgen de letterlijke tekst: direct doorzetten.',
      geldigVanaf: WERKWIJZE,
      regio: GZ,
      extra: { veiligheidsbeoordeling: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'politiemelding.verward-persoon-farent',
      waarde: 'farent',
      als: alle(is('betreftVerwardPersoon', true), isEenVan('gemeente', FARENT)),
      uitleg: 'De politiemelding gaat over een verward persoon in Maasdriel of Zaltbommel: zij wordt direct doorgezet naar Farent; het is geen melding bij Veilig Thuis.',
      bronnen: [B.politieFarent],
      interpretatie: 'Zoals bij verwarde personen elders in de regio: ook als huiselijk geweld of kindermishandeling speelt, volgen wij de letterlijke tekst (direct doorzetten).',
      geldigVanaf: WERKWIJZE,
      regio: GZ,
      extra: { veiligheidsbeoordeling: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'politiemelding.huiselijk-geweld-of-kindermishandeling',
      waarde: 'melding',
      als: alle(is('betreftVerwardPersoon', false), is('betreftHuiselijkGeweldOfKindermishandeling', true)),
      uitleg: 'De politiemelding gaat over huiselijk geweld of kindermishandeling: Veilig Thuis verrijkt haar bij de partners en voert binnen 5 werkdagen een veiligheidsbeoordeling uit.',
      bronnen: [B.politie, B.vb, B.politieMook],
      geldigVanaf: WERKWIJZE,
      regio: GZ,
      extra: { veiligheidsbeoordeling: true },
    }),
    /* @__PURE__ */ regel({
      regel: 'politiemelding.overige-zorgmelding',
      waarde: 'overige-zorgmelding',
      als: alle(is('betreftVerwardPersoon', false), is('betreftHuiselijkGeweldOfKindermishandeling', false)),
      uitleg:
        'Een overige zorgmelding (geen huiselijk geweld of kindermishandeling, bijvoorbeeld diefstal door een minderjarige of een burenruzie): Veilig Thuis verrijkt alleen intern, zet na een check bij de direct betrokkenen door naar het wijkteam en informeert de politie; geen veiligheidsbeoordeling, geen dossier; vastgelegd als advies met een bewaartermijn van 2 jaar.',
      bronnen: [B.politieOverig, B.politieMook],
      geldigVanaf: OVERIGE_ZORGMELDINGEN,
      regio: GZ,
      extra: { veiligheidsbeoordeling: false },
    }),
    /* @__PURE__ */ regel({
      regel: 'politiemelding.zorgmelding-voor-april-2021',
      waarde: 'melding',
      als: alle(is('betreftVerwardPersoon', false)),
      uitleg: 'Vóór 1 april 2021 gold de afspraak over overige zorgmeldingen nog niet: Veilig Thuis handelde elke politiemelding die niet over een verward persoon ging af als melding, met een veiligheidsbeoordeling.',
      bronnen: [B.politie, B.politieOverig],
      interpretatie: 'De bron beschrijft alleen de werkwijze "met ingang van 1 april 2021"; wij lezen dat zulke meldingen daarvoor als gewone melding werden afgehandeld.',
      geldigVanaf: WERKWIJZE,
      geldigTot: '2021-03-31',
      regio: GZ,
      extra: { veiligheidsbeoordeling: true },
    }),
  ],
  acties: [
    {
      soort: 'verrijken',
      bij: ['melding'],
      details: { partijen: ['Jeugdbescherming Gelderland', 'lokale teams', 'regieteams', 'Veiligheidshuis', 'Raad voor de Kinderbescherming'] },
      uitleg: 'Veilig Thuis verrijkt de melding per mail bij Jeugdbescherming Gelderland, de lokale teams, de regieteams, het Veiligheidshuis en de Raad voor de Kinderbescherming.',
      bronnen: [B.politie],
    },
    { ...veiligheidsbeoordeling, bij: ['melding'], bereken: vbUiterlijk },
    {
      soort: 'intern-verrijken',
      bij: ['overige-zorgmelding'],
      uitleg: 'Veilig Thuis verrijkt de melding alleen intern en checkt bij de direct betrokkenen.',
      bronnen: [B.politieOverig],
    },
    {
      soort: 'doorzetten',
      bij: ['overige-zorgmelding'],
      details: { aan: 'wijkteam' },
      uitleg: 'De melding wordt doorgezet naar het wijkteam; het wijkteam bepaalt of het contact opneemt.',
      bronnen: [B.politieOverig],
    },
    { soort: 'informeer-politie', bij: ['overige-zorgmelding'], uitleg: 'Ook de politie wordt op de hoogte gesteld.', bronnen: [B.politieOverig] },
    {
      soort: 'vastleggen-als-advies',
      bij: ['overige-zorgmelding'],
      details: {
        bewaartermijnJaren: BEWAARTERMIJN_JAREN,
        interpretatie: 'De bron noemt de bewaartermijn van 2 jaar zonder beginmoment; dit pakket telt vanaf de dag van ontvangst (bewaartermijnTot).',
      },
      uitleg: `De overige zorgmelding wordt vastgelegd als advies, met een bewaartermijn van ${BEWAARTERMIJN_JAREN} jaar; er komt geen dossier.`,
      bronnen: [B.politieOverig],
    },
    {
      soort: 'doorzetten',
      bij: ['bijzondere-zorg'],
      details: { aan: 'GGD Bijzondere Zorg' },
      uitleg: 'De melding wordt direct doorgezet naar de afdeling Bijzondere Zorg van de GGD.',
      bronnen: [B.politieVerward],
    },
    {
      soort: 'doorzetten',
      bij: ['farent'],
      details: { aan: 'Farent' },
      uitleg: 'De melding wordt direct doorgezet naar Farent.',
      bronnen: [B.politieFarent],
    },
  ],
  extra: bewaartermijn,
});
