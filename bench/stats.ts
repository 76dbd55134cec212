// Timing and memory helpers shared by every measure.

/** The value at quantile `q` (0..1) of `values`, by nearest rank on a sorted copy. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = () => performance.now();

type Gc = () => void;
/** Full garbage collection, `times` times (finalizers and weak maps can free more on a later pass). */
export function collectGarbage(times = 3): void {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (gc === undefined) throw new Error("bench: run node with --expose-gc");
  for (let i = 0; i < times; i++) gc();
}

export interface MemorySample {
  heapUsed: number;
  rss: number;
  external: number;
}

let peakLiveHeap = 0;

/** Memory after a forced full GC, in bytes. */
export function memoryAfterGc(): MemorySample {
  // One forced collection is a full mark-compact. Measured with a 100k graph alive: a second and
  // third pass moved heapUsed by at most 1.1 MiB of 425 MiB and cost 0.2 to 0.7 s each.
  collectGarbage(1);
  const { heapUsed, rss, external } = process.memoryUsage();
  peakLiveHeap = Math.max(peakLiveHeap, heapUsed);
  return { heapUsed, rss, external };
}

/** The largest heap still in use after a forced GC seen by `memoryAfterGc` so far. */
export const maxLiveHeap = () => peakLiveHeap;

export function memoryDelta(before: MemorySample, after: MemorySample): MemorySample {
  return {
    heapUsed: after.heapUsed - before.heapUsed,
    rss: after.rss - before.rss,
    external: after.external - before.external,
  };
}
