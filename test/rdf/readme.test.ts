import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// packages/rdf/README.md's snippets, in order, as one module (later ones use what earlier ones
// made); each `expression; // => value` becomes an assertion.
const readme = readFileSync(join(root, "packages", "rdf", "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const IMPORT = /^import (.+) from "([^"]+)";$/;

function program(): { code: string; checks: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let checks = 0;
  for (const snippet of snippets)
    for (const line of snippet.split("\n")) {
      if (IMPORT.test(line)) {
        if (!imports.includes(line)) imports.push(line);
        continue;
      }
      const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
      if (inline) {
        const [, indent = "", expression = "", value = ""] = inline;
        checks++;
        body.push(`${indent}check(${expression}, ${value}, ${JSON.stringify(expression)});`);
      } else body.push(line);
    }
  const code = [
    'import { deepStrictEqual } from "node:assert";',
    ...imports,
    "let checked = 0;",
    "function check(actual: unknown, expected: unknown, what: string): void {",
    '  deepStrictEqual(actual, expected, "README: " + what);',
    "  checked++;",
    "}",
    ...body,
    'console.log("checked " + checked);',
  ].join("\n");
  return { code, checks };
}

describe("packages/rdf/README.md", () => {
  test("has a snippet for toRdf, writeRdf and fromRdf", () => {
    for (const name of ["toRdf", "writeRdf", "fromRdf"])
      expect(snippets.some((snippet) => snippet.includes(`${name}(`))).toBe(true);
  });

  test("its snippets type-check, run, and give the values they show", () => {
    const { code, checks } = program();
    const dir = writeSnippets("rdf-readme", { "readme.ts": code });
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    expect(checks).toBeGreaterThan(8);
    expect(runTypeScript(join(dir, "readme.ts")).trim()).toBe(`checked ${checks}`);
  });
});
