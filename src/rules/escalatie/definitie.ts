/**
 * Het escalatiemodel — a regional agreement (Samenwerkingsafspraken Gelderland-Zuid §8.6 and
 * bijlage 4 "Escalatiemodel"). What to do when the samenwerking between Veilig Thuis and the
 * sociaal wijkteam around a casus stagnates (bijlage 4 §1):
 *   - the criteria to escalate (§3): the veiligheid of a persoon/systeem is in gevaar, or the
 *     afspraken of the Samenwerkingsafspraken are not kept in a concrete casus — one suffices;
 *   - three routes, in order (§8.6 a-c, §4): overleg op managementniveau, ambtelijke escalatie,
 *     bestuurlijke escalatie; each ends in uitkomst I (a solution) or II (on to the next route;
 *     after the bestuurlijke escalatie the wethouder decides the next step);
 *   - escalation of a structural problem in the keten (§5), with its own uitkomst I and II
 *     (uitkomst II: agenda of the next Algemeen Bestuur).
 * A form walks it: is it a casus or a structural problem, does a criterion hold, and what did each
 * route give so far. The uitkomst is where the escalation stands: the route to take now, or how it
 * ended. Bijlage 4 numbers the routes "a, a, b"; §8.6 numbers them a, b, c: we follow §8.6.
 *
 * The text gives no terms (no route has a deadline, only "het eerstvolgende AB") and no date from
 * which the escalatiemodel applies: see AFSPRAKEN.
 */
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer } from '../_lib/definitie.js';
import { alle, een, is, regel } from '../_lib/regel.js';

const GZ = 'gelderland-zuid';
/**
 * The text names no start date. Like every Gelderland-Zuid agreement without a date of its own, the
 * rules apply from the start of the Handelingsprotocol 2019 (an interpretatie, documented in the
 * README): the agreements of 2017 already had an escalatiemodel (bijlage 4 refers to them).
 */
const AFSPRAKEN = HP_2019;

/** The answers to "what did this route give": not (yet) done, uitkomst I, uitkomst II. */
const resultaat = (nogNiet: string, opgelost: string, nietOpgelost: string) =>
  [
    { waarde: 'nog-niet-gevoerd', label: nogNiet },
    { waarde: 'opgelost', label: opgelost },
    { waarde: 'niet-opgelost', label: nietOpgelost },
  ] as const;

const casus = () => is('betreft', 'casus');
/** Bijlage 4 §3: "een combinatie van onderstaande criteria, of één van de criteria". */
const criterium = () => een(is('veiligheidInGevaar', true), is('afsprakenNietNagekomen', true));
const managementNietOpgelost = () => is('resultaatManagementoverleg', 'niet-opgelost');
const ambtelijkNietOpgelost = () => is('resultaatAmbtelijkeEscalatie', 'niet-opgelost');
const structureel = () => is('betreft', 'structureel-probleem');

const CASUS_UITKOMSTEN = ['managementoverleg', 'ambtelijke-escalatie', 'bestuurlijke-escalatie', 'opgelost', 'wethouder-bepaalt'] as const;

export const escalatie = /* @__PURE__ */ definieer({
  id: 'escalatie',
  titel: 'Escalatiemodel',
  versie: '1.0.0',
  regioVerplicht: true,
  feiten: {
    betreft: {
      soort: 'keuze',
      vraag: 'Gaat de escalatie over een concrete casus of over een structureel probleem in de keten?',
      toelichting:
        'Een structureel probleem blijkt bijvoorbeeld uit herhaaldelijke escalatie van casussen, uit een overdracht naar het sociaal wijkteam die in een gemeente niet goed verloopt, uit wachtlijsten bij een aanbieder, of uit signalen van medewerkers over knelpunten.',
      opties: [
        { waarde: 'casus', label: 'Een concrete casus (escalatie op casuïstiek-niveau)' },
        { waarde: 'structureel-probleem', label: 'Een structureel probleem in de keten' },
      ],
      bronnen: [B.escalatieRoutes, B.escalatieStructureel],
    },
    veiligheidInGevaar: {
      soort: 'ja-nee',
      vraag: 'Is de veiligheid van een persoon of systeem in gevaar?',
      toelichting:
        'Criterium om te escaleren in een casus waarin de samenwerking tussen Veilig Thuis en het sociaal wijkteam vastloopt. Eén criterium volstaat.',
      bronnen: [B.escalatieCriteria, B.escalatie],
    },
    afsprakenNietNagekomen: {
      soort: 'ja-nee',
      vraag: 'Worden in deze casus de afspraken uit de Samenwerkingsafspraken niet nagekomen?',
      toelichting: 'Criterium om te escaleren. Eén criterium volstaat.',
      bronnen: [B.escalatieCriteria],
    },
    resultaatManagementoverleg: {
      soort: 'keuze',
      vraag: 'Wat heeft het overleg op managementniveau (teamleider Veilig Thuis en coördinator sociaal wijkteam) opgeleverd?',
      toelichting: 'De eerste route.',
      opties: resultaat('Het overleg is nog niet gevoerd of nog niet afgerond', 'Een afdoende resultaat: er is een oplossing gevonden', 'Geen afdoende resultaat'),
      bronnen: [B.escalatieManagement],
    },
    resultaatAmbtelijkeEscalatie: {
      soort: 'keuze',
      vraag: 'Wat heeft de ambtelijke escalatie (met de beleidsmedewerker van de gemeente) opgeleverd?',
      toelichting: 'De tweede route.',
      opties: resultaat('De ambtelijke escalatie is nog niet gevoerd of nog niet afgerond', 'Uitkomst I: er is een oplossing gevonden', 'Uitkomst II: er is geen oplossing gevonden'),
      bronnen: [B.escalatieAmbtelijk],
    },
    resultaatBestuurlijkeEscalatie: {
      soort: 'keuze',
      vraag: 'Wat heeft de bestuurlijke escalatie (directeur Veilig Thuis en wethouder) opgeleverd?',
      toelichting: 'De derde route.',
      opties: resultaat('De bestuurlijke escalatie is nog niet gevoerd of nog niet afgerond', 'Uitkomst I: er is een oplossing gevonden', 'Uitkomst II: er is geen oplossing gevonden'),
      bronnen: [B.escalatieBestuurlijk],
    },
    resultaatStructureleEscalatie: {
      soort: 'keuze',
      vraag: 'Wat heeft de escalatie van het structurele probleem (door de directeur van Veilig Thuis) opgeleverd?',
      opties: resultaat('De escalatie is nog niet gevoerd of nog niet afgerond', 'Uitkomst I: er is een oplossing gevonden', 'Uitkomst II: er is geen oplossing gevonden'),
      bronnen: [B.escalatieStructureel],
    },
  },
  uitkomsten: {
    'geen-escalatie': { titel: 'Geen escalatie' },
    managementoverleg: { titel: 'Overleg op managementniveau (eerste route)' },
    'ambtelijke-escalatie': { titel: 'Ambtelijke escalatie (tweede route)' },
    'bestuurlijke-escalatie': { titel: 'Bestuurlijke escalatie (derde route)' },
    opgelost: { titel: 'Opgelost: er is een oplossing gevonden' },
    'wethouder-bepaalt': { titel: 'De wethouder bepaalt de vervolgstap' },
    'structurele-escalatie': { titel: 'Escalatie van een structureel probleem' },
    'agendering-algemeen-bestuur': { titel: 'Agenderen in het eerstvolgende Algemeen Bestuur' },
  },
  regels: [
    /* @__PURE__ */ regel({
      regel: 'escalatie.geen-escalatie',
      waarde: 'geen-escalatie',
      als: alle(casus(), is('veiligheidInGevaar', false), is('afsprakenNietNagekomen', false)),
      uitleg:
        'Geen van de criteria om te escaleren geldt: de veiligheid van een persoon of systeem is niet in gevaar en de afspraken uit de Samenwerkingsafspraken worden nagekomen.',
      bronnen: [B.escalatieCriteria],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.managementoverleg',
      waarde: 'managementoverleg',
      als: alle(casus(), criterium(), is('resultaatManagementoverleg', 'nog-niet-gevoerd')),
      uitleg:
        'De veiligheid van een persoon of systeem is in gevaar of de afspraken uit de Samenwerkingsafspraken worden niet nagekomen (één criterium volstaat): de eerste route is overleg op managementniveau tussen de teamleider van Veilig Thuis en de coördinator van het betreffende sociaal wijkteam.',
      bronnen: [B.escalatieCriteria, B.escalatieManagement],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.opgelost-managementoverleg',
      waarde: 'opgelost',
      als: alle(casus(), criterium(), is('resultaatManagementoverleg', 'opgelost')),
      uitleg: 'Het overleg op managementniveau heeft een afdoende resultaat opgeleverd: er is een oplossing gevonden en verder escaleren is niet nodig.',
      bronnen: [B.escalatieManagement],
      interpretatie:
        'Bij de eerste route noemt de bijlage geen uitkomst I en II, alleen "Als dit overleg geen afdoende resultaat oplevert wordt geëscaleerd volgens route b"; wij lezen een afdoende resultaat als uitkomst I van de andere routes: er is een oplossing gevonden.',
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.ambtelijke-escalatie',
      waarde: 'ambtelijke-escalatie',
      als: alle(casus(), criterium(), managementNietOpgelost(), is('resultaatAmbtelijkeEscalatie', 'nog-niet-gevoerd')),
      uitleg:
        'Het overleg op managementniveau heeft geen afdoende resultaat opgeleverd: de tweede route is de ambtelijke escalatie, waarin met de beleidsmedewerker van de betreffende gemeente de situatie wordt besproken en wordt bepaald wat er moet gebeuren.',
      bronnen: [B.escalatieManagement, B.escalatieAmbtelijk],
      interpretatie:
        'De bijlage zegt "geëscaleerd volgens route b (en eventueel route c)"; wij lezen dat de ambtelijke escalatie altijd eerst komt en de bestuurlijke escalatie pas volgt als de ambtelijke geen oplossing geeft (uitkomst II van de tweede route), in de volgorde van §8.6.',
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.opgelost-ambtelijk',
      waarde: 'opgelost',
      als: alle(casus(), criterium(), managementNietOpgelost(), is('resultaatAmbtelijkeEscalatie', 'opgelost')),
      uitleg: 'De ambtelijke escalatie heeft een oplossing opgeleverd (uitkomst I).',
      bronnen: [B.escalatieAmbtelijk],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.bestuurlijke-escalatie',
      waarde: 'bestuurlijke-escalatie',
      als: alle(casus(), criterium(), managementNietOpgelost(), ambtelijkNietOpgelost(), is('resultaatBestuurlijkeEscalatie', 'nog-niet-gevoerd')),
      uitleg:
        'De ambtelijke escalatie heeft geen oplossing opgeleverd (uitkomst II): er wordt bestuurlijk geëscaleerd; de directeur van Veilig Thuis bespreekt de situatie met de aangewezen wethouder van de betreffende gemeente en zij bepalen wat er moet gebeuren.',
      bronnen: [B.escalatieAmbtelijk, B.escalatieBestuurlijk],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.opgelost-bestuurlijk',
      waarde: 'opgelost',
      als: alle(casus(), criterium(), managementNietOpgelost(), ambtelijkNietOpgelost(), is('resultaatBestuurlijkeEscalatie', 'opgelost')),
      uitleg: 'De bestuurlijke escalatie heeft een oplossing opgeleverd (uitkomst I).',
      bronnen: [B.escalatieBestuurlijk],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.wethouder-bepaalt',
      waarde: 'wethouder-bepaalt',
      als: alle(casus(), criterium(), managementNietOpgelost(), ambtelijkNietOpgelost(), is('resultaatBestuurlijkeEscalatie', 'niet-opgelost')),
      uitleg:
        'Ook de bestuurlijke escalatie heeft geen oplossing opgeleverd (uitkomst II): de wethouder bepaalt, in overleg met de betrokkenen, wat de vervolgstap moet zijn.',
      bronnen: [B.escalatieBestuurlijk],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.structurele-escalatie',
      waarde: 'structurele-escalatie',
      als: alle(structureel(), is('resultaatStructureleEscalatie', 'nog-niet-gevoerd')),
      uitleg:
        'Er is een structureel probleem in de keten: de directeur van Veilig Thuis stemt de escalatie goed af met de manager van het sociaal wijkteam en de betrokken beleidsmedewerker, en bespreekt de situatie zo nodig met de betreffende wethouder.',
      bronnen: [B.escalatieStructureel],
      interpretatie:
        'Bijlage 4 §5 geeft voor een structureel probleem geen criteria zoals §3, alleen aanleidingen (herhaaldelijke escalatie van casussen, signalen van medewerkers over knelpunten); het oordeel dat er een structureel probleem is laten wij aan wie het feit "betreft" invult, en de criteria van §3, die over casuïstiek gaan, vragen wij daarbij niet.',
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.opgelost-structureel',
      waarde: 'opgelost',
      als: alle(structureel(), is('resultaatStructureleEscalatie', 'opgelost')),
      uitleg: 'De escalatie van het structurele probleem heeft een oplossing opgeleverd (uitkomst I).',
      bronnen: [B.escalatieStructureel],
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
    /* @__PURE__ */ regel({
      regel: 'escalatie.agendering-algemeen-bestuur',
      waarde: 'agendering-algemeen-bestuur',
      als: alle(structureel(), is('resultaatStructureleEscalatie', 'niet-opgelost')),
      uitleg:
        'De escalatie van het structurele probleem heeft geen oplossing opgeleverd (uitkomst II): het probleem wordt geagendeerd in het eerstvolgende Algemeen Bestuur, in overleg met de betrokken wethouder van de gemeente.',
      bronnen: [B.escalatieStructureel],
      interpretatie:
        'De bijlage schrijft "het eerstvolgende AB"; wij lezen AB als het Algemeen Bestuur van de GGD, dat volgens §11 de samenwerkingsafspraken vaststelt (de bijlage schrijft de afkorting niet voluit).',
      geldigVanaf: AFSPRAKEN,
      regio: GZ,
    }),
  ],
  // No route has a term in the text: the acties name who, with whom and in what form, no deadline.
  acties: [
    {
      soort: 'managementoverleg',
      bij: ['managementoverleg'],
      details: {
        door: ['de teamleider van Veilig Thuis', 'de coördinator van het betreffende sociaal wijkteam'],
        met: ['de betreffende medewerker van Veilig Thuis', 'de betreffende medewerker van het sociaal wijkteam'],
        vorm: 'overleg',
      },
      uitleg:
        'De teamleider van Veilig Thuis en de coördinator van het betreffende sociaal wijkteam bespreken de situatie, samen met de betreffende medewerker van Veilig Thuis en van het sociaal wijkteam.',
      bronnen: [B.escalatieManagement],
    },
    {
      soort: 'ambtelijke-escalatie',
      bij: ['ambtelijke-escalatie'],
      details: {
        met: 'de beleidsmedewerker van de betreffende gemeente',
        deelnemers: ['de betrokken medewerkers van Veilig Thuis', 'de betrokken medewerkers van het sociaal wijkteam', 'de betrokken beleidsmedewerker van de gemeente'],
        vorm: 'gesprek',
      },
      uitleg:
        'Met de beleidsmedewerker van de betreffende gemeente wordt de situatie besproken en wordt bepaald wat er moet gebeuren; in de meeste gevallen is dat een gesprek met de betrokken medewerkers van Veilig Thuis, het sociaal wijkteam en de beleidsmedewerker van de gemeente.',
      bronnen: [B.escalatieAmbtelijk],
    },
    {
      soort: 'informeer-wethouder',
      bij: ['ambtelijke-escalatie'],
      details: { door: 'de beleidsmedewerker van de gemeente', aan: 'zijn of haar eigen wethouder' },
      uitleg: 'Vervolgens informeert de beleidsmedewerker van de gemeente zijn of haar eigen wethouder.',
      bronnen: [B.escalatieAmbtelijk],
    },
    {
      soort: 'bestuurlijke-escalatie',
      bij: ['bestuurlijke-escalatie'],
      details: { door: 'de directeur van Veilig Thuis', met: 'de aangewezen wethouder van de betreffende gemeente', vorm: 'bespreking' },
      uitleg: 'De directeur van Veilig Thuis bespreekt de situatie met de aangewezen wethouder van de betreffende gemeente; zij bepalen wat er moet gebeuren.',
      bronnen: [B.escalatieBestuurlijk],
    },
    {
      soort: 'vervolgstap-wethouder',
      bij: ['wethouder-bepaalt'],
      details: { door: 'de wethouder', inOverlegMet: 'de betrokkenen' },
      uitleg: 'De wethouder bepaalt, in overleg met de betrokkenen, wat de vervolgstap moet zijn.',
      bronnen: [B.escalatieBestuurlijk],
    },
    {
      soort: 'afstemming-structureel-probleem',
      bij: ['structurele-escalatie'],
      details: { door: 'de directeur van Veilig Thuis', met: ['de manager van het sociaal wijkteam', 'de betrokken beleidsmedewerker'] },
      uitleg:
        'De directeur van Veilig Thuis stemt de escalatie goed af met de manager van het sociaal wijkteam en de betrokken beleidsmedewerker; het knelpunt wordt zoveel mogelijk verduidelijkt met concrete voorbeelden.',
      bronnen: [B.escalatieStructureel],
    },
    {
      soort: 'bespreek-met-wethouder',
      bij: ['structurele-escalatie'],
      details: { door: 'de directeur van Veilig Thuis', met: 'de betreffende wethouder', indienNodig: true },
      uitleg: 'Vervolgens bespreekt de directeur van Veilig Thuis de situatie indien nodig met de betreffende wethouder.',
      bronnen: [B.escalatieStructureel],
    },
    {
      soort: 'agenderen-algemeen-bestuur',
      bij: ['agendering-algemeen-bestuur'],
      details: { wanneer: 'het eerstvolgende Algemeen Bestuur', inOverlegMet: 'de betrokken wethouder van de gemeente' },
      uitleg: 'Het probleem wordt geagendeerd in het eerstvolgende Algemeen Bestuur (AB), in overleg met de betrokken wethouder van de gemeente.',
      bronnen: [B.escalatieStructureel],
    },
    {
      soort: 'zicht-op-escalaties',
      bij: CASUS_UITKOMSTEN,
      als: { betreft: 'casus' },
      details: {
        door: 'Veilig Thuis',
        samenMet: ['de regionaal projectleider HGKM', 'de beleidsadviseur Veilig Thuis van de centrumgemeente Nijmegen'],
        besprokenIn: 'de werkgroep Samenwerkingsafspraken, jaarlijks',
      },
      uitleg:
        'Veilig Thuis houdt, samen met de regionaal projectleider HGKM en de beleidsadviseur Veilig Thuis van de centrumgemeente Nijmegen, zicht op de escalatie, bewaakt de opvolging en schat in of er gevolgen zijn voor de Samenwerkingsafspraken; de escalaties worden jaarlijks besproken in de werkgroep Samenwerkingsafspraken.',
      bronnen: [B.escalatieZicht],
    },
  ],
});
