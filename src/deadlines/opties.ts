/**
 * Reading the options object of a calendar or deadline function: one way for all of them. The
 * options are described by a zod/mini object schema (the one source of which options exist and
 * what each may hold); this module reads the caller's object safely and gives the schema's verdict
 * as an InvoerFout with Dutch messages.
 *
 * Safely: only the object's own enumerable properties count (nothing inherited, so neither a
 * polluted Object.prototype nor an own `__proto__` key is an option), each is read once into a
 * fresh object without a prototype, and that copy is what is checked and used: the value used is
 * the value checked. A proxy or getter that throws while being read gives an InvoerFout too. An unknown option gets its
 * own problem, with "Bedoelde u …?" when it is close to a known one.
 */
import type * as z from 'zod/mini';
import { InvoerFout, type Foutcode, type Probleem } from '../types/fouten.js';
import { bedoeld, ingekort, MAX_HINTS, MAX_PROBLEMEN, valideer } from '../types/zodNl.js';
import { beschrijf } from './datum.js';

/** How a set of options is read: its schema and, per option, a quick check that agrees with it. */
export interface OptiesVorm<T> {
  /** The zod/mini object schema: the options there are and what each may hold. */
  schema: z.ZodMiniType<T>;
  /** The names of the options, in the order a message lists them. */
  namen: readonly string[];
  /**
   * Per option, a check that accepts exactly what the schema accepts for it (undefined is always
   * accepted: an option left out). Only a speed-up: a value it refuses goes to zod for the message.
   * termijnen.test.ts checks that it never accepts what the schema refuses, termijnen.mutatie.test.ts
   * that it accepts every valid value (for every options object, the decisions' too).
   */
  snel: Readonly<Record<string, (w: unknown) => boolean>>;
  /** A check across options (e.g. `tot` after `van`) that agrees with the schema's own, if any. */
  geheel?: (o: Readonly<Record<string, unknown>>) => boolean;
  /** Messages of their own for names that are no option (e.g. an option that moved). */
  uitleg?: Readonly<Record<string, string>>;
}

/** Longer than any list an option takes (extraVrijeDagen: at most one per day of 1990–2200, 77,226). */
const MAX_LIJST = 100_000;

/** No options: without a prototype, so an option left out never reads a polluted Object.prototype. */
const LEEG: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze(Object.create(null) as Record<string, unknown>);

/**
 * Reads `opties` as `vorm` describes them. Undefined means "no options" (every default).
 *
 * @param vorm - The schema and its quick checks.
 * @param opties - What the caller passed.
 * @param prefix - The path of the options in messages: 'opties' for an argument called so, '' when
 * the options are the whole argument (maakWerkdagkalender).
 * @returns A fresh object holding the options given (never the caller's object).
 * @throws {InvoerFout} for anything else than a plain object, an unknown option, or a value the
 * schema refuses; unknown options first, then the rest, at most MAX_PROBLEMEN problems.
 */
export function leesOpties<T>(vorm: OptiesVorm<T>, opties: unknown, prefix: string): T {
  if (opties === undefined) return LEEG as T;
  if (typeof opties !== 'object' || opties === null) {
    return invoerFoutOp(prefix, 'verkeerd-type', `Verwacht een object met opties, maar kreeg ${beschrijf(opties)}.`);
  }
  const eigen = Object.create(null) as Record<string, unknown>;
  const problemen: Probleem[] = [];
  let nietGetoond = 0;
  const meld = (pad: string, code: Foutcode, melding: () => string): void => {
    if (problemen.length < MAX_PROBLEMEN) problemen.push({ pad, code, melding: melding() });
    else nietGetoond++;
  };
  try {
    if (Array.isArray(opties)) return invoerFoutOp(prefix, 'verkeerd-type', 'Verwacht een object met opties, maar kreeg een lijst.');
    const proto: unknown = Object.getPrototypeOf(opties);
    if (proto !== Object.prototype && proto !== null) {
      return invoerFoutOp(prefix, 'verkeerd-type', `Verwacht een gewoon object met opties, maar kreeg ${soortObject(opties)}.`);
    }
    // Stryker disable next-line BooleanLiteral: a speed-up only: zod judges the same copy the same way
    let snel = true;
    let hints = 0;
    for (const k of Object.keys(opties)) {
      const check = Object.hasOwn(vorm.snel, k) ? vorm.snel[k] : undefined;
      if (check === undefined) {
        snel = false;
        meld([prefix, ingekort(k)].filter((d) => d !== '').join('.'), 'onbekend-veld', () => onbekendeOptie(vorm, k, hints++ < MAX_HINTS));
      } else {
        // Read once (a getter runs once), a list element by element into a list of its own: the
        // value checked is the value used, also inside a list (extraVrijeDagen).
        const gelezen: unknown = (opties as Record<string, unknown>)[k];
        // (A list longer than any option allows is left as it is: its length alone refuses it.)
        const w = Array.isArray(gelezen) && gelezen.length <= MAX_LIJST ? Array.from(gelezen as unknown[]) : gelezen;
        eigen[k] = w;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: a speed-up only: 'true' and '||' refuse more, which sends the same copy to zod, whose verdict the quick checks agree with (termijnen.test.ts, termijnen.mutatie.test.ts); 'false' would accept anything, which the option tests kill, but shares this line
        if (snel && w !== undefined && !check(w)) snel = false;
      }
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a speed-up only: 'false' sends every copy to zod, which judges it the same way; 'true' and '||' would skip the cross-option check, which the option tests kill, but share this line
    if (snel && (vorm.geheel === undefined || vorm.geheel(eigen))) return eigen as T;
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    // A proxy whose traps throw: the options cannot be read at all.
    return invoerFoutOp(prefix, 'ongeldige-waarde', 'De opties konden niet worden gelezen.');
  }
  try {
    // zod judges the copy; the copy (no prototype) is what the caller gets, not zod's output object,
    // whose missing keys would be looked up on Object.prototype.
    valideer(vorm.schema, eigen, prefix);
  } catch (e) {
    // A getter deeper in a value that throws while zod reads it: the options cannot be read.
    if (!(e instanceof InvoerFout)) return invoerFoutOp(prefix, 'ongeldige-waarde', 'De opties konden niet worden gelezen.');
    for (const p of e.problemen) meld(p.pad, p.code, () => p.melding);
  }
  if (problemen.length === 0) return eigen as T;
  if (nietGetoond > 0) problemen.push({ pad: prefix, code: 'meer-problemen', melding: `… en ${nietGetoond} meer ${nietGetoond === 1 ? 'probleem' : 'problemen'} (niet getoond).` });
  throw new InvoerFout(problemen);
}

function onbekendeOptie<T>(vorm: OptiesVorm<T>, k: string, metHint: boolean): string {
  if (vorm.uitleg !== undefined && Object.hasOwn(vorm.uitleg, k)) return vorm.uitleg[k]!;
  const hint = metHint ? bedoeld(k, vorm.namen) : undefined;
  return `Onbekende optie '${ingekort(k)}'.${hint !== undefined ? ` Bedoelde u '${hint}'?` : ''} Bekend zijn: ${vorm.namen.join(', ')}.`;
}

function soortObject(o: object): string {
  const naam: unknown = (o as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof naam === 'string' && naam !== '' && naam !== 'Object'
    ? `een ${ingekort(naam)}`
    : 'een object dat velden erft (alleen eigen velden tellen als opties)';
}

function invoerFoutOp(pad: string, code: Foutcode, melding: string): never {
  throw new InvoerFout([{ pad, code, melding }]);
}
