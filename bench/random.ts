// Seeded randomness for the generator and the query samplers: the same seed must give the same
// bytes on every machine, so nothing here touches Math.random or the clock.

/** A uniform number in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for synthetic data (not for cryptography). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** One element of a non-empty array, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * A sampler of ranks 0..n-1 with Zipf popularity (`P(rank) ∝ 1 / (rank + 1)^s`): rank 0 is the most
 * popular. Inverse-CDF with binary search over a precomputed table, O(log n) per draw.
 */
export function zipfSampler(random: Random, n: number, s: number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** s;
    cdf[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cdf[mid] as number) <= target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** A seeded Fisher–Yates permutation of 0..n-1. */
export function permutation(random: Random, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}
