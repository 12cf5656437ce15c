/**
 * Afsluiting van onderzoek of Voorwaarden & Vervolg — the one definition: facts, uitkomsten,
 * rules, acties (GZ §6.1–6.3, §7.1, §8 B–C, §8.2, §8.3, §8.5; AEF §2.3 A and C).
 *
 * Two things are decided:
 * - the uitkomst: what happens at the end of the dienst. Overdracht aan het lokale team (GZ §8 B
 *   and C name it as the moment after onderzoek and after V&V), aan betrokken hulpverlening, aan de
 *   directbetrokkenen (no overdrachtspartij), a verzoek tot onderzoek aan de Raad, or afsluiten.
 *   The sources give no criteria for choosing among them; our reading is written into the
 *   conditions (every rule it shapes is an interpretatie):
 *     1. a child-protection measure may be needed: the Raad (in Gelderland-Zuid via the
 *        jeugdbeschermingstafel, GZ §6.3);
 *     2. hulp of ondersteuning still needed: to a hulpverlener already involved who can and will,
 *        else to the lokale team;
 *     3. no help needed: after V&V, or after an onderzoek that found huiselijk geweld or
 *        kindermishandeling, to the directbetrokkenen themselves (monitoring still follows,
 *        §7.1 A); after an onderzoek that refuted the suspicion, afsluiten.
 * - the kenmerk `veiligheidsvoorwaarden`: V&V always sets them (§6.1); onderzoek when VT concludes
 *   there is huiselijk geweld or kindermishandeling (§6.2).
 *
 * Monitoring is decided by beslisMonitoring; the actie `monitoring` gives its invoer.
 */
import { termijnVervolgdienst } from '../../deadlines/termijnen.js';
import { BRON } from '../../deadlines/bronnen.js';
import { hulpDoorLokaalTeam, informeerDirectbetrokkenen, lokaalTeamNaOverdracht, overdrachtsbrief, terugkoppelingMelder } from '../_lib/acties.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer, type Berekend, type Berekening, type Context } from '../_lib/definitie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

const GZ = 'gelderland-zuid';
const geenRaad = () => is('beschermingsmaatregelNodig', false);

const OVERDRACHT_AAN_PARTIJ = ['overdracht-lokaal-team', 'overdracht-betrokken-hulpverlening'];

/** The warm overdracht to the lokale team, `waar` it takes place; written once for the actie and its computation. */
const warmLokaalTeamTekst = (waar: string) =>
  `Veilig Thuis draagt warm over aan het lokale team: via persoonlijk contact, in het ${waar}, tenzij er redenen zijn om dit niet te doen, met de overdrachtsinformatie uit het Overdrachtsprotocol. De overdracht vindt uiterlijk 70 dagen na de start van de dienst plaats (zie de interpretatie).`;
const WARM_LOKAAL_TEAM = warmLokaalTeamTekst('huishouden (na onderzoek) of in het gezin (na Voorwaarden & Vervolg)');
const WARM_BETROKKEN_HULPVERLENING =
  'Veilig Thuis draagt warm over aan de betrokken hulpverlener: in beginsel in een overdrachtsgesprek waarbij de cliënt aanwezig is. De overdracht vindt uiterlijk 70 dagen na de start van de dienst plaats (zie de interpretatie).';

/** The `uiterlijk` of the overdracht: 70 days after the start of the dienst (termijnVervolgdienst), when `start` is known. */
function uiterlijk(c: Context, basis: string): Berekend<{ uiterlijk: string }> {
  const start = c.invoer['start'];
  if (start === undefined) return { ontbrekend: ['start'] };
  const t = termijnVervolgdienst(start as string, { kalender: c.kalender });
  return { velden: { uiterlijk: t.uiterlijk }, uitleg: `${basis} ${t.uitleg}` + (t.interpretatie ? ` ${t.interpretatie}` : '') };
}

/** Warme overdracht aan het lokale team: where (huishouden after onderzoek, gezin after V&V, GZ §8.2/§8.3) and by when. */
const warmLokaalTeam: Berekening<{ waar: 'huishouden' | 'gezin'; uiterlijk?: string }> = (c) => {
  const waar = c.invoer['dienst'] === 'onderzoek' ? 'huishouden' : 'gezin';
  const basis = warmLokaalTeamTekst(waar);
  const u = uiterlijk(c, basis);
  return { ontbrekend: u.ontbrekend ?? [], uitleg: u.uitleg ?? basis, velden: { waar, ...u.velden } };
};
const warmBetrokkenHulpverlening: Berekening<{ uiterlijk: string }> = (c) => uiterlijk(c, WARM_BETROKKEN_HULPVERLENING);

const OVERDRACHT_AAN: Record<string, 'lokaal-team' | 'betrokken-hulpverlening' | 'directbetrokkenen'> = {
  'overdracht-lokaal-team': 'lokaal-team',
  'overdracht-betrokken-hulpverlening': 'betrokken-hulpverlening',
  'overdracht-directbetrokkenen': 'directbetrokkenen',
};
/** The uitkomsten with an overdracht, derived from the map above. */
const MET_OVERDRACHT = Object.keys(OVERDRACHT_AAN);

/** The invoer for beslisMonitoring that follows from this Besluit (the overdrachtsdatum still to add). */
const monitoringInvoer: Berekening<{
  overdrachtNa: 'onderzoek' | 'voorwaarden-en-vervolg';
  overdrachtAan: 'lokaal-team' | 'betrokken-hulpverlening' | 'directbetrokkenen';
  vermoedenWeerlegd?: boolean;
}> = (c) => {
  const dienst = c.invoer['dienst'] as 'onderzoek' | 'voorwaarden-en-vervolg';
  const overdrachtAan = OVERDRACHT_AAN[c.uitkomst]!;
  return {
    velden: dienst === 'onderzoek'
      ? { overdrachtNa: dienst, overdrachtAan, vermoedenWeerlegd: c.invoer['vermoedenBevestigd'] === false }
      : { overdrachtNa: dienst, overdrachtAan },
  };
};

const veiligheidsplanDoorOverdrachtspartij = {
  soort: 'veiligheidsplan',
  bij: OVERDRACHT_AAN_PARTIJ,
  details: { door: 'overdrachtspartij' },
  uitleg:
    'De overdrachtspartij stelt, met de veiligheidsvoorwaarden als leidraad, veiligheidsafspraken of een veiligheidsplan op; Veilig Thuis kan daarbij zo nodig ondersteunen.',
  bronnen: [B.veiligheidsplanOverdrachtspartij, B.veiligheidsvoorwaardenBegrip],
} as const;

export const afsluiting = /* @__PURE__ */ definieer({
  id: 'afsluiting',
  titel: 'Afsluiting van onderzoek of Voorwaarden & Vervolg',
  versie: '1.0.0',
  feiten: {
    dienst: {
      soort: 'keuze',
      vraag: 'Welke dienst van Veilig Thuis wordt afgesloten?',
      opties: [
        { waarde: 'onderzoek', label: 'Onderzoek' },
        { waarde: 'voorwaarden-en-vervolg', label: 'Voorwaarden & Vervolg' },
      ],
      bronnen: [B.overdracht, B.vv, B.onderzoek],
    },
    vermoedenBevestigd: {
      soort: 'ja-nee',
      vraag: 'Is Veilig Thuis in het onderzoek tot de conclusie gekomen dat er sprake is van huiselijk geweld of kindermishandeling?',
      toelichting: 'Alleen van belang na onderzoek. Ja: het vermoeden is bevestigd. Nee: het vermoeden is weerlegd.',
      bronnen: [B.onderzoekVoorwaarden, B.onderzoekBegrip],
    },
    beschermingsmaatregelNodig: {
      soort: 'ja-nee',
      vraag: 'Is een kinderbeschermingsmaatregel mogelijk nodig, omdat de zorgen in het vrijwillig kader niet zijn weg te nemen?',
      toelichting:
        'Alleen bij een minderjarige. In Gelderland-Zuid: heeft het gesprek aan de jeugdbeschermingstafel uitgewezen dat een onderzoek door de Raad voor de Kinderbescherming nodig is? Daar beslist de tafel, niet Veilig Thuis alleen.',
      bronnen: [B.aefRaad, B.beschermtafelRaad],
    },
    hulpOfOndersteuningNodig: {
      soort: 'ja-nee',
      vraag: 'Is na afloop van de dienst nog hulp of ondersteuning nodig?',
      toelichting: 'Bijvoorbeeld om aan de veiligheidsvoorwaarden te werken of voor problemen op andere leefgebieden.',
      bronnen: [B.overdracht, B.lokaleTeamsBegrip],
    },
    betrokkenHulpverlenerKanEnWil: {
      soort: 'ja-nee',
      vraag: 'Is er al een hulpverlener betrokken die de hulp adequaat kan en wil bieden en daartoe in staat is?',
      bronnen: [B.aefOntvanger, B.betrokkenHulpverlener],
    },
    start: {
      soort: 'datum',
      vraag: 'Op welke datum is de dienst gestart?',
      toelichting:
        'Dag 0 van de termijn: de overdracht vindt plaats na ten hoogste 70 dagen. Geen bron zegt vanaf welk moment die termijn loopt; dit pakket telt vanaf de start van de dienst.',
      bronnen: [BRON.vervolg70dagen],
    },
  },
  uitkomsten: {
    'overdracht-lokaal-team': { titel: 'Overdracht aan het lokale team' },
    'overdracht-betrokken-hulpverlening': { titel: 'Overdracht aan betrokken hulpverlening' },
    'overdracht-directbetrokkenen': { titel: 'Overdracht aan de directbetrokkenen' },
    'verzoek-onderzoek-raad': { titel: 'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming' },
    afsluiten: { titel: 'Afsluiten zonder overdracht' },
  },
  kenmerken: {
    veiligheidsvoorwaarden: {
      opstellen: { titel: 'Veilig Thuis stelt veiligheidsvoorwaarden op' },
      geen: { titel: 'Geen veiligheidsvoorwaarden' },
    },
  },
  extraVelden: ['veiligheidsvoorwaarden'],
  regels: [
    // ---- uitkomst ----
    /* @__PURE__ */ regel({
      regel: 'afsluiting.verzoek-onderzoek-raad',
      waarde: 'verzoek-onderzoek-raad',
      als: alle(is('beschermingsmaatregelNodig', true)),
      uitleg:
        'Er zijn zorgen over de veiligheid van een minderjarige die in het vrijwillig kader niet zijn weg te nemen (een kinderbeschermingsmaatregel kan nodig zijn): Veilig Thuis sluit de dienst af met een verzoek tot onderzoek aan de Raad voor de Kinderbescherming.',
      bronnen: [B.aefRaad, B.aefWettelijkeTaken],
      interpretatie:
        'Landelijk noemen de samenwerkingsafspraken de melding bij de Raad als processtap en noemt de Wmo het inlichten van de Raad als wettelijke taak, zonder criteria of moment; wij lezen dat Veilig Thuis een onderzoek of Voorwaarden & Vervolg dan afsluit met een verzoek tot onderzoek aan de Raad, vóór elke overdracht. In Gelderland-Zuid loopt dit via de jeugdbeschermingstafel (§6.3): daar geldt deze regel niet.',
      geldigVanaf: HP_2019,
      nietIn: [GZ],
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.onderzoek-raad-via-jeugdbeschermingstafel',
      waarde: 'verzoek-onderzoek-raad',
      als: alle(is('beschermingsmaatregelNodig', true)),
      uitleg:
        'Aan de jeugdbeschermingstafel, waar hulpverleners en ouders of verzorgers de zorgen bespreken en bekijken of (niet vrijblijvende) hulpverlening kan worden voortgezet of ingezet of dat een onderzoek door de Raad voor de Kinderbescherming nodig is, is uitgewezen dat dat onderzoek nodig is: de dienst eindigt met een onderzoek door de Raad.',
      bronnen: [B.beschermtafelRaad],
      interpretatie:
        'De regionale tekst beschrijft de jeugdbeschermingstafel als de plek waar tijdens een lopend onderzoek of Voorwaarden & Vervolg wordt bekeken of een onderzoek door de Raad nodig is, maar niet hoe de dienst dan eindigt of wie het verzoek aan de Raad doet. In Gelderland-Zuid lezen wij het feit "kinderbeschermingsmaatregel mogelijk nodig" daarom als: de tafel heeft uitgewezen dat een onderzoek door de Raad nodig is; dan eindigt de dienst daarmee, vóór elke overdracht.',
      geldigVanaf: HP_2019,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.overdracht-betrokken-hulpverlening',
      waarde: 'overdracht-betrokken-hulpverlening',
      als: alle(geenRaad(), is('hulpOfOndersteuningNodig', true), is('betrokkenHulpverlenerKanEnWil', true)),
      uitleg:
        'Na afloop van de dienst is nog hulp of ondersteuning nodig en er is al een hulpverlener betrokken die die hulp adequaat kan en wil bieden en daartoe in staat is: Veilig Thuis draagt over aan die hulpverlener.',
      bronnen: [B.aefOntvanger, B.betrokkenHulpverlener],
      interpretatie:
        'De regionale tekst noemt na onderzoek en na Voorwaarden & Vervolg alleen overdracht aan het lokale team (§8 B en C); de landelijke analyse noemt als ontvangende partij "het lokale veld of specifieke (gecertificeerde) aanbieder". Wij dragen, zoals na de veiligheidsbeoordeling (§5.1 D), over aan een hulpverlener die al betrokken is als die kan en wil, en laten dat voorgaan op overdracht aan het lokale team.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.overdracht-lokaal-team',
      waarde: 'overdracht-lokaal-team',
      als: alle(geenRaad(), is('hulpOfOndersteuningNodig', true), is('betrokkenHulpverlenerKanEnWil', false)),
      uitleg:
        'Na afloop van de dienst is nog hulp of ondersteuning nodig en er is geen betrokken hulpverlener die die hulp kan en wil bieden: Veilig Thuis draagt de casus over aan het lokale team.',
      bronnen: [B.overdracht, BRON.vervolg70dagen, B.lokaleTeamsBegrip],
      interpretatie:
        'De bron noemt overdracht aan het lokale team na onderzoek en na Voorwaarden & Vervolg als vast moment, zonder criteria; wij dragen over aan het lokale team wanneer na de dienst nog hulp of ondersteuning nodig is en er geen betrokken hulpverlener is die die kan en wil bieden.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.overdracht-directbetrokkenen',
      waarde: 'overdracht-directbetrokkenen',
      als: alle(
        geenRaad(),
        is('hulpOfOndersteuningNodig', false),
        een(is('dienst', 'voorwaarden-en-vervolg'), alle(is('dienst', 'onderzoek'), is('vermoedenBevestigd', true))),
      ),
      uitleg:
        'Na Voorwaarden & Vervolg, of na een onderzoek dat huiselijk geweld of kindermishandeling heeft vastgesteld, is geen hulp of ondersteuning meer nodig: er is geen overdrachtspartij en Veilig Thuis draagt over aan de directbetrokkenen zelf.',
      bronnen: [B.vbUitkomsten, B.veiligheidsplanOverdrachtspartij, B.monitoring],
      interpretatie:
        'De bronnen noemen overdracht aan de direct betrokkenen alleen als uitkomst van de veiligheidsbeoordeling (§5.1 D); §6.1 en §6.2 rekenen wel met een dienst zonder overdrachtspartij. Omdat na Voorwaarden & Vervolg altijd, en na een onderzoek dat het vermoeden niet weerlegt ook, monitoring volgt en monitoring volgt "bij overdracht" (§7.1 A), lezen wij dit als een overdracht aan de directbetrokkenen en niet als afsluiten.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.afsluiten',
      waarde: 'afsluiten',
      als: alle(geenRaad(), is('hulpOfOndersteuningNodig', false), is('dienst', 'onderzoek'), is('vermoedenBevestigd', false)),
      uitleg:
        'Het onderzoek heeft het vermoeden van huiselijk geweld of kindermishandeling weerlegd en er is geen hulp of ondersteuning nodig: Veilig Thuis sluit af zonder overdracht.',
      bronnen: [B.onderzoekBegrip, B.onderzoekVoorwaarden, B.monitoring],
      interpretatie:
        'Geen bron noemt afsluiten zonder overdracht met zoveel woorden. Wij lezen: een onderzoek stelt vast of er sprake is van huiselijk geweld of kindermishandeling (begrippenlijst); is het vermoeden weerlegd, dan stelt Veilig Thuis geen veiligheidsvoorwaarden op (§6.2) en volgt geen monitoring (§7.1 A), en is er ook geen hulp nodig, dan is er niets over te dragen. Na Voorwaarden & Vervolg sluit Veilig Thuis nooit zo af: daarna volgt altijd monitoring (§7.1 A).',
      geldigVanaf: HP_2019,
    }),
    // ---- veiligheidsvoorwaarden (GZ §6.1, §6.2) ----
    /* @__PURE__ */ regel({
      regel: 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg',
      kenmerk: 'veiligheidsvoorwaarden',
      waarde: 'opstellen',
      als: alle(is('dienst', 'voorwaarden-en-vervolg')),
      uitleg: 'Bij Voorwaarden & Vervolg stelt Veilig Thuis altijd veiligheidsvoorwaarden op.',
      bronnen: [B.vvVoorwaarden],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.veiligheidsvoorwaarden-onderzoek',
      kenmerk: 'veiligheidsvoorwaarden',
      waarde: 'opstellen',
      als: alle(is('dienst', 'onderzoek'), is('vermoedenBevestigd', true)),
      uitleg: 'Veilig Thuis is in het onderzoek tot de conclusie gekomen dat er sprake is van huiselijk geweld of kindermishandeling: Veilig Thuis stelt veiligheidsvoorwaarden op.',
      bronnen: [B.onderzoekVoorwaarden],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afsluiting.geen-veiligheidsvoorwaarden',
      kenmerk: 'veiligheidsvoorwaarden',
      waarde: 'geen',
      als: alle(is('dienst', 'onderzoek'), is('vermoedenBevestigd', false)),
      uitleg: 'Het onderzoek heeft het vermoeden van huiselijk geweld of kindermishandeling weerlegd: Veilig Thuis stelt geen veiligheidsvoorwaarden op.',
      bronnen: [B.onderzoekVoorwaarden, B.onderzoekBegrip],
      interpretatie:
        '§6.2 zegt alleen dat Veilig Thuis veiligheidsvoorwaarden opstelt als het tot de conclusie komt dat er sprake is van huiselijk geweld of kindermishandeling; wij lezen dat het dat anders niet doet. Een onderzoek bevestigt of weerlegt het vermoeden (§6.2, begrippenlijst); een derde uitkomst kent de bron niet.',
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    // ---- the overdracht ----
    {
      soort: 'warme-overdracht',
      bij: ['overdracht-lokaal-team'],
      details: {
        aan: 'lokaal-team',
        wijze: 'persoonlijk contact',
        interpretatie: 'De bron zegt "na maximaal 70 dagen" zonder startmoment; dit pakket telt vanaf de start van de dienst en verlengt een termijn die op een niet-werkdag eindigt volgens de Algemene termijnenwet art. 1.',
      },
      uitleg: WARM_LOKAAL_TEAM,
      bronnen: [B.warmNaOnderzoek, B.warmNaVv, BRON.vervolg70dagen],
      bereken: warmLokaalTeam,
    },
    {
      soort: 'warme-overdracht',
      bij: ['overdracht-betrokken-hulpverlening'],
      details: {
        aan: 'betrokken-hulpverlening',
        wijze: 'overdrachtsgesprek',
        interpretatie: 'De bron noemt de 70 dagen alleen voor de overdracht aan het lokale team (§8 B en C); dit pakket past ze ook toe op een overdracht aan een betrokken hulpverlener, geteld vanaf de start van de dienst.',
      },
      uitleg: WARM_BETROKKEN_HULPVERLENING,
      bronnen: [B.aefWarm, BRON.vervolg70dagen],
      bereken: warmBetrokkenHulpverlening,
    },
    {
      soort: 'zicht-op-veiligheid',
      bij: ['overdracht-lokaal-team'],
      details: { door: 'veilig-thuis', tot: 'de bevestiging van de overdracht door het lokale team' },
      uitleg: 'Veilig Thuis blijft verantwoordelijk voor zicht op veiligheid tot de casus is overgedragen aan het lokale team en Veilig Thuis daarvan een bevestiging heeft ontvangen.',
      bronnen: [B.zichtNaDienst],
    },
    {
      soort: 'informeer-lokaal-team',
      als: { dienst: 'onderzoek' },
      details: { over: 'de uitkomsten van het onderzoek' },
      uitleg: 'Veilig Thuis informeert het lokale team over de uitkomsten van het onderzoek (zoals eerder over de start ervan).',
      bronnen: [B.lokaalTeamNaOnderzoek],
    },
    {
      soort: 'informeer-lokaal-team',
      als: { dienst: 'voorwaarden-en-vervolg' },
      details: { over: 'wat Voorwaarden & Vervolg heeft opgeleverd' },
      uitleg: 'Veilig Thuis informeert het lokale team over wat Voorwaarden & Vervolg heeft opgeleverd (zoals eerder over de start ervan).',
      bronnen: [B.lokaalTeamNaVv],
    },
    {
      ...informeerDirectbetrokkenen,
      bij: ['overdracht-lokaal-team'],
      details: { ...informeerDirectbetrokkenen.details, wijze: 'schriftelijk' },
      uitleg: 'Veilig Thuis informeert het betrokken cliëntsysteem schriftelijk over het feit dat de melding is doorgezet naar het lokale team.',
      bronnen: [B.clientsysteemNaDienst, B.aefInformeren, B.ouders],
    },
    {
      ...informeerDirectbetrokkenen,
      bij: ['overdracht-betrokken-hulpverlening', 'overdracht-directbetrokkenen', 'verzoek-onderzoek-raad', 'afsluiten'],
      uitleg: 'Veilig Thuis informeert de directbetrokkenen over de uitkomst van de dienst en de vervolgstappen.',
      bronnen: [B.aefInformeren, B.ouders],
    },
    { ...overdrachtsbrief, bij: ['overdracht-lokaal-team'] },
    {
      ...overdrachtsbrief,
      bij: ['overdracht-betrokken-hulpverlening', 'overdracht-directbetrokkenen'],
      details: {
        ...overdrachtsbrief.details,
        interpretatie: 'De bron beschrijft de overdrachtsbrief bij de overdracht aan het lokale team (§8.5); dit pakket geeft haar ook bij een overdracht aan betrokken hulpverlening of aan de directbetrokkenen.',
      },
    },
    // ---- veiligheidsvoorwaarden and veiligheidsplan (GZ §6.1, §6.2) ----
    {
      soort: 'veiligheidsvoorwaarden',
      regel: 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg',
      details: { door: 'veilig-thuis' },
      uitleg:
        'De veiligheidsvoorwaarden die Veilig Thuis bij de start van Voorwaarden & Vervolg opstelde — waaraan ten minste moet worden voldaan om te komen tot directe en stabiele veiligheid — draagt Veilig Thuis schriftelijk over aan de directbetrokkenen en de overdrachtspartij.',
      bronnen: [B.vvVoorwaarden, B.veiligheidsvoorwaardenBegrip],
    },
    {
      soort: 'veiligheidsvoorwaarden',
      regel: 'afsluiting.veiligheidsvoorwaarden-onderzoek',
      details: { door: 'veilig-thuis' },
      uitleg:
        'Veilig Thuis is tot de conclusie gekomen dat er sprake is van huiselijk geweld of kindermishandeling en stelt veiligheidsvoorwaarden op — waaraan ten minste moet worden voldaan om te komen tot directe en stabiele veiligheid — zo veel mogelijk samen met de overdrachtspartij en de directbetrokkenen, en draagt ze schriftelijk over aan de directbetrokkenen en de overdrachtspartij.',
      bronnen: [B.onderzoekVoorwaarden, B.veiligheidsvoorwaardenBegrip],
    },
    { ...veiligheidsplanDoorOverdrachtspartij, regel: 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg' },
    { ...veiligheidsplanDoorOverdrachtspartij, regel: 'afsluiting.veiligheidsvoorwaarden-onderzoek' },
    {
      soort: 'veiligheidsplan',
      bij: ['overdracht-directbetrokkenen'],
      regel: 'afsluiting.veiligheidsvoorwaarden-voorwaarden-en-vervolg',
      details: { door: 'veilig-thuis' },
      uitleg: 'Er is geen overdrachtspartij: als het voor herstel van de directe veiligheid noodzakelijk is, stelt Veilig Thuis een veiligheidsplan op.',
      bronnen: [B.veiligheidsplanVtNaVv, B.veiligheidsvoorwaardenBegrip],
    },
    {
      soort: 'veiligheidsplan',
      bij: ['overdracht-directbetrokkenen'],
      regel: 'afsluiting.veiligheidsvoorwaarden-onderzoek',
      details: { door: 'veilig-thuis' },
      uitleg: 'Er is geen overdrachtspartij: als het voor herstel van de directe veiligheid noodzakelijk is, stelt Veilig Thuis veiligheidsafspraken of een veiligheidsplan op.',
      bronnen: [B.veiligheidsplanVtNaOnderzoek, B.veiligheidsvoorwaardenBegrip],
    },
    // ---- the Raad ----
    {
      soort: 'verzoek-raad',
      bij: ['verzoek-onderzoek-raad'],
      nietIn: [GZ],
      uitleg: 'Veilig Thuis licht de Raad voor de Kinderbescherming in en verzoekt om onderzoek naar een kinderbeschermingsmaatregel (het inlichten van de Raad is een wettelijke taak van Veilig Thuis).',
      bronnen: [B.aefWettelijkeTaken, B.aefRaad],
    },
    {
      soort: 'jeugdbeschermingstafel',
      regel: 'afsluiting.onderzoek-raad-via-jeugdbeschermingstafel',
      regio: GZ,
      details: { door: 'veilig-thuis', regio: GZ },
      uitleg:
        'De jeugdbeschermingstafel (Rijk van Nijmegen of Rivierenland) heeft uitgewezen dat een onderzoek door de Raad voor de Kinderbescherming nodig is; is het lokale team al betrokken, dan wordt het daarover altijd geïnformeerd. De bron zegt niet wie het verzoek aan de Raad doet.',
      bronnen: [B.beschermtafel, B.beschermtafelRaad],
    },
    // ---- the lokale team's part (GZ §8.5, §6.3) ----
    ...lokaalTeamNaOverdracht.map((a) => ({ ...a, bij: ['overdracht-lokaal-team'] })),
    { ...hulpDoorLokaalTeam, bij: ['overdracht-lokaal-team'] },
    {
      soort: 'jeugdbeschermingstafel',
      bij: ['overdracht-lokaal-team'],
      regio: GZ,
      details: { door: 'lokaal-team', regio: GZ },
      uitleg:
        'Vindt het lokale team na de overdracht bespreking aan de jeugdbeschermingstafel nodig, dan neemt het zelf de regie en vraagt het een gesprek aan; Veilig Thuis kan telefonisch adviseren.',
      bronnen: [B.beschermtafelLokaalTeam],
    },
    // ---- what follows ----
    {
      soort: 'monitoring',
      bij: MET_OVERDRACHT,
      uitleg:
        'Of en wanneer Veilig Thuis na de overdracht monitort, bepaalt de beslissing Monitoring, met de invoer die hier staat en de overdrachtsdatum.',
      bronnen: [B.monitoring],
      bereken: monitoringInvoer,
    },
    terugkoppelingMelder,
  ],
});
