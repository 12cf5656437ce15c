import { BRON } from '../../deadlines/bronnen.js';
import type { Bron } from '../../types/bron.js';
import { isKantoortijd } from '../../deadlines/termijnen.js';
import { VervolgInvoerSchema, type VervolgInvoer } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { besluitVan, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit, type GelezenOpties } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { evalueer } from '../_lib/evaluatie.js';
import { definitie } from './regels.js';

export type VervolgUitkomst =
  | 'overdracht-lokaal-team' | 'overdracht-betrokken-hulpverlening' | 'voorwaarden-en-vervolg'
  | 'onderzoek' | 'verzoek-onderzoek-raad' | 'geen-vervolgstappen';
export type VervolgBesluit = Besluit<VervolgUitkomst>;


/** Who "the directbetrokkenen" are when VT informs them (GZ §8.5 B, fn 16). */
const WIE = 'de directbetrokkenen; bij minderjarige kinderen in ieder geval beide ouders met gezag, en een biologische vader die actief deel uitmaakt van de opvoeding';
const informeerDirectbetrokkenen = (uitleg: string, ...bronnen: Bron[]): Actie => ({
  soort: 'informeer-directbetrokkenen', wijze: 'schriftelijk', wie: WIE, uitleg, bronnen: [...bronnen, B.ouders],
});

function spoedActie(i: VervolgInvoer, o: GelezenOpties, ontbrekend: string[]): Actie | undefined {
  if (i.spoedOfCrisis === undefined) {
    ontbrekend.push('spoedOfCrisis');
    return undefined;
  }
  if (!i.spoedOfCrisis) return undefined;
  const basis = {
    soort: 'spoedinterventie',
    bronnen: [B.spoed, BRON.kantooruren],
  };
  if (i.moment === undefined) {
    ontbrekend.push('moment');
    return { ...basis, uitleg: 'Spoed en crisis: Veilig Thuis handelt direct. Binnen kantooruren gaat Veilig Thuis dezelfde dag nog af op de situatie, daarbuiten wordt SEZ ingezet; geef het moment op om te bepalen welke van de twee.' };
  }
  const binnen = isKantoortijd(i.moment, { kalender: o.kalender });
  return binnen
    ? { ...basis, wanneer: 'zelfde-dag', uitleg: 'Spoed en crisis binnen kantooruren (9-17 uur op een werkdag): Veilig Thuis gaat dezelfde dag nog af op de situatie; zo nodig zet Veilig Thuis Ambulante Spoedhulp in en geeft het lokale team achteraf de beschikking af.' }
    : { ...basis, wanneer: 'sez', uitleg: 'Spoed en crisis buiten kantooruren: de spoedeisende zorg (SEZ) wordt ingezet; de interventie wordt afgestemd met het lokale team.' };
}

/**
 * The vervolg after the veiligheidsbeoordeling: overdracht aan het lokale team or aan betrokken
 * hulpverlening, Voorwaarden & Vervolg, Onderzoek, a verzoek tot onderzoek aan de Raad voor de
 * Kinderbescherming, or geen vervolgstappen — with the acties that follow (who is informed, how
 * the overdracht goes, and for spoed en crisis whether VT goes out the same day or SEZ is deployed,
 * using `opties.kalender` for kantooruren on werkdagen).
 *
 * Where several outcomes fit, the precedence is our reading (see `regels.ts`); the rules it shapes
 * carry `interpretatie: true` and a `toelichting` in the result.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio, kalender
 * @returns the Besluit, or `onvolledig` with the facts still to ask; `ontbrekendVoorActies` names
 *   facts (spoedOfCrisis, moment) that do not change the uitkomst but complete the acties
 * @throws InvoerFout on a wrong type, an unknown field or a moment without time zone
 *
 * @example
 * await beslisVervolg({ spoedOfCrisis: false, beschermingsmaatregelNodig: false,
 *   aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false,
 *   directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false })
 * // { status: 'besloten', uitkomst: 'voorwaarden-en-vervolg',
 * //   redenen: [{ regel: 'vervolg.voorwaarden-en-vervolg', … }],
 * //   acties: [{ soort: 'informeer-lokaal-team', … }, { soort: 'informeer-directbetrokkenen', … }, { soort: 'vervolgdienst', … }] }
 */
export async function beslisVervolg(invoer: VervolgInvoer, opties?: BeslisOpties): Promise<VervolgBesluit> {
  const o = leesOpties(opties);
  const i = valideer(VervolgInvoerSchema, invoer);
  const ev = await evalueer(definitie, i, o);
  return besluitVan('vervolg', uitkomstVan<VervolgUitkomst>('vervolg', ev), (u) => {
    const acties: Actie[] = [];
    const ontbrekend: string[] = [];
    const spoed = spoedActie(i, o, ontbrekend);
    if (spoed) acties.push(spoed);
    switch (u.uitkomst) {
      case 'voorwaarden-en-vervolg':
      case 'onderzoek':
        acties.push(
          { soort: 'informeer-lokaal-team', uitleg: 'Bij Voorwaarden & Vervolg en bij onderzoek informeert Veilig Thuis altijd het lokale team.', bronnen: [B.informeren] },
          informeerDirectbetrokkenen('Veilig Thuis informeert de directbetrokkenen over het besluit.', B.informeren),
          {
            soort: 'vervolgdienst',
            dienst: u.uitkomst,
            maximaleDuurDagen: 70,
            uitleg: 'De dienst duurt ten hoogste 10 weken (70 dagen; zie termijnVervolgdienst); daarna volgt een warme overdracht: in persoon, bij voorkeur in het gezin, en Veilig Thuis houdt zicht op veiligheid tot het lokale team de overdracht heeft bevestigd.',
            bronnen: [BRON.vervolg70dagen, B.overdrachtWarm],
          },
        );
        break;
      case 'overdracht-betrokken-hulpverlening':
        acties.push(
          { soort: 'overdracht', aan: 'betrokken-hulpverlening', wijze: 'koud', uitleg: 'Veilig Thuis draagt schriftelijk over aan de betrokken hulpverlener.', bronnen: [B.betrokkenHulpverlener, B.overdrachtVb] },
          { soort: 'informeer-lokaal-team', wijze: 'mail', uitleg: 'Het lokale team wordt altijd per mail geïnformeerd; zo nodig stemt Veilig Thuis persoonlijk of telefonisch af.', bronnen: [B.betrokkenHulpverlener] },
          informeerDirectbetrokkenen('Veilig Thuis informeert de directbetrokkenen over het besluit.', B.informeren, B.overdrachtVb),
        );
        break;
      case 'overdracht-lokaal-team':
        acties.push(
          { soort: 'overdracht', aan: 'lokaal-team', wijze: 'koud', uitleg: 'Directe overdracht na de veiligheidsbeoordeling: Veilig Thuis draagt alleen schriftelijk ("koud") over aan het lokale team.', bronnen: [B.vbOverdracht, B.overdrachtVb] },
          informeerDirectbetrokkenen('Veilig Thuis informeert het cliëntsysteem schriftelijk (en zo nodig telefonisch) over de overdracht.', B.informeren, B.overdrachtVb),
        );
        break;
      case 'verzoek-onderzoek-raad':
        acties.push({ soort: 'verzoek-raad', uitleg: 'Veilig Thuis verzoekt de Raad voor de Kinderbescherming om onderzoek naar een kinderbeschermingsmaatregel.', bronnen: [B.aefRaad] });
        break;
      case 'geen-vervolgstappen':
        break;
    }
    return { acties, extra: {}, ontbrekendVoorActies: ontbrekend };
  });
}
