import { AfwegingskaderAntwoordenSchema, type AfwegingskaderAntwoorden } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { besluitVan, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { evalueer } from '../_lib/evaluatie.js';
import { definitie } from './regels.js';

export type AfwegingskaderUitkomst = 'afsluiten' | 'melden' | 'hulp-bieden' | 'opnieuw-melden' | 'hulp-afsluiten';
export type AfwegingskaderBesluit = Besluit<AfwegingskaderUitkomst, { samenMetVeiligThuis: boolean; volgendeVraag?: string }>;


/**
 * The Meldcode's afwegingskader: the five afwegingsvragen in order, ending in afsluiten, melden,
 * hulp bieden, opnieuw melden or hulp afsluiten.
 *
 * Vraag 5 is answered after the help has run: with vragen 1–4 answered for help and vraag 5 not
 * yet, the result is `besloten` with `hulp-bieden` and `volgendeVraag: 'hulpLeidtTotVeiligheid'`.
 * Any other missing answer that matters gives `onvolledig`, with the first unanswered question in
 * the Meldcode's order first in `ontbrekend`. With acute or structurele onveiligheid the uitkomst is
 * melden and `samenMetVeiligThuis` is true: vragen 3–5 are answered together with Veilig Thuis
 * (`volgendeVraag` then names the first of them not yet answered). When the uitkomst is melden but
 * vraag 2 is still open, `ontbrekendVoorActies` names it (it decides `samenMetVeiligThuis`).
 *
 * @param antwoorden - the answers so far; every field optional
 * @param opties - peildatum, regio
 * @throws InvoerFout on a wrong type or an unknown field
 *
 * @example
 * await doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false,
 *   passendeHulpMogelijk: true, hulpGeaccepteerd: true })
 * // { status: 'besloten', uitkomst: 'hulp-bieden', samenMetVeiligThuis: false,
 * //   volgendeVraag: 'hulpLeidtTotVeiligheid', redenen: [{ regel: 'afwegingskader.hulp-bieden', … }], … }
 */
export async function doorloopAfwegingskader(antwoorden: AfwegingskaderAntwoorden, opties?: BeslisOpties): Promise<AfwegingskaderBesluit> {
  const o = leesOpties(opties);
  const a = valideer(AfwegingskaderAntwoordenSchema, antwoorden);
  const feiten = { ...a, hulpLeidtTotVeiligheid: a.hulpLeidtTotVeiligheid ?? null };
  const ev = await evalueer(definitie, feiten, o);
  return besluitVan('afwegingskader', uitkomstVan<AfwegingskaderUitkomst>('afwegingskader', ev), (u) => {
    // Vragen 3-5 are answered together with Veilig Thuis when vraag 2 is 'ja' (GZ §3; HP pag. 18).
    const samenMetVeiligThuis = a.acuteOfStructureleOnveiligheid === true;
    const extra: { samenMetVeiligThuis: boolean; volgendeVraag?: string } = { samenMetVeiligThuis };
    const acties: Actie[] = [];
    const ontbrekend: string[] = [];
    if (a.acuteOfStructureleOnveiligheid === undefined && (u.uitkomst === 'melden' || u.uitkomst === 'opnieuw-melden')) ontbrekend.push('acuteOfStructureleOnveiligheid');
    if (u.uitkomst === 'hulp-bieden') extra.volgendeVraag = 'hulpLeidtTotVeiligheid';
    if (samenMetVeiligThuis) {
      const open = (['passendeHulpMogelijk', 'hulpGeaccepteerd', 'hulpLeidtTotVeiligheid'] as const).find((v) => a[v] === undefined);
      if (open) extra.volgendeVraag = open;
    }
    if (u.uitkomst === 'melden' || u.uitkomst === 'opnieuw-melden') {
      acties.push({ soort: 'melden-bij-veilig-thuis', uitleg: 'De professional meldt bij Veilig Thuis (Meldcode stap 5).', bronnen: [B.meldcode] });
    } else if (u.uitkomst === 'hulp-bieden') {
      acties.push({ soort: 'hulp-bieden', uitleg: 'De professional biedt of organiseert hulp en volgt de effecten; daarna volgt vraag 5.', bronnen: [B.meldcode] });
    } else if (u.uitkomst === 'hulp-afsluiten') {
      acties.push({ soort: 'hulp-afsluiten', uitleg: 'De hulp wordt afgesloten, met afspraken over het volgen van toekomstige (on)veiligheid.', bronnen: [B.meldcode] });
    } else {
      acties.push({ soort: 'vastleggen', uitleg: 'De professional sluit af en legt de afweging vast.', bronnen: [B.meldcode] });
    }
    return { acties, extra, ontbrekendVoorActies: ontbrekend };
  });
}
