// The command line run in this process (through `run`), on the built-in Geneva dataset and on
// files: what each command prints, its exit status, colours, widths and errors. bin.dist.test.ts
// spawns the built binary for the same commands.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  gradeOf,
  neighborhood,
  perspectives,
  search,
  statedBy,
  unilateralCommitments,
} from "@accordkg/core";
import { EVIDENCE_GRADES, geneva2021 } from "@accordkg/data";
import { renderExplorer } from "@accordkg/explorer";
import { afterAll, describe, expect, test } from "vitest";
import { type Path, setAt } from "../data/fixtures";
import { GENEVA_JSON, GENEVA_TEXT, hasAnsi, hasStackTrace, runCli, scratchDir } from "./support";

const scratch = scratchDir("run");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a copy of the Geneva JSON changed by `change`; returns its path. */
function genevaVariant(name: string, ...changes: [Path, unknown][]): string {
  const d = JSON.parse(readFileSync(GENEVA_JSON, "utf8"));
  for (const [path, value] of changes) setAt(d, path, value);
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(d, null, 2));
  return file;
}

/** A small file of one's own notes that refers to Geneva's actors and topics without copying them. */
const notes = {
  id: "my-notes",
  title: "My notes on the Geneva summit",
  sources: [
    {
      id: "my-translation",
      title: "My translation",
      language: "en",
      text: 'Biden described the meeting as "good and positive".',
    },
  ],
  actors: [],
  topics: [],
  events: [],
  commitments: [],
  claims: [
    {
      id: "my-meeting-assessment",
      kind: "assessment",
      parties: ["joe-biden"],
      topics: ["us-russia-relations"],
      statedBy: ["joe-biden"],
      summary: { en: "Biden called the meeting good and positive." },
      evidence: [{ source: "my-translation", start: 31, end: 50, quote: '"good and positive"' }],
    },
  ],
};
const notesPath = join(scratch, "my-notes.json");
writeFileSync(notesPath, JSON.stringify(notes));

describe("accordkg validate", () => {
  test("a valid file: exit 0, records by kind, no colour in a pipe", async () => {
    const { status, stdout, stderr } = await runCli(["validate", GENEVA_JSON]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain('geneva2021.json: dataset "geneva-2021"');
    expect(stdout).toMatch(/commitments\s+10 {2}\(agreement 7, pledge 1, proposal 1, warning 1\)/);
    expect(stdout).toMatch(
      /claims\s+24 {2}\(assessment 8, discussion 8, objective 5, position 3\)/,
    );
    expect(stdout).toMatch(/accounts\s+11 {2}\(agreement 6, discussion 4, assessment 1\)/);
    expect(stdout).toMatch(/actors\s+9 {2}\(state 6, person 2, group 1\)/);
    expect(stdout).toMatch(/evidence\s+72/);
    expect(stdout).toContain("✔ valid: 109 records, no problems");
    expect(hasAnsi(stdout)).toBe(false);
  });

  test("paths are relative to the current folder", async () => {
    const { status, stdout } = await runCli(["validate", "my-notes.json", "--with", "geneva2021"], {
      cwd: scratch,
    });
    expect(status).toBe(0);
    expect(stdout).toContain(
      'my-notes.json (with geneva2021): dataset "my-notes", My notes on the Geneva summit',
    );
  });

  test("a file with problems: exit 1, each issue's path, code, message and suggestion", async () => {
    const file = genevaVariant(
      "bad.json",
      [["commitments", 0, "kind"], "treaty"],
      [["claims", 0, "parties", 0], "joe-bidden"],
    );
    const { status, stdout } = await runCli(["validate", file]);
    expect(status).toBe(1);
    expect(stdout).toContain("bad.json: 2 problems");
    expect(stdout).toContain("✖ commitments[0].kind  [invalid_value]");
    expect(stdout).toContain('Invalid value "treaty": expected one of "agreement", "pledge"');
    expect(stdout).toContain("✖ claims[0].parties[0]  [unknown_actor]");
    expect(stdout).toContain('↳ Did you mean "joe-biden"?');
    expect(stdout).toContain("✖ 2 problems (invalid_value 1, unknown_actor 1)");
  });

  test("a file that refers to Geneva: unknown references alone, valid --with geneva2021", async () => {
    const alone = await runCli(["validate", notesPath]);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toContain("✖ claims[0].parties[0]  [unknown_actor]");
    const extended = await runCli(["validate", notesPath, "--with", "geneva2021"]);
    expect(extended.status).toBe(0);
    // The report counts the file's own records, not Geneva's.
    expect(extended.stdout).toContain("✔ valid: 2 records, no problems");
  });

  test("--with a file: the datasets it names may be files too, and problems point into the file checked", async () => {
    const mine = join(scratch, "more-notes.json");
    writeFileSync(
      mine,
      JSON.stringify({
        ...notes,
        id: "more-notes",
        // A file has at least one source of its own; its claim's evidence is in notesPath's.
        sources: [{ ...notes.sources[0], id: "my-second-translation" }],
        claims: [{ ...notes.claims[0], id: "second", parties: ["joe-bidn"] }],
      }),
    );
    const { status, stdout } = await runCli([
      "validate",
      mine,
      "--with",
      "geneva2021",
      "--with",
      notesPath,
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain("more-notes.json: 1 problem");
    expect(stdout).toContain("✖ claims[0].parties[0]  [unknown_actor]");
  });

  test("--with geneva2021: a drifted copy and a misspelt reference, both at paths into the file", async () => {
    const russia = geneva2021.actors.find((actor) => actor.id === "russia");
    const drifted = join(scratch, "drifted-notes.json");
    writeFileSync(
      drifted,
      JSON.stringify({
        ...notes,
        id: "drifted-notes",
        actors: [{ ...russia, aliases: ["RF"] }],
        claims: [{ ...notes.claims[0], statedBy: ["joe-bidn"] }],
      }),
    );
    const { status, stdout } = await runCli(["validate", drifted, "--with", "geneva2021"]);
    expect(status).toBe(1);
    expect(stdout).toContain("drifted-notes.json: 2 problems");
    // Checked as defineDataset(file, { extends: [geneva2021] }) checks it, before any merge.
    expect(stdout).not.toContain("merging");
    expect(stdout).toContain("✖ actors[0].aliases  [merge_conflict]");
    expect(stdout).toContain('This actor differs from the actor "russia" of dataset "geneva-2021"');
    expect(stdout).toContain("✖ claims[0].statedBy[0]  [unknown_actor]");
    expect(stdout).toContain('↳ Did you mean "joe-biden"?');
  });

  test("a copied record that differs from Geneva's is a merge_conflict, at the file's own index", async () => {
    const other = genevaVariant(
      "other.json",
      [["id"], "other-notes"],
      [["actors", 3, "name", "en"], "The Russian Federation"],
    );
    const { status, stdout } = await runCli(["validate", GENEVA_JSON, other]);
    expect(status).toBe(1);
    expect(stdout).toContain("merging geneva2021.json + other.json: 1 problem");
    expect(stdout).toContain("✖ actors[3].name  [merge_conflict]");
    expect(stdout).toContain('Dataset "other-notes" has a different actor under id "russia"');
    expect(stdout).toContain(
      'name is {"en":"The Russian Federation","ar":"روسيا"} in "other-notes" and {"en":"Russia","ar":"روسيا"} in "geneva-2021"',
    );
  });

  test("several files, one invalid: its problems are reported and nothing is merged", async () => {
    const bad = genevaVariant("bad-title.json", [["title"], ""]);
    const { status, stdout } = await runCli(["validate", GENEVA_JSON, bad]);
    expect(status).toBe(1);
    expect(stdout).toContain("bad-title.json: 1 problem");
    expect(stdout).toContain("✖ title  [empty_string]");
    expect(stdout).not.toContain("merging");
  });

  test("a file that is not JSON: exit 1, invalid_json", async () => {
    const file = join(scratch, "truncated.json");
    writeFileSync(file, readFileSync(GENEVA_JSON, "utf8").slice(0, 500));
    const { status, stdout } = await runCli(["validate", file]);
    expect(status).toBe(1);
    expect(stdout).toContain("✖ (dataset)  [invalid_json]");
  });

  test("usage errors: exit 2, one line on standard error, nothing on standard output", async () => {
    for (const args of [
      ["validate"],
      ["validate", join(scratch, "missing.json")],
      ["validate", scratch],
    ]) {
      const { status, stdout, stderr } = await runCli(args);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^accordkg: /);
      expect(hasStackTrace(stderr)).toBe(false);
    }
    expect((await runCli(["validate", join(scratch, "missing.json")])).stderr).toMatch(
      /cannot read ".*missing\.json" \(ENOENT\)/,
    );
    expect((await runCli(["validate", scratch])).stderr).toContain("(EISDIR)");
  });

  test("--with a name that is neither built in nor a file is a usage error", async () => {
    const { status, stderr } = await runCli(["validate", notesPath, "--with", "geneva2022"]);
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read "geneva2022" (ENOENT)');
  });
});

describe("colours", () => {
  const file = genevaVariant("colour.json", [["title"], ""]);
  test("on a terminal; not in a pipe; NO_COLOR and FORCE_COLOR decide when set", async () => {
    expect(hasAnsi((await runCli(["validate", file], { tty: true })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(["validate", file])).stdout)).toBe(false);
    expect(
      hasAnsi((await runCli(["validate", file], { tty: true, env: { NO_COLOR: "1" } })).stdout),
    ).toBe(false);
    expect(hasAnsi((await runCli(["validate", file], { env: { FORCE_COLOR: "1" } })).stdout)).toBe(
      true,
    );
    expect(
      hasAnsi((await runCli(["validate", file], { tty: true, env: { FORCE_COLOR: "0" } })).stdout),
    ).toBe(false);
  });
});

describe("accordkg query", () => {
  const graph = buildGraph(geneva2021);
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  /** True if every id occurs in `text`, each after the one before. */
  const inOrder = (text: string, expected: readonly string[]) => {
    let at = -1;
    for (const id of expected) {
      at = text.indexOf(id, at + 1);
      if (at === -1) return false;
    }
    return true;
  };

  test("agreed: every agreement agreedByAll returns, the same for the leaders and their states", async () => {
    const agreed = ids(agreedByAll(graph, ["united-states", "russia"]));
    expect(agreed.length).toBeGreaterThanOrEqual(4);
    for (const parties of ["united-states,russia", "joe-biden,vladimir-putin"]) {
      const { status, stdout, stderr } = await runCli(["query", "agreed", "--parties", parties]);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `^${agreed.length} agreements bind (United States and Russia|Joe Biden and Vladimir Putin)`,
        ),
      );
      expect(inOrder(stdout, agreed)).toBe(true);
      // The Arabic evidence exactly as in the dataset, with its offsets, on one line in a pipe.
      expect(stdout).toContain(
        "«تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك»",
      );
      expect(stdout).toContain("[1725, 1789) in geneva-2021-summit-report-ar");
      // Each agreement's evidence grade beside its kind.
      expect(stdout).toContain(
        `agreement, graded ${gradeOf(graph, "strategic-stability-dialogue")}`,
      );
    }
  });

  test("agreed --min-grade: only agreements graded that or better", async () => {
    for (const minGrade of EVIDENCE_GRADES) {
      const expected = ids(agreedByAll(graph, ["united-states", "russia"], { minGrade }));
      const { status, stdout } = await runCli([
        "query",
        "agreed",
        "--parties",
        "united-states,russia",
        "--min-grade",
        minGrade,
        "--json",
      ]);
      expect(status).toBe(0);
      expect(ids(JSON.parse(stdout))).toEqual(expected);
    }
    expect(
      ids(agreedByAll(graph, ["united-states", "russia"], { minGrade: "joint" })).length,
    ).toBeLessThan(ids(agreedByAll(graph, ["united-states", "russia"])).length);
    const wrong = await runCli([
      "query",
      "agreed",
      "--parties",
      "united-states,russia",
      "--min-grade",
      "strong",
    ]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Allowed choices are joint, concordant, one-sided, reported");
  });

  test("agreed --json: the records agreedByAll returns, in its order", async () => {
    const { stdout } = await runCli([
      "query",
      "agreed",
      "--parties",
      "united-states",
      "--parties",
      "russia",
      "--json",
    ]);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(agreedByAll(graph, ["united-states", "russia"]))),
    );
  });

  test("agreed with a party that agreed nothing: a sentence, exit 0", async () => {
    const { status, stdout } = await runCli([
      "query",
      "agreed",
      "--parties",
      "united-states,ukraine",
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe("No agreement binds United States and Ukraine in these datasets.\n");
  });

  test("accounts: every account of a commitment, its own first, with the grade", async () => {
    const accounts = accountsOf(graph, "cyber-expert-understandings");
    expect(accounts.length).toBeGreaterThan(1);
    const { status, stdout } = await runCli(["query", "accounts", "cyber-expert-understandings"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^${accounts.length} accounts of agreement cyber-expert-understandings, graded ${gradeOf(graph, "cyber-expert-understandings")}:`,
      ),
    );
    expect(
      inOrder(
        stdout,
        accounts.map((a) => a.id),
      ),
    ).toBe(true);
    expect(stdout).toContain("cyber-expert-understandings (its own)");
    for (const account of accounts)
      for (const span of account.evidence) expect(stdout).toContain(`«${span.quote}»`);
    const json = await runCli(["query", "accounts", "cyber-expert-understandings", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(accounts)));
    const notStatement = await runCli(["query", "accounts", "joe-biden"]);
    expect(notStatement.status).toBe(2);
    expect(notStatement.stderr).toMatch(/^accordkg: "joe-biden" is an actor/);
  });

  test("perspectives: each side's agreed matters, as perspectives() sorts them", async () => {
    const answer = perspectives(graph, ["united-states", "russia"]);
    const { status, stdout } = await runCli([
      "query",
      "perspectives",
      "--parties",
      "united-states,russia",
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `Agreed according to every side, or in a text all of them issued (${answer.agreed.length}):`,
    );
    expect(stdout).toContain(
      `Agreed according to United States only (${answer.onlyAccordingTo["united-states"]?.length}):`,
    );
    expect(stdout).toContain(`Accounts that differ in kind (${answer.divergent.length}):`);
    expect(
      inOrder(
        stdout,
        answer.agreed.map((p) => p.record.id),
      ),
    ).toBe(true);
    expect(stdout).toContain("Vladimir Putin: assessment");
    const json = await runCli([
      "query",
      "perspectives",
      "--parties",
      "united-states,russia",
      "--json",
    ]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(answer)));
  });

  test.each([
    [
      ["of", "joe-biden", "--kinds", "pledge,warning"],
      () => commitmentsOf(graph, "joe-biden", { kinds: ["pledge", "warning"] }),
      (n: number) => `Joe Biden is a party to ${n} commitments (pledge, warning):`,
    ],
    [
      ["about", "ukraine-file"],
      () => commitmentsAbout(graph, "ukraine-file"),
      (n: number) => `${n} commitments about`,
    ],
    [
      ["unilateral", "joe-biden"],
      () => unilateralCommitments(graph, "joe-biden"),
      (n: number) => `${n} commitments Joe Biden made on its own`,
    ],
    [
      ["stated-by", "joe-biden"],
      () => statedBy(graph, "joe-biden"),
      (n: number) => `${n} statements stated by Joe Biden`,
    ],
    [
      ["discussed", "--parties", "joe-biden,vladimir-putin"],
      () => discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"]),
      (n: number) => `${n} topics Joe Biden and Vladimir Putin raised but did not agree on:`,
    ],
    [
      ["search", "بوتين"],
      () => search(graph, "بوتين").map((hit) => hit.record),
      (n: number) => `${n} matches for «بوتين», best first:`,
    ],
    [
      ["neighborhood", "minsk-diplomacy", "--depth", "1"],
      () => neighborhood(graph, "minsk-diplomacy", 1).map((entry) => entry.record),
      (n: number) => `${n} records within 1 edge of minsk-diplomacy:`,
    ],
    [
      ["connection", "vladimir-putin", "ukraine"],
      () => connection(graph, "vladimir-putin", "ukraine").map((step) => step.record),
      (n: number) => `vladimir-putin to ukraine in ${n - 1} steps:`,
    ],
  ] as const)(
    "query %j: the library's answer, in its order, under a heading",
    async (args, answer, heading) => {
      const expected = ids(answer());
      expect(expected.length).toBeGreaterThan(0);
      const { status, stdout, stderr } = await runCli(["query", ...args]);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      expect(stdout.startsWith(heading(expected.length))).toBe(true);
      expect(inOrder(stdout, expected)).toBe(true);
    },
  );

  test("query evidence: each span's offsets, source and exact quote", async () => {
    const { status, stdout } = await runCli(["query", "evidence", "minsk-diplomacy"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+ evidence spans? of commitment minsk-diplomacy/);
    for (const span of evidenceOf(graph, "minsk-diplomacy")) {
      expect(stdout).toContain(`[${span.start}, ${span.end})`);
      expect(stdout).toContain(`«${span.quote}»`);
    }
  });

  test("every query answers --json with what the library returns", async () => {
    const { stdout } = await runCli([
      "query",
      "neighborhood",
      "minsk-diplomacy",
      "--depth",
      "all",
      "--json",
    ]);
    const entries = JSON.parse(stdout) as { depth: number; kind: string; record: { id: string } }[];
    expect(entries[0]).toMatchObject({
      depth: 0,
      kind: "commitment",
      record: { id: "minsk-diplomacy" },
    });
    expect(entries.length).toBeGreaterThan(9);
    const search = JSON.parse((await runCli(["query", "search", "putin", "--json"])).stdout);
    expect(search[0]).toMatchObject({
      kind: "actor",
      match: "alias",
      record: { id: "vladimir-putin" },
    });
  });

  test("an unknown id: exit 2, one line with the nearest id, no stack trace", async () => {
    const { status, stdout, stderr } = await runCli(["query", "of", "bidn"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('accordkg: unknown actor "bidn". Did you mean "joe-biden"?\n');
  });

  test.each([
    [["query", "agreed"], "required option '--parties <ids>' not specified"],
    [
      ["query", "neighborhood", "minsk-diplomacy", "--depth", "-1"],
      "expected a whole number from 0, or all",
    ],
    [["query", "of", "joe-biden", "--kinds", "treaty"], "unknown kind treaty"],
    [["query", "bogus"], "unknown command 'bogus'"],
    [["query", "search", "???"], "letter or digit"],
  ])("usage error %j: exit 2", async (args, message) => {
    const { status, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(hasStackTrace(stderr)).toBe(false);
  });

  test("--data adds a file to Geneva; --no-builtin leaves Geneva out", async () => {
    const both = await runCli(["query", "stated-by", "joe-biden", "--data", notesPath]);
    const speaker = statedBy(buildGraph(geneva2021), "joe-biden").length;
    expect(both.stdout).toMatch(new RegExp(`^${speaker + 1} statements`));
    expect(both.stdout).toContain("my-meeting-assessment");
    const alone = await runCli(["query", "search", "putin", "--data", GENEVA_JSON, "--no-builtin"]);
    expect(alone.status).toBe(0);
    const none = await runCli(["stats", "--no-builtin"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no dataset");
  });

  test("--data with problems: the report on standard error, exit 1, nothing on standard output", async () => {
    const { status, stdout, stderr } = await runCli([
      "query",
      "agreed",
      "--parties",
      "united-states,russia",
      "--data",
      notesPath,
      "--no-builtin",
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^accordkg: my-notes\.json: \d+ problems; nothing was done\n/);
    expect(stderr).toContain("✖ claims[0].parties[0]  [unknown_actor]");
  });

  test("a table on a terminal fits its width", async () => {
    const { stdout } = await runCli(["query", "agreed", "--parties", "united-states,russia"], {
      tty: true,
      columns: 100,
      env: { NO_COLOR: "1" },
    });
    const lines = stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  });
});

describe("accordkg stats", () => {
  const graph = buildGraph(geneva2021);
  const [report] = geneva2021.sources;

  test("records by kind, the sources, their languages, the grades and the graph", async () => {
    const { status, stdout } = await runCli(["stats"], {
      tty: true,
      columns: 160,
      env: { NO_COLOR: "1" },
    });
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /│ commitments +│ 10 +│ agreement 7, pledge 1, proposal 1, warning 1 +│/,
    );
    expect(stdout).toMatch(/│ accounts +│ 11 +│ agreement 6, discussion 4, assessment 1 +│/);
    expect(stdout).toContain(
      `${geneva2021.sources.length} sources, by language: ar 2, en 13, ru 5`,
    );
    expect(stdout).toMatch(
      new RegExp(
        `│ ${report?.id} +│ ar +│ ${report?.text.length.toLocaleString("en-US")} +│ 29 +│`,
      ),
    );
    const joint = geneva2021.commitments.filter((c) => gradeOf(graph, c.id) === "joint").length;
    expect(joint).toBeGreaterThan(0);
    expect(stdout).toMatch(new RegExp(`│ joint +│ ${joint} +│`));
    expect(stdout).toContain(`Graph: ${graph.order} nodes, ${graph.size} edges`);
  });

  test("--json, with a --data file", async () => {
    const stats = JSON.parse((await runCli(["stats", "--json", "--data", notesPath])).stdout);
    const claims = geneva2021.claims.length;
    expect(stats.records.claims.count).toBe(claims + 1);
    expect(stats.records.claims.kinds.assessment).toBe(
      geneva2021.claims.filter((c) => c.kind === "assessment").length + 1,
    );
    expect(stats.languages).toEqual({ ar: 2, en: 14, ru: 5 });
    expect(stats.graph.nodes).toBe(graph.order + 2);
    const grades = Object.values(stats.grades.commitments as Record<string, number>);
    expect(grades.reduce((a, b) => a + b, 0)).toBe(geneva2021.commitments.length);
    expect(Object.keys(stats.grades.agreements)).toEqual([...EVIDENCE_GRADES]);
  });
});

describe("accordkg locate", () => {
  const evidenceIn = (stdout: string) =>
    JSON.parse(stdout.slice(stdout.indexOf("{", stdout.indexOf("Evidence to paste"))));

  test("in a source of the datasets: the offsets and an evidence object that validates", async () => {
    const quote = "تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك";
    const { status, stdout } = await runCli([
      "locate",
      "--source",
      "geneva-2021-summit-report-ar",
      quote,
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain("occurs once in geneva-2021-summit-report-ar");
    const line = (geneva2021.sources[0]?.text ?? "").slice(0, 1725).split("\n").length;
    expect(stdout).toContain(`1. [1725, 1789), line ${line}`);
    expect(evidenceIn(stdout)).toEqual({
      source: "geneva-2021-summit-report-ar",
      start: 1725,
      end: 1789,
      quote,
    });
  });

  test("in a text file, relative to the current folder; the source id from its name or --source-id", async () => {
    writeFileSync(join(scratch, "Readout Text.txt"), "Deal 🤝 done. The deal is done.");
    const { status, stdout, stderr } = await runCli(
      ["locate", "--source", "Readout Text.txt", "done", "--near", "deal is"],
      { cwd: scratch },
    );
    expect(status).toBe(0);
    expect(stderr).toContain('names the source "readout-text"');
    expect(stdout).toContain("occurs 2 times");
    expect(stdout).toContain("1. [8, 12), line 1, 6 from «deal is»");
    expect(stdout).toContain("2. [26, 30), line 1, 1 from «deal is»  ← nearest");
    expect(evidenceIn(stdout)).toEqual({
      source: "readout-text",
      start: 26,
      end: 30,
      quote: "done",
    });
    const json = await runCli(
      ["locate", "--source", "Readout Text.txt", "--source-id", "readout", "done", "--json"],
      { cwd: scratch },
    );
    expect(JSON.parse(json.stdout)).toEqual([
      { source: "readout", start: 8, end: 12, quote: "done" },
      { source: "readout", start: 26, end: 30, quote: "done" },
    ]);
  });

  test("several occurrences without --near: each with its evidence, and a hint", async () => {
    const { stdout } = await runCli(["locate", "--source", GENEVA_TEXT, "بايدن"]);
    expect(stdout).toMatch(/occurs \d+ times/);
    expect(stdout).toContain('Add --near "<words>" to choose the occurrence you mean.');
  });

  test("a quote that is not there: exit 1, and where it nearly is", async () => {
    const { status, stderr } = await runCli(["locate", "--source", GENEVA_TEXT, "تم  الاتفاق"]);
    expect(status).toBe(1);
    expect(stderr).toContain("accordkg: the quote does not occur");
    expect(stderr).toContain(
      "With other white space or case, it occurs at:\n  [1725, 1735) «تم الاتفاق»",
    );
  });

  test("usage errors: no --source, an unknown source, an empty quote", async () => {
    expect((await runCli(["locate", "x"])).status).toBe(2);
    const unknown = await runCli(["locate", "--source", "no-such-source", "x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      "Sources: geneva-2021-summit-report-ar, joint-statement-2021-en,",
    );
    expect((await runCli(["locate", "--source", GENEVA_TEXT, ""])).status).toBe(2);
  });
});

describe("accordkg explore", () => {
  test("writes the graph as one self-contained page, relative to the current folder", async () => {
    const { status, stdout, stderr } = await runCli(
      ["explore", "--out", "page.html", "--title", "Geneva, 2021", "--seed", "7"],
      { cwd: scratch },
    );
    expect(status).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Wrote page\.html \(\d+ KiB, \d+ records\): open it in a browser/);
    const page = readFileSync(join(scratch, "page.html"), "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("<title>Geneva, 2021</title>");
    expect(page).toContain("Content-Security-Policy");
    // What renderExplorer writes for the same graph and options, byte for byte.
    expect(page).toBe(
      renderExplorer(buildGraph(geneva2021), { title: "Geneva, 2021", layout: { seed: 7 } }),
    );
  }, 120_000);

  test("a folder that does not exist: exit 1; an unknown language: exit 2", async () => {
    const missing = await runCli(["explore", "--out", join(scratch, "no", "such", "page.html")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^accordkg: cannot write ".*page\.html" \(ENOENT\)/);
    const language = await runCli(["explore", "--language", "fr"]);
    expect(language.status).toBe(2);
  }, 120_000);
});

describe("help", () => {
  test.each([
    [[]],
    [["validate"]],
    [["query"]],
    [["query", "agreed"]],
    [["query", "of"]],
    [["query", "about"]],
    [["query", "unilateral"]],
    [["query", "stated-by"]],
    [["query", "discussed"]],
    [["query", "accounts"]],
    [["query", "perspectives"]],
    [["query", "search"]],
    [["query", "evidence"]],
    [["query", "neighborhood"]],
    [["query", "connection"]],
    [["stats"]],
    [["locate"]],
    [["explore"]],
  ])("accordkg %j --help: exit 0, usage on standard output", async (command) => {
    const { status, stdout } = await runCli([...command, "--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain(`Usage: accordkg${command.length > 0 ? ` ${command.join(" ")}` : ""}`);
  });

  test("--version, and no command at all", async () => {
    const version = await runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe("0.1.0\n");
    const none = await runCli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Usage: accordkg");
  });
});
