/**
 * The vervolg after the veiligheidsbeoordeling. The sources give the conditions of each outcome
 * but not which one wins where several fit; our precedence (domein.md §3), marked as
 * interpretatie on the rules it shapes:
 *   1. verzoek tot onderzoek aan de Raad when a child-protection measure is needed;
 *   2. Onderzoek when confirming or refuting the suspicion is necessary;
 *   3. overdracht aan betrokken hulpverlening when such a professional can and will, and the
 *      directbetrokkenen cooperate;
 *   4. Voorwaarden & Vervolg when the directbetrokkenen are willing and able;
 *   5. otherwise Onderzoek.
 * Without indications of onveiligheid or multiproblematiek: overdracht aan het lokale team when
 * help is needed, else geen vervolgstappen.
 */
import { B, HP_2019 } from '../_lib/bronnen.js';
import type { Beslissingsdefinitie } from '../_lib/evaluatie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

const bool = [true, false] as const;
const aanwijzingen = () => een(is('aanwijzingenAcuteOfStructureleOnveiligheid', true), is('multiproblematiek', true));
const geenBescherming = () => is('beschermingsmaatregelNodig', false);

export const regels = [
  regel({
    regel: 'vervolg.verzoek-onderzoek-raad',
    waarde: 'verzoek-onderzoek-raad',
    prioriteit: 100,
    als: alle(is('beschermingsmaatregelNodig', true)),
    uitleg:
      'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader niet zijn weg te nemen (een kinderbeschermingsmaatregel kan nodig zijn): Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek.',
    bronnen: [B.aefRaad, B.beschermtafel],
    interpretatie:
      'De regionale tekst noemt de Raad niet als uitkomst van de veiligheidsbeoordeling (alleen via de jeugdbeschermingstafel, §6.3); de landelijke analyse noemt de melding bij de Raad als processtap. Wij laten dit verzoek voorgaan op elke andere uitkomst wanneer een beschermingsmaatregel nodig is.',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.onderzoek-bevestigen-nodig',
    waarde: 'onderzoek',
    prioriteit: 90,
    als: alle(geenBescherming(), aanwijzingen(), is('bevestigenOfWeerleggenNodig', true)),
    uitleg:
      'Er zijn aanwijzingen voor acute en/of structurele onveiligheid of een multiproblematische leefsituatie, en voor de vervolgstappen moet het vermoeden worden bevestigd of weerlegd: Veilig Thuis doet onderzoek (alleen Veilig Thuis heeft daarvoor de wettelijke bevoegdheden).',
    bronnen: [B.onderzoek],
    interpretatie: 'Waar ook overdracht aan een betrokken hulpverlener zou passen, gaat onderzoek voor wanneer bevestigen of weerleggen nodig is (onze volgorde, punt 2).',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.overdracht-betrokken-hulpverlening',
    waarde: 'overdracht-betrokken-hulpverlening',
    prioriteit: 80,
    als: alle(
      geenBescherming(),
      is('aanwijzingenAcuteOfStructureleOnveiligheid', true),
      is('bevestigenOfWeerleggenNodig', false),
      is('betrokkenHulpverlenerKanEnWil', true),
      is('directbetrokkenenBereidEnInStaat', true),
    ),
    uitleg:
      'Er zijn aanwijzingen voor acute of structurele onveiligheid en er is al een hulpverlener betrokken die de problematiek adequaat kan en wil aanpakken en daartoe in staat is: Veilig Thuis draagt over aan die hulpverlener; het lokale team wordt altijd per mail geïnformeerd.',
    bronnen: [B.betrokkenHulpverlener],
    interpretatie:
      'De bron stelt niet dat de directbetrokkenen moeten meewerken; wij dragen alleen over aan een betrokken hulpverlener als zij bereid en in staat zijn (anders volgt onderzoek), en laten deze overdracht voorgaan op Voorwaarden & Vervolg (onze volgorde, punt 3).',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.voorwaarden-en-vervolg',
    waarde: 'voorwaarden-en-vervolg',
    prioriteit: 70,
    als: alle(
      geenBescherming(),
      aanwijzingen(),
      is('bevestigenOfWeerleggenNodig', false),
      is('directbetrokkenenBereidEnInStaat', true),
      een(is('aanwijzingenAcuteOfStructureleOnveiligheid', false), is('betrokkenHulpverlenerKanEnWil', false)),
    ),
    uitleg:
      'Er zijn aanwijzingen voor acute en/of structurele onveiligheid en/of een multiproblematische leefsituatie, bevestigen of weerleggen van het vermoeden is niet nodig, en de directbetrokkenen zijn voldoende bereid en in staat om samen aan veiligheid te werken en hulp te accepteren: Veilig Thuis zet Voorwaarden & Vervolg in.',
    bronnen: [B.vv],
    interpretatie: 'Is er bij aanwijzingen voor acute of structurele onveiligheid al een hulpverlener betrokken die kan en wil, dan dragen wij over aan die hulpverlener in plaats van Voorwaarden & Vervolg (onze volgorde, punt 3 voor 4).',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.onderzoek-onvoldoende-medewerking',
    waarde: 'onderzoek',
    prioriteit: 60,
    als: alle(geenBescherming(), aanwijzingen(), is('directbetrokkenenBereidEnInStaat', false)),
    uitleg:
      'Er zijn aanwijzingen voor acute en/of structurele onveiligheid of een multiproblematische leefsituatie en de directbetrokkenen werken onvoldoende mee of zijn onvoldoende bereid hulp te accepteren: Veilig Thuis doet onderzoek.',
    bronnen: [B.onderzoek],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.overdracht-lokaal-team',
    waarde: 'overdracht-lokaal-team',
    prioriteit: 50,
    als: alle(geenBescherming(), is('aanwijzingenAcuteOfStructureleOnveiligheid', false), is('multiproblematiek', false), is('hulpOfOndersteuningNodig', true)),
    uitleg:
      'Er zijn geen aanwijzingen voor acute of structurele onveiligheid of multiproblematiek, maar wel hulp of ondersteuning nodig: Veilig Thuis draagt direct na de veiligheidsbeoordeling schriftelijk over aan het lokale team.',
    bronnen: [B.vbOverdracht, B.overdrachtVb],
    interpretatie:
      'De bron zegt dat Veilig Thuis direct na de veiligheidsbeoordeling kan overdragen aan het lokale team, zonder criteria; wij doen dat wanneer er geen aanwijzingen voor onveiligheid of multiproblematiek zijn en wel hulp nodig is.',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'vervolg.geen-vervolgstappen',
    waarde: 'geen-vervolgstappen',
    prioriteit: 40,
    als: alle(geenBescherming(), is('aanwijzingenAcuteOfStructureleOnveiligheid', false), is('multiproblematiek', false), is('hulpOfOndersteuningNodig', false)),
    uitleg: 'Er zijn geen aanwijzingen voor onveiligheid of multiproblematiek en er is geen hulp nodig (bijvoorbeeld: het vermoeden is duidelijk ongegrond): geen vervolgstappen.',
    bronnen: [B.vb, B.begrippen],
    interpretatie: 'De bronnen noemen deze uitkomst niet met zoveel woorden; zonder aanwijzingen en zonder hulpvraag is er voor Veilig Thuis geen vervolgdienst.',
    geldigVanaf: HP_2019,
  }),
];

export const definitie: Beslissingsdefinitie = {
  id: 'vervolg',
  versie: '1.0.0',
  regels,
  feiten: [
    { naam: 'aanwijzingenAcuteOfStructureleOnveiligheid', domein: bool },
    { naam: 'multiproblematiek', domein: bool },
    { naam: 'beschermingsmaatregelNodig', domein: bool },
    { naam: 'bevestigenOfWeerleggenNodig', domein: bool },
    { naam: 'directbetrokkenenBereidEnInStaat', domein: bool },
    { naam: 'betrokkenHulpverlenerKanEnWil', domein: bool },
    { naam: 'hulpOfOndersteuningNodig', domein: bool },
  ],
  kenmerken: {
    uitkomst: [
      'overdracht-lokaal-team', 'overdracht-betrokken-hulpverlening', 'voorwaarden-en-vervolg',
      'onderzoek', 'verzoek-onderzoek-raad', 'geen-vervolgstappen',
    ],
  },
};
