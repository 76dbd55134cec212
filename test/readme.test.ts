import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "./support/snippets";

// The README's code sample must compile and run, so it is extracted, type-checked and executed.
const readme = readFileSync(join(root, "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);

describe("README.md", () => {
  test("has a TypeScript sample", () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  test("its TypeScript sample type-checks and prints the four Geneva agreements", () => {
    const dir = writeSnippets(
      "readme",
      Object.fromEntries(snippets.map((code, index) => [`snippet-${index}.ts`, code])),
    );
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    const output = runTypeScript(join(dir, "snippet-0.ts"));
    for (const id of [
      "strategic-stability-dialogue",
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
    ])
      expect(output).toContain(`${id}:`);
    expect(output.match(/^\S+: /gm)).toHaveLength(4);
    expect(output).toContain("stated by joe-biden");
  });

  test("shows the real output of `pnpm example both-agreed`, line for line", () => {
    const shown = readme.match(/## First run[\s\S]*?```text\n([\s\S]*?)```/)?.[1];
    expect(shown).toBeDefined();
    const output = runTypeScript(join(root, "examples", "run.ts"), ["both-agreed"]);
    expect(output.trimEnd()).toBe((shown as string).trimEnd());
  });
});
