/**
 * The Meldcode's afwegingskader (steps 4 and 5): five questions in a fixed order.
 *
 * Vraag 5 is answered later in time, after the help has run: while it has no answer the rules read
 * `hulpLeidtTotVeiligheid` as `null` ("not answered yet"), so it never makes the Besluit
 * onvolledig (an app loading these rules into its own engine must pass null the same way).
 */
import { B, HP_2019 } from '../_lib/bronnen.js';
import { definieer, type Berekening } from '../_lib/definitie.js';
import { alle, is, regel } from '../_lib/regel.js';

const hulpPad = () => [is('vermoeden', true), is('acuteOfStructureleOnveiligheid', false), is('passendeHulpMogelijk', true), is('hulpGeaccepteerd', true)];
const MET_VEILIG_THUIS = ['passendeHulpMogelijk', 'hulpGeaccepteerd', 'hulpLeidtTotVeiligheid'] as const;

/**
 * `samenMetVeiligThuis`: vragen 3-5 are answered together with Veilig Thuis when vraag 2 is 'ja'
 * (GZ §3; HP pag. 18). `volgendeVraag`: after hulp bieden vraag 5; with Veilig Thuis the first of
 * vragen 3-5 not yet answered. With melden and vraag 2 still open, vraag 2 is still needed for
 * `samenMetVeiligThuis`.
 */
const vervolgvraag: Berekening<{ samenMetVeiligThuis: boolean; volgendeVraag?: string }> = (c) => {
  const samenMetVeiligThuis = c.invoer['acuteOfStructureleOnveiligheid'] === true;
  const velden: { samenMetVeiligThuis: boolean; volgendeVraag?: string } = { samenMetVeiligThuis };
  if (c.uitkomst === 'hulp-bieden') velden.volgendeVraag = 'hulpLeidtTotVeiligheid';
  if (samenMetVeiligThuis) {
    const open = MET_VEILIG_THUIS.find((v) => c.invoer[v] === undefined);
    if (open) velden.volgendeVraag = open;
  }
  const melden =
    c.uitkomst === 'melden' ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: opnieuw-melden is settled only with vraag 2 answered (nee: its rule follows the hulp path), so for it the check below never finds vraag 2 open; it is named for when the rules change
    c.uitkomst === 'opnieuw-melden';
  return { velden, ontbrekend: melden && c.invoer['acuteOfStructureleOnveiligheid'] === undefined ? ['acuteOfStructureleOnveiligheid'] : [] };
};

export const afwegingskader = /* @__PURE__ */ definieer({
  id: 'afwegingskader',
  titel: 'Afwegingskader van de Meldcode (stap 4 en 5)',
  versie: '1.0.0',
  feiten: {
    vermoeden: {
      soort: 'ja-nee',
      vraag: 'Blijft het vermoeden van huiselijk geweld en/of kindermishandeling bestaan?',
      toelichting: 'Na signalen in kaart brengen, collegiale consultatie en het gesprek met de betrokkenen. Nee: afsluiten en vastleggen. Deze vraag mag u met Veilig Thuis bespreken.',
      bronnen: [B.afwegingskader, B.meldcode],
    },
    acuteOfStructureleOnveiligheid: {
      soort: 'ja-nee',
      vraag: 'Is er sprake van (een vermoeden van) acute of structurele onveiligheid?',
      toelichting: 'Acuut: direct fysiek gevaar, veiligheid de komende uren of dagen niet gegarandeerd. Structureel: herhaald of voortdurend. Ja: melden, en vragen 3 tot en met 5 samen met Veilig Thuis beantwoorden.',
      bronnen: [B.afwegingskader, B.meldcode],
    },
    passendeHulpMogelijk: {
      soort: 'ja-nee',
      vraag: 'Ben ik in staat passende hulp te bieden of organiseren?',
      toelichting: 'Nee: melden. Ja: door naar vraag 4.',
      bronnen: [B.afwegingskader, B.meldcode],
    },
    hulpGeaccepteerd: {
      soort: 'ja-nee',
      vraag: 'Werken de directbetrokkenen mee aan de geboden of georganiseerde hulp?',
      toelichting: 'Nee: melden. Ja: hulp bieden of organiseren en de effecten volgen.',
      bronnen: [B.afwegingskader, B.meldcode],
    },
    hulpLeidtTotVeiligheid: {
      soort: 'ja-nee',
      vraag: 'Leidt deze hulp tot stabiele veiligheid?',
      toelichting: 'Te beantwoorden nadat de hulp heeft gelopen. Nee: (opnieuw) melden. Ja: hulp afsluiten, met afspraken over het volgen van (on)veiligheid.',
      bronnen: [B.afwegingskader, B.meldcode],
      zolangOnbeantwoord: null,
    },
  },
  uitkomsten: {
    afsluiten: { titel: 'Afsluiten en vastleggen' },
    melden: { titel: 'Melden bij Veilig Thuis' },
    'hulp-bieden': { titel: 'Hulp bieden of organiseren' },
    'opnieuw-melden': { titel: '(Opnieuw) melden bij Veilig Thuis' },
    'hulp-afsluiten': { titel: 'Hulp afsluiten' },
  },
  extraVelden: ['samenMetVeiligThuis', 'volgendeVraag'],
  regels: [
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.afsluiten',
      waarde: 'afsluiten',
      als: alle(is('vermoeden', false)),
      uitleg: 'Vraag 1: het vermoeden van huiselijk geweld of kindermishandeling blijft niet bestaan; afsluiten en vastleggen.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.melden-onveiligheid',
      waarde: 'melden',
      als: alle(is('vermoeden', true), is('acuteOfStructureleOnveiligheid', true)),
      uitleg: 'Vraag 2: er is (een vermoeden van) acute of structurele onveiligheid; melden bij Veilig Thuis is dan altijd de norm. De vragen 3 tot en met 5 beantwoordt de professional samen met Veilig Thuis.',
      bronnen: [B.afwegingskader, B.meldcode],
      interpretatie: 'De regionale tekst zegt eens dat vragen 3 tot en met 5 "altijd" met Veilig Thuis worden beantwoord en eens "indien het antwoord op vraag 2 ja is"; wij volgen het tweede, dat overeenkomt met het landelijke afwegingskader.',
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.melden-geen-passende-hulp',
      waarde: 'melden',
      als: alle(is('vermoeden', true), is('passendeHulpMogelijk', false)),
      uitleg: 'Vraag 3: de professional kan geen passende hulp bieden of organiseren; melden bij Veilig Thuis.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.melden-hulp-niet-geaccepteerd',
      waarde: 'melden',
      als: alle(is('vermoeden', true), is('hulpGeaccepteerd', false)),
      uitleg: 'Vraag 4: de directbetrokkenen werken niet mee aan de geboden of georganiseerde hulp; melden bij Veilig Thuis.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.hulp-bieden',
      waarde: 'hulp-bieden',
      als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', null)),
      uitleg: 'Vragen 1 tot en met 4: passende hulp is mogelijk en wordt geaccepteerd; hulp bieden of organiseren en de effecten volgen. Vraag 5 volgt als de hulp heeft gelopen.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.opnieuw-melden',
      waarde: 'opnieuw-melden',
      als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', false)),
      uitleg: 'Vraag 5: de hulp leidt niet tot stabiele veiligheid; (opnieuw) melden bij Veilig Thuis.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
    /* @__PURE__ */ regel({
      regel: 'afwegingskader.hulp-afsluiten',
      waarde: 'hulp-afsluiten',
      als: alle(...hulpPad(), is('hulpLeidtTotVeiligheid', true)),
      uitleg: 'Vraag 5: de hulp leidt tot stabiele veiligheid; de hulp afsluiten, met afspraken over het volgen van toekomstige (on)veiligheid.',
      bronnen: [B.afwegingskader, B.meldcode],
      geldigVanaf: HP_2019,
    }),
  ],
  acties: [
    {
      soort: 'melden-bij-veilig-thuis',
      bij: ['melden', 'opnieuw-melden'],
      uitleg: 'De professional meldt bij Veilig Thuis (Meldcode stap 5).',
      bronnen: [B.meldcode],
    },
    {
      soort: 'informeer-client',
      bij: ['melden', 'opnieuw-melden'],
      details: { door: 'professional' },
      uitleg: 'De professional gaat zelf in gesprek met de betrokkenen en informeert hen over de melding bij Veilig Thuis.',
      bronnen: [B.meldcodeInformeren],
    },
    {
      soort: 'hulp-bieden',
      bij: ['hulp-bieden'],
      uitleg: 'De professional biedt of organiseert hulp en volgt de effecten; daarna volgt vraag 5.',
      bronnen: [B.meldcode],
    },
    {
      soort: 'hulp-afsluiten',
      bij: ['hulp-afsluiten'],
      uitleg: 'De hulp wordt afgesloten, met afspraken over het volgen van toekomstige (on)veiligheid.',
      bronnen: [B.meldcode],
    },
    {
      soort: 'vastleggen',
      bij: ['afsluiten'],
      uitleg: 'De professional sluit af en legt de afweging vast.',
      bronnen: [B.meldcode],
    },
  ],
  extra: vervolgvraag,
});
