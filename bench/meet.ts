/**
 * Measures several implementations side by side: rounds in which each runs over the same inputs
 * in turn, so machine noise hits all of them alike; reports the median ops/s per implementation.
 */
export function meetNaastElkaar<T, K extends string>(
  invoer: readonly T[],
  varianten: Record<K, (x: T) => unknown>,
  opties: { rondes?: number; msPerRonde?: number } = {},
): Record<K, number> {
  const rondes = opties.rondes ?? 7;
  const ms = opties.msPerRonde ?? 150;
  const namen = Object.keys(varianten) as K[];
  const metingen = Object.fromEntries(namen.map((n) => [n, [] as number[]])) as unknown as Record<K, number[]>;
  let gootsteen = 0;
  for (let r = 0; r < rondes; r++) {
    for (const naam of namen) {
      const f = varianten[naam];
      let n = 0;
      let i = 0;
      const begin = performance.now();
      let nu = begin;
      while (nu - begin < ms) {
        // The clock is read every 16 calls, so a slow variant still stops near `ms`.
        for (let j = 0; j < 16; j++) {
          if (f(invoer[i]!)) gootsteen++;
          i = i + 1 === invoer.length ? 0 : i + 1;
        }
        n += 16;
        nu = performance.now();
      }
      if (r > 0) metingen[naam].push((n / (nu - begin)) * 1000); // round 0 is warm-up
    }
  }
  if (gootsteen === -1) console.log(gootsteen);
  const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(namen.map((n) => [n, mediaan(metingen[n])])) as Record<K, number>;
}

/** The async counterpart of meetNaastElkaar: each variant awaited call after call, in interleaved rounds. */
export async function meetAsyncNaastElkaar<T, K extends string>(
  invoer: readonly T[],
  varianten: Record<K, (x: T) => Promise<unknown>>,
  opties: { rondes?: number; msPerRonde?: number } = {},
): Promise<Record<K, number>> {
  const rondes = opties.rondes ?? 7;
  const ms = opties.msPerRonde ?? 150;
  const namen = Object.keys(varianten) as K[];
  const metingen = Object.fromEntries(namen.map((n) => [n, [] as number[]])) as unknown as Record<K, number[]>;
  for (let r = 0; r < rondes; r++) {
    for (const naam of namen) {
      const f = varianten[naam];
      let n = 0;
      let i = 0;
      const begin = performance.now();
      let nu = begin;
      while (nu - begin < ms) {
        for (let j = 0; j < 16; j++) {
          await f(invoer[i]!);
          i = i + 1 === invoer.length ? 0 : i + 1;
        }
        n += 16;
        nu = performance.now();
      }
      if (r > 0) metingen[naam].push((n / (nu - begin)) * 1000);
    }
  }
  const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(namen.map((n) => [n, mediaan(metingen[n])])) as Record<K, number>;
}

/** Latency percentiles (ms) of an async call over the inputs, after a warm-up. */
export async function latentie<T>(invoer: readonly T[], f: (x: T) => Promise<unknown>, aantal = 20_000): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 2_000; i++) await f(invoer[i % invoer.length]!);
  const tijden = new Float64Array(aantal);
  for (let i = 0; i < aantal; i++) {
    const begin = performance.now();
    await f(invoer[i % invoer.length]!);
    tijden[i] = performance.now() - begin;
  }
  tijden.sort();
  return { p50: tijden[Math.floor(aantal * 0.5)]!, p99: tijden[Math.floor(aantal * 0.99)]! };
}
