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

  test("its TypeScript sample type-checks and prints the Geneva agreements with their grades and accounts", () => {
    const dir = writeSnippets(
      "readme",
      Object.fromEntries(snippets.map((code, index) => [`snippet-${index}.ts`, code])),
    );
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    const output = runTypeScript(join(dir, "snippet-0.ts"));
    for (const line of [
      "strategic-stability-dialogue: joint",
      "cyber-expert-understandings: concordant",
      "iran-nuclear-cooperation: one-sided",
      "minsk-diplomacy: one-sided",
      "nuclear-war-cannot-be-won: joint",
      "ambassadors-return: one-sided",
      "diplomatic-track-consultations: one-sided",
    ])
      expect(output).toContain(`${line}\n`);
    expect(output.match(/^\S+: /gm)).toHaveLength(7);
    expect(output).toContain(
      "  joe-biden + vladimir-putin (agreement): «the United States and Russia",
    );
    expect(output).toContain(
      "  vladimir-putin (assessment): «насколько я понял президента Байдена",
    );
    expect(
      output.trimEnd().endsWith("[ 'strategic-stability-dialogue', 'nuclear-war-cannot-be-won' ]"),
    ).toBe(true);
  });

  test("shows the real output of `pnpm example both-agreed`, line for line up to its ellipsis", () => {
    const shown = readme.match(/## First run[\s\S]*?```text\n([\s\S]*?)\n…\n```/)?.[1];
    expect(shown).toBeDefined();
    expect(shown).toContain("3. The two sides agreed to work together");
    const output = runTypeScript(join(root, "examples", "run.ts"), ["both-agreed"]);
    expect(output.startsWith(`${shown}\n\n4. `)).toBe(true);
  });
});
