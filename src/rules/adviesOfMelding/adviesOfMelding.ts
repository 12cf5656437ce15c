import { evalueer } from '../_lib/evaluatie.js';
import { besluitVan, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { AdviesOfMeldingInvoerSchema, type AdviesOfMeldingInvoer } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { definitie } from './regels.js';

export type AdviesOfMeldingUitkomst = 'melding' | 'advies';
export type AdviesOfMeldingBesluit = Besluit<AdviesOfMeldingUitkomst, { vtAdviseert: 'melden' | 'advies-volstaat' }>;


/**
 * Advies of melding: is this first contact with Veilig Thuis a melding or an advies, and what does
 * Veilig Thuis itself advise on that choice?
 *
 * The wish of the person who contacts VT decides; VT always accepts a melding about (a suspicion
 * of) huiselijk geweld or kindermishandeling from a melder who makes himself known. VT advises a
 * melding when a professional would have to melden under the Meldcode, or when the contacter
 * cannot take the steps for directe en stabiele veiligheid. The Besluit is `besloten` only when
 * both the uitkomst and `vtAdviseert` are settled.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio
 * @returns the Besluit, or `onvolledig` with the facts still to ask
 * @throws InvoerFout on a wrong type, an unknown field or a value outside an enum
 *
 * @example
 * await beslisAdviesOfMelding({ wens: 'advies', contactpersoon: 'professional',
 *   meldplichtigVolgensAfwegingskader: true })
 * // { status: 'besloten', uitkomst: 'advies', vtAdviseert: 'melden',
 * //   redenen: [{ regel: 'adviesOfMelding.wens-advies', … }, { regel: 'adviesOfMelding.vt-adviseert-melden-meldplicht', … }], … }
 */
export async function beslisAdviesOfMelding(invoer: AdviesOfMeldingInvoer, opties?: BeslisOpties): Promise<AdviesOfMeldingBesluit> {
  const o = leesOpties(opties);
  const i = valideer(AdviesOfMeldingInvoerSchema, invoer);
  const ev = await evalueer(definitie, i, o);
  return besluitVan('adviesOfMelding', uitkomstVan<AdviesOfMeldingUitkomst>('adviesOfMelding', ev), (u) => {
    const vtAdviseert = u.waarden['vtAdviseert'] as 'melden' | 'advies-volstaat';
    const acties: Actie[] =
      u.uitkomst === 'melding'
        ? [
            { soort: 'registreer-melding', uitleg: 'Veilig Thuis neemt de melding in ontvangst en legt haar vast in het registratiesysteem.', bronnen: [B.meldingVoorwaarden] },
            {
              soort: 'veiligheidsbeoordeling',
              uitleg: 'Veilig Thuis voert binnen 5 werkdagen na ontvangst een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag); zie termijnVeiligheidsbeoordeling.',
              bronnen: [B.vb],
              werkdagen: 5,
            },
          ]
        : [
            {
              soort: 'afsluiten-advies',
              uitleg:
                'Veilig Thuis zegt bij het afsluiten dat het een adviesgesprek was, dat Veilig Thuis geen verdere actie onderneemt tot de adviesvrager opnieuw contact opneemt, en dat gegevens volgens een vast format worden vastgelegd op naam van de adviesvrager (een directbetrokkene: tenzij die geen toestemming geeft). De adviesvrager blijft verantwoordelijk voor het zicht op veiligheid.',
              bronnen: [B.adviesfunctie],
            },
          ];
    return { acties, extra: { vtAdviseert } };
  });
}
