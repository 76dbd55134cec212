import { getHeapStatistics } from "node:v8";

/** The work a command does with its records, from the lightest to the heaviest. */
export type HeapWork = "validate" | "graph";

/**
 * Heap bytes per record at the peak of each kind of work, records of every kind counted, measured
 * by `bench/cliHeap.ts` on datasets from the bench's generator (their mix: per 1,000 commitments,
 * 333 claims, 111 sources and 56 events; docs/performance.md, "The command line's memory"): the
 * live heap after a forced collection at each step, with what the step keeps alive, divided by
 * the records. At 100,000 commitments (152,560 records with Geneva's): `validate` 1,833 (the
 * parsed input and the validated records alive together), `graph` 2,987 (the merged records, the
 * graph and the queries' indexes); at 10,000, 1,677 and 2,797. One commitment of that mix is
 * 1.5 records: 4.5 KB of heap for its graph.
 */
export const HEAP_PER_RECORD: Readonly<Record<HeapWork, number>> = Object.freeze({
  validate: 1850,
  graph: 3000,
});

/** The heap the command line uses before it reads any data (Node, the libraries, the built-in dataset). */
const BASELINE = 32 * 1024 * 1024;
/** Room for what a step allocates and drops as it goes, and for the collector to work in. */
const HEADROOM = 1.1;
/**
 * The young generation's share of `heap_size_limit` (three semi-spaces of 16 MiB, Node's default on
 * 64-bit): records live in the old generation, whose limit is `--max-old-space-size`. With
 * `--max-old-space-size=48` the limit reads 96 MiB, and a process dies when its old space passes 48.
 */
const YOUNG_GENERATION = 48 * 2 ** 20;

/** Whether `records` fit in the heap for `work`, and how much heap that takes. */
export interface HeapEstimate {
  readonly records: number;
  readonly work: HeapWork;
  /** Bytes of heap the work is estimated to need at its peak. */
  readonly needed: number;
  /** The process's heap limit in bytes (`v8.getHeapStatistics().heap_size_limit`). */
  readonly limit: number;
  /** What of it the records can use: the old generation (`--max-old-space-size`). */
  readonly available: number;
  readonly fits: boolean;
  /** A `--max-old-space-size` (MB) that leaves room for the estimate, rounded up to 512 MB. */
  readonly suggestedMb: number;
}

/**
 * Estimates the heap `work` on `records` needs at its peak, and whether this process's heap holds
 * it: `limit` is `v8.getHeapStatistics().heap_size_limit` unless given.
 *
 * @example
 *   // The bench's million commitments (1,502,501 records) in Node's default 4 GiB heap:
 *   estimateHeap(1_502_501, "graph").fits; // => false, with suggestedMb 5120
 */
export function estimateHeap(
  records: number,
  work: HeapWork,
  limit: number = getHeapStatistics().heap_size_limit,
): HeapEstimate {
  const needed = Math.round((BASELINE + records * HEAP_PER_RECORD[work]) * HEADROOM);
  const available = Math.max(0, limit - YOUNG_GENERATION);
  const suggestedMb = Math.ceil(needed / 2 ** 20 / 512) * 512;
  return { records, work, needed, limit, available, fits: needed <= available, suggestedMb };
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

/** The lines that say a dataset will not fit, and how to raise the limit. */
export function heapAdvice(estimate: HeapEstimate, commandLine: string): [string, string] {
  const what = estimate.work === "graph" ? "building their graph" : "validating them";
  return [
    `${estimate.records.toLocaleString("en-US")} records will not fit in this process's heap: ${what} needs about ${gib(estimate.needed)}, and the heap is limited to ${gib(estimate.available)}.`,
    [
      "Raise the limit and run the command again, for instance:",
      `  NODE_OPTIONS=--max-old-space-size=${estimate.suggestedMb} ${commandLine}`,
      `(The estimate is ${HEAP_PER_RECORD[estimate.work].toLocaleString("en-US")} bytes of heap per record, measured on generated datasets; --no-heap-check goes ahead without it.)`,
    ].join("\n"),
  ];
}
