import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, ExtraVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { politiemelding } from './definitie.js';

export type PolitiemeldingInvoer = InvoerVan<typeof politiemelding>;
export type PolitiemeldingUitkomst = UitkomstVan<typeof politiemelding>;
export type PolitiemeldingBesluit = Besluit<PolitiemeldingUitkomst, { veiligheidsbeoordeling: boolean } & ExtraVan<typeof politiemelding>, FeitnaamVan<typeof politiemelding>, ActieVan<typeof politiemelding>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const PolitiemeldingInvoerSchema = /* @__PURE__ */ invoerSchema(politiemelding);

/**
 * How a police zorgmelding is handled in a region: a melding with a veiligheidsbeoordeling, an
 * "overige zorgmelding" (no HG/KM; from 1 April 2021 recorded as advies for 2 years), or routed to
 * GGD Bijzondere Zorg or Farent (verwarde personen). Needs `opties.regio`; the gemeente must belong
 * to it. The rules in force on the day the report was received apply.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - regio (required), peildatum (used when `ontvangen` is unknown), kalender
 * @returns the Besluit with `veiligheidsbeoordeling` and, for an overige zorgmelding received on a
 *   known day, `bewaartermijnTot`
 * @throws InvoerFout without a regio, for an unknown regio, a gemeente outside it, or an invalid date
 *
 * @example
 * beslisPolitiemelding({ gemeente: 'Tiel', betreftVerwardPersoon: false,
 *   betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-06-01' }, { regio: 'gelderland-zuid' })
 * // { status: 'besloten', uitkomst: 'overige-zorgmelding', veiligheidsbeoordeling: false,
 * //   bewaartermijnTot: '2023-06-01', redenen: [{ regel: 'politiemelding.overige-zorgmelding', … }], … }
 */
export function beslisPolitiemelding(invoer: PolitiemeldingInvoer, opties: BeslisOpties): PolitiemeldingBesluit {
  return beslis(politiemelding, PolitiemeldingInvoerSchema, invoer, opties) as PolitiemeldingBesluit;
}
