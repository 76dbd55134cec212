import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// packages/explorer/README.md's snippets are type-checked and run (in a scratch folder, where
// they write their pages).
const readme = readFileSync(join(ROOT, "packages", "explorer", "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const dir = writeSnippets(
  "explorer-readme",
  Object.fromEntries(snippets.map((code, i) => [`snippet${i}.ts`, code])),
);
const scratch = mkdtempSync(join(tmpdir(), "accordkg-explorer-readme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("packages/explorer/README.md", () => {
  test("has snippets", () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  test("its snippets type-check", () => {
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
  }, 120_000);

  test.for(snippets.map((_, i) => i))(
    "snippet %i runs and writes the pages it names",
    { timeout: 120_000 },
    (i) => {
      runTypeScript(join(dir, `snippet${i}.ts`), [], scratch);
      for (const [, file] of (snippets[i] as string).matchAll(/writeFileSync\(\s*"([^"]+)"/g)) {
        const path = join(scratch, file as string);
        expect(existsSync(path), file).toBe(true);
        expect(readFileSync(path, "utf8").startsWith("<!doctype html>")).toBe(true);
      }
    },
  );
});
