// @accordkg/data must run in a browser: its sources import zod, each other and the dataset JSON,
// and nothing from Node. (The dist run checks the built files the same way.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { dataRoot } from "./fixtures";

const src = join(dataRoot, "src");
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(src, f));

describe("packages/data/src", () => {
  test("has sources to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.for(files.map((f) => relative(src, f)))("%s imports only zod and relative files", (file) => {
    const code = readFileSync(join(src, file), "utf8");
    const imported = [...code.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1] as string);
    for (const specifier of imported)
      expect(
        specifier === "zod" || specifier.startsWith("./") || specifier.startsWith("../"),
        specifier,
      ).toBe(true);
    expect(code).not.toMatch(/\brequire\s*\(|\bimport\s*\(|\bprocess\.|\bBuffer\b|__dirname/);
  });
});
