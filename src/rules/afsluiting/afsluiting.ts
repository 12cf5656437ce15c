import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, FeitnaamVan, InvoerVan, KenmerkenVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { afsluiting } from './definitie.js';

export type AfsluitingInvoer = InvoerVan<typeof afsluiting>;
export type AfsluitingUitkomst = UitkomstVan<typeof afsluiting>;
export type AfsluitingBesluit = Besluit<AfsluitingUitkomst, KenmerkenVan<typeof afsluiting>, FeitnaamVan<typeof afsluiting>, ActieVan<typeof afsluiting>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const AfsluitingInvoerSchema = /* @__PURE__ */ invoerSchema(afsluiting);

/**
 * The end of an Onderzoek or Voorwaarden & Vervolg: overdracht aan het lokale team, aan betrokken
 * hulpverlening or aan de directbetrokkenen, a verzoek tot onderzoek aan de Raad voor de
 * Kinderbescherming (in Gelderland-Zuid via the jeugdbeschermingstafel), or afsluiten — with
 * whether VT sets veiligheidsvoorwaarden (`veiligheidsvoorwaarden`) and the acties that follow:
 * the warme overdracht (where, and by when: 70 days after `start`, see termijnVervolgdienst),
 * zicht op veiligheid until the lokale team confirms, who is informed, the overdrachtsbrief, the
 * veiligheidsplan, the lokale team's part, and the invoer for beslisMonitoring.
 *
 * The sources give no criteria for choosing among these outcomes; the rules that encode our
 * reading carry `interpretatie: true` and a `toelichting` (see `definitie.ts`).
 *
 * @param invoer - the facts known so far; every field optional
 * @param opties - peildatum, regio, kalender (for the 70-day `uiterlijk`)
 * @returns the Besluit, or `onvolledig` with the facts still to ask; `ontbrekendVoorActies` names
 *   `start` when the uiterlijk of the overdracht cannot be computed yet
 * @throws InvoerFout on a wrong type, an unknown field or an invalid date
 *
 * @example
 * beslisAfsluiting({ dienst: 'onderzoek', vermoedenBevestigd: true, beschermingsmaatregelNodig: false,
 *   hulpOfOndersteuningNodig: true, betrokkenHulpverlenerKanEnWil: false, start: '2025-03-01' })
 * // { status: 'besloten', uitkomst: 'overdracht-lokaal-team', veiligheidsvoorwaarden: 'opstellen',
 * //   acties: [{ soort: 'warme-overdracht', aan: 'lokaal-team', waar: 'huishouden', uiterlijk: '2025-05-12', … }, …] }
 */
export function beslisAfsluiting(invoer: AfsluitingInvoer, opties?: BeslisOpties): AfsluitingBesluit {
  return beslis(afsluiting, AfsluitingInvoerSchema, invoer, opties) as AfsluitingBesluit;
}
