// packages/cli/README.md shows the command line's output: each ```console block is a command and
// what it prints (as a 100-column terminal without colour shows it), run here and compared; the
// heap message is what heapAdvice writes for the 1M-commitment dataset; each `expr; // => value` of
// its TypeScript snippet is evaluated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cli from "@accordkg/cli";
import { geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { estimateHeap, heapAdvice } from "../../packages/cli/src/heap";
import { countRecords } from "../../packages/cli/src/loadDatasets";
import { ROOT, runCli } from "./support";

const readme = readFileSync(join(ROOT, "packages", "cli", "README.md"), "utf8");

/** Splits a command line into words: spaces separate, double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? (m[2] as string));
}

const examples = [...readme.matchAll(/```console\n\$ accordkg (.*)\n([\s\S]*?)```/g)].map((m) => ({
  args: words(m[1] as string),
  output: m[2] as string,
}));

describe("packages/cli/README.md", () => {
  test("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples.map((e) => [e.args.join(" "), e] as const))(
    "accordkg %s prints what the README shows",
    async (_, { args, output }) => {
      const run = await runCli(args, { tty: true, columns: 100, env: { NO_COLOR: "1" } });
      expect(run.stdout + run.stderr).toBe(output);
    },
  );

  test("the heap message is what a 1M-commitment dataset gets in Node's default heap", () => {
    // The block sits in a list item, indented by two spaces.
    // The bench's 1M dataset (1,502,501 records) merged with the built-in one.
    const records = 1_502_501 + countRecords(geneva2021);
    const block = new RegExp(
      `\`\`\`text\\n\\s*(accordkg: ${records.toLocaleString("en-US")} records[\\s\\S]*?)\\s*\`\`\``,
    )
      .exec(readme)?.[1]
      ?.split("\n")
      .map((line) => line.replace(/^ {2}/, ""))
      .join("\n");
    const [message, details] = heapAdvice(
      estimateHeap(records, "graph", 4144 * 2 ** 20),
      "accordkg stats --data big.json",
    );
    expect(block).toBe(`accordkg: ${message}\n${details.split("\n").slice(0, 2).join("\n")}`);
  });

  test("its TypeScript snippet's values", () => {
    const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const checks = [...snippet.matchAll(/^(.+?);\s*\/\/ => (.+)$/gm)];
    expect(checks.length).toBeGreaterThan(0);
    for (const [, expression, value] of checks) {
      const actual = new Function("cli", `const { locateQuote } = cli; return ${expression};`)(cli);
      expect(actual).toEqual(new Function(`return ${value};`)());
    }
  });
});
