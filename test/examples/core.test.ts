import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

/** Runs an example the way `pnpm example <name>` does, and returns what it printed. */
function example(name: string): string {
  const child = spawnSync(tsx, ["--conditions=@accordkg/source", "examples/run.ts", name], {
    cwd: root,
    encoding: "utf8",
  });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return child.stdout;
}

const text = geneva2021.sources[0]?.text ?? "";

/**
 * The block of `out` (blank-line separated) whose first line starts with `heading`; there must be
 * exactly one. Checks search only their own block, so a later block cannot satisfy an earlier one.
 */
function block(out: string, heading: string): string {
  const found = out.split(/\n\s*\n/).filter((b) => b.trimStart().startsWith(heading));
  expect(found, `one block starting "${heading}"`).toHaveLength(1);
  return found[0] as string;
}

/** The numbered blocks of both-agreed's output, one per agreement, by id. */
function agreementBlocks(out: string): Map<string, string> {
  const blocks = out.split(/\n\s*\n/).filter((b) => /^\d+\. /.test(b));
  return new Map(blocks.map((b) => [/^ {3}id {9}(\S+)$/m.exec(b)?.[1] ?? "", b]));
}

describe("pnpm example both-agreed", () => {
  const out = example("both-agreed");

  test("says whose account it is", () => {
    expect(out).toContain("According to Joe Biden, as reported by one source");
    expect(out).toContain("not a joint text");
  });

  test("prints the four agreements, in the order of the article", () => {
    expect(out).toContain("4 agreements bind both sides");
    const ids = [...out.matchAll(/^ {3}id {9}(\S+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual([
      "strategic-stability-dialogue",
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
    ]);
  });

  test("prints each quote verbatim with offsets that point at it in the article", () => {
    const quotes = [...out.matchAll(/quote {6}\[(\d+), (\d+)\) in (\S+)\n {14}«(.+)»/g)];
    expect(quotes).toHaveLength(5); // the Iran agreement has two spans
    for (const [, start, end, source, quote] of quotes) {
      expect(source).toBe("geneva-2021-summit-report-ar");
      expect(text.slice(Number(start), Number(end))).toBe(quote);
    }
  });

  test("prints parties, topics and summaries, each under its own agreement", () => {
    const agreements = agreementBlocks(out);
    expect([...agreements.keys()]).toHaveLength(4);
    for (const agreement of agreements.values()) {
      expect(agreement).toContain("parties    United States · Russia");
      expect(agreement).toContain("stated by  Joe Biden");
    }
    expect(agreements.get("minsk-diplomacy")).toContain(
      "topics     Diplomatic efforts under the Minsk agreements",
    );
    expect(agreements.get("minsk-diplomacy")).toContain("concerning Ukraine (not bound)");
    expect(agreements.get("iran-nuclear-cooperation")).toContain("concerning Iran (not bound)");
    expect(agreements.get("strategic-stability-dialogue")).not.toContain("concerning");
  });

  test("keeps the corroboration apart, as an editor's note", () => {
    expect(out).toContain(
      'editor\'s note, not part of the source: corroborated by "U.S.-Russia Presidential Joint Statement on Strategic Stability"',
    );
  });

  test("prints what packages/core/README.md shows of it, line for line", () => {
    const readme = readFileSync(join(root, "packages", "core", "README.md"), "utf8");
    const shown = /## First run[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(shown.length).toBeGreaterThan(0);
    expect(out.startsWith(shown)).toBe(true);
  });

  test("lists what one side said alone apart from the agreements", () => {
    const alone = block(out, "Not agreements");
    expect(alone).toMatch(/proposal +Biden proposed/);
    expect(alone).toMatch(/pledge +Biden affirmed/);
    expect(alone).toMatch(/warning +Biden said/);
    for (const agreement of agreementBlocks(out).values())
      expect(agreement).not.toMatch(/^ {3}(proposal|pledge|warning) /m);
  });
});

describe("pnpm example extend-dataset", () => {
  const out = example("extend-dataset");

  test("merges the new source with the Geneva report", () => {
    expect(block(out, "Merged ")).toContain("2 sources");
  });

  test("finds the new agreement after the four Geneva ones, with who says so", () => {
    const agreements = block(out, "Agreements binding the United States and Russia");
    expect(agreements).toMatch(
      /minsk-diplomacy +stated by Joe Biden, in geneva-2021-summit-report-ar/,
    );
    expect(agreements).toMatch(
      /first-dialogue-session +stated by The US foreign minister \(example\), in example-ministers-readout$/,
    );
    expect(block(out, "The same, asked of the two ministers")).toContain("  5 agreements");
  });

  test("answers across both sources and shows the new evidence with its sentence", () => {
    const about = block(out, "Commitments about strategic stability");
    expect(about).toContain(
      "agreement strategic-stability-dialogue (geneva-2021-summit-report-ar)",
    );
    expect(about).toContain("agreement first-dialogue-session (example-ministers-readout)");
    expect(block(out, "Raised in the ministers' call but not agreed")).toContain(
      "space-security: Security in outer space",
    );
    expect(block(out, "The evidence for the new agreement")).toContain(
      '"The two ministers agreed to hold the first session of the strategic stability dialogue in Geneva."',
    );
  });
});

describe("pnpm example explore", () => {
  const out = example("explore");

  test("walks a neighbourhood and a connection", () => {
    expect(block(out, "== Next to the Minsk agreement")).toContain("1 topic      minsk-agreements");
    expect(block(out, "== How vladimir-putin and ukraine are linked")).toMatch(
      /—represents→ actor russia\n.*—party-to→ commitment minsk-diplomacy/,
    );
  });

  test("lists topics raised but not agreed", () => {
    const section = block(out, "== Raised between Biden and Putin, but covered by no agreement");
    expect(section).toContain("arctic");
    expect(section).toContain("ukraine-sovereignty");
    expect(section).not.toContain("arms-control");
  });

  test("searches in English and Arabic, including a ta-marbuta variant", () => {
    for (const query of ['"putin"', '"بوتين"'])
      expect(block(out, `== search ${query}`), query).toMatch(/^\s+alias +actor +Vladimir Putin/m);
    for (const query of ['"الولايات المتحدة"', '"الولايات المتحده"'])
      expect(block(out, `== search ${query}`), query).toMatch(/^\s+name +actor +United States/m);
  });
});
