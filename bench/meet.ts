/**
 * Measures several implementations side by side: rounds in which each runs over the same inputs
 * in turn, so machine noise hits all of them alike; reports the median ops/s per implementation.
 * A variant is synchronous (called in a loop) or asynchronous (awaited call after call): awaiting
 * a synchronous call would add a microtask per call and distort its figure.
 */
export type Variant<T> = { sync: (x: T) => unknown } | { async: (x: T) => Promise<unknown> };

export async function meetNaastElkaar<T, K extends string>(
  invoer: readonly T[],
  varianten: Record<K, Variant<T>>,
  opties: { rondes?: number; msPerRonde?: number } = {},
): Promise<Record<K, number>> {
  const rondes = opties.rondes ?? 7;
  const ms = opties.msPerRonde ?? 150;
  const namen = Object.keys(varianten) as K[];
  const metingen = Object.fromEntries(namen.map((n) => [n, [] as number[]])) as unknown as Record<K, number[]>;
  let gootsteen = 0;
  for (let r = 0; r < rondes; r++) {
    for (const naam of namen) {
      const v = varianten[naam];
      // Each round starts with a clean heap (node --expose-gc, as npm run bench starts it), so one
      // variant's garbage is not collected in the other's time.
      (globalThis as { gc?: () => void }).gc?.();
      let n = 0;
      let i = 0;
      const begin = performance.now();
      let nu = begin;
      while (nu - begin < ms) {
        // The clock is read every 16 calls, so a slow variant still stops near `ms`.
        if ('sync' in v) {
          for (let j = 0; j < 16; j++) {
            if (v.sync(invoer[i]!)) gootsteen++;
            i = i + 1 === invoer.length ? 0 : i + 1;
          }
        } else {
          for (let j = 0; j < 16; j++) {
            if (await v.async(invoer[i]!)) gootsteen++;
            i = i + 1 === invoer.length ? 0 : i + 1;
          }
        }
        n += 16;
        nu = performance.now();
      }
      if (r > 0) metingen[naam].push((n / (nu - begin)) * 1000); // round 0 is warm-up
    }
  }
  if (gootsteen === -1) console.log(gootsteen);
  return Object.fromEntries(namen.map((n) => [n, mediaan(metingen[n])])) as Record<K, number>;
}

export const mediaan = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Latency percentiles (ms) of a call over the inputs, after a warm-up. */
export function latentie<T>(invoer: readonly T[], f: (x: T) => unknown, aantal = 50_000): { p50: number; p99: number } {
  for (let i = 0; i < 5_000; i++) f(invoer[i % invoer.length]!);
  const tijden = new Float64Array(aantal);
  for (let i = 0; i < aantal; i++) {
    const begin = performance.now();
    f(invoer[i % invoer.length]!);
    tijden[i] = performance.now() - begin;
  }
  tijden.sort();
  return { p50: tijden[Math.floor(aantal * 0.5)]!, p99: tijden[Math.floor(aantal * 0.99)]! };
}
