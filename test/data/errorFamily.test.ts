// Every error the two packages throw for bad input or bad arguments is an AccordError, and the
// classes and the defined-dataset mark work across copies of the packages (their ES module and
// CommonJS builds loaded side by side; test/package/pack.dist.test.ts runs the real builds).
import * as core from "@accordkg/core";
import {
  AccordError,
  DatasetError,
  defineDataset,
  geneva2021,
  InvalidArgumentsError,
  isDefinedDataset,
  mergeDatasets,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { mutable, setAt } from "./fixtures";

const BRAND = Symbol.for("@accordkg/error-class");

/** What a class of another copy of the package looks like: its own class, the same brand. */
function foreignClass(brand: string): new (message: string) => Error {
  class Foreign extends Error {
    static readonly [BRAND] = brand;
  }
  return Foreign;
}

describe("one family of errors", () => {
  test("a DatasetError is an AccordError, with the function that reported it", () => {
    const draft = mutable(geneva2021);
    setAt(draft, ["commitments", 0, "parties", 1], "rusia");
    let caught: unknown;
    try {
      core.buildGraph(draft as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatasetError);
    expect(caught).toBeInstanceOf(AccordError);
    expect(caught).toBeInstanceOf(core.AccordError);
    expect((caught as DatasetError).functionName).toBe("defineDataset");
    // The report is the message, as before: no `functionName:` prefix.
    expect((caught as DatasetError).message).toMatch(/^Dataset "geneva-2021" has 1 problem:/);
    expect(() => mergeDatasets()).toThrow(
      expect.objectContaining({ functionName: "mergeDatasets" }),
    );
  });

  test("core's AccordError and InvalidArgumentsError are data's, the same classes", () => {
    expect(core.AccordError).toBe(AccordError);
    expect(core.InvalidArgumentsError).toBe(InvalidArgumentsError);
    expect(new core.NotFoundError("f", "x", "actor", [])).toBeInstanceOf(AccordError);
    expect(new core.InvalidGraphError("f", "bad")).toBeInstanceOf(AccordError);
    expect(() => core.agreedByAll(core.buildGraph(geneva2021), [])).toThrow(AccordError);
  });

  test("instanceof recognises the class of the same name from another copy of the packages", () => {
    const fromOtherCopy = new (foreignClass("NotFoundError"))("unknown actor");
    expect(fromOtherCopy instanceof core.NotFoundError).toBe(true);
    expect(fromOtherCopy instanceof core.InvalidGraphError).toBe(false);
    // Another copy's subclass is an instance of this copy's base classes through its own chain:
    // here the chain is Foreign → Error, so only the class it is branded as matches.
    expect(fromOtherCopy instanceof AccordError).toBe(false);
    class ForeignBase extends Error {
      static readonly [BRAND]: string = "AccordError";
    }
    class ForeignDatasetError extends ForeignBase {
      static override readonly [BRAND]: string = "DatasetError";
    }
    const dataset = new ForeignDatasetError("x");
    expect(dataset instanceof DatasetError).toBe(true);
    expect(dataset instanceof AccordError).toBe(true);
    expect(dataset instanceof InvalidArgumentsError).toBe(false);
    // Nothing unbranded passes, nor anything that is not an object.
    expect(new Error("x") instanceof AccordError).toBe(false);
    expect((null as unknown) instanceof AccordError).toBe(false);
    expect(("AccordError" as unknown) instanceof AccordError).toBe(false);
  });
});

describe("isDefinedDataset", () => {
  test("knows the datasets defineDataset returned, by identity: a copy is never trusted", () => {
    expect(isDefinedDataset(geneva2021)).toBe(true);
    expect(isDefinedDataset({ ...geneva2021 })).toBe(false);
    expect(isDefinedDataset(JSON.parse(JSON.stringify(geneva2021)))).toBe(false);
    expect(isDefinedDataset(structuredClone(geneva2021))).toBe(false);
    expect(isDefinedDataset(new Proxy(geneva2021, {}))).toBe(false);
    // A property that looks like a mark means nothing: membership is not in the object.
    const forged = { ...geneva2021, [Symbol.for("@accordkg/data/defined-datasets")]: true };
    expect(isDefinedDataset(forged)).toBe(false);
  });

  test("the registry is shared through globalThis, so another copy of the package sees it", () => {
    const registry = (globalThis as Record<symbol, unknown>)[
      Symbol.for("@accordkg/data/defined-datasets")
    ];
    expect(registry).toBeInstanceOf(WeakSet);
    const mine = defineDataset(mutable(geneva2021));
    expect((registry as WeakSet<object>).has(mine)).toBe(true);
    // Not enumerable: it does not show up among the global's keys.
    expect(Object.keys(globalThis)).not.toContain(
      String(Symbol.for("@accordkg/data/defined-datasets")),
    );
  });
});
