import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT as root, runTypeScript, typecheck, writeSnippets } from "../support/snippets";

// packages/core/README.md's snippets are extracted into one module, type-checked and run; each
// `expression; // => value` becomes an assertion that the expression equals the value.
const readme = readFileSync(join(root, "packages", "core", "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

const GRAPH = "const graph = buildGraph(geneva2021);";
const IMPORT = /^import \{([^}]*)\} from "([^"]+)";$/;

/** True if `line` continues the statement that `previous` belongs to (a formatter's wrap). */
const continues = (line: string, previous: string) =>
  /^\s*[.)\]]/.test(line) || /[([{,]$/.test(previous.trim());

/** `check(expression, value)`, or just the expression when the value is abridged with `…`. */
const assertion = (indent: string, expression: string, value: string) =>
  value.includes("…")
    ? `${indent}${expression};`
    : `${indent}check(${expression}, ${value}, ${JSON.stringify(expression)});`;

/** The module: merged imports, the shared graph, then each snippet in its own block. */
function program(): { code: string; checks: number } {
  const imports = new Map<string, Set<string>>([
    ["@accordkg/core", new Set(["buildGraph"])],
    ["@accordkg/data", new Set(["geneva2021"])],
  ]);
  let checks = 0;
  const blocks = snippets.map((snippet) => {
    const out: string[] = [];
    const lines = snippet.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const imported = IMPORT.exec(line);
      if (imported) {
        const names = imports.get(imported[2] as string) ?? new Set<string>();
        for (const name of (imported[1] as string).split(",")) names.add(name.trim());
        imports.set(imported[2] as string, names);
        continue;
      }
      if (line.trim() === GRAPH) continue;
      // `expr; // => value` on one line, or `expr;` (on one line or several) then `// => value`.
      const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
      const below = /^\s*\/\/ => (.+)$/.exec(line);
      if (inline) {
        const [, indent = "", expression = "", value = ""] = inline;
        checks++;
        out.push(assertion(indent, expression, value));
      } else if (below) {
        const statement = [out.pop() ?? ""];
        while (out.length > 0 && continues(statement[0] as string, out[out.length - 1] as string))
          statement.unshift(out.pop() as string);
        const text = statement.join("\n");
        const indent = /^\s*/.exec(text)?.[0] ?? "";
        checks++;
        out.push(assertion(indent, text.trim().replace(/;$/, ""), below[1] as string));
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

describe("packages/core/README.md", () => {
  test("has a snippet for buildGraph and every query", () => {
    for (const name of [
      "buildGraph",
      "agreedByAll",
      "commitmentsOf",
      "unilateralCommitments",
      "commitmentsAbout",
      "sharedTopics",
      "topicsDiscussed",
      "discussedButNotAgreed",
      "statedBy",
      "evidenceOf",
      "neighborhood",
      "connection",
      "search",
    ])
      expect(snippets.some((snippet) => snippet.includes(`${name}(`))).toBe(true);
  });

  test("its snippets type-check, run, and give the values they show", () => {
    const { code, checks } = program();
    const dir = writeSnippets("core-readme", { "readme.ts": code });
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
    const output = runTypeScript(join(dir, "readme.ts"));
    const skipped = (readme.match(/\/\/ => [^\n]*…/g) ?? []).length;
    expect(checks).toBeGreaterThan(25);
    expect(output.trim()).toBe(`checked ${checks - skipped}`);
  });
});
