// Type-only tests live in `*.test-d.ts` files: the typecheck step checks them and vitest does not
// run them (see vitest.config.ts). So nothing there may need running to prove anything, and tsc
// must really read them.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { ROOT } from "../support/snippets";

const typeTests = readdirSync(join(ROOT, "test"), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".test-d.ts"))
  .map((path) => join("test", path));

describe("type-only tests (*.test-d.ts)", () => {
  test("exist, and each checks types with expectTypeOf", () => {
    expect(typeTests).toContain(join("test", "data", "types.test-d.ts"));
    for (const file of typeTests)
      expect(readFileSync(join(ROOT, file), "utf8"), file).toMatch(/\bexpectTypeOf\b/);
  });

  test("hold no run-time assertion, which vitest would never run", () => {
    for (const file of typeTests)
      expect(readFileSync(join(ROOT, file), "utf8"), file).not.toMatch(/\bexpect(\.\w+)?\(/);
  });

  test("are all part of the program the typecheck step (tsc -p tsconfig.json) checks", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, "tsconfig.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
    );
    const checked = new Set(config?.fileNames.map((file) => relative(ROOT, file)));
    expect(typeTests.filter((file) => !checked.has(file))).toEqual([]);
  });
});
