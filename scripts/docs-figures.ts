// Writes the figures the docs quote from the saved bench results (bench/results/<size>.json), so
// that no number a bench run measured is typed by hand. In the Markdown, a figure is a marker
// around its text, and this script rewrites the text from the saved reports:
//
//   `commitmentsAbout` <!-- fig 100k commitmentsAbout ÷ n3 -->0.033×<!-- /fig --> n3
//
// Run it after `pnpm bench --save` (which runs it itself); test/bench/figures.test.ts fails when a
// committed figure differs from what it would write. A figure's name is the size (10k, 100k, 1M,
// or the number), then one of the forms below; every measure, baseline, target and part of a
// saved report can be named, so a new row of the bench needs no change here:
//
//   <measure> ÷ <baseline>            the ratio, ours ÷ baseline          0.033×
//   <measure>                         our median                          466.63 ms, 2.91 GiB, 423 k records/s
//   <measure> @ <baseline>            the baseline's median               2.88 GiB
//   <measure> p95                     our 95th percentile
//   <measure> samples @ <impl>        how many samples a median rests on  3
//   max ÷ <baseline>                  the largest ratio of the four queries to a baseline
//   target <target name>              a target's value, as in the table   0.996, 4,586
//   <part> largest live heap          from the report's processes        4,363 MiB
//   <part> heap limit                                                     7,630 MB
//   records <collection> | statements                                     111,112
//   edges | edges per commitment      the graph's edges (from the notes)  10,133,566 | 10.1
//   <measure> per million edges       a time per million graph edges      0.46 s
//   <measure> @ <baseline> per edge   bytes per graph edge                294 bytes
//   <impl> triples                    triples loaded by a peer            13.1 million
//   <part> note <label>               the number and unit after <label>   955 MiB
//                                     in a note of that part (sizes the rdf part only notes)
//   answers                           "equal" if every exactness check passed
//   wall time                         the size's whole run (reports saved after this field existed)
//   machine <cpu|cores|memory|node|commit|load>   load: the load average, start → end
//   table                             the whole report, as bench/results/<size>.md
//
//   npx -y pnpm@12.4.2 docs:figures
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatDuration,
  formatReport,
  formatValue,
  type Measure,
  type SizeReport,
} from "../bench/report";

const root = fileURLToPath(new URL("..", import.meta.url));
export const RESULTS_DIR = join(root, "bench", "results");

/** The Markdown files whose figures are generated: the READMEs and docs/. */
export function figureDocs(): string[] {
  const packages = readdirSync(join(root, "packages")).map((p) => join("packages", p, "README.md"));
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name));
  return ["README.md", join("bench", "README.md"), ...docs, ...packages]
    .filter((path) => existsSync(join(root, path)))
    .sort();
}

/** The saved reports, by size. */
export function savedReports(dir = RESULTS_DIR): Map<number, SizeReport> {
  const reports = new Map<number, SizeReport>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(dir, name), "utf8")) as SizeReport;
    reports.set(report.size, report);
  }
  return reports;
}

const QUERIES = ["agreedByAll", "commitmentsAbout", "neighborhood", "search"];

/** "10k" → 10000, "1M" → 1000000, "2500" → 2500. */
function sizeOf(label: string): number | undefined {
  const match = /^(\d+)(k|M)?$/.exec(label);
  if (match === null) return undefined;
  return Number(match[1]) * (match[2] === "k" ? 1e3 : match[2] === "M" ? 1e6 : 1);
}

/** A ratio with two significant digits below 0.1, two decimals above: 0.0052, 0.033, 0.11, 1.01. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`figures: ${value} is not a ratio`);
  return value >= 0.1 ? value.toFixed(2) : String(Number(value.toPrecision(2)));
}

/** A measured value in the tables' units, except rates: "423 k records/s". */
export function formatMeasure(value: number, unit: Measure["unit"]): string {
  if (unit === "records/s" || unit === "commitments/s") {
    const thing = unit.replace("/s", "");
    return value >= 1e4
      ? `${Math.round(value / 1e3)} k ${thing}/s`
      : `${Math.round(value).toLocaleString("en-US")} ${thing}/s`;
  }
  return formatValue(value, unit);
}

const integer = (n: number) => Math.round(n).toLocaleString("en-US");

/** The graph's edge count, from the `ours: graph: N nodes, M edges` note. */
function edgesOf(report: SizeReport): number {
  for (const note of report.notes) {
    const match = /graph: \d+ nodes, (\d+) edges/.exec(note);
    if (match) return Number(match[1]);
  }
  throw new Error(`figures: the ${report.size} report has no graph note with its edges`);
}

/** What a figure's form reads: the report of its size, and helpers that fail with its name. */
interface Context {
  report: SizeReport;
  fail: (why: string) => never;
  measure: (name: string) => Measure;
  baseline: (m: Measure, impl: string, field: "baselines" | "ratios") => number;
}

/**
 * The forms a figure's name can take after its size (see the list at the top), tried in order:
 * a pattern, and what its match gives. A new kind of figure is one more line here.
 */
const FORMS: [RegExp, (groups: string[], c: Context) => string][] = [
  [/^table$/, (_, { report }) => `\n\n${formatReport(report)}\n\n`],
  [/^answers$/, (_, { report }) => (report.checks.every((c) => c.pass) ? "equal" : "NOT equal")],
  [
    /^statements$/,
    (_, { report }) => integer((report.records.commitments ?? 0) + (report.records.claims ?? 0)),
  ],
  [/^edges$/, (_, { report }) => integer(edgesOf(report))],
  [/^edges per commitment$/, (_, { report }) => (edgesOf(report) / report.size).toFixed(1)],
  [
    /^machine load$/,
    (_, { report }) =>
      `${report.machine.loadAverage.start.toFixed(1)} → ${report.machine.loadAverage.end.toFixed(1)}`,
  ],
  [
    /^machine memory$/,
    (_, { report }) => `${(report.machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`,
  ],
  [/^machine (cpu|cores|node)$/, ([key], { report }) => String(report.machine[key as "cpu"])],
  [
    /^machine commit$/,
    (_, { report, fail }) => report.machine.commit ?? fail("the report has no commit"),
  ],
  [
    /^wall time$/,
    (_, { report, fail }) => formatDuration(report.wallSeconds ?? fail("no wall time")),
  ],
  [
    /^records (\w+)$/,
    ([kind = ""], { report, fail }) =>
      integer(report.records[kind] ?? fail(`no records "${kind}"`)),
  ],
  [
    /^target (.+)$/,
    ([name], { report, fail }) => {
      const { value } = report.targets.find((t) => t.name === name) ?? fail(`no target "${name}"`);
      return Number.isInteger(value) || value >= 1000 ? integer(value) : value.toFixed(3);
    },
  ],
  [
    /^(\S+) (largest live heap|heap limit)$/,
    ([name = "", what], { report, fail }) => {
      const part = report.processes[name] ?? fail(`no part "${name}"`);
      return what === "heap limit"
        ? `${integer(part.heapLimitMB)} MB`
        : `${integer(part.maxLiveHeapMB)} MiB`;
    },
  ],
  [
    /^(\S+) triples$/,
    ([impl], { report, fail }) => {
      const note = report.notes.find((n) => n.startsWith(`${impl}: `) && / triples\b/.test(n));
      const count = /(\d+) triples\b/.exec(note ?? "")?.[1] ?? fail(`no triples of ${impl}`);
      return `${(Number(count) / 1e6).toFixed(1)} million`;
    },
  ],
  [
    /^(\S+) note (.+)$/,
    ([part = "", label = ""], { report, fail }) => {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const pattern = new RegExp(`${escaped} ([\\d.]+) (\\w+)`);
      for (const note of report.notes) {
        if (!note.startsWith(`${part}: `)) continue;
        const match = pattern.exec(note);
        if (match) return `${integer(Number(match[1]))} ${match[2]}`;
      }
      return fail(`no note of ${part} with "${label} <number> <unit>"`);
    },
  ],
  [
    /^max ÷ (\S+)$/,
    ([impl = ""], { measure, baseline }) =>
      `${formatRatio(Math.max(...QUERIES.map((q) => baseline(measure(q), impl, "ratios"))))}×`,
  ],
  [
    /^(.+) per million edges$/,
    ([name = ""], { report, measure, fail }) => {
      const m = measure(name);
      if (m.unit !== "ms") fail(`${m.name} is not a time`);
      return `${(m.ours / 1000 / (edgesOf(report) / 1e6)).toFixed(2)} s`;
    },
  ],
  [
    /^(.+) @ (\S+) per edge$/,
    ([name = "", impl = ""], { report, measure, baseline, fail }) => {
      const m = measure(name);
      if (m.unit !== "bytes") fail(`${m.name} is not in bytes`);
      return `${Math.round(baseline(m, impl, "baselines") / edgesOf(report))} bytes`;
    },
  ],
  [
    /^(.+) samples @ (\S+)$/,
    ([name = "", impl = ""], { measure, fail }) =>
      String(measure(name).samples[impl] ?? fail(`no samples of ${impl}`)),
  ],
  [
    /^(.+) ÷ (\S+)$/,
    ([name = "", impl = ""], { measure, baseline }) =>
      `${formatRatio(baseline(measure(name), impl, "ratios"))}×`,
  ],
  [
    /^(.+) @ (\S+)$/,
    ([name = "", impl = ""], { measure, baseline }) => {
      const m = measure(name);
      return formatMeasure(baseline(m, impl, "baselines"), m.unit);
    },
  ],
  [
    /^(.+) p95$/,
    ([name = ""], { measure, fail }) => {
      const m = measure(name);
      return formatMeasure(m.p95 ?? fail(`${m.name} has no p95`), m.unit);
    },
  ],
  [
    /^(.+)$/,
    ([name = ""], { measure }) => {
      const m = measure(name);
      return formatMeasure(m.ours, m.unit);
    },
  ],
];

/** The text of the figure `name` (size first), from the saved reports. */
export function figure(name: string, reports: ReadonlyMap<number, SizeReport>): string {
  const [label = "", ...words] = name.trim().split(" ");
  const rest = words.join(" ");
  const size = sizeOf(label);
  const report = size === undefined ? undefined : reports.get(size);
  if (report === undefined)
    throw new Error(
      `figures: "${name}" names no saved size (saved: ${[...reports.keys()].join(", ")})`,
    );
  const fail = (why: string): never => {
    throw new Error(`figures: "${name}": ${why}`);
  };
  const context: Context = {
    report,
    fail,
    measure: (measureName) =>
      report.measures.find((m) => m.name === measureName) ??
      fail(
        `no measure "${measureName}" (measures: ${report.measures.map((m) => m.name).join(", ")})`,
      ),
    baseline: (m, impl, field) => m[field][impl] ?? fail(`${m.name} has no baseline "${impl}"`),
  };
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(rest);
    if (match) return read(match.slice(1), context);
  }
  return fail("no such figure"); // unreachable: the last form matches anything
}

const MARKER = /<!-- fig (.+?) -->([\s\S]*?)<!-- \/fig -->/g;

/** The names of the figures in `markdown`, in order. */
export function figureNames(markdown: string): string[] {
  return [...markdown.matchAll(MARKER)].map((m) => m[1] as string);
}

/** `markdown` with every figure's text written from the reports. */
export function renderFigures(markdown: string, reports: ReadonlyMap<number, SizeReport>): string {
  return markdown.replace(
    MARKER,
    (_, name: string) => `<!-- fig ${name} -->${figure(name, reports)}<!-- /fig -->`,
  );
}

/** A figure that `writeFigures` changed. */
export interface FigureChange {
  /** The doc, relative to the repository. */
  file: string;
  name: string;
  before: string;
  after: string;
}

/** Rewrites every doc's figures from the reports; returns the figures that changed. */
export function writeFigures(reports = savedReports()): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const file of figureDocs()) {
    const path = join(root, file);
    const committed = readFileSync(path, "utf8");
    const rendered = renderFigures(committed, reports);
    if (rendered === committed) continue;
    const after = [...rendered.matchAll(MARKER)];
    [...committed.matchAll(MARKER)].forEach((m, i) => {
      const now = after[i]?.[2] ?? "";
      if (now !== m[2])
        changes.push({ file, name: m[1] as string, before: m[2] as string, after: now });
    });
    writeFileSync(path, rendered);
  }
  return changes;
}

/** "docs/performance.md: 100k search ÷ n3: 0.0018× → 0.0020×" (tables shortened). */
export const describeChange = ({ file, name, before, after }: FigureChange) =>
  `${file}: ${name}: ${before.trim().split("\n")[0]} → ${after.trim().split("\n")[0]}`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changes = writeFigures();
  for (const change of changes) console.log(describeChange(change));
  console.log(
    changes.length === 0
      ? "docs-figures: every figure already matches bench/results"
      : `docs-figures: ${changes.length} figure(s) rewritten; read the sentences around them`,
  );
}
