// The search index's postings are built by InvertingCsrBuilder (rows kept in chunks, values
// implied by their order); the graph index's by CsrBuilder (pairs). Given the same pairs in
// increasing value order, both must lay out the same rows.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type Csr,
  CsrBuilder,
  InvertingCsrBuilder,
} from "../../packages/core/src/internal/postings";

const rowsOf = (csr: Csr) =>
  Array.from({ length: csr.offsets.length - 1 }, (_, i) =>
    Array.from(csr.values.subarray(csr.offsets[i], csr.offsets[i + 1])),
  );

/** A model: row → its values, sorted and without repeats. */
function model(pairs: readonly (readonly [number, number])[], rowOrder?: readonly number[]) {
  const rowCount = Math.max(-1, ...pairs.map(([row]) => row)) + 1;
  const rows: number[][] = Array.from({ length: rowCount }, () => []);
  for (const [row, value] of pairs) if (!rows[row]?.includes(value)) rows[row]?.push(value);
  return rowOrder === undefined ? rows : rowOrder.map((old) => rows[old] ?? []);
}

// Values in increasing order, with gaps (values no row has) and repeats of a pair.
const sortedPairs = fc.array(fc.tuple(fc.nat(40), fc.nat(3)), { maxLength: 3000 }).map((steps) => {
  let value = 0;
  return steps.map(([row, skip]) => {
    value += skip === 3 ? 0 : skip;
    return [row, value] as const;
  });
});

describe("InvertingCsrBuilder", () => {
  test("lays out the same rows as CsrBuilder and a model, across chunk boundaries", () => {
    fc.assert(
      fc.property(sortedPairs, fc.boolean(), (pairs, reorder) => {
        const inverting = new InvertingCsrBuilder();
        const plain = new CsrBuilder();
        for (const [row, value] of pairs) {
          inverting.add(row, value);
          plain.add(row, value);
        }
        const rowCount = model(pairs).length;
        const order = reorder
          ? Array.from({ length: rowCount }, (_, i) => rowCount - 1 - i)
          : undefined;
        const typedOrder = order === undefined ? undefined : Int32Array.from(order);
        const expected = model(pairs, order);
        expect(rowsOf(inverting.build(typedOrder))).toEqual(expected);
        expect(rowsOf(plain.build(typedOrder))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test("a million pairs: every row sorted, every pair kept once", () => {
    const builder = new InvertingCsrBuilder();
    const rows = 1000;
    for (let value = 0; value < 250_000; value++)
      for (let k = 0; k < 4; k++) builder.add((value * 7 + k * 131) % rows, value);
    const csr = builder.build();
    expect(csr.values.length).toBe(1_000_000);
    let unsorted = 0;
    for (let row = 0; row < rows; row++) {
      const list = csr.values.subarray(csr.offsets[row], csr.offsets[row + 1]);
      for (let i = 1; i < list.length; i++)
        if ((list[i] as number) <= (list[i - 1] as number)) unsorted++;
    }
    expect(unsorted).toBe(0);
    expect(csr.offsets[rows]).toBe(1_000_000);
  });

  test("rejects a value smaller than one already added", () => {
    const builder = new InvertingCsrBuilder();
    builder.add(0, 5);
    expect(() => builder.add(1, 4)).toThrow(RangeError);
  });
});
