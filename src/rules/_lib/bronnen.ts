/** The sources the rules cite. Page numbers are the Handelingsprotocol's, as quoted by the regional text. */
import type { Bron } from '../../types/bron.js';
import { BRON_GZ } from '../../regios/index.js';

const gz = (vindplaats: string): Bron => ({ document: BRON_GZ, vindplaats });
const hp = (vindplaats: string): Bron => ({ document: 'Handelingsprotocol Veilig Thuis 2019', vindplaats });

export const B = {
  adviesOfMelding: gz('§3.1 "Besluit advies of melding" (Handelingsprotocol Veilig Thuis, pag. 18)'),
  meldingVoorwaarden: gz('§5 "Proces melding bij Veilig Thuis" (Handelingsprotocol Veilig Thuis, pag. 26-29)'),
  adviesfunctie: gz('§4.1 "Adviesvragen Veilig Thuis" (Handelingsprotocol Veilig Thuis, pag. 19-20)'),
  hpAdvies: hp('pag. 18'),
  ambtshalve: gz('§3.1, ambtshalve melding (Handelingsprotocol Veilig Thuis, pag. 18)'),
  vb: gz('§5.1 C en D (Handelingsprotocol Veilig Thuis, pag. 30-34)'),
  vbOverdracht: gz('§5.1 D, directe overdracht aan het lokale team'),
  betrokkenHulpverlener: gz('§5.1 D (Handelingsprotocol pag. 34)'),
  vv: gz('§6.1 "Voorwaarden & vervolg" (Handelingsprotocol Veilig Thuis, pag. 37-39)'),
  onderzoek: gz('§6.2 "Onderzoek" (Handelingsprotocol Veilig Thuis, pag. 40-44)'),
  beschermtafel: gz('§6.3 "Jeugdbeschermingstafel" (onderzoek door de Raad voor de Kinderbescherming)'),
  aefRaad: { document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.3, processtappen Veilig Thuis (melding bij de Raad voor de Kinderbescherming)' },
  begrippen: gz('bijlage 10, begrippenlijst'),
  spoed: gz('§5.1 B en §5.3 B (spoed en crisis: binnen kantooruren dezelfde dag, daarbuiten SEZ)'),
  informeren: gz('§5.1 D (de direct betrokkenen worden geïnformeerd; bij V&V en onderzoek altijd ook het lokale team)'),
  monitoring: gz('§7.1 "Monitoring op casusniveau", met voetnoten 12 en 13 (Handelingsprotocol Veilig Thuis, pag. 50-51)'),
  monitoring312: gz('§7.1 B ("monitort ten minste na 3 en 12 maanden")'),
  monitoringGi: gz('§7.1 D (geen monitoring na overdracht aan een gecertificeerde instelling)'),
  aefMonitoring: { document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.3 C (monitoring na 3 en 12 maanden)' },
  ouders: gz('§8.5 B en voetnoot 16 (in ieder geval beide ouders met gezag; een biologische vader die actief deel uitmaakt van de opvoeding ook)'),
  overdracht: gz('§8 "Overdracht casussen" (Handelingsprotocol Veilig Thuis, pag. 45-47)'),
  overdrachtVb: gz('§8.1 (schriftelijke, "koude" overdracht na de veiligheidsbeoordeling)'),
  overdrachtWarm: gz('§8.2 en §8.3 ("warme" overdracht na onderzoek en na voorwaarden en vervolg)'),
  afwegingskader: gz('§3 "Het eerste contact van de professional met Veilig Thuis", afwegingskader (Handelingsprotocol Veilig Thuis, pag. 18)'),
  meldcode: { document: 'Meldcode huiselijk geweld en kindermishandeling (2019), afwegingskader', vindplaats: 'stap 4 en 5, afwegingsvragen 1-5 en de meldnormen' },
  politie: gz('§5.1 "Zorgmeldingen politie" (werkwijze politiemeldingen per 1 juli 2019)'),
  politieVerward: gz('§5.1 (verwarde personen naar de afdeling Bijzondere Zorg van de GGD)'),
  politieFarent: gz('§5.1, voetnoot 4 (Maasdriel en Zaltbommel: verwarde personen naar Farent)'),
  politieOverig: gz('§5.1 ("Met ingang van 1 april 2021 …": overige zorgmeldingen, bewaartermijn 2 jaar)'),
  politieMook: gz('§5.2 "Zorgmeldingen politie Mook en Middelaar"'),
} as const satisfies Record<string, Bron>;

/** The Handelingsprotocol 2019 and the afwegingskader apply from 1 January 2019 (V&V is "vanaf 1 januari 2019 een nieuwe dienst", §6.1). */
export const HP_2019 = '2019-01-01';
