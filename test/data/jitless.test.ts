// A page whose CSP forbids eval (the explorer's) sets zod's `jitless` before loading the schemas;
// defineDataset must then generate no code: even a refused `new Function` is reported to the page
// as a CSP violation. (zod reads `jitless` when a schema is created, so each test loads
// @accordkg/data afresh.)
import { afterEach, describe, expect, test, vi } from "vitest";

const original = globalThis.Function;
let constructed = 0;

function countFunctionConstructions(): void {
  constructed = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      constructed++;
      return Reflect.construct(target, args);
    },
  });
}

afterEach(async () => {
  globalThis.Function = original;
  (await import("zod")).z.config({ jitless: false });
});

/** Validates a copy of Geneva; true if it came back whole. */
async function validateGeneva(): Promise<boolean> {
  const { defineDataset, geneva2021 } = await import("@accordkg/data");
  countFunctionConstructions();
  const dataset = defineDataset(JSON.parse(JSON.stringify(geneva2021)));
  globalThis.Function = original;
  return (
    dataset.commitments.length === geneva2021.commitments.length && dataset.commitments.length > 0
  );
}

describe("defineDataset and zod's jitless switch", () => {
  test("under jitless, validates without constructing a Function", async () => {
    vi.resetModules();
    const { z } = await import("zod");
    z.config({ jitless: true });
    expect(await validateGeneva()).toBe(true);
    expect(constructed).toBe(0);
  });

  test("the count sees zod's code generation (so the test above can fail)", async () => {
    const { z } = await import("zod");
    z.config({ jitless: false });
    countFunctionConstructions();
    z.compile(z.object({ id: z.string() }));
    expect(constructed).toBeGreaterThan(0);
  });
});
