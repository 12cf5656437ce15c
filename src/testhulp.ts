import { expect } from 'vitest';
import { InvoerFout } from './types/fouten.js';

/** Test helper (not part of the package): the error a synchronous call throws, or a failure when it throws none. */
export function vang(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('Verwacht een fout, maar de aanroep slaagde.');
}

/** The InvoerFout a synchronous call throws; a failure when it throws nothing or anything else. */
export function vangInvoerFout(f: () => unknown): InvoerFout {
  const e = vang(f);
  expect(e).toBeInstanceOf(InvoerFout);
  return e as InvoerFout;
}

/** The pad and code of every probleem of the InvoerFout a synchronous call throws. */
export const padEnCode = (f: () => unknown) => vangInvoerFout(f).problemen.map(({ pad, code }) => ({ pad, code }));

/** Every object reachable from `w` through own properties (arrays and objects; functions are not entered). */
export function alleObjecten(w: unknown, uit = new Set<object>()): Set<object> {
  if (typeof w === 'object' && w !== null && !uit.has(w)) {
    uit.add(w);
    for (const k of Reflect.ownKeys(w)) alleObjecten((w as Record<PropertyKey, unknown>)[k], uit);
  }
  return uit;
}
