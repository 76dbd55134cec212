import { getHeapStatistics } from "node:v8";

/** The work a command does with its records, from the lightest to the heaviest. */
export type HeapWork = "validate" | "graph";

/**
 * Heap bytes per record at the peak of each kind of work, records of every kind counted, measured
 * by `bench/cliHeap.ts` on datasets from the bench's generator (their mix: per 1,000 commitments,
 * 333 claims, 111 sources, 56 events; docs/performance.md, "The command line's memory"): the
 * largest live heap after a forced collection at each step, divided by the records.
 * `validate` reads, parses and validates (the parsed input and the validated records are both
 * alive); `graph` also builds the graph and its indexes.
 */
export const HEAP_PER_RECORD: Readonly<Record<HeapWork, number>> = Object.freeze({
  validate: 1900,
  graph: 3700,
});

/** The heap the command line uses before it reads any data (Node, the libraries, the built-in dataset). */
const BASELINE = 48 * 1024 * 1024;
/** Room left for the collector: V8 gives up well before a heap is completely full. */
const HEADROOM = 1.1;

/** Whether `records` fit in the heap for `work`, and how much heap that takes. */
export interface HeapEstimate {
  readonly records: number;
  readonly work: HeapWork;
  /** Bytes of heap the work is estimated to need at its peak. */
  readonly needed: number;
  /** The process's heap limit in bytes (`v8.getHeapStatistics().heap_size_limit`). */
  readonly limit: number;
  readonly fits: boolean;
  /** A `--max-old-space-size` (MB) that leaves room for the estimate, rounded up to 512 MB. */
  readonly suggestedMb: number;
}

/** Estimates the heap `work` on `records` needs, against this process's heap limit. */
export function estimateHeap(
  records: number,
  work: HeapWork,
  limit: number = getHeapStatistics().heap_size_limit,
): HeapEstimate {
  const needed = Math.round((BASELINE + records * HEAP_PER_RECORD[work]) * HEADROOM);
  const suggestedMb = Math.ceil(needed / 2 ** 20 / 512) * 512;
  return { records, work, needed, limit, fits: needed <= limit, suggestedMb };
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

/** The lines that say a dataset will not fit, and how to raise the limit. */
export function heapAdvice(estimate: HeapEstimate, commandLine: string): [string, string] {
  const what = estimate.work === "graph" ? "building their graph" : "validating them";
  return [
    `${estimate.records.toLocaleString("en-US")} records will not fit in this process's heap: ${what} needs about ${gib(estimate.needed)}, and the heap is limited to ${gib(estimate.limit)}.`,
    [
      "Raise the limit and run the command again, for instance:",
      `  NODE_OPTIONS=--max-old-space-size=${estimate.suggestedMb} ${commandLine}`,
      `(The estimate is ${HEAP_PER_RECORD[estimate.work].toLocaleString("en-US")} bytes of heap per record, measured on generated datasets; --no-heap-check goes ahead without it.)`,
    ].join("\n"),
  ];
}
