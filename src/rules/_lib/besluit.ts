/**
 * The Besluit every decision returns, the options every decision takes, and the step from an
 * Evaluatie to a Besluit (reasons with their sources and interpretations).
 */
import { z } from 'zod';
import { leesDatum, type Datum } from '../../deadlines/datum.js';
import { standaardKalender, type Werkdagkalender } from '../../deadlines/kalender.js';
import { naarAmsterdam } from '../../deadlines/tijdstip.js';
import { regios } from '../../regios/index.js';
import type { Bron } from '../../types/bron.js';
import { invoerFout } from '../../types/fouten.js';
import { datumVeld, valideer } from '../../types/zodNl.js';
import type { Evaluatie, RegelsetInfo } from './evaluatie.js';
import type { RegelParams } from './regel.js';

/** A rule that fired: its id, its Dutch sentence, its sources, and whether it is an interpretation. */
export interface Reden {
  regel: string;
  uitleg: string;
  bronnen: Bron[];
  /** Set when the rule encodes a reading of an ambiguous source. */
  interpretatie?: true;
  /** With `interpretatie`: which reading was chosen and why, in Dutch. */
  toelichting?: string;
}

/** Something that must happen because of the Besluit: who must be informed, how, when. */
export interface Actie {
  soort: string;
  uitleg: string;
  bronnen: Bron[];
  [detail: string]: unknown;
}

export type { RegelsetInfo };

export type Besluit<U extends string, D = {}> =
  | ({
      status: 'besloten';
      beslissing: string;
      uitkomst: U;
      redenen: Reden[];
      acties: Actie[];
      regelset: RegelsetInfo;
      /**
       * Facts still unknown that do not change the uitkomst but are needed to complete the acties
       * or the extra fields (e.g. `moment` for a spoedinterventie). Absent when nothing is missing.
       */
      ontbrekendVoorActies?: string[];
    } & D)
  | {
      status: 'onvolledig';
      beslissing: string;
      /** Fact names still needed, the one to ask first first. */
      ontbrekend: string[];
      /** The outcomes still possible given what is known. */
      mogelijkeUitkomsten: U[];
    };

/** Options every decision takes. */
export interface BeslisOpties {
  /** Which version of the rules applies (default: today, in Amsterdam). */
  peildatum?: Datum;
  /** A region profile id, e.g. 'gelderland-zuid'. */
  regio?: string;
  /** The calendar used for any date the decision computes (default: standaardKalender). */
  kalender?: Werkdagkalender;
}

export const BeslisOptiesSchema = z.strictObject({
  peildatum: datumVeld().optional(),
  regio: z
    .string()
    .superRefine((r, ctx) => {
      if (!Object.hasOwn(regios, r)) {
        ctx.addIssue({ code: 'custom', message: `Onbekende regio '${r}'. Bekende regio's: ${Object.keys(regios).join(', ')}.` });
      }
    })
    .optional(),
  kalender: z
    .custom<Werkdagkalender>((k) => typeof k === 'object' && k !== null && typeof (k as Werkdagkalender).plusWerkdagen === 'function', {
      message: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).',
    })
    .optional(),
});

export interface GelezenOpties {
  peildatum: number;
  regio?: string;
  kalender: Werkdagkalender;
}

let vandaagCache = { dag: 0, geldigTot: -Infinity };

/**
 * Today's Amsterdam day. Cached (the Intl conversion costs more than a whole rule evaluation), but
 * only until three hours before Amsterdam midnight: a DST change shifts wall time by one hour at
 * most, so the cached day is never stale.
 */
function vandaag(): number {
  const nu = Date.now();
  if (nu < vandaagCache.geldigTot) return vandaagCache.dag;
  const { dag, minuut } = naarAmsterdam(nu);
  const marge = 1440 - minuut - 180;
  vandaagCache = { dag, geldigTot: marge > 0 ? nu - (nu % 60_000) + marge * 60_000 : -Infinity };
  return dag;
}

const GEEN_OPTIES = {};

/** Validates the options; the peildatum defaults to today in Amsterdam. */
export function leesOpties(opties: unknown): GelezenOpties {
  const o = opties === undefined ? GEEN_OPTIES as z.infer<typeof BeslisOptiesSchema> : valideer(BeslisOptiesSchema, opties, 'opties');
  const uit: GelezenOpties = {
    peildatum: o.peildatum !== undefined ? leesDatum(o.peildatum, 'opties.peildatum') : vandaag(),
    kalender: o.kalender ?? standaardKalender,
  };
  if (o.regio !== undefined) uit.regio = o.regio;
  return uit;
}

/** Checks that a gemeente belongs to the region. */
export function controleerGemeente(gemeente: string | undefined, regio: string | undefined, pad = 'gemeente'): void {
  if (gemeente === undefined) return;
  if (regio === undefined) invoerFout('opties.regio', `Een gemeente ('${gemeente}') kan alleen met een regio worden beoordeeld: geef opties.regio op.`);
  const profiel = regios[regio]!;
  if (!profiel.gemeenten.includes(gemeente)) {
    invoerFout(pad, `De gemeente '${gemeente}' hoort niet bij regio ${regio}. Gemeenten in deze regio: ${profiel.gemeenten.join(', ')}.`);
  }
}

export function naarReden(p: RegelParams): Reden {
  const r: Reden = { regel: p.regel, uitleg: p.uitleg, bronnen: p.bronnen };
  if (p.interpretatie !== undefined) {
    r.interpretatie = true;
    r.toelichting = p.interpretatie;
  }
  return r;
}

/** The common part of a Besluit; the decision adds its acties and extra fields. */
export type Uitkomst<U extends string> =
  | { status: 'besloten'; uitkomst: U; waarden: Record<string, string>; redenen: Reden[]; extra: Record<string, string | boolean>; regelset: RegelsetInfo }
  | { status: 'onvolledig'; beslissing: string; ontbrekend: string[]; mogelijkeUitkomsten: U[] };

export function uitkomstVan<U extends string>(beslissing: string, ev: Evaluatie): Uitkomst<U> {
  if (ev.status === 'onvolledig') {
    return { status: 'onvolledig', beslissing, ontbrekend: ev.ontbrekend, mogelijkeUitkomsten: ev.mogelijkeUitkomsten as U[] };
  }
  const extra: Record<string, string | boolean> = {};
  for (const p of ev.gevuurd) if (p.extra) Object.assign(extra, p.extra);
  return {
    status: 'besloten',
    uitkomst: ev.waarden['uitkomst'] as U,
    waarden: ev.waarden,
    redenen: ev.gevuurd.map(naarReden),
    extra,
    regelset: ev.regelset,
  };
}

/** How a decision turns a settled outcome into its Besluit: acties, extra fields, and what it still lacks for them. */
export interface Afronding<D> {
  acties: Actie[];
  extra: D;
  ontbrekendVoorActies?: string[];
}

/** Assembles the Besluit from the Uitkomst and the decision's own acties and extra fields. */
export function besluitVan<U extends string, D extends object>(
  beslissing: string,
  u: Uitkomst<U>,
  afronden: (u: Extract<Uitkomst<U>, { status: 'besloten' }>) => Afronding<D>,
): Besluit<U, D> {
  if (u.status === 'onvolledig') return u;
  const a = afronden(u);
  const b = {
    status: 'besloten' as const,
    beslissing,
    uitkomst: u.uitkomst,
    redenen: u.redenen,
    acties: a.acties,
    regelset: u.regelset,
    ...a.extra,
  };
  if (a.ontbrekendVoorActies && a.ontbrekendVoorActies.length > 0) Object.assign(b, { ontbrekendVoorActies: a.ontbrekendVoorActies });
  return b as Besluit<U, D>;
}
