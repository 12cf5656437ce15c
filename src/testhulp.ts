/** Test helper (not part of the package): the error a synchronous call throws, or a failure when it throws none. */
export function vang(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('Verwacht een fout, maar de aanroep slaagde.');
}
