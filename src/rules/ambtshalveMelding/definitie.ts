/**
 * Ambtshalve melding: a professional asked VT for advice, VT advised a melding, the professional
 * decides not to melden (GZ §3.1: "Wanneer een professional besluit niet te melden terwijl Veilig
 * Thuis dit wel adviseert"), and VT decides whether to melden itself without his consent. Our
 * reading of the criteria: (C1 of C2) en C3 en C4. While the opschaling (C3) has no outcome yet, the
 * Besluit is onvolledig and says what to do meanwhile.
 */
import { registreerMelding, veiligheidsbeoordeling } from '../_lib/acties.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer } from '../_lib/definitie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

export const ambtshalveMelding = /* @__PURE__ */ definieer({
  id: 'ambtshalveMelding',
  titel: 'Ambtshalve melding',
  versie: '1.0.0',
  feiten: {
    adviesvragerIsProfessional: {
      soort: 'ja-nee',
      vraag: 'Is de adviesvrager een professional?',
      toelichting: 'De bron beschrijft de ambtshalve melding voor een professional die besluit niet te melden terwijl Veilig Thuis dat adviseert.',
      bronnen: [B.ambtshalve],
    },
    vtAdviseertMelden: {
      soort: 'ja-nee',
      vraag: 'Heeft Veilig Thuis de adviesvrager geadviseerd een melding te doen?',
      bronnen: [B.ambtshalve],
    },
    adviesvragerMeldtZelf: {
      soort: 'ja-nee',
      vraag: 'Doet de adviesvrager zelf de melding?',
      bronnen: [B.ambtshalve],
    },
    risicoHoogEnAcuut: {
      soort: 'ja-nee',
      vraag: 'Is het veiligheidsrisico voor de directbetrokkene of anderen hoog en acuut?',
      bronnen: [B.ambtshalve],
    },
    veiligheidNietTeVergroten: {
      soort: 'ja-nee',
      vraag: 'Lukt het de adviesvrager, ook met steun van Veilig Thuis, níet om de veiligheid van de directbetrokkenen voldoende te vergroten (kan of wil hij het niet)?',
      bronnen: [B.ambtshalve],
    },
    geenOvereenstemmingNaOpschaling: {
      soort: 'ja-nee',
      vraag: 'Is na opschaling tussen Veilig Thuis en de adviesvrager geen overeenstemming bereikt over het doen van een melding?',
      bronnen: [B.ambtshalve],
    },
    persoonsgegevensBekend: {
      soort: 'ja-nee',
      vraag: 'Beschikt Veilig Thuis over de persoonsgegevens van de directbetrokkenen?',
      bronnen: [B.ambtshalve],
    },
  },
  uitkomsten: {
    'ambtshalve-melding': { titel: 'Ambtshalve melding' },
    'geen-ambtshalve-melding': { titel: 'Geen ambtshalve melding' },
  },
  regels: [
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.ambtshalve-melding',
      waarde: 'ambtshalve-melding',
      als: alle(
        is('adviesvragerIsProfessional', true),
        is('vtAdviseertMelden', true),
        is('adviesvragerMeldtZelf', false),
        een(is('risicoHoogEnAcuut', true), is('veiligheidNietTeVergroten', true)),
        is('geenOvereenstemmingNaOpschaling', true),
        is('persoonsgegevensBekend', true),
      ),
      uitleg:
        'Veilig Thuis adviseerde de professional een melding en die meldt niet zelf; het risico is hoog en acuut of de adviesvrager kan of wil de veiligheid ook met steun van Veilig Thuis niet voldoende vergroten; na opschaling is geen overeenstemming bereikt; en Veilig Thuis heeft de persoonsgegevens van de directbetrokkenen: Veilig Thuis doet een ambtshalve melding.',
      bronnen: [B.ambtshalve],
      interpretatie:
        'De bron noemt vier criteria, het eerste met "en/of". Wij lezen: (hoog en acuut risico OF veiligheid niet te vergroten) EN geen overeenstemming na opschaling EN persoonsgegevens bekend — en alleen als Veilig Thuis een professional een melding adviseerde en die niet meldt. Een regio kan deze regel als data vervangen.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.geen-professional',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('adviesvragerIsProfessional', false)),
      uitleg: 'De adviesvrager is geen professional; de ambtshalve melding is beschreven voor een professional die besluit niet te melden terwijl Veilig Thuis dat adviseert.',
      bronnen: [B.ambtshalve],
      interpretatie:
        'De bron noemt de ambtshalve melding alleen voor een professional die niet meldt; voor een burger of directbetrokkene die geen melding wil doen, beschrijft zij haar niet. Wij lezen dat als: dan geen ambtshalve melding op deze grond.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.geen-meldadvies',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('vtAdviseertMelden', false)),
      uitleg: 'Veilig Thuis heeft geen melding geadviseerd; een ambtshalve melding is alleen aan de orde als de adviesvrager een meldadvies niet opvolgt.',
      bronnen: [B.ambtshalve],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.adviesvrager-meldt-zelf',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('adviesvragerMeldtZelf', true)),
      uitleg: 'De adviesvrager doet zelf de melding; Veilig Thuis hoeft niet ambtshalve te melden.',
      bronnen: [B.ambtshalve],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.geen-persoonsgegevens',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('persoonsgegevensBekend', false)),
      uitleg: 'Veilig Thuis beschikt niet over de persoonsgegevens van de directbetrokkenen; over een huishouden dat niet te identificeren is kan geen melding worden gedaan.',
      bronnen: [B.ambtshalve],
      interpretatie: 'Wij lezen het criterium "Veilig Thuis beschikt over persoonsgegevens van de directbetrokkenen" als harde voorwaarde.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.overeenstemming-bereikt',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('geenOvereenstemmingNaOpschaling', false)),
      uitleg: 'Na opschaling tussen Veilig Thuis en de adviesvrager is wel overeenstemming bereikt over het doen van een melding; een ambtshalve melding is niet nodig.',
      bronnen: [B.ambtshalve],
      interpretatie: 'Wij lezen "geen overeenstemming na opschaling" als voorwaarde die altijd moet gelden (de "en/of" in de bron staat alleen bij het eerste criterium).',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'ambtshalveMelding.risico-beheersbaar',
      waarde: 'geen-ambtshalve-melding',
      als: alle(is('risicoHoogEnAcuut', false), is('veiligheidNietTeVergroten', false)),
      uitleg: 'Het risico is niet hoog en acuut en de adviesvrager kan (met steun van Veilig Thuis) de veiligheid voldoende vergroten; er is geen grond voor een ambtshalve melding.',
      bronnen: [B.ambtshalve],
      interpretatie: 'Wij lezen de eerste twee criteria ("hoog en acuut" en/of "niet te vergroten") als alternatieven: als geen van beide geldt, is er geen ambtshalve melding.',
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    {
      ...registreerMelding,
      bij: ['ambtshalve-melding'],
      uitleg: 'Veilig Thuis legt de ambtshalve melding vast en handelt haar af als melding, zonder toestemming van de adviesvrager.',
      bronnen: [B.ambtshalve, B.meldingVoorwaarden],
    },
    { ...veiligheidsbeoordeling, bij: ['ambtshalve-melding'] },
    {
      soort: 'opschalen',
      alVoorBesluit: true,
      als: { vtAdviseertMelden: true, adviesvragerMeldtZelf: false },
      uitleg:
        'Over de ambtshalve melding is nog niet beslist. Tot dan blijft de adviesvrager zelf verantwoordelijk voor het zicht op de veiligheid. Is het veiligheidsrisico hoog en acuut of lukt het de adviesvrager niet de veiligheid te vergroten, dan schaalt Veilig Thuis op met de adviesvrager over het doen van een melding; blijft overeenstemming uit en heeft Veilig Thuis de persoonsgegevens van de directbetrokkenen, dan doet Veilig Thuis een ambtshalve melding. De bron noemt voor de opschaling geen termijn.',
      bronnen: [B.ambtshalve, B.adviesvragerVerantwoordelijk],
    },
  ],
});
