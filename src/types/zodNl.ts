/**
 * Dutch messages for zod, passed per parse (never through a global `z.config()`, which would
 * change zod's behaviour for every other user in the host app), and the step that turns zod's
 * issues into an InvoerFout.
 */
import * as z from 'zod/mini';
import { beschrijf, datumProbleem, ingekort, MAX_GETOOND } from '../deadlines/datum.js';
import { tijdstipProbleem } from '../deadlines/tijdstip.js';
import { FOUTCODES, InvoerFout, type Foutcode, type Probleem } from './fouten.js';

/** The one way to cut off a long value in a message (re-exported for the modules that build messages). */
export { ingekort };

/** How a zod `expected` type reads in a Dutch sentence ("Verwacht …"). */
const SOORT: Readonly<Record<string, string>> = {
  boolean: 'true of false',
  string: 'een tekst',
  number: 'een getal',
  int: 'een geheel getal',
  bigint: 'een geheel getal',
  nan: 'een getal',
  object: 'een object',
  record: 'een object met velden',
  array: 'een lijst',
  tuple: 'een lijst',
  set: 'een lijst',
  map: 'een object met velden',
  date: 'een datum',
  null: 'null',
  undefined: 'niets',
  void: 'niets',
  nonoptional: 'een waarde',
  symbol: 'een symbool',
  function: 'een functie',
  file: 'een bestand',
};
const soortTekst = (expected: string): string => (Object.hasOwn(SOORT, expected) ? SOORT[expected]! : 'een andere soort waarde');

/** How many problems one InvoerFout lists; the rest is counted in one last problem, '… en N meer'. */
export const MAX_PROBLEMEN = 20;
/** For how many unknown fields the "Bedoelde u …?" hint is computed (the others are only named). */
export const MAX_HINTS = 5;
/** The longest message a problem carries (after long values in it were cut off). */
const MAX_MELDING = 2000;

/**
 * A message with every quoted value longer than MAX_GETOOND cut off, and at most MAX_MELDING
 * characters: the last safeguard for messages built elsewhere that quote a value whole.
 */
export function kortMelding(melding: string): string {
  if (melding.length <= MAX_GETOOND * 2) return melding;
  const kort = melding.replace(/'([^'\n]{81,})'/g, (_, w: string) => `'${ingekort(w)}'`);
  return ingekort(kort, MAX_MELDING);
}

/** A message that quotes `waarde` whole, with that value cut off (when it is long). */
const metKorteWaarde = (melding: string, waarde: string): string =>
  waarde.length > MAX_GETOOND ? kortMelding(melding.split(waarde).join(ingekort(waarde))) : melding;

/** "'a', 'b', 'c' … en 7 meer": at most `max` names, each cut off. */
function namenLijst(namen: readonly string[], max = MAX_HINTS): string {
  const getoond = namen.slice(0, max).map((k) => `'${ingekort(k)}'`).join(', ');
  return namen.length > max ? `${getoond} … en ${namen.length - max} meer` : getoond;
}

/** The Dutch reading of a failed union: what each alternative expected, or the first alternative's message. */
function unieMelding(iss: z.core.$ZodRawIssue & { code: 'invalid_union' }): string {
  if (iss.errors.length === 0) return 'De waarde past bij meer dan één toegestane vorm.';
  const soorten = iss.errors.map((fouten) => {
    const f = fouten[0];
    return fouten.length === 1 && f?.code === 'invalid_type' && f.path.length === 0 ? soortTekst(f.expected) : undefined;
  });
  if (soorten.every((s) => s !== undefined)) {
    const uniek = [...new Set(soorten)];
    const opties = uniek.length === 1 ? uniek[0]! : `${uniek.slice(0, -1).join(', ')} of ${uniek.at(-1)!}`;
    return `Verwacht ${opties}, maar kreeg ${beschrijf(iss.input)}.`;
  }
  const eerste = iss.errors.flat()[0];
  return eerste ? `Past bij geen van de toegestane vormen: ${kortMelding(eerste.message)}` : 'Past bij geen van de toegestane vormen.';
}

/** "(hoogstens 5)", "(minstens 1)" with the unit that fits the origin of a size issue. */
function maat(origin: string, n: number | bigint, grens: 'minstens' | 'hoogstens'): string {
  const aantal = String(n);
  if (origin === 'string') return `${grens} ${aantal} ${n === 1 ? 'teken' : 'tekens'}`;
  if (origin === 'array' || origin === 'set') return `${grens} ${aantal} ${n === 1 ? 'element' : 'elementen'}`;
  return `${grens} ${aantal}`;
}

/**
 * The Dutch error map. Pass it per parse: `schema.safeParse(invoer, { error: nlFoutmelding })`.
 * Every zod issue code gets a Dutch sentence; a value it echoes is cut off after 80 characters,
 * and an issue about many unknown keys names the first five and counts the rest.
 *
 * @example
 * AdviesOfMeldingInvoerSchema.safeParse({ wens: 'bellen' }, { error: nlFoutmelding })
 * // issues[0].message === "Verwacht een van: 'advies', 'melding'; kreeg de tekst 'bellen'."
 */
export function nlFoutmelding(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `Verplicht veld ontbreekt: verwacht ${soortTekst(iss.expected)}.`;
      return `Verwacht ${soortTekst(iss.expected)}, maar kreeg ${beschrijf(iss.input)}.`;
    case 'invalid_value':
      return `Verwacht een van: ${iss.values.slice(0, MAX_PROBLEMEN).map((v) => `'${ingekort(String(v))}'`).join(', ')}${iss.values.length > MAX_PROBLEMEN ? ' …' : ''}; kreeg ${beschrijf(iss.input)}.`;
    case 'unrecognized_keys':
      return `Onbekend veld ${namenLijst(iss.keys)}.`;
    case 'too_small':
      if (iss.origin === 'string' && Number(iss.minimum) === 1) return 'Mag niet leeg zijn.';
      if (iss.origin === 'array' && Number(iss.minimum) === 1) return 'De lijst mag niet leeg zijn.';
      return `Te klein: ${maat(iss.origin, iss.minimum, 'minstens')}.`;
    case 'too_big':
      return iss.origin === 'string' ? `Te lang: ${maat(iss.origin, iss.maximum, 'hoogstens')}.` : iss.origin === 'array' || iss.origin === 'set' ? `Te veel: ${maat(iss.origin, iss.maximum, 'hoogstens')}.` : `Te groot: ${maat(iss.origin, iss.maximum, 'hoogstens')}.`;
    case 'invalid_union':
      return unieMelding(iss);
    case 'invalid_key':
      return typeof iss.input === 'string' ? `Ongeldige veldnaam '${ingekort(iss.input)}'.` : `Ongeldige veldnaam: ${beschrijf(iss.input)}.`;
    case 'invalid_element':
      return `Ongeldig element: ${iss.issues[0] ? kortMelding(iss.issues[0].message) : 'de waarde past niet.'}`;
    case 'invalid_format':
      return `Ongeldige vorm: ${beschrijf(iss.input)} heeft niet de verwachte vorm (${iss.format}).`;
    case 'not_multiple_of':
      return `Verwacht een veelvoud van ${String(iss.divisor)}, maar kreeg ${beschrijf(iss.input)}.`;
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

/**
 * The known name closest to `naam`, if it is close enough to be a typo. Cheap for any input: a
 * name whose length differs too much from a known one is not compared with it.
 */
export function bedoeld(naam: string, bekend: readonly string[]): string | undefined {
  const grens = Math.max(2, Math.floor(naam.length / 4));
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const k of bekend) {
    if (Math.abs(naam.length - k.length) > grens) continue; // the distance is at least the difference in length
    const d = afstand(naam, k);
    if (d < besteAfstand) [beste, besteAfstand] = [k, d];
  }
  return besteAfstand <= grens ? beste : undefined;
}

/**
 * The stable code of a zod issue (see FOUTCODES). A check of our own (a date, a region, a text)
 * names its code in the issue's `params`; anything else takes it from zod's own issue code.
 */
function codeVan(iss: z.core.$ZodIssue): Foutcode {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'ontbrekend' : 'verkeerd-type';
    case 'unrecognized_keys':
      return 'onbekend-veld';
    case 'invalid_value':
      return 'onbekende-waarde';
    case 'too_small':
      return iss.origin === 'string' ? 'ongeldige-waarde' : 'buiten-bereik';
    case 'too_big':
      return 'buiten-bereik';
    case 'invalid_union':
      return iss.errors.length > 0 && iss.errors.every((f) => f.length === 1 && f[0]!.code === 'invalid_type' && f[0]!.path.length === 0) ? 'verkeerd-type' : 'ongeldige-waarde';
    case 'custom': {
      const code: unknown = iss.params?.['code'];
      return typeof code === 'string' && Object.hasOwn(FOUTCODES, code) ? (code as Foutcode) : 'ongeldige-waarde';
    }
    default:
      return 'ongeldige-waarde';
  }
}

function padVan(prefix: string, pad: readonly PropertyKey[]): string {
  return [prefix, ...pad.map((p) => ingekort(String(p)))].filter((p) => p !== '').join('.');
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
 *
 * Bad input costs bounded time and text: the hint is computed for the first MAX_HINTS unknown
 * fields only, at most MAX_PROBLEMEN problems are listed (then one last problem '… en N meer'),
 * and a value a message echoes is cut off after MAX_GETOOND characters.
 */
export function valideer<T>(schema: z.ZodMiniType<T>, invoer: unknown, prefix = ''): T {
  if (typeof invoer === 'object' && invoer !== null && !Array.isArray(invoer)) {
    const proto: unknown = Object.getPrototypeOf(invoer);
    if (proto !== Object.prototype && proto !== null) {
      // zod takes any object; a Date, a Map or a class instance is no set of facts.
      const naam = (invoer as { constructor?: { name?: unknown } }).constructor?.name;
      throw new InvoerFout([{ pad: prefix, code: 'verkeerd-type', melding: `Verwacht een gewoon object met velden, maar kreeg ${typeof naam === 'string' && naam ? `een ${ingekort(naam)}` : 'een ander soort object'}.` }]);
    }
  }
  // reportInput: the issue keeps the value, so a missing field (ontbrekend) is told from a wrong one (verkeerd-type).
  const r = schema.safeParse(invoer, { error: nlFoutmelding, reportInput: true });
  if (r.success) return r.data;
  if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer)) {
    throw new InvoerFout([{ pad: prefix, code: 'verkeerd-type', melding: `Verwacht een object met velden, maar kreeg ${beschrijf(invoer)}.` }]);
  }
  const problemen: Probleem[] = [];
  let meer = 0;
  const voegToe = (pad: () => string, code: Foutcode, melding: () => string): void => {
    if (problemen.length < MAX_PROBLEMEN) problemen.push({ pad: pad(), code, melding: melding() });
    else meer++;
  };
  let hints = 0;
  const lijstGetoond = new Set<string>(); // the known fields are listed once per object
  for (const iss of r.error.issues) {
    if (iss.code === 'unrecognized_keys') {
      if (problemen.length >= MAX_PROBLEMEN) {
        meer += iss.keys.length;
        continue;
      }
      const bekendeVelden = veldenOp(schema, iss.path);
      for (const k of iss.keys) {
        voegToe(
          () => padVan(prefix, [...iss.path, k]),
          'onbekend-veld',
          () => {
            if (hints >= MAX_HINTS) return `Onbekend veld '${ingekort(k)}'.`;
            hints++;
            const hint = bedoeld(k, bekendeVelden);
            if (hint) return `Onbekend veld '${ingekort(k)}'. Bedoelde u '${hint}'?`;
            const waar = iss.path.join('.');
            if (bekendeVelden.length === 0 || lijstGetoond.has(waar)) return `Onbekend veld '${ingekort(k)}'.`;
            lijstGetoond.add(waar);
            return `Onbekend veld '${ingekort(k)}'. Bekende velden: ${bekendeVelden.join(', ')}.`;
          },
        );
      }
    } else {
      voegToe(() => padVan(prefix, iss.path), codeVan(iss), () => kortMelding(iss.message));
    }
  }
  if (meer > 0) problemen.push({ pad: prefix, code: 'meer-problemen', melding: `… en ${meer} meer ${meer === 1 ? 'probleem' : 'problemen'} (niet getoond).` });
  throw new InvoerFout(problemen);
}

/** The code of a problem with a date or Tijdstip field (carried in the zod issue's params, see `codeVan`). */
const DATUMCODE = { code: 'ongeldige-datum' } as const satisfies { code: Foutcode };

/** A Datum field ('YYYY-MM-DD', an existing day) with the calendar's Dutch messages. */
export const datumVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = datumProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: metKorteWaarde(p, w), input: w, params: DATUMCODE });
    }),
  );

/** A Datum or a Tijdstip (ISO 8601 with offset). */
export const datumOfTijdstipVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = datumOfTijdstipProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: metKorteWaarde(p, w), input: w, params: DATUMCODE });
    }),
  );

/** Why a text is neither a Datum nor a Tijdstip, or undefined. */
export const datumOfTijdstipProbleem = (w: string): string | undefined => (w.includes('T') ? tijdstipProbleem(w) : datumProbleem(w));

/** A Tijdstip field. */
export const tijdstipVeld = () =>
  z.string().check(
    z.superRefine((w, ctx) => {
      const p = tijdstipProbleem(w);
      if (p) ctx.addIssue({ code: 'custom', message: metKorteWaarde(p, w), input: w, params: DATUMCODE });
    }),
  );

/** A text that must not be blank (leaving the field out, or null, means "not known yet"). */
export const tekstVeld = () => z.string().check(z.refine(isNietLeeg, { message: LEGE_TEKST }));
const LEGE_TEKST = 'Lege tekst is geen antwoord: laat het veld weg (of geef null) zolang het niet bekend is.';
/** A text that is not blank. */
export const isNietLeeg = (s: string): boolean => s.trim() !== '';
