import type { Bron } from '../../types/bron.js';
import { diepBevroren } from '../../types/bevries.js';
import { beslis, type BeslisOpties, type Besluit } from '../_lib/besluit.js';
import type { ActieVan, ExtraVan, FeitnaamVan, InvoerVan, UitkomstVan } from '../_lib/definitie.js';
import { invoerSchema } from '../_lib/schema.js';
import { afwegingskader } from './definitie.js';

export type AfwegingskaderAntwoorden = InvoerVan<typeof afwegingskader>;
export type AfwegingskaderUitkomst = UitkomstVan<typeof afwegingskader>;
export type AfwegingskaderBesluit = Besluit<AfwegingskaderUitkomst, ExtraVan<typeof afwegingskader>, FeitnaamVan<typeof afwegingskader>, ActieVan<typeof afwegingskader>>;

/** The strict zod schema of the invoer, derived from the definition (Dutch messages: pass `nlFoutmelding` per parse). */
export const AfwegingskaderAntwoordenSchema = /* @__PURE__ */ invoerSchema(afwegingskader);

/** One of the five afwegingsvragen, for a form to render. */
export interface Afwegingsvraag {
  id: keyof typeof afwegingskader.feiten;
  nummer: number;
  /** The question as the source words it. */
  vraag: string;
  /** Short help text for a form. */
  toelichting: string;
  bronnen: Bron[];
}

/** The five afwegingsvragen, in the Meldcode's order, for a form to render (from the definition). */
export const afwegingsvragen: readonly Afwegingsvraag[] = /* @__PURE__ */ (() =>
  diepBevroren(Object.entries(afwegingskader.feiten).map(([id, f], i) => ({
    id: id as Afwegingsvraag['id'],
    nummer: i + 1,
    vraag: f.vraag,
    toelichting: f.toelichting,
    bronnen: f.bronnen.map((b) => ({ ...b })),
  }))))();

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
 * doorloopAfwegingskader({ vermoeden: true, acuteOfStructureleOnveiligheid: false,
 *   passendeHulpMogelijk: true, hulpGeaccepteerd: true })
 * // { status: 'besloten', uitkomst: 'hulp-bieden', samenMetVeiligThuis: false,
 * //   volgendeVraag: 'hulpLeidtTotVeiligheid', redenen: [{ regel: 'afwegingskader.hulp-bieden', … }], … }
 */
export function doorloopAfwegingskader(antwoorden: AfwegingskaderAntwoorden, opties?: BeslisOpties): AfwegingskaderBesluit {
  return beslis(afwegingskader, AfwegingskaderAntwoordenSchema, antwoorden, opties) as AfwegingskaderBesluit;
}
