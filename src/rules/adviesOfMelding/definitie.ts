/**
 * Advies of melding — the first contact with Veilig Thuis. Two parts are decided: the uitkomst
 * (is this contact a melding or an advies?) and VT's own advice on that choice (`vtAdviseert`).
 * A melding about (a suspicion of) HG/KM from a melder who makes himself known is "altijd in
 * ontvangst genomen en vastgelegd" (GZ §3.1): that uitkomst is settled whatever VT would advise, so
 * `vtAdviseert` is needed only for an advies (and given with a melding when the facts settle it).
 */
import { registreerMelding, veiligheidsbeoordeling } from '../_lib/acties.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer } from '../_lib/definitie.js';
import { alle, een, is, isEenVan, regel } from '../_lib/regel.js';

const W = true;
/** The national chat started on 1 June 2020 (GZ §3). */
const CHAT = '2020-06-01';
const MELDING =
  'De melder wil een melding doen, het gaat om (een vermoeden van) huiselijk geweld of kindermishandeling en de melder maakt zich met contactgegevens bekend bij Veilig Thuis: Veilig Thuis neemt de melding altijd in ontvangst en legt haar vast.';

export const adviesOfMelding = /* @__PURE__ */ definieer({
  id: 'adviesOfMelding',
  titel: 'Advies of melding',
  versie: '1.0.0',
  feiten: {
    wens: {
      soort: 'keuze',
      vraag: 'Wil degene die contact opneemt een advies of een melding?',
      toelichting: 'De wens van degene die contact opneemt is bepalend.',
      opties: [
        { waarde: 'advies', label: 'Een advies' },
        { waarde: 'melding', label: 'Een melding' },
      ],
      bronnen: [B.adviesOfMelding],
    },
    viaChat: {
      soort: 'ja-nee',
      vraag: 'Neemt degene die contact opneemt contact op via de chat van Veilig Thuis?',
      toelichting: 'Alleen opgeven als het contact via de chat loopt; zonder antwoord geldt: niet via de chat. De landelijke chat bestaat sinds 1 juni 2020; chatgesprekken worden vastgelegd als advies.',
      bronnen: [B.chat],
      zolangOnbeantwoord: false,
    },
    vermoedenHuiselijkGeweldOfKindermishandeling: {
      soort: 'ja-nee',
      vraag: 'Gaat het om (een vermoeden van) huiselijk geweld of kindermishandeling?',
      bronnen: [B.meldingVoorwaarden],
    },
    melderMaaktZichBekend: {
      soort: 'ja-nee',
      vraag: 'Maakt de melder zich met naam en contactgegevens bekend bij Veilig Thuis?',
      toelichting: 'Anoniem blijven richting het huishouden mag bij een melding wel; anoniem blijven voor Veilig Thuis niet.',
      bronnen: [B.meldingVoorwaarden],
    },
    contactpersoon: {
      soort: 'keuze',
      vraag: 'Wie neemt contact op?',
      opties: [
        { waarde: 'professional', label: 'Een professional' },
        { waarde: 'burger', label: 'Een burger (omstander)' },
        { waarde: 'directbetrokkene', label: 'Een directbetrokkene' },
      ],
      bronnen: [B.adviesOfMelding, B.adviesfunctie],
    },
    meldplichtigVolgensAfwegingskader: {
      soort: 'ja-nee',
      vraag: 'Zou de professional op grond van de Wet meldcode en zijn afwegingskader moeten melden?',
      toelichting: 'Alleen van belang als een professional contact opneemt.',
      bronnen: [B.adviesOfMelding],
    },
    inStaatTotHerstelVeiligheid: {
      soort: 'ja-nee',
      vraag: 'Is degene die contact opneemt in staat de stappen te zetten die nodig zijn voor directe en stabiele veiligheid?',
      bronnen: [B.adviesOfMelding],
    },
  },
  uitkomsten: {
    melding: { titel: 'Melding' },
    advies: { titel: 'Advies' },
  },
  kenmerken: {
    vtAdviseert: {
      melden: { titel: 'Veilig Thuis adviseert een melding' },
      'advies-volstaat': { titel: 'Een advies volstaat volgens Veilig Thuis' },
    },
  },
  kenmerkAlleenBij: { vtAdviseert: ['advies'] },
  extraVelden: ['vtAdviseert'],
  regels: [
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.melding',
      waarde: 'melding',
      als: alle(is('wens', 'melding'), is('viaChat', false), is('vermoedenHuiselijkGeweldOfKindermishandeling', W), is('melderMaaktZichBekend', W)),
      uitleg: MELDING,
      bronnen: [B.adviesOfMelding, B.meldingVoorwaarden],
      geldigVanaf: CHAT,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.melding-voor-de-chat',
      waarde: 'melding',
      als: alle(is('wens', 'melding'), is('vermoedenHuiselijkGeweldOfKindermishandeling', W), is('melderMaaktZichBekend', W)),
      uitleg: MELDING,
      bronnen: [B.adviesOfMelding, B.meldingVoorwaarden],
      geldigVanaf: HP_2019,
      geldigTot: '2020-05-31',
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.chat',
      waarde: 'advies',
      als: alle(is('viaChat', true)),
      uitleg: 'Het contact loopt via de chat van Veilig Thuis: chatgesprekken worden vastgelegd als advies.',
      bronnen: [B.chat],
      interpretatie:
        'De regionale tekst zegt dat de (landelijke) chatgesprekken worden weggeschreven als advies, en ook dat een melding altijd in ontvangst wordt genomen. Wij laten bij een chatcontact de chat voorgaan: het gesprek wordt een advies, ook als de chatter een melding wil doen.',
      geldigVanaf: CHAT,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.wens-advies',
      waarde: 'advies',
      als: alle(is('wens', 'advies')),
      uitleg: 'De wens van degene die contact opneemt is bepalend; die wil een advies, dus het contact is een advies.',
      bronnen: [B.adviesOfMelding, B.adviesfunctie],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.melder-anoniem',
      waarde: 'advies',
      als: alle(is('melderMaaktZichBekend', false)),
      uitleg:
        'De melder maakt zich niet met contactgegevens bekend bij Veilig Thuis; een melding is dan niet mogelijk, het contact kan alleen een (anoniem) advies zijn. Anonimiteit richting het huishouden is iets anders en mag bij een melding wel.',
      bronnen: [B.meldingVoorwaarden, B.adviesfunctie],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.geen-vermoeden',
      waarde: 'advies',
      als: alle(is('vermoedenHuiselijkGeweldOfKindermishandeling', false)),
      uitleg:
        'Het gaat niet om (een vermoeden van) huiselijk geweld of kindermishandeling; dat is geen melding in de zin van het Handelingsprotocol, dus het contact wordt als advies vastgelegd.',
      bronnen: [B.meldingVoorwaarden],
      interpretatie:
        'Het Handelingsprotocol zegt alleen dat zo’n contact geen melding is. Deze beslissing kent twee uitkomsten; wij leggen het contact vast als advies. (Politiemeldingen zonder huiselijk geweld of kindermishandeling hebben een eigen, regionale regel: zie de beslissing Zorgmelding van de politie.)',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.vt-adviseert-melden-meldplicht',
      kenmerk: 'vtAdviseert',
      waarde: 'melden',
      als: alle(is('contactpersoon', 'professional'), is('meldplichtigVolgensAfwegingskader', W)),
      uitleg: 'Veilig Thuis adviseert een melding: de professional zou op grond van de Wet meldcode en zijn afwegingskader moeten melden.',
      bronnen: [B.adviesOfMelding],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.vt-adviseert-melden-veiligheid',
      kenmerk: 'vtAdviseert',
      waarde: 'melden',
      als: alle(is('inStaatTotHerstelVeiligheid', false)),
      uitleg: 'Veilig Thuis adviseert een melding: degene die contact opneemt is niet in staat de stappen te zetten die nodig zijn voor herstel van directe en stabiele veiligheid.',
      bronnen: [B.adviesOfMelding],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'adviesOfMelding.vt-advies-volstaat',
      kenmerk: 'vtAdviseert',
      waarde: 'advies-volstaat',
      als: alle(
        is('inStaatTotHerstelVeiligheid', W),
        een(isEenVan('contactpersoon', ['burger', 'directbetrokkene']), is('meldplichtigVolgensAfwegingskader', false)),
      ),
      uitleg:
        'Een advies volstaat volgens Veilig Thuis: er is geen meldplicht volgens het afwegingskader (of het is geen professional) en degene die contact opneemt kan zelf de stappen zetten voor directe en stabiele veiligheid.',
      bronnen: [B.adviesOfMelding],
      interpretatie:
        'De bron geeft twee richtlijnen in vraagvorm en zegt niet met zoveel woorden wanneer een advies volstaat. Wij lezen: leidt geen van beide tot een meldadvies (geen meldplicht of geen professional, en de contactpersoon kan zelf de veiligheid herstellen), dan volstaat een advies.',
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    { ...registreerMelding, bij: ['melding'] },
    { ...veiligheidsbeoordeling, bij: ['melding'] },
    {
      soort: 'afsluiten-advies',
      bij: ['advies'],
      uitleg:
        'Veilig Thuis zegt bij het afsluiten dat het een adviesgesprek was, dat Veilig Thuis geen verdere actie onderneemt tot de adviesvrager opnieuw contact opneemt, en dat gegevens volgens een vast format worden vastgelegd op naam van de adviesvrager (is de adviesvrager een directbetrokkene, dan op diens naam, tenzij die daar geen toestemming voor geeft). De adviesvrager blijft zelf verantwoordelijk voor het zicht op de veiligheid.',
      bronnen: [B.adviesfunctie],
    },
  ],
});
