/**
 * Small deterministic PRNG (mulberry32) with the draws the generated demo data needs: the same
 * seed yields the same ledger on every machine and database, so benchmarks compare like with like.
 */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Knuth's method; rates here are small. */
  const poisson = (rate: number) => {
    const limit = Math.exp(-rate);
    let k = 0;
    for (let p = next(); p > limit; p *= next()) k++;
    return k;
  };
  return { next, int, pick, poisson };
}
export type Random = ReturnType<typeof randomSource>;

/**
 * Draws an index with probability proportional to its weight, in O(log n): a cumulative table
 * searched by bisection, so picking among 40,000 villages stays cheap per entry.
 */
export function weightedPicker(weights: readonly number[]): (u: number) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  if (!(total > 0)) throw new Error('weightedPicker: no positive weight');
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
