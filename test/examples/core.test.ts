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
  /** The block of one agreement; there must be one. */
  const agreement = (id: string) => {
    const found = agreementBlocks(out).get(id);
    expect(found, id).toBeDefined();
    return found as string;
  };

  test("says what the grades mean", () => {
    expect(out).toContain("Grades, best first: joint › concordant › one-sided › reported.");
    expect(out).toContain("joint: a text both sides issued together");
  });

  test("prints the seven agreements in the general order, each with its grade", () => {
    expect(out).toContain("7 agreements bind both sides");
    const rows = [...out.matchAll(/^ {3}id {9}(\S+)\n {3}grade {6}(\S+)$/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(rows).toEqual([
      "strategic-stability-dialogue joint",
      "cyber-expert-understandings concordant",
      "iran-nuclear-cooperation one-sided",
      "minsk-diplomacy one-sided",
      "nuclear-war-cannot-be-won joint",
      "ambassadors-return one-sided",
      "diplomatic-track-consultations one-sided",
    ]);
  });

  test("names each agreement's accounts: speakers, whom they speak for, and their framing", () => {
    const dialogue = agreement("strategic-stability-dialogue");
    expect(dialogue).toContain("accounts   4");
    expect(dialogue).toContain(
      "▸ Joe Biden and Vladimir Putin, at U.S.–Russia Presidential Joint Statement on Strategic Stability (joint text): agreement",
    );
    expect(dialogue).toContain(
      "▸ Vladimir Putin, at Vladimir Putin's press conference after the summit (speaks for Russia): agreement",
    );
    expect(agreement("minsk-diplomacy")).toContain(
      "(speaks for Russia): assessment, not an agreement",
    );
    expect(agreement("iran-nuclear-cooperation")).toContain("accounts   1");
  });

  test("prints each quote verbatim with offsets that point at it in its source", () => {
    const texts = new Map(geneva2021.sources.map((source) => [source.id, source.text]));
    const quotes = [...out.matchAll(/^ {5}\[(\d+), (\d+)\) in (\S+) \((\w+)\)\n {5}«(.+)»$/gm)];
    expect(quotes.length).toBe(21);
    for (const [, start, end, source, , quote] of quotes)
      expect(texts.get(source as string)?.slice(Number(start), Number(end))).toBe(quote);
    const languages = new Set(quotes.map((match) => match[4]));
    expect([...languages].sort()).toEqual(["ar", "en", "ru"]);
  });

  test("prints parties, topics and summaries, each under its own agreement", () => {
    const agreements = agreementBlocks(out);
    expect([...agreements.keys()]).toHaveLength(7);
    for (const agreement of agreements.values())
      expect(agreement).toContain("parties    United States · Russia");
    expect(agreements.get("minsk-diplomacy")).toContain(
      "topics     Diplomatic efforts related to the Minsk agreement",
    );
    expect(agreements.get("minsk-diplomacy")).toContain("concerning Ukraine (not bound)");
    expect(agreements.get("iran-nuclear-cooperation")).toContain("concerning Iran (not bound)");
    expect(agreements.get("strategic-stability-dialogue")).not.toContain("concerning");
  });

  test("prints what packages/core/README.md shows of it, line for line", () => {
    const readme = readFileSync(join(root, "packages", "core", "README.md"), "utf8");
    const shown = /## First run[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(shown.length).toBeGreaterThan(0);
    expect(out.startsWith(shown)).toBe(true);
  });

  test("lists what one side said alone apart from the agreements, with its grade", () => {
    const alone = block(out, "Not agreements");
    expect(alone).toMatch(/proposal +Biden proposed .* \(concordant\)/);
    expect(alone).toMatch(/pledge +Biden affirmed/);
    expect(alone).toMatch(/warning +Biden said/);
    for (const agreement of agreementBlocks(out).values())
      expect(agreement).not.toMatch(/^ {3}(proposal|pledge|warning) /m);
  });
});

describe("pnpm example perspectives", () => {
  const out = example("perspectives");
  const section = (title: string) => {
    const start = out.indexOf(`== ${title}`);
    expect(start, title).toBeGreaterThan(-1);
    const end = out.indexOf("\n== ", start + 1);
    return out.slice(start, end === -1 ? undefined : end);
  };
  const ids = (text: string) => [...text.matchAll(/^ {2}([a-z0-9-]+) · /gm)].map((m) => m[1]);

  test("sorts the matters by whose accounts call them agreed", () => {
    expect(ids(section("Agreed according to both sides, or their joint text"))).toEqual([
      "strategic-stability-dialogue",
      "cyber-expert-understandings",
      "nuclear-war-cannot-be-won",
    ]);
    expect(ids(section("Agreed according to United States only"))).toEqual([
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
    ]);
    expect(ids(section("Agreed according to Russia only"))).toEqual([
      "ambassadors-return",
      "diplomatic-track-consultations",
    ]);
    expect(section("Agreed according to third parties only")).toContain("(none)");
  });

  test("shows what Biden's, Putin's and the joint text say, with each grade", () => {
    const both = section("Agreed according to both sides, or their joint text");
    expect(both).toContain("strategic-stability-dialogue · recorded as agreement · grade joint");
    expect(both).toContain("Joe Biden and Vladimir Putin (joint text");
    expect(both).toContain("Vladimir Putin (speaks for Russia");
    expect(both).toContain("Joe Biden (speaks for United States");
  });

  test("prints every quote in its own direction: Arabic isolated right to left, others left to right", () => {
    const quotes = [...out.matchAll(/«(\u2067|\u2066)(.+?)\u2069»/g)];
    expect(quotes.length).toBeGreaterThan(15);
    for (const [, mark, quote] of quotes)
      expect(mark, quote).toBe(/\p{Script=Arabic}/u.test(quote as string) ? "\u2067" : "\u2066");
  });

  test("says where the accounts differ in kind", () => {
    const differ = section("Where the accounts differ in kind");
    expect(differ).toMatch(
      /minsk-diplomacy:\n +Joe Biden +agreement\n +Vladimir Putin +assessment/,
    );
  });
});

describe("pnpm example extend-dataset", () => {
  const out = example("extend-dataset");

  test("merges the new source with the Geneva sources", () => {
    expect(block(out, "Merged ")).toContain(`${geneva2021.sources.length + 1} sources`);
  });

  test("finds the new agreement after the Geneva ones, with who says so", () => {
    const agreements = block(out, "Agreements binding the United States and Russia");
    expect(agreements).toMatch(
      /minsk-diplomacy +stated by Joe Biden, in geneva-2021-summit-report-ar/,
    );
    expect(agreements).toMatch(
      /first-dialogue-session +stated by The US foreign minister \(example\), in example-ministers-readout$/,
    );
    expect(block(out, "The same, asked of the two ministers")).toContain("  8 agreements");
  });

  test("links the new account to the Geneva agreement instead of counting it twice", () => {
    const dialogue = block(out, "The dialogue, now with one more account");
    expect(dialogue).toMatch(
      /The Russian foreign minister \(example\) +agreement example-ministers-readout/,
    );
    expect(dialogue).toContain("grade: joint");
    const agreements = block(out, "Agreements binding the United States and Russia");
    expect(agreements.match(/^ {2}strategic-stability-dialogue /gm)).toHaveLength(1);
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
      /actor vladimir-putin\n.*—party-to→ claim ukraine-nato-only-touched-upon\n.*—recipient→ actor ukraine/,
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
