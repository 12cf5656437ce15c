import { evalueer } from '../_lib/evaluatie.js';
import { besluitVan, leesOpties, uitkomstVan, type Actie, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import { B } from '../_lib/bronnen.js';
import { AmbtshalveMeldingInvoerSchema, type AmbtshalveMeldingInvoer } from '../../types/schemas.js';
import { valideer } from '../../types/zodNl.js';
import { definitie } from './regels.js';

export type AmbtshalveMeldingUitkomst = 'ambtshalve-melding' | 'geen-ambtshalve-melding';
export type AmbtshalveMeldingBesluit = Besluit<AmbtshalveMeldingUitkomst>;


/**
 * Ambtshalve melding: does Veilig Thuis melden itself, without the adviesvrager's consent?
 *
 * Our reading of the four criteria is (risico hoog en acuut OF veiligheid niet te vergroten) EN
 * geen overeenstemming na opschaling EN persoonsgegevens bekend, and only after VT advised a
 * melding that the adviesvrager does not make. The explanation marks this as an interpretatie.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio
 * @returns the Besluit, or `onvolledig` with the facts still to ask
 * @throws InvoerFout on a wrong type or an unknown field
 *
 * @example
 * await beslisAmbtshalveMelding({ vtAdviseertMelden: true, adviesvragerMeldtZelf: false,
 *   risicoHoogEnAcuut: true, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true })
 * // { status: 'besloten', uitkomst: 'ambtshalve-melding',
 * //   redenen: [{ regel: 'ambtshalveMelding.ambtshalve-melding', interpretatie: true, … }], … }
 */
export async function beslisAmbtshalveMelding(invoer: AmbtshalveMeldingInvoer, opties?: BeslisOpties): Promise<AmbtshalveMeldingBesluit> {
  const o = leesOpties(opties);
  const i = valideer(AmbtshalveMeldingInvoerSchema, invoer);
  const ev = await evalueer(definitie, i, o);
  return besluitVan('ambtshalveMelding', uitkomstVan<AmbtshalveMeldingUitkomst>('ambtshalveMelding', ev), (u) => {
    const acties: Actie[] =
      u.uitkomst === 'ambtshalve-melding'
        ? [
            { soort: 'registreer-melding', uitleg: 'Veilig Thuis legt de ambtshalve melding vast en handelt haar af als melding, zonder toestemming van de adviesvrager.', bronnen: [B.ambtshalve, B.meldingVoorwaarden] },
            { soort: 'veiligheidsbeoordeling', uitleg: 'Veilig Thuis voert binnen 5 werkdagen een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag).', bronnen: [B.vb], werkdagen: 5 },
          ]
        : [];
    return { acties, extra: {} };
  });
}
