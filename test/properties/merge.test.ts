import {
  COLLECTIONS,
  type Dataset,
  DatasetError,
  defineDataset,
  mergeDatasets,
} from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { counter, type Draft, fresh, generatorOptions, validInput } from "./arbitraries";

const check = counter("merge");

/** A dataset's records as a set: per collection, sorted by id. */
function recordSet(dataset: Dataset) {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      [...dataset[collection]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  );
}

/**
 * Two valid parts of one dataset: every source, actor, topic and event in both, each commitment
 * and claim in the first, the second or both, as `mask` says.
 */
function split(input: Draft, mask: readonly number[]): [Dataset, Dataset, Draft] {
  const side = (i: number) => (mask[i % mask.length] ?? 0) % 3; // 0: first, 1: second, 2: both
  const part = (id: string, keep: (s: number) => boolean): Draft => {
    const copy = fresh(input);
    copy.id = id;
    copy.commitments = copy.commitments.filter((_, i) => keep(side(i)));
    copy.claims = (copy.claims ?? []).filter((_, i) => keep(side(i + 1_000)));
    return copy;
  };
  return [
    defineDataset(part(`${input.id}-a`, (s) => s !== 1)),
    defineDataset(part(`${input.id}-b`, (s) => s !== 0)),
    input,
  ];
}

const parts = fc
  .tuple(validInput, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }))
  .map(([input, mask]) => split(fresh(input), mask));

describe("mergeDatasets under random data", () => {
  test("merging a dataset with itself changes nothing", () => {
    check(
      100,
      fc.property(validInput, (input) => {
        const dataset = defineDataset(input);
        expect(mergeDatasets(dataset, dataset)).toEqual(dataset);
        expect(mergeDatasets(dataset)).toEqual(dataset);
      }),
    );
  });

  test("is idempotent: merging a merge with its parts again changes nothing", () => {
    check(
      100,
      fc.property(parts, ([a, b]) => {
        const merged = mergeDatasets(a, b);
        expect(recordSet(mergeDatasets(merged, a, b))).toEqual(recordSet(merged));
        expect(recordSet(mergeDatasets(merged, merged))).toEqual(recordSet(merged));
      }),
    );
  });

  test("is order-independent as a set of records, and loses none", () => {
    check(
      100,
      fc.property(parts, ([a, b, whole]) => {
        const ab = mergeDatasets(a, b);
        const ba = mergeDatasets(b, a);
        expect(recordSet(ab)).toEqual(recordSet(ba));
        expect(ab.id).toBe(ba.id);
        // The two parts hold every record of the dataset they were cut from.
        expect(recordSet(ab)).toEqual(recordSet(defineDataset(whole)));
      }),
    );
  });

  test("reports the same conflicts whichever dataset comes first", () => {
    // Two generated datasets reuse ids (a-0, t-0, …) for different records: a conflict each.
    // The ids in conflict when `later` is merged after `earlier` (issues point into `later`).
    const conflicts = (earlier: Dataset, later: Dataset) => {
      try {
        mergeDatasets(earlier, later);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetError);
        return (error as DatasetError).issues
          .map(({ code, path: [collection, index] }) => {
            expect(code).toBe("merge_conflict");
            const records = later[collection as (typeof COLLECTIONS)[number]];
            return records[index as number]?.id;
          })
          .sort();
      }
    };
    let withConflicts = 0;
    check(
      60,
      fc.property(generatorOptions, generatorOptions, (first, second) => {
        const a = defineDataset(generateDataset(first));
        const b = defineDataset({ ...generateDataset(second), id: `${a.id}-other` });
        const forward = conflicts(a, b);
        expect(forward).toEqual(conflicts(b, a));
        expect(forward.every((id) => id !== undefined)).toBe(true);
        if (forward.length > 0) withConflicts++;
      }),
    );
    expect(withConflicts, "most pairs of generated datasets conflict").toBeGreaterThan(30);
  });
});
