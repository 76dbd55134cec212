import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "@accordkg/cli";
import { defineDatasetFromJson } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { setAt } from "../data/fixtures";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// docs/extending.md walks one file from JSON to queries: its JSON must validate, and each of its
// TypeScript snippets must print exactly the output the guide shows after it.
const guide = readFileSync(join(root, "docs", "extending.md"), "utf8");
const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
const runs = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\nprints\n\n```text\n([\s\S]*?)```/g)].map(
  (m) => ({ code: m[1] as string, output: m[2] as string }),
);

describe("docs/extending.md", () => {
  test("its dataset file is valid on its own", () => {
    const dataset = defineDatasetFromJson(json);
    expect(dataset.id).toBe("example-readout");
    for (const record of dataset.commitments)
      for (const span of record.evidence)
        expect(dataset.sources[0]?.text.slice(span.start, span.end)).toBe(span.quote);
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
    const status = await run(["validate", "example-readout.json"], {
      stdout: { write },
      stderr: { write },
      env: {},
      cwd: dir,
    });
    expect(status).toBe(1);
    expect(stdout).toBe(report);
  });
});
