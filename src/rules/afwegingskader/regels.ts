/**
 * The Meldcode's afwegingskader (steps 4 and 5): five questions in a fixed order.
 *
 * Vraag 5 is answered later in time, after the help has run. The fact `hulpLeidtTotVeiligheid`
 * therefore has a third value, `null`: "not answered yet" — the function passes null when the
 * answer is absent (an app loading these rules into its own engine must do the same).
 */
import type { Bron } from '../../types/bron.js';
import { B, HP_2019 } from '../_lib/bronnen.js';
import type { Beslissingsdefinitie } from '../_lib/evaluatie.js';
import { alle, is, regel } from '../_lib/regel.js';

const bool = [true, false] as const;
const hulpPad = () => [is('vermoeden', true), is('acuteOfStructureleOnveiligheid', false), is('passendeHulpMogelijk', true), is('hulpGeaccepteerd', true)];

export interface Afwegingsvraag {
  id: 'vermoeden' | 'acuteOfStructureleOnveiligheid' | 'passendeHulpMogelijk' | 'hulpGeaccepteerd' | 'hulpLeidtTotVeiligheid';
  nummer: 1 | 2 | 3 | 4 | 5;
  /** The question as the source words it. */
  vraag: string;
  /** Short help text for a form. */
  toelichting: string;
  bronnen: Bron[];
}

/** The five afwegingsvragen, in the Meldcode's order, for a form to render. */
export const afwegingsvragen: readonly Afwegingsvraag[] = [
  {
    id: 'vermoeden', nummer: 1,
    vraag: 'Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?',
    toelichting: 'Na signalen in kaart brengen, collegiale consultatie en het gesprek met de betrokkenen. Nee: afsluiten en vastleggen. Deze vraag mag u met Veilig Thuis bespreken.',
    bronnen: [B.afwegingskader, B.meldcode],
  },
  {
    id: 'acuteOfStructureleOnveiligheid', nummer: 2,
    vraag: 'Is er sprake van (een vermoeden van) acute of structurele onveiligheid?',
    toelichting: 'Acuut: direct fysiek gevaar, veiligheid de komende uren of dagen niet gegarandeerd. Structureel: herhaald of voortdurend. Ja: melden, en vragen 3 tot en met 5 samen met Veilig Thuis beantwoorden.',
    bronnen: [B.afwegingskader, B.meldcode, B.begrippen],
  },
  {
    id: 'passendeHulpMogelijk', nummer: 3,
    vraag: 'Ben ik in staat passende hulp te bieden of organiseren?',
    toelichting: 'Nee: melden. Ja: door naar vraag 4.',
    bronnen: [B.afwegingskader, B.meldcode],
  },
  {
    id: 'hulpGeaccepteerd', nummer: 4,
    vraag: 'Werken de directbetrokkenen mee aan de geboden of georganiseerde hulp?',
    toelichting: 'Nee: melden. Ja: hulp bieden of organiseren en de effecten volgen.',
    bronnen: [B.afwegingskader, B.meldcode],
  },
  {
    id: 'hulpLeidtTotVeiligheid', nummer: 5,
    vraag: 'Leidt deze hulp tot stabiele veiligheid?',
    toelichting: 'Te beantwoorden nadat de hulp heeft gelopen. Nee: (opnieuw) melden. Ja: hulp afsluiten, met afspraken over het volgen van (on)veiligheid.',
    bronnen: [B.afwegingskader, B.meldcode],
  },
];

export const regels = [
  regel({
    regel: 'afwegingskader.afsluiten',
    waarde: 'afsluiten',
    prioriteit: 100,
    als: alle(is('vermoeden', false)),
    uitleg: 'Vraag 1: het vermoeden van huiselijk geweld of kindermishandeling blijft niet bestaan; afsluiten en vastleggen.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.melden-onveiligheid',
    waarde: 'melden',
    prioriteit: 90,
    als: alle(is('vermoeden', true), is('acuteOfStructureleOnveiligheid', true)),
    uitleg: 'Vraag 2: er is (een vermoeden van) acute of structurele onveiligheid; melden bij Veilig Thuis is dan altijd de norm. De vragen 3 tot en met 5 beantwoordt de professional samen met Veilig Thuis.',
    bronnen: [B.afwegingskader, B.meldcode],
    interpretatie: 'De regionale tekst zegt eens dat vragen 3 tot en met 5 "altijd" met Veilig Thuis worden beantwoord en eens "indien het antwoord op vraag 2 ja is"; wij volgen het tweede, dat overeenkomt met het landelijke afwegingskader.',
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.melden-geen-passende-hulp',
    waarde: 'melden',
    prioriteit: 80,
    als: alle(is('vermoeden', true), is('passendeHulpMogelijk', false)),
    uitleg: 'Vraag 3: de professional kan geen passende hulp bieden of organiseren; melden bij Veilig Thuis.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.melden-hulp-niet-geaccepteerd',
    waarde: 'melden',
    prioriteit: 70,
    als: alle(is('vermoeden', true), is('hulpGeaccepteerd', false)),
    uitleg: 'Vraag 4: de directbetrokkenen werken niet mee aan de geboden of georganiseerde hulp; melden bij Veilig Thuis.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.hulp-bieden',
    waarde: 'hulp-bieden',
    prioriteit: 60,
    als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', null)),
    uitleg: 'Vragen 1 tot en met 4: passende hulp is mogelijk en wordt geaccepteerd; hulp bieden of organiseren en de effecten volgen. Vraag 5 volgt als de hulp heeft gelopen.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.opnieuw-melden',
    waarde: 'opnieuw-melden',
    prioriteit: 50,
    als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', false)),
    uitleg: 'Vraag 5: de hulp leidt niet tot stabiele veiligheid; (opnieuw) melden bij Veilig Thuis.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
  regel({
    regel: 'afwegingskader.hulp-afsluiten',
    waarde: 'hulp-afsluiten',
    prioriteit: 40,
    als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', true)),
    uitleg: 'Vraag 5: de hulp leidt tot stabiele veiligheid; de hulp afsluiten, met afspraken over het volgen van toekomstige (on)veiligheid.',
    bronnen: [B.afwegingskader, B.meldcode],
    geldigVanaf: HP_2019,
  }),
];

export const definitie: Beslissingsdefinitie = {
  id: 'afwegingskader',
  versie: '1.0.0',
  regels,
  feiten: [
    { naam: 'vermoeden', domein: bool },
    { naam: 'acuteOfStructureleOnveiligheid', domein: bool },
    { naam: 'passendeHulpMogelijk', domein: bool },
    { naam: 'hulpGeaccepteerd', domein: bool },
    { naam: 'hulpLeidtTotVeiligheid', domein: [true, false, null] },
  ],
  kenmerken: { uitkomst: ['afsluiten', 'melden', 'hulp-bieden', 'opnieuw-melden', 'hulp-afsluiten'] },
};
