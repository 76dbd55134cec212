import { estimateHeap, HEAP_PER_RECORD } from "@accordkg/cli";
import { geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { countRecords } from "../../packages/cli/src/loadDatasets";

// The bench generator's 1M-commitment dataset: 1,000,000 commitments, 333,333 claims, 2,000 actors,
// 500 topics, 55,556 events and 111,112 sources (docs/performance.md), merged with the built-in
// Geneva dataset.
const MILLION = 1_000_000 + 333_333 + 2_000 + 500 + 55_556 + 111_112 + countRecords(geneva2021);
// heap_size_limit of Node 20 on this 24 GB machine: 4,096 MiB of old space and 48 of young.
const NODE_DEFAULT = 4144 * 2 ** 20;

describe("the heap estimate", () => {
  test("a million commitments' graph does not fit in Node's default heap, and says how much would", () => {
    const estimate = estimateHeap(MILLION, "graph", NODE_DEFAULT);
    expect(estimate.fits).toBe(false);
    // The bench measured 4.3 GiB for the records and graph alone at 1M (docs/performance.md).
    expect(estimate.needed).toBeGreaterThan(4.3 * 2 ** 30);
    expect(estimate.suggestedMb * 2 ** 20).toBeGreaterThanOrEqual(estimate.needed);
    expect(estimate.suggestedMb % 512).toBe(0);
    // --max-old-space-size=<suggested> gives a heap_size_limit of that plus the young generation.
    expect(estimateHeap(MILLION, "graph", (estimate.suggestedMb + 48) * 2 ** 20).fits).toBe(true);
    expect(estimate.available).toBe(4096 * 2 ** 20);
  });

  test("validating a million commitments fits in the default heap", () => {
    expect(estimateHeap(MILLION, "validate", NODE_DEFAULT).fits).toBe(true);
  });

  test("Geneva and a 100,000-commitment graph fit", () => {
    expect(estimateHeap(59, "graph", NODE_DEFAULT).fits).toBe(true);
    expect(estimateHeap(152_560, "graph", NODE_DEFAULT).fits).toBe(true);
  });

  test("a graph costs more per record than validation", () => {
    expect(HEAP_PER_RECORD.graph).toBeGreaterThan(HEAP_PER_RECORD.validate);
    expect(estimateHeap(1000, "graph", 1).needed).toBeGreaterThan(
      estimateHeap(1000, "validate", 1).needed,
    );
  });

  test("reads the limit from v8 by default", () => {
    expect(estimateHeap(1, "graph").limit).toBeGreaterThan(0);
  });
});
