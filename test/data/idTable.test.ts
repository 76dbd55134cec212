// defineDataset's cross-record rules look ids up in an open-addressing table instead of a Map (see
// packages/data/src/internal/idTable.ts). It must answer exactly as a Map would, including after
// it has given up on hashing and moved its entries into one.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IdTable } from "../../packages/data/src/internal/idTable";

/** Adds `ids` to `table` and to a Map model; checks every answer of `add` against the model. */
function addAll(table: IdTable, ids: readonly string[]): Map<string, number> {
  const model = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = table.add(id, index % 7, index);
    const known = model.get(id);
    if (known === undefined) {
      expect(first).toBe(-1);
      model.set(id, model.size);
    } else {
      // The entry that already holds the id, unchanged by the second add.
      expect(first).toBe(known);
      expect(table.ids[first]).toBe(id);
      expect(table.indexes[first]).toBe(ids.indexOf(id));
      expect(table.kinds[first]).toBe(ids.indexOf(id) % 7);
    }
  });
  return model;
}

function expectSameAnswers(table: IdTable, model: Map<string, number>, probes: readonly string[]) {
  expect(table.size).toBe(model.size);
  for (const [id, entry] of model) expect(table.get(id)).toBe(entry);
  for (const id of probes) expect(table.get(id)).toBe(model.get(id) ?? -1);
}

/** A table whose hash sends every id to one slot. */
class Colliding extends IdTable {
  protected override hash(): number {
    return 7;
  }
}

// Short strings over a small alphabet, so that lists repeat ids and probes hit and miss.
const id = fc.string({ unit: fc.constantFrom("a", "b", "-", "1", "é", "ب"), maxLength: 4 });

describe("IdTable", () => {
  test("answers as a Map does: first entry kept, later adds report it", () => {
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 300 }),
        fc.array(id, { maxLength: 50 }),
        (ids, probes) => {
          const table = new IdTable(ids.length);
          expectSameAnswers(table, addAll(table, ids), probes);
        },
      ),
    );
  });

  test("still answers as a Map once colliding ids make it fall back to one", () => {
    // A constant hash puts every id in one probe chain; past 64 probes the table moves its
    // entries into a Map, and answers must not change across the move.
    fc.assert(
      fc.property(fc.array(id, { minLength: 100, maxLength: 300 }), fc.array(id), (ids, probes) => {
        const table = new Colliding(ids.length);
        expectSameAnswers(table, addAll(table, ids), probes);
      }),
      { numRuns: 30 },
    );
  });

  test("a long chain of colliding ids costs linear time, not quadratic", () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `id-${i}`);
    const table = new Colliding(ids.length);
    const started = performance.now();
    for (let i = 0; i < ids.length; i++) table.add(ids[i] as string, 0, i);
    for (const each of ids) table.get(each);
    // Without the fallback this is 8×10^8 string comparisons (seconds); with it, milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(table.get("id-39999")).toBe(39_999);
    expect(table.get("id-40000")).toBe(-1);
  });

  test("refuses more ids than its capacity", () => {
    const table = new IdTable(2);
    table.add("a", 0, 0);
    table.add("b", 0, 1);
    expect(table.add("a", 0, 2)).toBe(0); // present: no room needed
    expect(() => table.add("c", 0, 2)).toThrow(RangeError);
  });
});
