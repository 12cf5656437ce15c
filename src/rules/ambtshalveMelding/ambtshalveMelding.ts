import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { ambtshalveMelding } from './definitie.js';

export type AmbtshalveMeldingInvoer = InvoerVan<typeof ambtshalveMelding>;
export type AmbtshalveMeldingUitkomst = UitkomstVan<typeof ambtshalveMelding>;
export type AmbtshalveMeldingBesluit = Besluit<AmbtshalveMeldingUitkomst, {}, FeitnaamVan<typeof ambtshalveMelding>, ActieVan<typeof ambtshalveMelding>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const AmbtshalveMeldingInvoerSchema = /* @__PURE__ */ invoerSchema(ambtshalveMelding);

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
 * beslisAmbtshalveMelding({ vtAdviseertMelden: true, adviesvragerMeldtZelf: false,
 *   risicoHoogEnAcuut: true, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true })
 * // { status: 'besloten', uitkomst: 'ambtshalve-melding',
 * //   redenen: [{ regel: 'ambtshalveMelding.ambtshalve-melding', interpretatie: true, … }], … }
 */
export function beslisAmbtshalveMelding(invoer: AmbtshalveMeldingInvoer, opties?: BeslisOpties): AmbtshalveMeldingBesluit {
  return beslis(ambtshalveMelding, AmbtshalveMeldingInvoerSchema, invoer, opties) as AmbtshalveMeldingBesluit;
}
