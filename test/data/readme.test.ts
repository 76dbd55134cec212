// packages/data/README.md cannot drift from the code: its TypeScript blocks are type-checked and
// run, and each one's output is compared with the `text` block that follows it; its tables are
// compared with the schemas and the kind vocabularies.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Account,
  Actor,
  CLAIM_KINDS,
  Claim,
  COMMITMENT_KINDS,
  Commitment,
  Corroboration,
  Dataset,
  EVIDENCE_GRADE_DEFINITIONS,
  EVIDENCE_GRADES,
  Event,
  Evidence,
  type EvidenceGrade,
  geneva2021,
  LocalizedText,
  Place,
  Source,
  Topic,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { typecheck, writeSnippets } from "../support/snippets";
import { dataRoot } from "./fixtures";

const root = join(dataRoot, "..", "..");
const readme = readFileSync(join(dataRoot, "README.md"), "utf8");

interface Block {
  lang: string;
  code: string;
  /** The ```text block right after a "prints" line, if any. */
  output?: string;
}

const blocks: Block[] = [];
for (const match of readme.matchAll(
  /```(\w+)\n([\s\S]*?)```(?:\n\nprints\n\n```text\n([\s\S]*?)```)?/g,
))
  blocks.push({
    lang: match[1] as string,
    code: match[2] as string,
    ...(match[3] === undefined ? {} : { output: match[3] }),
  });
const tsBlocks = blocks.filter((b) => b.lang === "ts");

/**
 * The rows of the Markdown table in the section under `heading` (up to the next heading), as
 * trimmed cells without the header row.
 */
function tableUnder(heading: string): string[][] {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at === -1) throw new Error(`README has no heading ${heading}`);
  const rest = readme.slice(at + heading.length + 2).split("\n");
  const next = rest.findIndex((line) => line.startsWith("#"));
  const lines = next === -1 ? rest : rest.slice(0, next);
  const start = lines.findIndex((line) => line.startsWith("|"));
  if (start === -1) throw new Error(`README has no table under ${heading}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, "");

describe("packages/data/README.md: code", () => {
  test("has TypeScript blocks, each with the output it prints", () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(4);
    for (const block of tsBlocks) expect(block.output, block.code.slice(0, 80)).toBeDefined();
  });

  const dir = join(root, "test", ".generated", "data-readme");

  test("its TypeScript blocks type-check (strict, as in the workspace)", () => {
    writeSnippets(
      "data-readme",
      Object.fromEntries(
        tsBlocks.map((block, index) => [`block-${index}.ts`, `${block.code}\nexport {};\n`]),
      ),
    );
    const tsc = typecheck(dir);
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);

  test.for(tsBlocks.map((block, index) => [index, block] as const))(
    "block %i prints what the README says",
    ([index, block]) => {
      const file = join(dir, `block-${index}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      const run = spawnSync(
        join(root, "node_modules", ".bin", "tsx"),
        ["--conditions=@accordkg/source", file],
        { cwd: root, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(block.output);
    },
  );

  test("its JSON blocks are valid JSON", () => {
    const json = blocks.filter((b) => b.lang === "json");
    expect(json.length).toBeGreaterThan(0);
    for (const block of json) expect(() => JSON.parse(block.code)).not.toThrow();
  });

  const python = spawnSync("python3", ["--version"]).status === 0;
  test.skipIf(!python)("its Python offset recipe gives JavaScript's offsets", () => {
    const block = blocks.find((b) => b.lang === "python");
    expect(block).toBeDefined();
    const run = spawnSync("python3", ["-c", `${block?.code}\nprint(i, start, end)`], {
      encoding: "utf8",
    });
    const text = "Deal 🤝 done";
    const start = text.indexOf("done");
    expect(run.stdout.trim()).toBe(`7 ${start} ${start + "done".length}`);
  });
});

describe("packages/data/README.md: tables", () => {
  const schemas = {
    Dataset,
    Source,
    Actor,
    Topic,
    Event,
    Place,
    Commitment,
    Claim,
    Account,
    Evidence,
    LocalizedText,
    Corroboration,
  } as const;

  test.for(Object.keys(schemas))("the %s table lists exactly the schema's fields", (name) => {
    const schema = schemas[name as keyof typeof schemas];
    const fields = Object.keys(
      (z.toJSONSchema(schema, { io: "input" }) as { properties: object }).properties,
    );
    const rows = tableUnder(`### \`${name}\``);
    // The README orders fields for reading (kind second), so compare them as sets.
    expect(rows.map((row) => unquote(row[0] as string)).sort()).toEqual(fields.sort());
    for (const row of rows) expect(row[2], `${name}.${row[0]}: required?`).toMatch(/^(yes|no)\b/);
  });

  test("required fields say yes, optional ones say no", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const json = z.toJSONSchema(schema, { io: "input" }) as { required?: string[] };
      for (const row of tableUnder(`### \`${name}\``)) {
        const field = unquote(row[0] as string);
        const required = json.required?.includes(field) ?? false;
        expect(row[2]?.startsWith(required ? "yes" : "no"), `${name}.${field}`).toBe(true);
      }
    }
  });

  test.for([
    ["### Commitment kinds", COMMITMENT_KINDS],
    ["### Claim kinds", CLAIM_KINDS],
  ] as const)("%s: exactly the exported vocabulary, word for word", ([heading, kinds]) => {
    const rows = tableUnder(heading);
    expect(rows.map((row) => unquote(row[0] as string))).toEqual(Object.keys(kinds));
    for (const row of rows) {
      const kind = kinds[unquote(row[0] as string) as keyof typeof kinds] as {
        definition: string;
        plover: string;
        cameo: string;
        example: string;
      };
      expect(row.slice(1, 5)).toEqual([kind.definition, kind.plover, kind.cameo, kind.example]);
    }
  });

  test("### Evidence grades: exactly the exported vocabulary, in its order, word for word", () => {
    const rows = tableUnder("### Evidence grades");
    expect(rows.map((row) => unquote(row[0] as string))).toEqual([...EVIDENCE_GRADES]);
    expect(Object.keys(EVIDENCE_GRADE_DEFINITIONS)).toEqual([...EVIDENCE_GRADES]);
    for (const row of rows) {
      const grade = EVIDENCE_GRADE_DEFINITIONS[unquote(row[0] as string) as EvidenceGrade];
      expect(row.slice(1, 4)).toEqual([grade.definition, grade.plover, grade.example]);
    }
  });

  test("each grade's example quotes the Geneva sources verbatim", () => {
    const texts = geneva2021.sources.map((source) => source.text);
    let quotes = 0;
    for (const { example } of Object.values(EVIDENCE_GRADE_DEFINITIONS))
      for (const [, quote] of example.matchAll(/«(.+?)…?»/g)) {
        expect(
          texts.some((text) => text.includes(quote as string)),
          quote,
        ).toBe(true);
        quotes++;
      }
    expect(quotes).toBe(4);
  });

  test("each kind's example is quoted verbatim from the article", () => {
    const text = readFileSync(join(dataRoot, "src", "geneva2021", "source.ar.txt"), "utf8");
    for (const [kind, { example }] of Object.entries({ ...COMMITMENT_KINDS, ...CLAIM_KINDS })) {
      if (!example.startsWith("«")) continue; // "(none in the Geneva 2021 report)"
      expect(text.includes(example.slice(1, -1)), kind).toBe(true);
    }
  });

  test("the Geneva sources table lists every source in order, with its language and address", () => {
    const rows = tableUnder("## The Geneva 2021 dataset: its sources");
    expect(rows.map((row) => /^`([^`]+)`/.exec(row[0] as string)?.[1])).toEqual(
      geneva2021.sources.map((source) => source.id),
    );
    geneva2021.sources.forEach((source, i) => {
      const row = rows[i] as string[];
      expect(row[0], source.id).toContain(source.title);
      expect(row[1], source.id).toBe(source.language);
      expect(row[2], source.id).toBe(source.publisher ?? "(not recorded)");
      expect(row[3], source.id).toBe(source.publishedAt ?? "(not given)");
      expect(row[5], source.id).toBe(source.url === undefined ? "(none)" : `<${source.url}>`);
    });
  });

  test("links to the error catalogue", () => {
    expect(readme).toContain("](../../docs/errors.md)");
  });
});
