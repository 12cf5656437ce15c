/**
 * Police zorgmeldingen — a regional agreement (Gelderland-Zuid §5.1, §5.2, fn 4). The rules carry
 * `regio: 'gelderland-zuid'`; the werkwijze politiemeldingen applies from 1 July 2019, the rule for
 * "overige zorgmeldingen" from 1 April 2021. The date that selects the rules is the day the report
 * was received (`ontvangen`), else `opties.peildatum`, else today.
 */
import { regios } from '../../regios/index.js';
import { B } from '../_lib/bronnen.js';
import type { Beslissingsdefinitie } from '../_lib/evaluatie.js';
import { alle, is, isEenVan, regel } from '../_lib/regel.js';

const GZ = 'gelderland-zuid';
const WERKWIJZE = '2019-07-01';
const OVERIGE_ZORGMELDINGEN = '2021-04-01';
const bool = [true, false] as const;
const FARENT = ['Maasdriel', 'Zaltbommel'];
const gemeentenGz = regios[GZ]!.gemeenten;

export const regels = [
  regel({
    regel: 'politiemelding.verward-persoon',
    waarde: 'bijzondere-zorg',
    prioriteit: 100,
    als: alle(is('betreftVerwardPersoon', true), isEenVan('gemeente', gemeentenGz.filter((g) => !FARENT.includes(g)))),
    uitleg: 'De politiemelding gaat over een verward persoon: zij wordt direct doorgezet naar de afdeling Bijzondere Zorg van de GGD; het is geen melding bij Veilig Thuis.',
    bronnen: [B.politieVerward],
    interpretatie: 'De bron maakt geen uitzondering voor een melding over een verward persoon waarin ook huiselijk geweld of kindermishandeling speelt; wij volgen de letterlijke tekst: direct doorzetten.',
    geldigVanaf: WERKWIJZE,
    regio: GZ,
    extra: { veiligheidsbeoordeling: false },
  }),
  regel({
    regel: 'politiemelding.verward-persoon-farent',
    waarde: 'farent',
    prioriteit: 95,
    als: alle(is('betreftVerwardPersoon', true), isEenVan('gemeente', FARENT)),
    uitleg: 'De politiemelding gaat over een verward persoon in Maasdriel of Zaltbommel: zij wordt direct doorgezet naar Farent; het is geen melding bij Veilig Thuis.',
    bronnen: [B.politieFarent],
    interpretatie: 'Zoals bij verwarde personen elders in de regio: ook als huiselijk geweld of kindermishandeling speelt, volgen wij de letterlijke tekst (direct doorzetten).',
    geldigVanaf: WERKWIJZE,
    regio: GZ,
    extra: { veiligheidsbeoordeling: false },
  }),
  regel({
    regel: 'politiemelding.huiselijk-geweld-of-kindermishandeling',
    waarde: 'melding',
    prioriteit: 90,
    als: alle(is('betreftVerwardPersoon', false), is('betreftHuiselijkGeweldOfKindermishandeling', true)),
    uitleg: 'De politiemelding gaat over huiselijk geweld of kindermishandeling: Veilig Thuis verrijkt haar bij de partners en voert binnen 5 werkdagen een veiligheidsbeoordeling uit.',
    bronnen: [B.politie, B.vb],
    geldigVanaf: WERKWIJZE,
    regio: GZ,
    extra: { veiligheidsbeoordeling: true },
  }),
  regel({
    regel: 'politiemelding.overige-zorgmelding',
    waarde: 'overige-zorgmelding',
    prioriteit: 80,
    als: alle(is('betreftVerwardPersoon', false), is('betreftHuiselijkGeweldOfKindermishandeling', false)),
    uitleg:
      'Een overige zorgmelding (geen huiselijk geweld of kindermishandeling, bijvoorbeeld diefstal door een minderjarige of een burenruzie): Veilig Thuis verrijkt alleen intern, zet na een check bij de direct betrokkenen door naar het wijkteam en informeert de politie; geen veiligheidsbeoordeling, geen dossier; vastgelegd als advies met een bewaartermijn van 2 jaar.',
    bronnen: [B.politieOverig],
    geldigVanaf: OVERIGE_ZORGMELDINGEN,
    regio: GZ,
    extra: { veiligheidsbeoordeling: false },
  }),
  regel({
    regel: 'politiemelding.zorgmelding-voor-april-2021',
    waarde: 'melding',
    prioriteit: 80,
    als: alle(is('betreftVerwardPersoon', false)),
    uitleg: 'Vóór 1 april 2021 gold de afspraak over overige zorgmeldingen nog niet: Veilig Thuis handelde elke politiemelding die niet over een verward persoon ging af als melding, met een veiligheidsbeoordeling.',
    bronnen: [B.politie, B.politieOverig],
    interpretatie: 'De bron beschrijft alleen de werkwijze "met ingang van 1 april 2021"; wij lezen dat zulke meldingen daarvoor als gewone melding werden afgehandeld.',
    geldigVanaf: WERKWIJZE,
    geldigTot: '2021-03-31',
    regio: GZ,
    extra: { veiligheidsbeoordeling: true },
  }),
];

export const definitie: Beslissingsdefinitie = {
  id: 'politiemelding',
  versie: '1.0.0',
  regels,
  feiten: [
    { naam: 'betreftVerwardPersoon', domein: bool },
    { naam: 'betreftHuiselijkGeweldOfKindermishandeling', domein: bool },
    { naam: 'gemeente', domein: gemeentenGz },
  ],
  kenmerken: { uitkomst: ['melding', 'overige-zorgmelding', 'bijzondere-zorg', 'farent'] },
};
