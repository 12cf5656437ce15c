/**
 * Dutch messages for zod, passed per parse (never through a global `z.config()`, which would
 * change zod's behaviour for every other user in the host app), and the step that turns zod's
 * issues into an InvoerFout.
 */
import * as z from 'zod/mini';
import { beschrijf } from '../deadlines/datum.js';
import { datumProbleem } from '../deadlines/datum.js';
import { tijdstipProbleem } from '../deadlines/tijdstip.js';
import { InvoerFout, type Probleem } from './fouten.js';

const SOORT: Record<string, string> = {
  boolean: 'true of false',
  string: 'een tekst',
  number: 'een getal',
  object: 'een object',
  array: 'een lijst',
};

/**
 * The Dutch error map. Pass it per parse: `schema.safeParse(invoer, { error: nlFoutmelding })`.
 *
 * @example
 * AdviesOfMeldingInvoerSchema.safeParse({ wens: 'bellen' }, { error: nlFoutmelding })
 * // issues[0].message === "Verwacht een van: 'advies', 'melding'; kreeg de tekst 'bellen'."
 */
export function nlFoutmelding(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `Verplicht veld ontbreekt: verwacht ${SOORT[iss.expected] ?? iss.expected}.`;
      return `Verwacht ${SOORT[iss.expected] ?? iss.expected}, maar kreeg ${beschrijf(iss.input)}.`;
    case 'invalid_value':
      return `Verwacht een van: ${iss.values.map((v) => `'${String(v)}'`).join(', ')}; kreeg ${beschrijf(iss.input)}.`;
    case 'unrecognized_keys':
      return `Onbekend veld ${iss.keys.map((k) => `'${k}'`).join(', ')}.`;
    case 'too_small':
      return iss.origin === 'string' ? 'Mag niet leeg zijn.' : `Te klein (minimaal ${String(iss.minimum)}).`;
    case 'too_big':
      return `Te groot (maximaal ${String(iss.maximum)}).`;
    default:
      return 'Ongeldige waarde.';
  }
}

/** Levenshtein distance, for "bedoelde u …?" hints on typos in field names. */
function afstand(a: string, b: string): number {
  const vorige = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let links = i;
    let diagonaal = i - 1;
    for (let j = 1; j <= b.length; j++) {
      const boven = vorige[j]!;
      const nieuw = Math.min(boven + 1, links + 1, diagonaal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonaal = boven;
      vorige[j] = nieuw;
      links = nieuw;
    }
  }
  return vorige[b.length]!;
}

/** The known name closest to `naam`, if it is close enough to be a typo. */
export function bedoeld(naam: string, bekend: readonly string[]): string | undefined {
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const k of bekend) {
    const d = afstand(naam, k);
    if (d < besteAfstand) [beste, besteAfstand] = [k, d];
  }
  return besteAfstand <= Math.max(2, Math.floor(naam.length / 4)) ? beste : undefined;
}

function padVan(prefix: string, pad: readonly PropertyKey[]): string {
  return [prefix, ...pad.map(String)].filter((p) => p !== '').join('.');
}

type Intern = { _zod?: { def?: { shape?: Record<string, unknown>; innerType?: unknown } } };
/** Unwraps optional/nullable/default wrappers. */
function kern(s: unknown): Intern | undefined {
  let t = s as Intern | undefined;
  while (t?._zod?.def?.innerType !== undefined) t = t._zod.def.innerType as Intern;
  return t;
}

/** The field names of the object schema at `pad` inside `schema` (for "bedoelde u …?" hints). */
function veldenOp(schema: unknown, pad: readonly PropertyKey[]): string[] {
  let s = kern(schema);
  for (const stap of pad) {
    const vorm = s?._zod?.def?.shape;
    if (!vorm || typeof stap !== 'string' || !Object.hasOwn(vorm, stap)) return [];
    s = kern(vorm[stap]);
  }
  const vorm = s?._zod?.def?.shape;
  return vorm ? Object.keys(vorm) : [];
}

/**
 * Parses `invoer` with `schema` (Dutch messages per parse) and returns the data, or throws an
 * InvoerFout whose problemen name each field. An unknown field gets its own problem, with the
 * known field it was probably meant to be (taken from the schema itself).
 */
export function valideer<T>(schema: z.ZodMiniType<T>, invoer: unknown, prefix = ''): T {
  if (typeof invoer === 'object' && invoer !== null && !Array.isArray(invoer)) {
    const proto: unknown = Object.getPrototypeOf(invoer);
    if (proto !== Object.prototype && proto !== null) {
      // zod takes any object; a Date, a Map or a class instance is no set of facts.
      const naam = (invoer as { constructor?: { name?: unknown } }).constructor?.name;
      throw new InvoerFout([{ pad: prefix, melding: `Verwacht een gewoon object met velden, maar kreeg ${typeof naam === 'string' && naam ? `een ${naam}` : 'een ander soort object'}.` }]);
    }
  }
  const r = schema.safeParse(invoer, { error: nlFoutmelding });
  if (r.success) return r.data;
  if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer)) {
    throw new InvoerFout([{ pad: prefix, melding: `Verwacht een object met velden, maar kreeg ${beschrijf(invoer)}.` }]);
  }
  const problemen: Probleem[] = [];
  for (const iss of r.error.issues) {
    if (iss.code === 'unrecognized_keys') {
      const bekendeVelden = veldenOp(schema, iss.path);
      for (const k of iss.keys) {
        const hint = bedoeld(k, bekendeVelden);
        problemen.push({
          pad: padVan(prefix, [...iss.path, k]),
          melding: `Onbekend veld '${k}'.` + (hint ? ` Bedoelde u '${hint}'?` : bekendeVelden.length ? ` Bekende velden: ${bekendeVelden.join(', ')}.` : ''),
        });
      }
    } else {
      problemen.push({ pad: padVan(prefix, iss.path), melding: iss.message });
    }
  }
  throw new InvoerFout(problemen);
}

/** A Datum field ('YYYY-MM-DD', an existing day) with the calendar's Dutch messages. */
export const datumVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = datumProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: p, input: w });
    }),
  );

/** A Datum or a Tijdstip (ISO 8601 with offset). */
export const datumOfTijdstipVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = datumOfTijdstipProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: p, input: w });
    }),
  );

/** Why a text is neither a Datum nor a Tijdstip, or undefined. */
export const datumOfTijdstipProbleem = (w: string): string | undefined => (w.includes('T') ? tijdstipProbleem(w) : datumProbleem(w));

/** A Tijdstip field. */
export const tijdstipVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = tijdstipProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: p, input: w });
    }),
  );

/** A text that must not be blank (leaving the field out, or null, means "not known yet"). */
export const tekstVeld = () => z.string().check(z.refine(isNietLeeg, { message: LEGE_TEKST }));
const LEGE_TEKST = 'Lege tekst is geen antwoord: laat het veld weg (of geef null) zolang het niet bekend is.';
/** A text that is not blank. */
export const isNietLeeg = (s: string): boolean => s.trim() !== '';
