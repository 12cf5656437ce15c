/**
 * Vervolg na de veiligheidsbeoordeling — the one definition: facts, uitkomsten, rules, acties.
 *
 * The sources give the conditions of each outcome but not which one wins where several fit; our
 * precedence (domein.md §3) is written into the conditions, and the rules it shapes are marked as
 * interpretatie:
 *   1. verzoek tot onderzoek aan de Raad when a child-protection measure is needed;
 *   2. Onderzoek when confirming or refuting the suspicion is necessary;
 *   3. overdracht aan betrokken hulpverlening when such a professional can and will, and the
 *      directbetrokkenen cooperate;
 *   4. Voorwaarden & Vervolg when the directbetrokkenen are willing and able;
 *   5. otherwise Onderzoek.
 * Without indications of onveiligheid or multiproblematiek: overdracht aan het lokale team when
 * help is needed, else geen vervolgstappen.
 */
import { BRON } from '../../deadlines/bronnen.js';
import { isKantoortijd, VERVOLG_DAGEN } from '../../deadlines/termijnen.js';
import { informeerDirectbetrokkenen } from '../_lib/acties.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer, type Berekening } from '../_lib/definitie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

const aanwijzingen = () => een(is('aanwijzingenAcuteOfStructureleOnveiligheid', true), is('multiproblematiek', true));
const geenBescherming = () => is('beschermingsmaatregelNodig', false);

/** Spoed en crisis: within kantooruren the same day, outside them the SEZ (needs the moment). */
const spoedMoment: Berekening<{ wanneer: 'zelfde-dag' | 'sez' }> = (c) => {
  const moment = c.invoer['moment'];
  if (moment === undefined) return { ontbrekend: ['moment'] };
  return isKantoortijd(moment as string, { kalender: c.kalender })
    ? {
        velden: { wanneer: 'zelfde-dag' },
        uitleg: 'Spoed en crisis binnen kantooruren (9-17 uur op een werkdag): Veilig Thuis gaat dezelfde dag nog af op de situatie; zo nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf de beschikking af.',
      }
    : {
        velden: { wanneer: 'sez' },
        uitleg: 'Spoed en crisis buiten kantooruren: de spoedeisende zorg (SEZ) wordt ingezet; de interventie wordt afgestemd met het lokale team.',
      };
};

/** The dienst an actie is about: the uitkomst itself. */
const dienst: Berekening<{ dienst: string }> = (c) => ({ velden: { dienst: c.uitkomst } });

export const vervolg = /* @__PURE__ */ definieer({
  id: 'vervolg',
  titel: 'Vervolg na de veiligheidsbeoordeling',
  versie: '1.0.0',
  feiten: {
    aanwijzingenAcuteOfStructureleOnveiligheid: {
      soort: 'ja-nee',
      vraag: 'Zijn er aanwijzingen voor acute of structurele onveiligheid?',
      toelichting: 'Acuut: direct fysiek gevaar, veiligheid de komende uren of dagen niet gegarandeerd. Structureel: herhaald of voortdurend geweld of onveiligheid.',
      bronnen: [B.vb, B.begrippen],
    },
    multiproblematiek: {
      soort: 'ja-nee',
      vraag: 'Is er sprake van een multiproblematische leefsituatie?',
      toelichting: 'Meerdere problemen tegelijk (bijvoorbeeld schulden, verslaving, psychiatrie) die de veiligheid raken.',
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
      toelichting: 'Alleen Veilig Thuis heeft de wettelijke bevoegdheden om daarvoor onderzoek te doen.',
      bronnen: [B.onderzoek],
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
      toelichting: 'Dan handelt Veilig Thuis direct: binnen kantooruren dezelfde dag, daarbuiten via de spoedeisende zorg (SEZ).',
      bronnen: [B.spoed],
    },
    moment: {
      soort: 'tijdstip',
      vraag: 'Wanneer werd de spoed of crisis bekend?',
      toelichting: 'Datum en tijd met tijdzone, bijvoorbeeld 2025-04-17T14:30:00+02:00. Bepaalt of Veilig Thuis dezelfde dag gaat (binnen kantooruren) of de SEZ wordt ingezet.',
      bronnen: [B.spoed, BRON.kantooruren],
    },
  },
  uitkomsten: {
    'overdracht-lokaal-team': { titel: 'Overdracht aan het lokale team' },
    'overdracht-betrokken-hulpverlening': { titel: 'Overdracht aan betrokken hulpverlening' },
    'voorwaarden-en-vervolg': { titel: 'Voorwaarden & Vervolg' },
    onderzoek: { titel: 'Onderzoek' },
    'verzoek-onderzoek-raad': { titel: 'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming' },
    'geen-vervolgstappen': { titel: 'Geen vervolgstappen' },
  },
  regels: [
    /* @__PURE__ */ regel({
      regel: 'vervolg.verzoek-onderzoek-raad',
      waarde: 'verzoek-onderzoek-raad',
      als: alle(is('beschermingsmaatregelNodig', true)),
      uitleg:
        'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader niet zijn weg te nemen (een kinderbeschermingsmaatregel kan nodig zijn): Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek.',
      bronnen: [B.aefRaad, B.beschermtafel],
      interpretatie:
        'De regionale tekst noemt de Raad niet als uitkomst van de veiligheidsbeoordeling (alleen via de jeugdbeschermingstafel, §6.3); de landelijke analyse noemt de melding bij de Raad als processtap. Wij laten dit verzoek voorgaan op elke andere uitkomst wanneer een beschermingsmaatregel nodig is.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'vervolg.onderzoek-bevestigen-nodig',
      waarde: 'onderzoek',
      als: alle(geenBescherming(), aanwijzingen(), is('bevestigenOfWeerleggenNodig', true)),
      uitleg:
        'Er zijn aanwijzingen voor acute en/of structurele onveiligheid of een multiproblematische leefsituatie, en voor de vervolgstappen moet het vermoeden worden bevestigd of weerlegd: Veilig Thuis doet onderzoek (alleen Veilig Thuis heeft daarvoor de wettelijke bevoegdheden).',
      bronnen: [B.onderzoek],
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
      uitleg: 'Er zijn geen aanwijzingen voor onveiligheid of multiproblematiek en er is geen hulp nodig (bijvoorbeeld: het vermoeden is duidelijk ongegrond): geen vervolgstappen.',
      bronnen: [B.vb, B.begrippen],
      interpretatie: 'De bronnen noemen deze uitkomst niet met zoveel woorden; zonder aanwijzingen en zonder hulpvraag is er voor Veilig Thuis geen vervolgdienst.',
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    {
      soort: 'spoedinterventie',
      als: { spoedOfCrisis: true },
      uitleg: 'Spoed en crisis: Veilig Thuis handelt direct. Binnen kantooruren gaat Veilig Thuis dezelfde dag nog af op de situatie, daarbuiten wordt SEZ ingezet; geef het moment op om te bepalen welke van de twee.',
      bronnen: [B.spoed, BRON.kantooruren],
      bereken: spoedMoment,
    },
    {
      soort: 'informeer-lokaal-team',
      bij: ['voorwaarden-en-vervolg', 'onderzoek'],
      uitleg: 'Bij Voorwaarden & Vervolg en bij onderzoek informeert Veilig Thuis altijd het lokale team.',
      bronnen: [B.informeren],
    },
    { ...informeerDirectbetrokkenen, bij: ['voorwaarden-en-vervolg', 'onderzoek'] },
    {
      soort: 'vervolgdienst',
      bij: ['voorwaarden-en-vervolg', 'onderzoek'],
      details: { maximaleDuurDagen: VERVOLG_DAGEN },
      uitleg: `De dienst duurt ten hoogste 10 weken (${VERVOLG_DAGEN} dagen; zie termijnVervolgdienst); daarna volgt een warme overdracht: in persoon, bij voorkeur in het gezin, en Veilig Thuis houdt zicht op veiligheid tot het lokale team de overdracht heeft bevestigd.`,
      bronnen: [BRON.vervolg70dagen, B.overdrachtWarm],
      bereken: dienst,
    },
    {
      soort: 'overdracht',
      bij: ['overdracht-betrokken-hulpverlening'],
      details: { aan: 'betrokken-hulpverlening', wijze: 'koud' },
      uitleg: 'Veilig Thuis draagt schriftelijk over aan de betrokken hulpverlener.',
      bronnen: [B.betrokkenHulpverlener, B.overdrachtVb],
    },
    {
      soort: 'informeer-lokaal-team',
      bij: ['overdracht-betrokken-hulpverlening'],
      details: { wijze: 'mail' },
      uitleg: 'Het lokale team wordt altijd per mail geïnformeerd; zo nodig stemt Veilig Thuis persoonlijk of telefonisch af.',
      bronnen: [B.betrokkenHulpverlener],
    },
    { ...informeerDirectbetrokkenen, bij: ['overdracht-betrokken-hulpverlening'], bronnen: [B.informeren, B.overdrachtVb, B.ouders] },
    {
      soort: 'overdracht',
      bij: ['overdracht-lokaal-team'],
      details: { aan: 'lokaal-team', wijze: 'koud' },
      uitleg: 'Directe overdracht na de veiligheidsbeoordeling: Veilig Thuis draagt alleen schriftelijk ("koud") over aan het lokale team.',
      bronnen: [B.vbOverdracht, B.overdrachtVb],
    },
    {
      ...informeerDirectbetrokkenen,
      bij: ['overdracht-lokaal-team'],
      uitleg: 'Veilig Thuis informeert het cliëntsysteem schriftelijk (en zo nodig telefonisch) over de overdracht.',
      bronnen: [B.informeren, B.overdrachtVb, B.ouders],
    },
    {
      soort: 'verzoek-raad',
      bij: ['verzoek-onderzoek-raad'],
      uitleg: 'Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek naar een kinderbeschermingsmaatregel.',
      bronnen: [B.aefRaad],
    },
  ],
});
