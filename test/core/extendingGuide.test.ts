import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "@accordkg/cli";
import { defineDatasetFromJson, geneva2021, safeDefineDatasetFromJson } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { setAt } from "../data/fixtures";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// docs/extending.md walks one file from JSON to queries: its JSON refers to Geneva's actors
// without copying them and must validate against Geneva, each of its TypeScript snippets must
// print exactly the output the guide shows after it, and the command line's report must be the
// one the guide shows.
const guide = readFileSync(join(root, "docs", "extending.md"), "utf8");
const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
const runs = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\nprints\n\n```text\n([\s\S]*?)```/g)].map(
  (m) => ({ code: m[1] as string, output: m[2] as string }),
);

describe("docs/extending.md", () => {
  test("its dataset file refers to Geneva's actors instead of copying them", () => {
    const draft = JSON.parse(json) as { actors: unknown[]; commitments: { parties: string[] }[] };
    expect(draft.actors).toEqual([]);
    const named = new Set(draft.commitments.flatMap((c) => c.parties));
    for (const id of named) expect(geneva2021.actors.some((actor) => actor.id === id)).toBe(true);
    // Alone, each of those references is unknown, and nothing else is wrong.
    const alone = safeDefineDatasetFromJson(json);
    expect(alone.success).toBe(false);
    if (!alone.success)
      expect(new Set(alone.error.issues.map((issue) => issue.code))).toEqual(
        new Set(["unknown_actor"]),
      );
    // With Geneva, valid, and every quote is the exact slice of the file's own source.
    const dataset = defineDatasetFromJson(json, { extends: [geneva2021] });
    expect(dataset.id).toBe("example-readout");
    expect(dataset.actors).toEqual([]);
    for (const record of dataset.commitments)
      for (const span of record.evidence)
        expect(dataset.sources[0]?.text.slice(span.start, span.end)).toBe(span.quote);
  });

  test("a copy of a Geneva actor that drifted is a merge_conflict at the file's own path", () => {
    const draft = JSON.parse(json);
    const russia = geneva2021.actors.find((actor) => actor.id === "russia");
    setAt(draft, ["actors"], [{ ...russia, aliases: [...(russia?.aliases ?? []), "RF"] }]);
    const result = safeDefineDatasetFromJson(JSON.stringify(draft), { extends: [geneva2021] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    const [issue] = result.error.issues;
    expect(issue?.code).toBe("merge_conflict");
    expect(issue?.path).toEqual(["actors", 0, "aliases"]);
    expect(issue?.message).toContain('"RF"');
    // An unchanged copy is fine.
    setAt(draft, ["actors"], [russia]);
    expect(
      safeDefineDatasetFromJson(JSON.stringify(draft), { extends: [geneva2021] }).success,
    ).toBe(true);
  });

  test("its snippets type-check and print what the guide says they print", () => {
    expect(runs.length).toBe(3);
    // Each snippet is a module of its own (its `const text` must not clash with another's).
    const dir = writeSnippets("extending", {
      "example-readout.json": json,
      ...Object.fromEntries(
        runs.map(({ code }, index) => [`snippet-${index}.ts`, `${code}\nexport {};\n`]),
      ),
    });
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    runs.forEach(({ output }, index) => {
      const file = join(dir, `snippet-${index}.ts`);
      const printed = runTypeScript(file, [], dir);
      expect(printed).toBe(output);
    });
  }, 180_000); // tsc and three snippet runs: minutes on a loaded machine

  test("accordkg validate prints the report the guide shows for a span one character early", async () => {
    const report = /one character too early:\n\n```text\n([\s\S]*?)```/.exec(guide)?.[1];
    const draft = JSON.parse(json);
    setAt(draft, ["commitments", 0, "evidence", 0, "start"], 88);
    setAt(draft, ["commitments", 0, "evidence", 0, "end"], 138);
    const dir = writeSnippets("extending-validate", {
      "example-readout.json": JSON.stringify(draft),
    });
    let stdout = "";
    const write = (text: string) => {
      stdout += text;
    };
    const status = await run(["validate", "example-readout.json", "--with", "geneva2021"], {
      stdout: { write },
      stderr: { write },
      env: {},
      cwd: dir,
    });
    expect(status).toBe(1);
    expect(stdout).toBe(report);
  });
});
