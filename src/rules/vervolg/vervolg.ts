import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { vervolg } from './definitie.js';

export type VervolgInvoer = InvoerVan<typeof vervolg>;
export type VervolgUitkomst = UitkomstVan<typeof vervolg>;
export type VervolgBesluit = Besluit<VervolgUitkomst, {}, FeitnaamVan<typeof vervolg>, ActieVan<typeof vervolg>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const VervolgInvoerSchema = /* @__PURE__ */ invoerSchema(vervolg);

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
 * beslisVervolg({ spoedOfCrisis: false, beschermingsmaatregelNodig: false,
 *   aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false,
 *   directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false })
 * // { status: 'besloten', uitkomst: 'voorwaarden-en-vervolg',
 * //   redenen: [{ regel: 'vervolg.voorwaarden-en-vervolg', … }],
 * //   acties: [{ soort: 'informeer-lokaal-team', … }, { soort: 'informeer-directbetrokkenen', … }, { soort: 'vervolgdienst', … }] }
 */
export function beslisVervolg(invoer: VervolgInvoer, opties?: BeslisOpties): VervolgBesluit {
  return beslis(vervolg, VervolgInvoerSchema, invoer, opties) as VervolgBesluit;
}
