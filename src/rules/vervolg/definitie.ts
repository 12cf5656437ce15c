/**
 * Vervolg na de veiligheidsbeoordeling — the one definition: facts, uitkomsten, rules, acties.
 *
 * GZ §5.1 D names the outcomes of the veiligheidsbeoordeling: overdracht aan het lokale team, aan
 * de betrokken hulpverlener or aan de direct betrokkenen, or Voorwaarden & Vervolg or Onderzoek;
 * nationally (AEF §2.2, §2.4) also a melding bij de Raad voor de Kinderbescherming. The sources give
 * the conditions of each but not which one wins where several fit; our precedence (domein.md §3,
 * reviewed against the sources) is written into the conditions, and the rules it shapes are marked
 * as interpretatie:
 *   1. a child-protection measure may be needed: nationally a verzoek tot onderzoek aan de Raad; in
 *      Gelderland-Zuid Onderzoek or V&V with the jeugdbeschermingstafel (GZ §6.3);
 *   2. Onderzoek when confirming or refuting the suspicion is necessary;
 *   3. overdracht aan betrokken hulpverlening when such a professional can and will, and the
 *      directbetrokkenen cooperate;
 *   4. Voorwaarden & Vervolg when the directbetrokkenen are willing and able;
 *   5. otherwise Onderzoek.
 * Without indications of onveiligheid or multiproblematiek: overdracht aan het lokale team when
 * help is needed, else overdracht aan de direct betrokkenen (uitkomst id 'geen-vervolgstappen').
 */
import { BRON } from '../../deadlines/bronnen.js';
import { isKantoortijd, VERVOLG_DAGEN } from '../../deadlines/termijnen.js';
import {
  DIRECTBETROKKENEN, hulpDoorLokaalTeam, informeerDirectbetrokkenen, lokaalTeamNaOverdracht, overdrachtsbrief, terugkoppelingMelder, vbUiterlijk,
} from '../_lib/acties.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer, type Berekening } from '../_lib/definitie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

const aanwijzingen = () => een(is('aanwijzingenAcuteOfStructureleOnveiligheid', true), is('multiproblematiek', true));
const geenBescherming = () => is('beschermingsmaatregelNodig', false);
const GZ = 'gelderland-zuid';

/** Spoed en crisis: within kantooruren the same day, outside them the SEZ (needs the moment). */
const spoedMoment: Berekening<{ wanneer: 'zelfde-dag' | 'sez' }> = (c) => {
  const moment = c.invoer['moment'];
  if (moment === undefined) return { ontbrekend: ['moment'] };
  return isKantoortijd(moment as string, { openingskalender: c.openingskalender })
    ? {
        velden: { wanneer: 'zelfde-dag' },
        uitleg: 'Spoed en crisis binnen kantooruren (9-17 uur op een openingsdag): Veilig Thuis gaat er dezelfde dag nog op af. Indien nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf een beschikking af; Veilig Thuis stemt deze interventie af met het lokale team.',
      }
    : {
        velden: { wanneer: 'sez' },
        uitleg: 'Spoed en crisis buiten kantooruren: de SEZ wordt ingezet. Indien nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf een beschikking af; Veilig Thuis stemt deze interventie af met het lokale team.',
      };
};

/** Kantooruren: the reading of 'kantooruren' every spoed actie rests on. */
const KANTOORUREN_INTERPRETATIE =
  'De bron noemt kantooruren zonder tijden; wij lezen ze als de kantoortijden van 9 tot 17 uur uit §8.4 (bereikbaarheid voor de overdracht), op een dag dat de organisatie open is (de openingskalender).';

/** The dienst an actie is about: the uitkomst itself. */
const dienst: Berekening<{ dienst: string }> = (c) => ({ velden: { dienst: c.uitkomst } });

const UITKOMSTEN = {
  'overdracht-lokaal-team': { titel: 'Overdracht aan het lokale team' },
  'overdracht-betrokken-hulpverlening': { titel: 'Overdracht aan betrokken hulpverlening' },
  'voorwaarden-en-vervolg': { titel: 'Voorwaarden & Vervolg' },
  onderzoek: { titel: 'Onderzoek' },
  'verzoek-onderzoek-raad': { titel: 'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming' },
  'geen-vervolgstappen': { titel: 'Overdracht aan de directbetrokkenen (geen vervolgstappen van Veilig Thuis)' },
};
/** Every uitkomst but the overdracht to the lokale team, derived from UITKOMSTEN (for the actie informeer-directbetrokkenen). */
const ALLE_BEHALVE_OVERDRACHT_LOKAAL_TEAM = Object.keys(UITKOMSTEN).filter((u) => u !== 'overdracht-lokaal-team');

export const vervolg = /* @__PURE__ */ definieer({
  id: 'vervolg',
  titel: 'Vervolg na de veiligheidsbeoordeling',
  versie: '1.0.0',
  feiten: {
    aanwijzingenAcuteOfStructureleOnveiligheid: {
      soort: 'ja-nee',
      vraag: 'Zijn er aanwijzingen voor acute of structurele onveiligheid?',
      toelichting: 'Acuut: direct fysiek gevaar, veiligheid de komende uren of dagen niet gegarandeerd. Structureel: herhaald of voortdurend geweld of onveiligheid (zoals het afwegingskader van de Meldcode ze omschrijft).',
      bronnen: [B.vb, B.vv, B.onderzoek, B.meldcode],
    },
    multiproblematiek: {
      soort: 'ja-nee',
      vraag: 'Is er sprake van een multiproblematische leefsituatie?',
      bronnen: [B.vb, B.vv],
    },
    beschermingsmaatregelNodig: {
      soort: 'ja-nee',
      vraag: 'Is een kinderbeschermingsmaatregel mogelijk nodig, omdat de zorgen in het vrijwillig kader niet zijn weg te nemen?',
      toelichting: 'Alleen bij een minderjarige.',
      bronnen: [B.aefRaad, B.beschermtafel],
    },
    bevestigenOfWeerleggenNodig: {
      soort: 'ja-nee',
      vraag: 'Moet het vermoeden worden bevestigd of weerlegd om de vervolgstappen te kunnen bepalen?',
      toelichting: 'Veilig Thuis heeft voor onderzoek verregaande wettelijke bevoegdheden.',
      bronnen: [B.onderzoek, B.vtBevoegdheden],
    },
    directbetrokkenenBereidEnInStaat: {
      soort: 'ja-nee',
      vraag: 'Zijn de directbetrokkenen voldoende bereid en in staat om samen aan veiligheid te werken en hulp te accepteren?',
      bronnen: [B.vv, B.onderzoek],
    },
    betrokkenHulpverlenerKanEnWil: {
      soort: 'ja-nee',
      vraag: 'Is er al een hulpverlener betrokken die de problematiek adequaat kan en wil aanpakken en daartoe in staat is?',
      bronnen: [B.betrokkenHulpverlener],
    },
    hulpOfOndersteuningNodig: {
      soort: 'ja-nee',
      vraag: 'Is er hulp of ondersteuning nodig?',
      bronnen: [B.vbOverdracht],
    },
    spoedOfCrisis: {
      soort: 'ja-nee',
      vraag: 'Is er sprake van spoed of crisis?',
      toelichting: 'Dan handelt Veilig Thuis direct; in Gelderland-Zuid binnen kantooruren dezelfde dag, daarbuiten via de SEZ.',
      bronnen: [B.spoed],
    },
    moment: {
      soort: 'tijdstip',
      vraag: 'Wanneer werd de spoed of crisis bekend?',
      toelichting: 'Datum en tijd met tijdzone, bijvoorbeeld 2025-04-17T14:30:00+02:00. Bepaalt of Veilig Thuis dezelfde dag gaat (binnen kantooruren) of de SEZ wordt ingezet; de bron zegt niet op welk moment dat wordt beoordeeld, wij nemen het moment waarop de spoed of crisis bekend wordt.',
      bronnen: [B.spoed, BRON.kantooruren],
    },
    ontvangen: {
      soort: 'datum-of-tijdstip',
      vraag: 'Wanneer is de melding ontvangen?',
      toelichting: 'Bepaalt de uiterste datum van een directe overdracht aan het lokale team: na de veiligheidsbeoordeling, binnen 5 werkdagen na ontvangst.',
      bronnen: [B.overdrachtMoment, BRON.vb5werkdagen],
    },
  },
  uitkomsten: UITKOMSTEN,
  regels: [
    /* @__PURE__ */ regel({
      regel: 'vervolg.verzoek-onderzoek-raad',
      waarde: 'verzoek-onderzoek-raad',
      als: alle(is('beschermingsmaatregelNodig', true)),
      uitleg:
        'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader niet zijn weg te nemen (een kinderbeschermingsmaatregel kan nodig zijn): Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek.',
      bronnen: [B.aefRaad, B.aefWettelijkeTaken],
      interpretatie:
        'Landelijk noemen de samenwerkingsafspraken de melding bij de Raad als processtap en noemt de Wmo het inlichten van de Raad als wettelijke taak, zonder criteria; wij verzoeken de Raad om onderzoek wanneer een kinderbeschermingsmaatregel nodig kan zijn, vóór elke andere uitkomst. In Gelderland-Zuid komt de Raad in beeld via de jeugdbeschermingstafel bij een lopend onderzoek of Voorwaarden & Vervolg (§6.3): daar geldt deze regel niet.',
      geldigVanaf: HP_2019,
      nietIn: [GZ],
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.onderzoek-jeugdbeschermingstafel',
      waarde: 'onderzoek',
      als: alle(is('beschermingsmaatregelNodig', true), een(is('bevestigenOfWeerleggenNodig', true), is('directbetrokkenenBereidEnInStaat', false))),
      uitleg:
        'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader mogelijk niet zijn weg te nemen, en het vermoeden moet worden bevestigd of weerlegd of de directbetrokkenen werken onvoldoende mee: Veilig Thuis doet onderzoek en vraagt daarbij, zo vroeg mogelijk, een gesprek aan bij de jeugdbeschermingstafel, waar wordt bekeken of onderzoek door de Raad voor de Kinderbescherming nodig is.',
      bronnen: [B.onderzoek, B.beschermtafel],
      interpretatie:
        'In Gelderland-Zuid komt de Raad in beeld via de jeugdbeschermingstafel, bij een lopend onderzoek of Voorwaarden & Vervolg (§6.3); de veiligheidsbeoordeling leidt dan tot een van die twee diensten. Wij lezen zulke zorgen als aanwijzingen voor onveiligheid en kiezen tussen onderzoek en Voorwaarden & Vervolg met de criteria van §6.1 en §6.2.',
      geldigVanaf: HP_2019,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.voorwaarden-en-vervolg-jeugdbeschermingstafel',
      waarde: 'voorwaarden-en-vervolg',
      als: alle(is('beschermingsmaatregelNodig', true), is('bevestigenOfWeerleggenNodig', false), is('directbetrokkenenBereidEnInStaat', true)),
      uitleg:
        'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader mogelijk niet zijn weg te nemen, bevestigen of weerleggen is niet nodig en de directbetrokkenen zijn bereid en in staat samen te werken: Veilig Thuis zet Voorwaarden & Vervolg in en vraagt daarbij, zo vroeg mogelijk, een gesprek aan bij de jeugdbeschermingstafel, waar wordt bekeken of onderzoek door de Raad voor de Kinderbescherming nodig is.',
      bronnen: [B.vv, B.beschermtafel],
      interpretatie:
        'In Gelderland-Zuid komt de Raad in beeld via de jeugdbeschermingstafel, bij een lopend onderzoek of Voorwaarden & Vervolg (§6.3); de veiligheidsbeoordeling leidt dan tot een van die twee diensten. Wij lezen zulke zorgen als aanwijzingen voor onveiligheid en kiezen tussen onderzoek en Voorwaarden & Vervolg met de criteria van §6.1 en §6.2.',
      geldigVanaf: HP_2019,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.onderzoek-bevestigen-nodig',
      waarde: 'onderzoek',
      als: alle(geenBescherming(), aanwijzingen(), is('bevestigenOfWeerleggenNodig', true)),
      uitleg:
        'Er zijn aanwijzingen voor acute en/of structurele onveiligheid of een multiproblematische leefsituatie, en voor de vervolgstappen moet het vermoeden worden bevestigd of weerlegd: Veilig Thuis doet onderzoek, waarvoor het verregaande wettelijke bevoegdheden heeft.',
      bronnen: [B.onderzoek, B.vtBevoegdheden],
      interpretatie: 'Waar ook overdracht aan een betrokken hulpverlener zou passen, gaat onderzoek voor wanneer bevestigen of weerleggen nodig is (onze volgorde, punt 2).',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.overdracht-betrokken-hulpverlening',
      waarde: 'overdracht-betrokken-hulpverlening',
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
    /* @__PURE__ */ regel({
      regel: 'vervolg.voorwaarden-en-vervolg',
      waarde: 'voorwaarden-en-vervolg',
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
    /* @__PURE__ */ regel({
      regel: 'vervolg.onderzoek-onvoldoende-medewerking',
      waarde: 'onderzoek',
      als: alle(geenBescherming(), aanwijzingen(), is('directbetrokkenenBereidEnInStaat', false)),
      uitleg:
        'Er zijn aanwijzingen voor acute en/of structurele onveiligheid of een multiproblematische leefsituatie en de directbetrokkenen werken onvoldoende mee of zijn onvoldoende bereid hulp te accepteren: Veilig Thuis doet onderzoek.',
      bronnen: [B.onderzoek],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.overdracht-lokaal-team',
      waarde: 'overdracht-lokaal-team',
      als: alle(geenBescherming(), is('aanwijzingenAcuteOfStructureleOnveiligheid', false), is('multiproblematiek', false), is('hulpOfOndersteuningNodig', true)),
      uitleg:
        'Er zijn geen aanwijzingen voor acute of structurele onveiligheid of multiproblematiek, maar wel hulp of ondersteuning nodig: Veilig Thuis draagt direct na de veiligheidsbeoordeling schriftelijk over aan het lokale team.',
      bronnen: [B.vbOverdracht, B.overdrachtVb],
      interpretatie:
        'De bron zegt dat Veilig Thuis direct na de veiligheidsbeoordeling kan overdragen aan het lokale team, zonder criteria; wij doen dat wanneer er geen aanwijzingen voor onveiligheid of multiproblematiek zijn en wel hulp nodig is.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.geen-vervolgstappen',
      waarde: 'geen-vervolgstappen',
      als: alle(geenBescherming(), is('aanwijzingenAcuteOfStructureleOnveiligheid', false), is('multiproblematiek', false), is('hulpOfOndersteuningNodig', false)),
      uitleg:
        'Er zijn geen aanwijzingen voor onveiligheid of multiproblematiek en er is geen hulp of ondersteuning nodig: Veilig Thuis zet geen vervolgdienst in en draagt niet over aan een professional, maar aan de directbetrokkenen zelf; Veilig Thuis informeert hen hierover.',
      bronnen: [B.vbUitkomsten, B.informeren],
      interpretatie:
        'De bron noemt "overdracht aan de direct betrokkenen" als uitkomst van de veiligheidsbeoordeling, zonder criteria. Wij lezen: zonder aanwijzingen voor onveiligheid of multiproblematiek en zonder hulpvraag. De uitkomst heet in dit pakket geen-vervolgstappen (er volgt geen stap van Veilig Thuis of een professional).',
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    {
      soort: 'spoedinterventie',
      als: { spoedOfCrisis: true },
      regio: GZ,
      details: { interpretatie: KANTOORUREN_INTERPRETATIE },
      uitleg: 'Spoed en crisis: Veilig Thuis handelt direct. Binnen kantooruren gaat Veilig Thuis er dezelfde dag nog op af, daarbuiten wordt de SEZ ingezet; geef het moment op om te bepalen welke van de twee.',
      bronnen: [B.spoed, BRON.kantooruren],
      bereken: spoedMoment,
    },
    {
      soort: 'spoedinterventie',
      als: { spoedOfCrisis: true },
      nietIn: [GZ],
      uitleg:
        'Spoed en crisis: Veilig Thuis handelt direct. Hoe (dezelfde dag, een crisisdienst buiten kantooruren) is een regionale afspraak die per regio verschilt; met de regio erbij noemt dit besluit de afspraken van uw regio.',
      bronnen: [B.aefRegionaal],
    },
    { ...informeerDirectbetrokkenen, bij: ALLE_BEHALVE_OVERDRACHT_LOKAAL_TEAM },
    terugkoppelingMelder,
    {
      soort: 'informeer-lokaal-team',
      bij: ['voorwaarden-en-vervolg', 'onderzoek'],
      uitleg: 'Bij Voorwaarden & Vervolg en bij onderzoek informeert Veilig Thuis altijd het lokale team.',
      bronnen: [B.informeren],
    },
    {
      soort: 'vervolgdienst',
      bij: ['voorwaarden-en-vervolg', 'onderzoek'],
      details: { maximaleDuurDagen: VERVOLG_DAGEN },
      uitleg: `De dienst duurt ten hoogste 10 weken (${VERVOLG_DAGEN} dagen, gerekend vanaf de start van de dienst). Daarna volgt zo nodig een overdracht; aan het lokale team is die warm, via persoonlijk contact in het huishouden (na onderzoek) of in het gezin (na Voorwaarden & Vervolg), tenzij er redenen zijn om dit niet te doen (zie de beslissing Afsluiting).`,
      bronnen: [BRON.vervolg70dagen, B.overdrachtWarm],
      bereken: dienst,
    },
    {
      soort: 'veiligheidsvoorwaarden',
      bij: ['voorwaarden-en-vervolg'],
      details: { door: 'veilig-thuis' },
      uitleg:
        'Veilig Thuis stelt veiligheidsvoorwaarden op: waaraan ten minste moet worden voldaan om te komen tot directe en stabiele veiligheid, zo veel mogelijk samen met de overdrachtspartij en de directbetrokkenen. Is er een overdrachtspartij, dan stelt die veiligheidsafspraken of een veiligheidsplan op (Veilig Thuis kan ondersteunen); is er geen en is het voor herstel van de directe veiligheid nodig, dan stelt Veilig Thuis een veiligheidsplan op.',
      bronnen: [B.vvVoorwaarden],
    },
    {
      soort: 'jeugdbeschermingstafel',
      bij: ['voorwaarden-en-vervolg', 'onderzoek'],
      als: { beschermingsmaatregelNodig: true },
      regio: GZ,
      details: {
        interpretatie:
          'De bron noemt als aanleiding "zorgen over de ontwikkeling en/of de veiligheid van het kind"; dit pakket noemt de tafel bij de vraag of een kinderbeschermingsmaatregel nodig kan zijn.',
      },
      uitleg:
        'Veilig Thuis kan bij het lopende onderzoek of Voorwaarden & Vervolg, liefst zo vroeg mogelijk, een gesprek aanvragen bij de jeugdbeschermingstafel (Rijk van Nijmegen of Rivierenland), waar wordt bekeken of onderzoek door de Raad voor de Kinderbescherming nodig is; is het lokale team al betrokken, dan wordt het daarover altijd geïnformeerd.',
      bronnen: [B.beschermtafel],
    },
    {
      soort: 'overdracht',
      bij: ['overdracht-betrokken-hulpverlening'],
      details: { aan: 'betrokken-hulpverlening' },
      uitleg: 'Veilig Thuis draagt over aan de hulpverlener die al betrokken is.',
      bronnen: [B.betrokkenHulpverlener],
    },
    {
      soort: 'informeer-lokaal-team',
      bij: ['overdracht-betrokken-hulpverlening'],
      details: { wijze: 'mail' },
      uitleg: 'Het lokale team wordt altijd per mail geïnformeerd; zo nodig stemt Veilig Thuis persoonlijk of telefonisch af.',
      bronnen: [B.betrokkenHulpverlener],
    },
    {
      soort: 'overdracht',
      bij: ['overdracht-lokaal-team'],
      details: {
        aan: 'lokaal-team',
        wijze: 'schriftelijk',
        zoNodig: 'telefonisch of via persoonlijk contact',
        interpretatie: 'De bron zegt "na veiligheidsbeoordeling door Veilig Thuis (na maximaal 5 werkdagen)"; wij lezen dat als: uiterlijk op de laatste dag van de termijn van de veiligheidsbeoordeling, 5 werkdagen na ontvangst van de melding.',
      },
      uitleg:
        'Directe overdracht na de veiligheidsbeoordeling: Veilig Thuis draagt schriftelijk over aan het lokale team (meer is niet vereist) en informeert het zo nodig ook telefonisch of persoonlijk, met de overdrachtsinformatie uit het Overdrachtsprotocol; dat gebeurt na de veiligheidsbeoordeling, uiterlijk 5 werkdagen na ontvangst van de melding.',
      bronnen: [B.vbOverdracht, B.overdrachtVb, B.overdrachtMoment],
      bereken: vbUiterlijk,
    },
    {
      ...informeerDirectbetrokkenen,
      bij: ['overdracht-lokaal-team'],
      details: { wijze: 'schriftelijk', zoNodig: 'telefonisch', wie: DIRECTBETROKKENEN },
      uitleg: 'Veilig Thuis informeert het cliëntsysteem schriftelijk (en zo nodig telefonisch) over het feit dat de melding is overgedragen aan het lokale team.',
      bronnen: [B.informeren, B.overdrachtVb, B.ouders],
    },
    {
      soort: 'zicht-op-veiligheid',
      bij: ['overdracht-lokaal-team'],
      details: { door: 'veilig-thuis', tot: 'overdracht aan het lokale team' },
      uitleg: 'Veilig Thuis is verantwoordelijk voor zicht op veiligheid vanaf de veiligheidsbeoordeling tot de casus is overgedragen aan het lokale team.',
      bronnen: [B.overdrachtZicht],
    },
    {
      soort: 'telefonische-ondersteuning',
      bij: ['overdracht-lokaal-team'],
      details: { door: 'veilig-thuis', desgewenst: true },
      uitleg: 'Veilig Thuis biedt desgewenst telefonische ondersteuning aan de professional van het lokale team bij het oppakken van het vervolgtraject.',
      bronnen: [B.telefonischeOndersteuning],
    },
    { ...overdrachtsbrief, bij: ['overdracht-lokaal-team'] },
    ...lokaalTeamNaOverdracht.map((a) => ({ ...a, bij: ['overdracht-lokaal-team'] })),
    { ...hulpDoorLokaalTeam, bij: ['overdracht-lokaal-team'] },
    {
      soort: 'advies-aan-lokaal-team',
      als: { spoedOfCrisis: false },
      bij: ['overdracht-lokaal-team'],
      regio: GZ,
      uitleg: 'Er is geen sprake van spoed of crisis: Veilig Thuis kan dan niet zelf rechtstreeks hulpverlening inzetten, maar adviseert het lokale team.',
      bronnen: [B.geenSpoed],
    },
    {
      soort: 'verzoek-raad',
      bij: ['verzoek-onderzoek-raad'],
      uitleg: 'Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek naar een kinderbeschermingsmaatregel.',
      bronnen: [B.aefRaad, B.aefWettelijkeTaken],
    },
    {
      soort: 'overdracht',
      bij: ['geen-vervolgstappen'],
      details: { aan: 'directbetrokkenen' },
      uitleg: 'Veilig Thuis draagt over aan de directbetrokkenen zelf: er volgt geen dienst van Veilig Thuis en geen overdracht aan een professional.',
      bronnen: [B.vbUitkomsten],
    },
  ],
});
