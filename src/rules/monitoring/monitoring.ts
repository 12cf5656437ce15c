import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, ExtraVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { monitoring } from './definitie.js';

export type MonitoringInvoer = InvoerVan<typeof monitoring>;
export type MonitoringUitkomst = UitkomstVan<typeof monitoring>;
export type MonitoringBesluit = Besluit<MonitoringUitkomst, { verplicht: boolean } & ExtraVan<typeof monitoring>, FeitnaamVan<typeof monitoring>, ActieVan<typeof monitoring>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const MonitoringInvoerSchema = /* @__PURE__ */ invoerSchema(monitoring);

/**
 * Monitoring after an overdracht: after a veiligheidsbeoordeling only if VT decides to; after
 * Onderzoek unless the suspicion was weerlegd or a gegronde reden is recorded; after Voorwaarden &
 * Vervolg always unless a gegronde reden is recorded; after overdracht to a gecertificeerde
 * instelling never. When VT monitors: at least after 3 and after 12 months from the overdracht.
 *
 * `gegrondeRedenGeenMonitoring` is the recorded reason itself (blank text is bad input); leaving
 * it out means no reason is recorded, so the main rule applies (marked as interpretatie).
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio
 * @returns the Besluit with `verplicht` and `momenten` (3 and 12 months after `overdrachtsdatum`;
 *   empty when not monitoring, or when the overdrachtsdatum is not known yet — then
 *   `ontbrekendVoorActies` names it)
 * @throws InvoerFout on a wrong type, an unknown field, blank reason or an invalid date
 *
 * @example
 * beslisMonitoring({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team',
 *   overdrachtsdatum: '2025-01-31' })
 * // { status: 'besloten', uitkomst: 'monitoren', verplicht: true,
 * //   momenten: ['2025-04-30', '2026-01-31'], redenen: [{ regel: 'monitoring.na-voorwaarden-en-vervolg', … }], … }
 */
export function beslisMonitoring(invoer: MonitoringInvoer, opties?: BeslisOpties): MonitoringBesluit {
  return beslis(monitoring, MonitoringInvoerSchema, invoer, opties) as MonitoringBesluit;
}
