/**
 * Deep freezing of exported data: what the package hands out as data (definitions, rule sets,
 * sources, regions, decrees) cannot be changed by a caller, so no caller can change what the next
 * Besluit says.
 */

/** Freezes `waarde` and everything reachable from it (objects, arrays, functions' own properties are left alone), and returns it. */
export const diepBevroren = /* @__NO_SIDE_EFFECTS__ */ <T>(waarde: T): T => {
  if (typeof waarde === 'object' && waarde !== null && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const k of Reflect.ownKeys(waarde)) diepBevroren((waarde as Record<PropertyKey, unknown>)[k]);
  }
  return waarde;
};
