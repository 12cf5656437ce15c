import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { escalatie } from './definitie.js';

export type EscalatieInvoer = InvoerVan<typeof escalatie>;
export type EscalatieUitkomst = UitkomstVan<typeof escalatie>;
export type EscalatieBesluit = Besluit<EscalatieUitkomst, {}, FeitnaamVan<typeof escalatie>, ActieVan<typeof escalatie>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const EscalatieInvoerSchema = /* @__PURE__ */ invoerSchema(escalatie);

/**
 * Where an escalation stands under the escalatiemodel of a region (Gelderland-Zuid §8.6, bijlage 4):
 * no escalation when no criterion holds; else the three routes in order — overleg op
 * managementniveau, ambtelijke escalatie, bestuurlijke escalatie — until one gives a solution
 * (`opgelost`) or, after the bestuurlijke escalatie, the wethouder decides the next step. A
 * structural problem in the keten has its own escalation (bijlage 4 §5), ending in a solution or
 * on the agenda of the next Algemeen Bestuur. Needs `opties.regio`.
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - regio (required), peildatum (which rules apply; default today)
 * @returns the Besluit: the route to take now or how the escalation ended, with who does what
 * @throws InvoerFout without a regio, for a regio without an escalatiemodel, or on bad input
 *
 * @example
 * beslisEscalatie({ betreft: 'casus', veiligheidInGevaar: true, resultaatManagementoverleg: 'niet-opgelost',
 *   resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' }, { regio: 'gelderland-zuid' })
 * // { status: 'besloten', uitkomst: 'ambtelijke-escalatie',
 * //   redenen: [{ regel: 'escalatie.ambtelijke-escalatie', interpretatie: true, … }],
 * //   acties: [{ soort: 'ambtelijke-escalatie', … }, { soort: 'informeer-wethouder', … }, { soort: 'zicht-op-escalaties', … }], … }
 */
export function beslisEscalatie(invoer: EscalatieInvoer, opties: BeslisOpties): EscalatieBesluit {
  return beslis(escalatie, EscalatieInvoerSchema, invoer, opties) as EscalatieBesluit;
}
