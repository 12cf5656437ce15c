/**
 * Advies of melding — the first contact with Veilig Thuis. Two parts are decided: the uitkomst
 * (is this contact a melding or an advies?) and VT's own advice on that choice (`vtAdviseert`).
 */
import { B, HP_2019 } from '../_lib/bronnen.js';
import type { Beslissingsdefinitie } from '../_lib/evaluatie.js';
import { alle, een, is, isEenVan, regel } from '../_lib/regel.js';

const W = true;
const bool = [true, false] as const;

export const regels = [
  regel({
    regel: 'adviesOfMelding.melding',
    waarde: 'melding',
    prioriteit: 100,
    als: alle(is('wens', 'melding'), is('vermoedenHuiselijkGeweldOfKindermishandeling', W), is('melderMaaktZichBekend', W)),
    uitleg:
      'De melder wil een melding doen, het gaat om (een vermoeden van) huiselijk geweld of kindermishandeling en de melder maakt zich met contactgegevens bekend bij Veilig Thuis: Veilig Thuis neemt de melding altijd in ontvangst en legt haar vast.',
    bronnen: [B.adviesOfMelding, B.meldingVoorwaarden],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.wens-advies',
    waarde: 'advies',
    prioriteit: 90,
    als: alle(is('wens', 'advies')),
    uitleg: 'De wens van degene die contact opneemt is bepalend; die wil een advies, dus het contact is een advies.',
    bronnen: [B.adviesOfMelding, B.adviesfunctie],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.melder-anoniem',
    waarde: 'advies',
    prioriteit: 80,
    als: alle(is('melderMaaktZichBekend', false)),
    uitleg:
      'De melder maakt zich niet met contactgegevens bekend bij Veilig Thuis; een melding is dan niet mogelijk, het contact kan alleen een (anoniem) advies zijn. Anonimiteit richting het huishouden is iets anders en mag bij een melding wel.',
    bronnen: [B.meldingVoorwaarden, B.adviesfunctie],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.geen-vermoeden',
    waarde: 'advies',
    prioriteit: 70,
    als: alle(is('vermoedenHuiselijkGeweldOfKindermishandeling', false)),
    uitleg:
      'Het gaat niet om (een vermoeden van) huiselijk geweld of kindermishandeling; dat is geen melding in de zin van het Handelingsprotocol, dus het contact wordt als advies vastgelegd.',
    bronnen: [B.meldingVoorwaarden],
    interpretatie:
      'Het Handelingsprotocol zegt alleen dat zo’n contact geen melding is. Deze beslissing kent twee uitkomsten; wij leggen het contact vast als advies. (Politiemeldingen zonder huiselijk geweld of kindermishandeling hebben een eigen, regionale regel: zie beslisPolitiemelding.)',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.vt-adviseert-melden-meldplicht',
    kenmerk: 'vtAdviseert',
    waarde: 'melden',
    prioriteit: 60,
    als: alle(is('contactpersoon', 'professional'), is('meldplichtigVolgensAfwegingskader', W)),
    uitleg: 'Veilig Thuis adviseert een melding: de professional zou op grond van de Wet meldcode en zijn afwegingskader moeten melden.',
    bronnen: [B.adviesOfMelding, B.hpAdvies],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.vt-adviseert-melden-veiligheid',
    kenmerk: 'vtAdviseert',
    waarde: 'melden',
    prioriteit: 50,
    als: alle(is('inStaatTotHerstelVeiligheid', false)),
    uitleg: 'Veilig Thuis adviseert een melding: degene die contact opneemt is niet in staat de stappen te zetten die nodig zijn voor herstel van directe en stabiele veiligheid.',
    bronnen: [B.adviesOfMelding, B.hpAdvies],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'adviesOfMelding.vt-advies-volstaat',
    kenmerk: 'vtAdviseert',
    waarde: 'advies-volstaat',
    prioriteit: 40,
    als: alle(
      is('inStaatTotHerstelVeiligheid', W),
      een(isEenVan('contactpersoon', ['burger', 'directbetrokkene']), is('meldplichtigVolgensAfwegingskader', false)),
    ),
    uitleg:
      'Een advies volstaat volgens Veilig Thuis: er is geen meldplicht volgens het afwegingskader (of het is geen professional) en degene die contact opneemt kan zelf de stappen zetten voor directe en stabiele veiligheid.',
    bronnen: [B.adviesOfMelding, B.hpAdvies],
    interpretatie:
      'De bron geeft twee richtlijnen in vraagvorm en zegt niet met zoveel woorden wanneer een advies volstaat. Wij lezen: leidt geen van beide tot een meldadvies (geen meldplicht of geen professional, en de contactpersoon kan zelf de veiligheid herstellen), dan volstaat een advies.',
    geldigVanaf: HP_2019,
  }),
];

export const definitie: Beslissingsdefinitie = {
  id: 'adviesOfMelding',
  versie: '1.0.0',
  regels,
  feiten: [
    { naam: 'wens', domein: ['advies', 'melding'] },
    { naam: 'vermoedenHuiselijkGeweldOfKindermishandeling', domein: bool },
    { naam: 'melderMaaktZichBekend', domein: bool },
    { naam: 'contactpersoon', domein: ['professional', 'burger', 'directbetrokkene'] },
    { naam: 'meldplichtigVolgensAfwegingskader', domein: bool },
    { naam: 'inStaatTotHerstelVeiligheid', domein: bool },
  ],
  kenmerken: { uitkomst: ['melding', 'advies'], vtAdviseert: ['melden', 'advies-volstaat'] },
};
