// `accordkg export` run in this process (through `run`): every format on Geneva parsed back and
// compared with what the library writes, standard output against --out, --data, the format from
// the extension, usage errors, and failures that leave no file behind. bin.dist.test.ts spawns the
// built binary (pipes, progress, a generated dataset in a small heap).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "@accordkg/core";
import { defineDataset, geneva2021, mergeDatasets } from "@accordkg/data";
import { toGraphml, toPlover } from "@accordkg/formats";
import { fromRdf, toRdf } from "@accordkg/rdf";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { writeDatasetInput } from "../../bench/writeDataset";
import { unwritableInput } from "../formats/fixtures";
import { hasStackTrace, runCli, scratchDir } from "./support";

const scratch = scratchDir("export");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const geneva = buildGraph(geneva2021);

/** The files in a folder, hidden ones (a temporary .partial) included. */
const filesIn = (folder: string) => readdirSync(folder).sort();

describe("accordkg export, each format on Geneva", () => {
  test.each([
    ["ttl", "turtle"],
    ["trig", "trig"],
    ["nq", "n-quads"],
    ["jsonld", "json-ld"],
  ] as const)(
    "--format %s: what toRdf writes, read back by fromRdf deep-equal to the dataset",
    async (name, format) => {
      const { status, stdout, stderr } = await runCli(["export", "--format", name]);
      expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
      expect(stdout).toBe(toRdf(geneva, { format }));
      expect(await fromRdf(stdout, { format })).toEqual(geneva2021);
    },
  );

  test("--format gexf: graphology-gexf reads back every record and relation, with its attributes", async () => {
    const { status, stdout } = await runCli(["export", "--format", "gexf"]);
    expect(status).toBe(0);
    const parsed = parseGexf(MultiDirectedGraph, stdout);
    expect(parsed.order).toBe(geneva.order);
    expect(parsed.size).toBe(geneva.size);
    expect(parsed.nodes().sort()).toEqual(geneva.nodes().sort());
    expect(parsed.getNodeAttributes("actor:joe-biden")).toMatchObject({
      label: "Joe Biden",
      kind: "actor",
      wikidata: "Q6279",
    });
    geneva.forEachEdge((edge, attributes, source, target) => {
      expect([parsed.source(edge), parsed.target(edge)]).toEqual([source, target]);
      expect(parsed.getEdgeAttribute(edge, "relation")).toBe(attributes.relation);
    });
  });

  test("--format graphml: what toGraphml writes, which graphology-graphml reads back", async () => {
    const { status, stdout } = await runCli(["export", "--format", "graphml"]);
    expect(status).toBe(0);
    expect(stdout).toBe(toGraphml(geneva));
    const parsed = parseGraphml(MultiDirectedGraph, stdout);
    expect([parsed.order, parsed.size]).toEqual([geneva.order, geneva.size]);
    expect(parsed.nodes().sort()).toEqual(geneva.nodes().sort());
  });

  test("--format plover: JSON Lines, one record per commitment and claim", async () => {
    const { status, stdout } = await runCli(["export", "--format", "plover"]);
    expect(status).toBe(0);
    expect(stdout).toBe(toPlover(geneva));
    expect(stdout.endsWith("\n")).toBe(true);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string });
    expect(records.map((r) => r.id).sort()).toEqual(
      [...geneva2021.commitments, ...geneva2021.claims].map((s) => s.id).sort(),
    );
  });

  test("the libraries' names of the formats are taken too; --out - is standard output", async () => {
    const [short, long, dash] = await Promise.all([
      runCli(["export", "--format", "nq"]),
      runCli(["export", "--format", "n-quads"]),
      runCli(["export", "--format", "nq", "--out", "-"], { cwd: scratch }),
    ]);
    expect(long.status).toBe(0);
    expect(long.stdout).toBe(short.stdout);
    expect(dash.stdout).toBe(short.stdout);
    expect(filesIn(scratch)).not.toContain("-");
  });
});

describe("accordkg export --out", () => {
  test.each([
    ["ttl", "geneva.ttl"],
    ["trig", "geneva.trig"],
    ["nq", "geneva.nq"],
    ["jsonld", "geneva.jsonld"],
    ["gexf", "geneva.gexf"],
    ["graphml", "geneva.graphml"],
    ["plover", "geneva.jsonl"],
  ])(
    "%s: the file (relative to the current folder, the format from its extension) is what standard output gets",
    async (format, file) => {
      const folder = join(scratch, format);
      mkdirSync(folder);
      const [written, piped] = await Promise.all([
        runCli(["export", "--out", file], { cwd: folder }),
        runCli(["export", "--format", format]),
      ]);
      expect(written.status).toBe(0);
      expect(written.stdout).toBe("");
      expect(written.stderr).toMatch(
        new RegExp(
          `^Wrote ${file.replace(".", "\\.")} \\(.+\\): [\\d.]+ MB, ${geneva.order} records and ${geneva.size} relations, in \\d+\\.\\d s\\.\\n$`,
        ),
      );
      expect(readFileSync(join(folder, file), "utf8")).toBe(piped.stdout);
      expect(filesIn(folder)).toEqual([file]);
    },
  );

  test("--format wins over the extension; an existing file is replaced", async () => {
    const file = join(scratch, "geneva.txt");
    writeFileSync(file, "old");
    const { status } = await runCli(["export", "--format", "plover", "--out", file]);
    expect(status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(toPlover(geneva));
  });

  test("--data merges a file with Geneva; --no-builtin leaves Geneva out", async () => {
    const path = join(scratch, "generated.json");
    writeDatasetInput(generateDataset({ seed: 7, commitments: 40 }), path);
    // What the file holds (writeDatasetInput leaves the generator's description out).
    const generated = defineDataset(JSON.parse(readFileSync(path, "utf8")));
    const merged = await runCli(["export", "--format", "nq", "--data", path]);
    expect(merged.status).toBe(0);
    expect(await fromRdf(merged.stdout, { format: "n-quads" })).toEqual(
      mergeDatasets(geneva2021, generated),
    );
    const alone = await runCli(["export", "--format", "trig", "--data", path, "--no-builtin"]);
    expect(await fromRdf(alone.stdout, { format: "trig" })).toEqual(generated);
  });
});

describe("accordkg export, errors", () => {
  test("an unknown format: exit 2 with the list of formats, nothing written", async () => {
    const { status, stdout, stderr } = await runCli(["export", "--format", "rdfxml"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^accordkg: option '--format <format>' argument 'rdfxml' is invalid/);
    expect(stderr).toContain("formats: ttl, trig, nq, jsonld, gexf, graphml, plover");
  });

  test("no format and no extension that implies one: exit 2 with the formats and extensions", async () => {
    for (const args of [["export"], ["export", "--out", join(scratch, "geneva.xml")]]) {
      const { status, stderr } = await runCli(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^accordkg: which format\? .*give --format\n/);
      expect(stderr).toContain("gexf (GEXF 1.3, for Gephi)");
      expect(stderr).toContain(".jsonl plover");
    }
    expect(filesIn(scratch)).not.toContain("geneva.xml");
  });

  test("a folder that does not exist: exit 1, one line", async () => {
    const { status, stderr } = await runCli(["export", "--out", join(scratch, "no", "g.nq")]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^accordkg: cannot write ".*g\.nq" \(ENOENT\)\n$/);
  });

  test("text XML cannot carry: exit 1 with where it is; the file before stays, no partial file", async () => {
    const folder = join(scratch, "unwritable");
    mkdirSync(folder);
    writeFileSync(join(folder, "data.json"), JSON.stringify(unwritableInput()));
    writeFileSync(join(folder, "graph.gexf"), "the previous export");
    const refused = await runCli(
      ["export", "--out", "graph.gexf", "--data", "data.json", "--no-builtin"],
      { cwd: folder },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^accordkg: 5 characters in the data that XML 1\.0 cannot carry; nothing was written\n/,
    );
    expect(refused.stderr).toContain("U+0001 at offset 3 of text of node source:s");
    expect(refused.stderr).toContain("--invalid-characters replace");
    expect(hasStackTrace(refused.stderr)).toBe(false);
    expect(readFileSync(join(folder, "graph.gexf"), "utf8")).toBe("the previous export");
    expect(filesIn(folder)).toEqual(["data.json", "graph.gexf"]);
    // With progress forced, its line ends where the export stopped.
    const shown = await runCli(
      ["export", "--out", "graph.gexf", "--data", "data.json", "--no-builtin", "--progress"],
      { cwd: folder },
    );
    expect(shown.status).toBe(1);
    expect(shown.stderr).toMatch(
      /writing gexf 0 MB \| 0 MB\/s \| \d+\.\d s\n+accordkg: 5 characters/,
    );
    expect(filesIn(folder)).toEqual(["data.json", "graph.gexf"]);
    const replaced = await runCli(
      ["export", "--out", "graph.gexf", "--data", "data.json", "--no-builtin"].concat([
        "--invalid-characters",
        "replace",
      ]),
      { cwd: folder },
    );
    expect(replaced.status).toBe(0);
    expect(readFileSync(join(folder, "graph.gexf"), "utf8")).toContain("Ana\uFFFD met Bo.");
  });

  test("a failure once everything is written (--out names a folder): exit 1, the partial file deleted", async () => {
    const folder = join(scratch, "taken");
    mkdirSync(join(folder, "geneva.nq"), { recursive: true });
    const { status, stderr } = await runCli(["export", "--out", "geneva.nq"], { cwd: folder });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^accordkg: cannot write "geneva\.nq" \(EISDIR\)\n$/);
    expect(filesIn(folder)).toEqual(["geneva.nq"]);
  });

  test("invalid data: the report, exit 1, and no file", async () => {
    const folder = join(scratch, "invalid");
    mkdirSync(folder);
    writeFileSync(join(folder, "bad.json"), JSON.stringify({ id: "bad" }));
    const { status, stderr } = await runCli(["export", "--out", "g.ttl", "--data", "bad.json"], {
      cwd: folder,
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^accordkg: bad\.json: \d+ problems; nothing was done\n/);
    expect(filesIn(folder)).toEqual(["bad.json"]);
  });
});
