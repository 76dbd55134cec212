import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from "@accordkg/formats";
import { describe, expect, test } from "vitest";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// packages/formats/README.md's snippets are extracted into one module, type-checked and run; each
// `expression; // => value` becomes an assertion that the expression equals the value. (The same
// scheme as test/core/readme.test.ts.)
const readme = readFileSync(join(root, "packages", "formats", "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

const GRAPH = "const graph = buildGraph(geneva2021);";
const IMPORT = /^import \{([^}]*)\} from "([^"]+)";$/;

function program(): { code: string; checks: number } {
  const imports = new Map<string, Set<string>>([
    ["@accordkg/core", new Set(["buildGraph"])],
    ["@accordkg/data", new Set(["geneva2021"])],
  ]);
  let checks = 0;
  const blocks = snippets.map((snippet) => {
    const out: string[] = [];
    for (const line of snippet.split("\n")) {
      const imported = IMPORT.exec(line);
      if (imported) {
        const names = imports.get(imported[2] as string) ?? new Set<string>();
        for (const name of (imported[1] as string).split(",")) names.add(name.trim());
        imports.set(imported[2] as string, names);
        continue;
      }
      if (line.trim() === GRAPH) continue;
      const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
      if (inline) {
        const [, indent = "", expression = "", value = ""] = inline;
        checks++;
        out.push(`${indent}check(${expression}, ${value}, ${JSON.stringify(expression)});`);
      } else out.push(line);
    }
    return `{\n${out.join("\n")}\n}`;
  });
  const head = [...imports].map(
    ([module, names]) => `import { ${[...names].join(", ")} } from "${module}";`,
  );
  const code = [
    'import { deepStrictEqual } from "node:assert";',
    ...head,
    "let checked = 0;",
    "function check(actual: unknown, expected: unknown, what: string): void {",
    '  deepStrictEqual(actual, expected, "README: " + what);',
    "  checked++;",
    "}",
    GRAPH,
    ...blocks,
    'console.log("checked " + checked);',
  ].join("\n");
  return { code, checks };
}

/** The rows of the Markdown table that follows `heading`: first cell (names) and second (type). */
function tableRows(heading: string): [string[], string][] {
  const from = readme.indexOf(heading);
  const lines = readme.slice(from).split("\n");
  const start = lines.findIndex((line) => line.startsWith("| ---"));
  const rows: [string[], string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("|")) break;
    const [names = "", type = ""] = line
      .split("|")
      .slice(1)
      .map((cell) => cell.trim());
    rows.push([[...names.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string), type]);
  }
  return rows;
}

describe("packages/formats/README.md", () => {
  test("has a snippet for each export function", () => {
    for (const name of [
      "toGexf",
      "writeGexf",
      "toGraphml",
      "writeGraphml",
      "ploverRecords",
      "toPlover",
    ])
      expect(snippets.some((snippet) => snippet.includes(`${name}(`))).toBe(true);
  });

  test("its snippets type-check, run, and give the values they show", () => {
    const { code, checks } = program();
    const dir = writeSnippets("formats-readme", { "readme.ts": code });
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    const output = runTypeScript(join(dir, "readme.ts"));
    expect(checks).toBeGreaterThan(10);
    expect(output.trim()).toBe(`checked ${checks}`);
  }, 120_000); // tsc and a run: over the default 30 s on a loaded machine, as the other READMEs'

  test("its attribute tables list every attribute with its type, in order", () => {
    for (const [heading, specs] of [
      ["### Node attributes", NODE_ATTRIBUTES],
      ["### Edge attributes", EDGE_ATTRIBUTES],
    ] as const) {
      const listed = tableRows(heading).flatMap(([names, type]) =>
        names.map((name) => [name, type]),
      );
      expect(listed).toEqual(Object.entries(specs).map(([name, spec]) => [name, spec.type]));
    }
  });
});
