// defineDataset parses with `z.compile(Dataset)`, zod's generated parser, for speed. It must accept
// and reject exactly what zod's interpreter does: this differential test breaks the Geneva dataset
// in random ways and compares the two.
import { Dataset, geneva2021 } from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { deleteAt, mutable, type Path, setAt } from "./fixtures";

const compiled = z.compile(Dataset);

/** Every path to a value inside `value` (objects and arrays included). */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}
const paths = pathsIn(geneva2021).filter((p) => p.length > 0);

// Values at the edges of the rules: formats, lengths, numbers, types.
const tricky = fc.constantFrom<unknown>(
  "",
  " ",
  "a".repeat(128),
  "a".repeat(129),
  "Joe Biden",
  "joe--biden",
  "-joe",
  "joe-biden",
  "constructor",
  "__proto__",
  "Q0",
  "Q6279",
  "q6279",
  "2021-02-29",
  "2020-02-29",
  "2021-06-16T00:00:00Z",
  "https://example.org",
  "example.org",
  "javascript:alert(1)",
  "ar",
  "en-GB",
  "arabic!",
  "agreement",
  "discussion",
  "summit",
  "person",
  -1,
  0,
  1.5,
  2 ** 53,
  Number.NaN,
  null,
  true,
  [],
  ["russia"],
  {},
  { en: "x" },
  { en: "x", fr: "y" },
);

const mutation = fc.oneof(
  fc.record({ op: fc.constant("set" as const), at: fc.constantFrom(...paths), value: tricky }),
  fc.record({ op: fc.constant("delete" as const), at: fc.constantFrom(...paths) }),
  fc.record({
    op: fc.constant("add" as const),
    at: fc.constantFrom(...paths.filter((p) => p.length >= 2)),
    value: tricky,
  }),
);

interface Mutation {
  op: "set" | "delete" | "add";
  at: Path;
  value?: unknown;
}

function apply(changes: readonly Mutation[]) {
  const d = mutable(geneva2021);
  for (const change of changes) {
    try {
      if (change.op === "set") setAt(d, change.at, change.value);
      else if (change.op === "delete") deleteAt(d, change.at);
      else setAt(d, [...change.at.slice(0, -1), "extraField"], change.value);
    } catch {
      // an earlier change removed the parent of this path; skip it
    }
  }
  return d;
}

describe("z.compile(Dataset) agrees with zod's interpreter", () => {
  test("on the shipped dataset", () => {
    expect(compiled.safeParse(geneva2021)).toEqual(Dataset.safeParse(geneva2021));
  });

  test("on random breakages of it: same verdict, same issues, same data", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        const input = apply(changes);
        const fast = compiled.safeParse(input);
        const slow = Dataset.safeParse(input);
        expect(fast.success).toBe(slow.success);
        if (fast.success && slow.success) expect(fast.data).toEqual(slow.data);
        else expect(fast.error?.issues).toEqual(slow.error?.issues);
      }),
      { numRuns: 400, seed: 20210616 },
    );
  });
});
