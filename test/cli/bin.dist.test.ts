// The built binary (packages/cli/dist/bin.js), spawned as a user runs it, with its output piped:
// every command and every exit status, on the built-in Geneva dataset and on generated datasets
// (bench/generate.ts, written by bench/writeDataset.ts); progress forced on and absent when piped;
// the heap check; a real terminal through script(1). Runs in the dist run, after the build.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { DatasetInput } from "@accordkg/data";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { writeDatasetInput } from "../../bench/writeDataset";
import {
  BIN,
  GENEVA_JSON,
  GENEVA_TEXT,
  hasAnsi,
  hasStackTrace,
  scratchDir,
  spawnCli,
} from "./support";

const scratch = scratchDir("bin");
const small = join(scratch, "small.json");
const large = join(scratch, "large.json");
let generated: DatasetInput;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => {
  generated = generateDataset({ seed: 42, commitments: 300 });
  writeDatasetInput(generated, small);
  // 10,000 commitments: 17,501 records, 9.4 MB; enough for progress on a terminal.
  writeDatasetInput(generateDataset({ seed: 42, commitments: 10_000 }), large);
});

describe.runIf(process.env.MODE === "dist")(
  "the accordkg binary, spawned",
  { timeout: 60_000 },
  () => {
    test("is built, with its shebang", () => {
      expect(existsSync(BIN)).toBe(true);
    });

    test.concurrent.each([
      // [args, status, what stdout contains]
      [["validate", GENEVA_JSON], 0, "✔ valid: 109 records, no problems"],
      [
        ["query", "agreed", "--parties", "united-states,russia"],
        0,
        "agreements bind United States and Russia, each as its speaker",
      ],
      [
        ["query", "agreed", "--parties", "united-states,russia", "--min-grade", "joint"],
        0,
        "2 agreements bind United States and Russia with evidence graded joint or better",
      ],
      [
        ["query", "perspectives", "--parties", "united-states,russia"],
        0,
        "Agreed according to every side, or in a text all of them issued",
      ],
      [
        ["query", "accounts", "cyber-expert-understandings"],
        0,
        "3 accounts of agreement cyber-expert-understandings, graded concordant",
      ],
      [["query", "of", "joe-biden"], 0, "Joe Biden is a party to "],
      [["query", "about", "ukraine-file"], 0, "commitments about"],
      [["query", "unilateral", "joe-biden"], 0, "commitments Joe Biden made on its own"],
      [["query", "stated-by", "joe-biden"], 0, "statements stated by Joe Biden"],
      [
        ["query", "discussed", "--parties", "united-states,russia"],
        0,
        "topics United States and Russia raised",
      ],
      [["query", "search", "بوتين"], 0, "vladimir-putin"],
      [
        ["query", "evidence", "minsk-diplomacy"],
        0,
        "«تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك»",
      ],
      [
        ["query", "neighborhood", "minsk-diplomacy", "--depth", "2"],
        0,
        "records within 2 edges of minsk-diplomacy",
      ],
      [["query", "connection", "vladimir-putin", "ukraine"], 0, "vladimir-putin to ukraine in "],
      [["stats"], 0, "Evidence grades, from each record's accounts"],
      [
        ["locate", "--source", "geneva-2021-summit-report-ar", "جو بايدن"],
        0,
        '"quote": "جو بايدن"',
      ],
      [["explore", "--out", join(scratch, "explorer.html")], 0, ""],
      [["export", "--format", "plover"], 0, '{"id":"areas-of-common-interest"'],
      [["export", "--out", join(scratch, "geneva.nq")], 0, ""],
      [["export", "--format", "rdfxml"], 2, ""],
      [["export"], 2, ""],
      [["export", "--out", join(scratch, "missing", "geneva.nq")], 1, ""],
      [["locate", "--source", GENEVA_TEXT, "not in the text"], 1, ""],
      [["query", "of", "bidn"], 2, ""],
      [["query", "agreed"], 2, ""],
      [["frobnicate"], 2, ""],
      [["validate", join(scratch, "missing.json")], 2, ""],
      [["query", "agreed", "--help"], 0, "Usage: accordkg query agreed [options]"],
      [["--version"], 0, "0.1.0"],
    ])("accordkg %j: exit %i", async (args, status, out) => {
      const run = await spawnCli(args);
      expect({ status: run.status, stackTrace: hasStackTrace(run.stderr) }).toEqual({
        status,
        stackTrace: false,
      });
      expect(run.stdout).toContain(out);
      expect(hasAnsi(run.stdout)).toBe(false);
      // Standard error: nothing on success but the note of the file explore or export wrote.
      if (status === 0) expect(run.stderr).toMatch(args.includes("--out") ? /^Wrote \S+/ : /^$/);
      else expect(run.stderr).toMatch(/^accordkg: .+/);
    });

    test("validate: a generated file is valid, alone and merged with Geneva", async () => {
      const alone = await spawnCli(["validate", small]);
      expect(alone.status).toBe(0);
      expect(alone.stdout).toContain(
        `✔ valid: ${(generated.commitments.length + (generated.claims?.length ?? 0) + generated.sources.length + generated.actors.length + generated.topics.length + generated.events.length).toLocaleString("en-US")} records`,
      );
      const withGeneva = await spawnCli(["validate", small, "--with", "geneva2021"]);
      expect(withGeneva.status).toBe(0);
    });

    test("validate: a generated file with a broken quote is exit 1 with the offsets where it occurs", async () => {
      const broken = JSON.parse(JSON.stringify(generated));
      const span: { start: number; end: number } = broken.commitments[5].evidence[0];
      span.start += 1;
      span.end += 1;
      const file = join(scratch, "broken.json");
      writeDatasetInput(broken, file);
      const run = await spawnCli(["validate", file]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("✖ commitments[5].evidence[0].quote  [quote_mismatch]");
      expect(run.stdout).toContain(`The quote occurs at "start": ${span.start - 1}`);
    });

    test("query and stats on a generated dataset, without the built-in one", async () => {
      const agreement = generated.commitments.find((c) => c.kind === "agreement");
      const parties = agreement?.parties.join(",") ?? "";
      const agreed = await spawnCli([
        "query",
        "agreed",
        "--parties",
        parties,
        "--data",
        small,
        "--no-builtin",
        "--json",
      ]);
      expect(agreed.status).toBe(0);
      expect((JSON.parse(agreed.stdout) as { id: string }[]).map((c) => c.id)).toContain(
        agreement?.id,
      );
      const stats = await spawnCli(["stats", "--data", small, "--no-builtin", "--json"]);
      expect(JSON.parse(stats.stdout).records.commitments.count).toBe(300);
      const [span] = agreement?.evidence ?? [];
      const located = await spawnCli([
        "locate",
        "--data",
        small,
        "--no-builtin",
        "--source",
        span?.source ?? "",
        span?.quote ?? "",
        "--json",
      ]);
      expect(JSON.parse(located.stdout)).toContainEqual({
        source: span?.source,
        start: span?.start,
        end: span?.end,
        quote: span?.quote,
      });
    });

    test("progress: none when piped; forced with --progress or ACCORDKG_PROGRESS=1: phase, records done, rate", async () => {
      const args = ["stats", "--data", large, "--no-builtin"];
      const piped = await spawnCli(args);
      expect(piped.status).toBe(0);
      expect(piped.stderr).toBe("");
      for (const run of [
        await spawnCli([...args, "--progress"]),
        await spawnCli(args, { env: { ACCORDKG_PROGRESS: "1" } }),
      ]) {
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(piped.stdout);
        for (const phase of ["parsing", "validating", "building"])
          expect(run.stderr).toMatch(
            new RegExp(
              `${phase} +\\S+ 17,501/17,501 records \\| [\\d,]+ records/s \\| \\d+\\.\\d s`,
              "u",
            ),
          );
        expect(run.stderr).toMatch(/reading +\S+ 9\.4\/9\.4 MB \| [\d.,]+ MB\/s/u);
      }
      expect((await spawnCli([...args, "--progress", "--quiet"])).stderr).toBe("");
    });

    test("export streams: a generated dataset in a heap too small for the whole document; progress only when asked", async () => {
      const nq = join(scratch, "large.nq");
      // 17,501 records, 104 MB of N-Quads: toRdf's string alone would not fit in 128 MB of heap.
      const piped = await spawnCli(["export", "--data", large, "--no-builtin", "--out", nq], {
        nodeArgs: ["--max-old-space-size=128"],
      });
      expect(piped.status).toBe(0);
      expect(piped.stderr).toMatch(
        /^Wrote \S+large\.nq \(RDF N-Quads.*\): [\d.]+ MB, 17,501 records and [\d,]+ relations, in [\d.]+ s\.\n$/,
      );
      const subjects = new Set(
        readFileSync(nq, "utf8").matchAll(
          /^<https:\/\/w3id\.org\/accordkg\/id\/commitment\/([^>#/]+)>/gm,
        ),
      );
      expect(new Set([...subjects].map((match) => match[1])).size).toBe(10_000);
      rmSync(nq);
      const jsonl = join(scratch, "large.jsonl");
      const [forced, written] = await Promise.all([
        spawnCli(["export", "--data", large, "--no-builtin", "--format", "plover", "--progress"]),
        spawnCli(["export", "--data", large, "--no-builtin", "--out", jsonl, "--quiet"]),
      ]);
      expect(forced.status).toBe(0);
      expect(forced.stdout.split("\n").filter(Boolean)).toHaveLength(10_000 + 3_333);
      expect(readFileSync(jsonl, "utf8")).toBe(forced.stdout);
      expect(forced.stderr).toMatch(/building +\S+ 17,501\/17,501 records/u);
      expect(forced.stderr).toMatch(/writing plover [\d.]+ MB \| [\d.,]+ MB\/s \| \d+\.\d s/u);
      expect(written.stderr).toMatch(/^Wrote \S+large\.jsonl/);
    });

    test("the heap check: a graph that will not fit is refused before it is built, with how to raise the heap", async () => {
      const started = performance.now();
      const run = await spawnCli(["stats", "--data", large, "--no-builtin"], {
        nodeArgs: ["--max-old-space-size=48"],
      });
      const seconds = (performance.now() - started) / 1000;
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^accordkg: 17,501 records will not fit in this process's heap: building their graph needs about [\d.]+ GiB, and the heap is limited to [\d.]+ GiB\.\n/,
      );
      expect(run.stderr).toMatch(
        /NODE_OPTIONS=--max-old-space-size=\d+ accordkg stats --data \S+large\.json --no-builtin\n/,
      );
      expect(hasStackTrace(run.stderr)).toBe(false);
      // Refused from the count alone: nothing was parsed, validated or built.
      expect(seconds).toBeLessThan(20);
    });

    test("the heap limit it suggests is enough", async () => {
      const refused = await spawnCli(["stats", "--data", large, "--no-builtin"], {
        nodeArgs: ["--max-old-space-size=48"],
      });
      const suggested = /--max-old-space-size=(\d+)/.exec(refused.stderr)?.[1];
      const run = await spawnCli(["stats", "--data", large, "--no-builtin"], {
        env: { NODE_OPTIONS: `--max-old-space-size=${suggested}` },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("Graph: 17,501 nodes");
    });

    test("output piped into a command that stops reading early ends quietly", () => {
      const child = spawnSync(
        "bash",
        [
          "-c",
          `"${process.execPath}" "${BIN}" query neighborhood joe-biden --depth all | head -c 100`,
        ],
        {
          encoding: "utf8",
        },
      );
      expect(child.status).toBe(0);
      expect(child.stderr).toBe("");
    });

    const hasScript = spawnSync("script", ["--version"]).status === 0;
    test.runIf(hasScript)(
      "on a real terminal (script(1)): colours, progress and a table that fits",
      () => {
        const command = `stty cols 100; "${process.execPath}" "${BIN}" stats --data "${large}" --no-builtin`;
        const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
        const child = spawnSync("script", ["-qec", command, "/dev/null"], {
          encoding: "utf8",
          env,
        });
        expect(child.status).toBe(0);
        const screen = child.stdout;
        expect(hasAnsi(screen)).toBe(true);
        expect(screen).toMatch(/building +\S+ 17,501\/17,501 records/u);
        const tableLines = screen
          .split("\n")
          .filter((line) => line.startsWith("│") || line.startsWith("┌"));
        expect(tableLines.length).toBeGreaterThan(5);
        for (const line of tableLines)
          expect(stripVTControlCharacters(line).replace("\r", "").length).toBeLessThanOrEqual(100);
      },
    );
  },
);
