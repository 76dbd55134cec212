// Every figure the docs quote from a saved bench run is written from bench/results by
// scripts/docs-figures.ts: a figure edited by hand, or results saved without the docs, fail here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Measure, SizeReport } from "../../bench/report";
import {
  figure,
  figureDocs,
  figureNames,
  formatMeasure,
  formatRatio,
  renderFigures,
  savedReports,
} from "../../scripts/docs-figures";
import { ROOT } from "../support/snippets";

const reports = savedReports();
const docs = figureDocs().map((path) => [path, readFileSync(join(ROOT, path), "utf8")] as const);

describe("the docs' bench figures", () => {
  test.each(docs)("%s holds the figures bench/results gives (pnpm docs:figures)", (_, text) => {
    expect(text).toBe(renderFigures(text, reports));
  });

  test("README.md, docs/performance.md and the core README quote figures", () => {
    const quoting = docs.filter(([, text]) => figureNames(text).length > 0).map(([path]) => path);
    expect(quoting).toEqual(
      expect.arrayContaining(["README.md", "docs/performance.md", "packages/core/README.md"]),
    );
  });

  test("docs/performance.md holds a table for every saved size", () => {
    const page = docs.find(([path]) => path === "docs/performance.md")?.[1] ?? "";
    const tables = figureNames(page).filter((name) => name.endsWith(" table"));
    const sizes = (labels: string[]) => labels.map((label) => figure(`${label} table`, reports));
    expect(sizes(tables.map((name) => name.split(" ")[0] as string))).toEqual(
      [...reports.keys()].sort((a, b) => a - b).map((size) => figure(`${size} table`, reports)),
    );
  });

  // Where a wrong figure was found before: every ratio there must be a generated one.
  test.each([
    ["README.md", /\n## Performance\n([\s\S]*?)\n## /],
    ["docs/performance.md", /\n(\*\*Headline[^\n]*)\n/],
  ] as const)("%s: no ratio typed by hand in the summary", (path, section) => {
    const text = readFileSync(join(ROOT, path), "utf8");
    const summary = section.exec(text)?.[1] ?? "";
    expect(summary.length).toBeGreaterThan(200);
    const unmarked = summary.replace(/<!-- fig .+? -->[\s\S]*?<!-- \/fig -->/g, "<fig>");
    expect(unmarked.match(/\d[\d.]*×/g) ?? []).toEqual([]);
    expect(unmarked.match(/<fig>/g)?.length).toBeGreaterThan(10);
  });
});

// A report with made-up figures, so that these tests do not depend on the saved results.
const measure = (name: string, unit: Measure["unit"], ours: number, base: number): Measure => ({
  name,
  unit,
  ours,
  p95: ours * 2,
  baselines: { n3: base },
  baselinesP95: { n3: base * 2 },
  ratios: { n3: ours / base },
  samples: { ours: 1000, n3: 3 },
});
const fake: SizeReport = {
  size: 100_000,
  seed: 1,
  runs: 5,
  machine: {
    cpu: "a CPU",
    cores: 2,
    memoryBytes: 2 ** 34,
    node: "v20.0.0",
    platform: "linux x64",
    loadAverage: { start: 1, end: 1 },
    commit: "abc1234",
  },
  records: { commitments: 100_000, claims: 33_333, sources: 11_112, total: 152_501 },
  measures: [
    measure("defineDataset throughput", "records/s", 423_005.6, 275_000),
    measure("commitmentsAbout", "ms", 0.0163, 0.4995),
    measure("agreedByAll", "ms", 0.0265, 0.7547),
    measure("neighborhood", "ms", 0.075, 1.67),
    measure("search", "ms", 0.34, 190),
    measure("neighborhood index (first walk)", "ms", 466.63, 1000),
    measure("buildGraph heap", "bytes", 302_287_504, 298_000_000),
  ],
  checks: [],
  targets: [
    {
      name: "buildGraph time ÷ raw graphology",
      value: 0.996,
      goal: "",
      pass: true,
      required: true,
    },
    { name: "largest live heap", value: 4586, goal: "", pass: false, required: true },
  ],
  processes: {
    ours: { heapLimitMB: 4096, maxRssMB: 900, maxLiveHeapMB: 4363, wallSeconds: 60 },
  },
  notes: [
    "ours: graph: 152501 nodes, 1016088 edges",
    "oxigraph: oxigraph: 1326290 triples; …",
    "rdf: writeRdf: n-quads 955 MiB, turtle 200 MiB; live heap …",
    "rdf: virtuoso: 955 MiB of N-Quads bulk-loaded in 132.4 s; database folder 1369 MiB after the load",
  ],
  wallSeconds: 86.4,
};
const fakes = new Map([[100_000, fake]]);

describe("figures", () => {
  test.each([
    ["100k commitmentsAbout ÷ n3", "0.033×"],
    ["100000 commitmentsAbout ÷ n3", "0.033×"],
    ["100k neighborhood ÷ n3", "0.045×"],
    ["100k search ÷ n3", "0.0018×"],
    ["100k max ÷ n3", "0.045×"],
    ["100k neighborhood index (first walk) per million edges", "0.46 s"],
    ["100k defineDataset throughput", "423 k records/s"],
    ["100k commitmentsAbout", "16.3 µs"],
    ["100k commitmentsAbout @ n3", "499.5 µs"],
    ["100k commitmentsAbout p95", "32.6 µs"],
    ["100k commitmentsAbout samples @ n3", "3"],
    ["100k buildGraph heap", "288.3 MiB"],
    ["100k buildGraph heap @ n3 per edge", "293 bytes"],
    ["100k target buildGraph time ÷ raw graphology", "0.996"],
    ["100k target largest live heap", "4,586"],
    ["100k ours largest live heap", "4,363 MiB"],
    ["100k ours heap limit", "4,096 MB"],
    ["100k statements", "133,333"],
    ["100k records sources", "11,112"],
    ["100k edges", "1,016,088"],
    ["100k edges per commitment", "10.2"],
    ["100k oxigraph triples", "1.3 million"],
    ["100k rdf note n-quads", "955 MiB"],
    ["100k rdf note database folder", "1,369 MiB"],
    ["100k answers", "equal"],
    ["100k wall time", "1 m 26 s"],
    ["100k machine memory", "16.0 GiB"],
    ["100k machine load", "1.0 → 1.0"],
    ["100k machine commit", "abc1234"],
  ])("%s → %s", (name, text) => {
    expect(figure(name, fakes)).toBe(text);
  });

  test("a figure of a size, a measure or a baseline the reports lack is an error naming it", () => {
    expect(() => figure("10k search ÷ n3", fakes)).toThrow(/"10k search ÷ n3" names no saved size/);
    expect(() => figure("100k toRdf ÷ n3", fakes)).toThrow(/no measure "toRdf"/);
    expect(() => figure("100k search ÷ oxigraph", fakes)).toThrow(/no baseline "oxigraph"/);
    expect(() => figure("100k target nothing", fakes)).toThrow(/no target "nothing"/);
  });

  test("rendering rewrites a wrong figure and leaves everything else as it was", () => {
    const wrong =
      "`commitmentsAbout` <!-- fig 100k commitmentsAbout ÷ n3 -->0.04×<!-- /fig --> n3, 0.04× by hand.";
    expect(renderFigures(wrong, fakes)).toBe(
      "`commitmentsAbout` <!-- fig 100k commitmentsAbout ÷ n3 -->0.033×<!-- /fig --> n3, 0.04× by hand.",
    );
    expect(figureNames(wrong)).toEqual(["100k commitmentsAbout ÷ n3"]);
  });

  test("ratios keep two significant digits below 0.1 and two decimals above", () => {
    expect([0.00524, 0.0327, 0.0449, 0.114, 0.65, 1.0113].map(formatRatio)).toEqual([
      "0.0052",
      "0.033",
      "0.045",
      "0.11",
      "0.65",
      "1.01",
    ]);
    expect(formatMeasure(386_116, "records/s")).toBe("386 k records/s");
    expect(() => formatRatio(Number.NaN)).toThrow();
  });
});
