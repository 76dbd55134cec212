// @accordkg/data must run in a browser: its built files may import zod and nothing else, and no
// Node built-in under any spelling. Runs only in the dist run, after `pnpm run build`.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const dist = join(import.meta.dirname, "..", "..", "packages", "data", "dist");
const SPECIFIER =
  /\b(?:import|export)\s[^"']*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;

function specifiers(code: string): string[] {
  return [...code.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

describe.runIf(process.env.MODE === "dist")("packages/data/dist imports nothing from Node", () => {
  test.for(["index.js", "index.cjs"])("%s imports only zod", (file) => {
    const code = readFileSync(join(dist, file), "utf8");
    const imported = new Set(specifiers(code));
    expect([...imported]).toEqual(["zod"]);
  });

  test.for(["index.js", "index.cjs", "index.d.ts", "index.d.cts"])(
    "%s names no Node built-in",
    (file) => {
      const code = readFileSync(join(dist, file), "utf8");
      expect(code).not.toMatch(/["']node:/);
      for (const name of builtinModules.filter((m) => !m.startsWith("_")))
        expect(code.includes(`require("${name}")`) || code.includes(`from "${name}"`), name).toBe(
          false,
        );
      expect(code).not.toMatch(/\b(?:__dirname|__filename|Buffer\.|process\.)/);
    },
  );

  test("the specifier scan finds what it should (so the tests above can fail)", () => {
    expect(
      specifiers(`import { a } from "node:fs"; const b = require("path"); export * from "./x";`),
    ).toEqual(["node:fs", "path", "./x"]);
  });
});
