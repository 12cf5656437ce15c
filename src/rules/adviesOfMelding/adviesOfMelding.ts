import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, FeitnaamVan, InvoerVan, KenmerkenVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { adviesOfMelding } from './definitie.js';

export type AdviesOfMeldingInvoer = InvoerVan<typeof adviesOfMelding>;
export type AdviesOfMeldingUitkomst = UitkomstVan<typeof adviesOfMelding>;
export type AdviesOfMeldingBesluit = Besluit<AdviesOfMeldingUitkomst, KenmerkenVan<typeof adviesOfMelding>, FeitnaamVan<typeof adviesOfMelding>, ActieVan<typeof adviesOfMelding>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const AdviesOfMeldingInvoerSchema = /* @__PURE__ */ invoerSchema(adviesOfMelding);

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
 * beslisAdviesOfMelding({ wens: 'advies', contactpersoon: 'professional',
 *   meldplichtigVolgensAfwegingskader: true })
 * // { status: 'besloten', uitkomst: 'advies', vtAdviseert: 'melden',
 * //   redenen: [{ regel: 'adviesOfMelding.wens-advies', … }, { regel: 'adviesOfMelding.vt-adviseert-melden-meldplicht', … }], … }
 */
export function beslisAdviesOfMelding(invoer: AdviesOfMeldingInvoer, opties?: BeslisOpties): AdviesOfMeldingBesluit {
  return beslis(adviesOfMelding, AdviesOfMeldingInvoerSchema, invoer, opties) as AdviesOfMeldingBesluit;
}
