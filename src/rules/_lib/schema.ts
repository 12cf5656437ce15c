/**
 * The zod schema of a decision's invoer, derived from its definition: every fact optional, null
 * meaning "not known yet", unknown keys refused (a typo must never be silently ignored). Built with
 * `zod/mini`, which leaves zod's locales and unused checks out of a browser bundle; Dutch messages
 * come per parse (`nlFoutmelding`), never from zod's global configuration.
 */
import * as z from 'zod/mini';
import { datumOfTijdstipVeld, datumVeld, tekstVeld, tijdstipVeld } from '../../types/zodNl.js';
import type { Definitie, Feit, InvoerVan } from './definitie.js';

function veld(f: Feit): z.ZodMiniType {
  switch (f.soort) {
    case 'ja-nee':
      return z.boolean();
    case 'keuze':
      return z.enum((f.opties ?? []).map((o) => o.waarde) as [string, ...string[]]);
    case 'datum':
      return datumVeld();
    case 'tijdstip':
      return tijdstipVeld();
    case 'datum-of-tijdstip':
      return datumOfTijdstipVeld();
    case 'tekst':
      return tekstVeld();
    case 'gemeente':
      // Which gemeenten exist depends on opties.regio: checked when the decision is taken.
      return z.string();
  }
}

const gemaakt = new WeakMap<Definitie, z.ZodMiniType>();

/** The strict zod schema of `def`'s invoer (made once per definition). */
export const invoerSchema = /* @__NO_SIDE_EFFECTS__ */ <D extends Definitie>(def: D): z.ZodMiniType<InvoerVan<D>> => {
  let s = gemaakt.get(def);
  if (!s) {
    const vorm: Record<string, z.ZodMiniType> = {};
    for (const [naam, f] of Object.entries(def.feiten)) vorm[naam] = z.optional(z.nullable(veld(f)));
    s = z.strictObject(vorm);
    gemaakt.set(def, s);
  }
  return s as unknown as z.ZodMiniType<InvoerVan<D>>;
};
