import { Dataset, defineDataset, geneva2021, mergeDatasets } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { genevaCopy, setAt } from "./fixtures";

// Test files are ES modules, so they run in strict mode: writing to a frozen object throws.
const writable = (value: object) => value as Record<string | number, unknown>;

/** Every object reachable from `root`, with its path. */
function objectsIn(root: unknown, path = "dataset"): [string, object][] {
  if (root === null || typeof root !== "object") return [];
  return [
    [path, root],
    ...Object.entries(root).flatMap(([key, value]) => objectsIn(value, `${path}.${key}`)),
  ];
}

describe("the exported dataset cannot be mutated", () => {
  const commitment = geneva2021.commitments[0];
  const actor = geneva2021.actors[0];
  if (commitment === undefined || actor === undefined) throw new Error("fixture: empty dataset");

  test("the dataset itself", () => {
    expect(() => {
      writable(geneva2021).title = "Helsinki 2018";
    }).toThrow(TypeError);
    expect(() => {
      writable(geneva2021).extra = 1;
    }).toThrow(TypeError);
    expect(() => delete writable(geneva2021).title).toThrow(TypeError);
    expect(geneva2021.title).toMatch(/Geneva/);
  });

  test("its arrays", () => {
    const commitments = geneva2021.commitments as unknown as unknown[];
    expect(() => commitments.push({})).toThrow(TypeError);
    expect(() => commitments.pop()).toThrow(TypeError);
    expect(() => {
      commitments[0] = {};
    }).toThrow(TypeError);
    expect(() => (geneva2021.claims as unknown as unknown[]).sort()).toThrow(TypeError);
    expect(geneva2021.commitments[0]).toBe(commitment);
  });

  test("its records and the arrays inside them", () => {
    expect(() => {
      writable(commitment).kind = "pledge";
    }).toThrow(TypeError);
    expect(() => (commitment.parties as unknown as string[]).push("ukraine")).toThrow(TypeError);
    expect(() => {
      writable(actor).wikidata = "Q1";
    }).toThrow(TypeError);
    expect(commitment.kind).toBe("agreement");
  });

  test("nested evidence", () => {
    const span = commitment.evidence[0];
    if (span === undefined) throw new Error("fixture: no evidence");
    expect(() => {
      writable(span).start = 0;
    }).toThrow(TypeError);
    expect(() => {
      writable(span).quote = "";
    }).toThrow(TypeError);
    expect(() => (commitment.evidence as unknown as unknown[]).push(span)).toThrow(TypeError);
  });

  test("localized text, places and editor's notes", () => {
    expect(() => {
      writable(actor.name).en = "Joseph Biden";
    }).toThrow(TypeError);
    expect(() => {
      writable(commitment.summary).ar = "";
    }).toThrow(TypeError);
    const place = geneva2021.events[0]?.place;
    expect(() => {
      writable(place?.name ?? {}).en = "Helsinki";
    }).toThrow(TypeError);
    // Geneva carries no editor's note since the joint statement became an account of its own.
    const annotated = genevaCopy();
    setAt(annotated, ["commitments", 0, "corroboratedBy"], [{ title: "A note" }]);
    const note = defineDataset(annotated).commitments[0]?.corroboratedBy?.[0];
    expect(note).toBeDefined();
    expect(() => {
      writable(note ?? {}).title = "";
    }).toThrow(TypeError);
  });

  test("every object reachable from the dataset is frozen", () => {
    const objects = objectsIn(geneva2021);
    expect(objects.length).toBeGreaterThan(250);
    for (const [path, object] of objects) expect(Object.isFrozen(object), path).toBe(true);
  });
});

describe("defineDataset copies: the caller's input and the result never alias", () => {
  test("the result is deeply frozen, the input is left unfrozen", () => {
    const input = genevaCopy();
    const result = defineDataset(input);
    for (const [path, object] of objectsIn(result))
      expect(Object.isFrozen(object), path).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.commitments[0]?.evidence[0])).toBe(false);
  });

  test("no object of the result is an object of the input", () => {
    const input = genevaCopy();
    const result = defineDataset(input);
    const inputs = new Set(objectsIn(input).map(([, object]) => object));
    for (const [path, object] of objectsIn(result)) expect(inputs.has(object), path).toBe(false);
  });

  test("changing the input afterwards, at every layer, does not change the result", () => {
    const input = genevaCopy();
    const result = defineDataset(input);
    const before = structuredClone(result);
    input.title = "changed";
    input.commitments.push(structuredClone(input.commitments[0] as never));
    setAt(input, ["commitments", 0, "kind"], "pledge");
    input.commitments[0]?.parties.pop();
    setAt(input, ["commitments", 0, "evidence", 0, "start"], 0);
    setAt(input, ["actors", 0, "name", "en"], "changed");
    setAt(input, ["sources", 0, "text"], "");
    input.claims.length = 0;
    expect(result).toEqual(before);
    expect(result.commitments[0]?.kind).toBe("agreement");
  });

  test("a dataset that was already defined validates again into an equal, separate dataset", () => {
    const again: Dataset = defineDataset(geneva2021);
    expect(again).toEqual(geneva2021);
    expect(again).not.toBe(geneva2021);
  });

  test("a dataset given without claims and accounts gets frozen empty lists, shared by no one mutable", () => {
    const { claims: _, accounts: __, ...input } = genevaCopy();
    const result = defineDataset(input);
    for (const list of [result.claims, result.accounts]) {
      expect(list).toEqual([]);
      expect(Object.isFrozen(list)).toBe(true);
      expect(() => (list as unknown as unknown[]).push({})).toThrow(TypeError);
    }
    expect(defineDataset(input).claims).toEqual([]);
    expect(defineDataset(input).accounts).toEqual([]);
  });

  test("mergeDatasets' result is deeply frozen too", () => {
    const other = genevaCopy();
    other.id = "geneva-2021-copy";
    const merged = mergeDatasets(geneva2021, defineDataset(other));
    for (const [path, object] of objectsIn(merged))
      expect(Object.isFrozen(object), path).toBe(true);
  });
});

describe("the schemas freeze what they build", () => {
  // defineDataset relies on this instead of walking its result again: every object and array
  // schema reachable from Dataset is wrapped in `.readonly()` (possibly under optional/default).
  type Def = {
    type: string;
    innerType?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
  };
  function unfrozenContainers(schema: z.core.$ZodType, path: string, readonly: boolean): string[] {
    const def = schema._zod.def as Def;
    if (def.type === "readonly" && def.innerType)
      return unfrozenContainers(def.innerType, path, true);
    if (def.innerType) return unfrozenContainers(def.innerType, path, readonly);
    const here = readonly ? [] : [path];
    if (def.type === "object")
      return [
        ...here,
        ...Object.entries(def.shape ?? {}).flatMap(([key, value]) =>
          unfrozenContainers(value, `${path}.${key}`, false),
        ),
      ];
    if (def.type === "array" && def.element)
      return [...here, ...unfrozenContainers(def.element, `${path}[]`, false)];
    return [];
  }

  test("every object and array schema in Dataset is readonly", () => {
    expect(unfrozenContainers(Dataset, "Dataset", false)).toEqual([]);
  });

  test("the walk above finds an unfrozen container when there is one", async () => {
    const { z } = await import("zod");
    const loose = z.object({ a: z.array(z.string()).readonly(), b: z.object({ c: z.string() }) });
    expect(unfrozenContainers(loose, "x", false)).toEqual(["x", "x.b"]);
  });
});
