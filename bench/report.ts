// Merges the parts' results for one size into the report: each measure with our median, each
// baseline's median and the ratios, the exactness checks and the targets; and prints it.
import type { PartResult, Series } from "./measure";

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average when the size started and ended: other work on the machine. */
  loadAverage: { start: number; end: number };
  /** True if ours ran alongside the peers (the default on two cores or more; `--serial` not). */
  concurrent?: boolean;
  /** How the parts were laid out in lanes, when concurrent (reports from before it lack it). */
  lanes?: string;
  /** `--max-semi-space-size` given to every part, if not Node's default. */
  semiSpaceMB?: number;
  /** The commit measured (`git describe --always --dirty`), when run from a git checkout. */
  commit?: string;
}

export interface Measure {
  name: string;
  unit: "ms" | "bytes" | "ratio" | "records/s" | "commitments/s";
  ours: number;
  p95?: number;
  baselines: Record<string, number>;
  baselinesP95?: Record<string, number>;
  /** ours / baseline, in time or bytes (for rates: baseline time / … i.e. still ours ÷ baseline in time). Below 1: ours is faster or smaller. */
  ratios: Record<string, number>;
  /** Samples behind each median (peers' slow series can be time-capped). */
  samples: Record<string, number>;
}

export interface Check {
  query: string;
  reference: string;
  inputs: number;
  /** implementation → number of inputs compared and how many differed. */
  compared: Record<string, { inputs: number; mismatches: number; firstMismatch?: string }>;
  pass: boolean;
}

export interface Target {
  name: string;
  value: number;
  goal: string;
  pass: boolean;
  /** False where the issue does not require it at this size (reported anyway). */
  required: boolean;
}

export interface SizeReport {
  size: number;
  seed: number;
  runs: number;
  machine: Machine;
  records: Record<string, number>;
  measures: Measure[];
  checks: Check[];
  targets: Target[];
  processes: Record<
    string,
    {
      heapLimitMB: number;
      maxRssMB: number;
      /** The largest live heap (after a forced GC) the part saw: the graph, its dataset, its indexes. */
      maxLiveHeapMB: number;
      wallSeconds: number;
      /** Set when the part crashed with its first heap limit and was run again with more. */
      retriedAfter?: string;
      /**
       * Set when the part did not finish (it crashed, or `--peer-timeout` stopped it): its figures
       * are those it had measured by then, and its missing ones print as "no figure".
       */
      stopped?: string;
    }
  >;
  notes: string[];
  /** Wall time of the whole size, first part started to last part ended (reports from before lack it). */
  wallSeconds?: number;
}

const QUERIES = [
  "agreedByAll",
  "commitmentsAbout",
  "neighborhood",
  "search",
  "unilateralCommitments",
  "discussedButNotAgreed",
] as const;
/** The queries the n3 and oxigraph peers answer (the targets compare ours with them). */
const PEER_QUERIES = QUERIES.slice(0, 4);
/** The peers' four queries, measured again on a graph extended by `EXTENSIONS` documents. */
const AFTER = " after extensions";
/** The check of every public query on the extended graph against a graph built from scratch. */
const EVERY_QUERY = "every query, extended";
// What each query's answers are checked against: the Map index where there is one, else the
// floor, else ours (search, whose only other answers come from the peers, and the two shipped
// SPARQL queries only Virtuoso asks besides ours); the extended graph's answers against the graph
// rebuilt from the same datasets.
const REFERENCE: Record<string, string> = {
  agreedByAll: "limit",
  commitmentsAbout: "limit",
  neighborhood: "floor",
  search: "ours",
  unilateralCommitments: "ours",
  discussedButNotAgreed: "ours",
  [`agreedByAll${AFTER}`]: "limit",
  [`commitmentsAbout${AFTER}`]: "limit",
  [`neighborhood${AFTER}`]: "floor",
  [`search${AFTER}`]: "ours",
  [EVERY_QUERY]: "rebuilt",
};

function seriesOf(parts: readonly PartResult[], name: string): Record<string, Series> {
  const out: Record<string, Series> = {};
  for (const part of parts) Object.assign(out, part.series[name] ?? {});
  return out;
}

function measureOf(
  parts: readonly PartResult[],
  name: string,
  label = name,
  withP95 = false,
): Measure | undefined {
  const all = seriesOf(parts, name);
  const ours = all.ours;
  if (ours === undefined) return undefined;
  const baselines: Record<string, number> = {};
  const baselinesP95: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const samples: Record<string, number> = { ours: ours.samples };
  for (const [impl, s] of Object.entries(all)) {
    if (impl === "ours") continue;
    baselines[impl] = s.median;
    baselinesP95[impl] = s.p95;
    ratios[impl] = ours.median / s.median;
    samples[impl] = s.samples;
  }
  return {
    name: label,
    unit: ours.unit,
    ours: ours.median,
    ...(withP95 ? { p95: ours.p95, baselinesP95 } : {}),
    baselines,
    ratios,
    samples,
  };
}

function checksOf(parts: readonly PartResult[]): Check[] {
  // The peers' four queries always (a reference that did not finish is reported as not
  // compared); the others (the rdf part's two, the extended graph's) when a part ran them.
  const asked = Object.keys(REFERENCE).filter(
    (query) =>
      (PEER_QUERIES as readonly string[]).includes(query) ||
      parts.some((part) => part.answers[query] !== undefined),
  );
  return asked.map((query) => {
    const answers: Record<string, string[]> = {};
    for (const part of parts) Object.assign(answers, part.answers[query] ?? {});
    const reference = answers[REFERENCE[query] as string] ?? answers.ours ?? [];
    const compared: Check["compared"] = {};
    let pass = reference.length > 0;
    for (const [impl, list] of Object.entries(answers)) {
      let mismatches = 0;
      let firstMismatch: string | undefined;
      // A time-capped implementation answered only the first inputs; a capped reference too.
      list.slice(0, reference.length).forEach((d, i) => {
        if (d !== reference[i]) {
          mismatches++;
          firstMismatch ??= `input #${i}: ${d} vs ${reference[i]} (count:hash)`;
        }
      });
      if (mismatches > 0) pass = false;
      compared[impl] = {
        inputs: Math.min(list.length, reference.length),
        mismatches,
        ...(firstMismatch ? { firstMismatch } : {}),
      };
    }
    return {
      query,
      reference: REFERENCE[query] as string,
      inputs: reference.length,
      compared,
      pass,
    };
  });
}

/** "equal", "MISMATCH", or "NOT COMPARED" when the reference gave no answers (it did not finish). */
export function checkVerdict(check: Check): string {
  if (check.pass) return "equal";
  return check.inputs === 0 ? "NOT COMPARED (no answers from the reference)" : "MISMATCH";
}

export function buildReport(
  parts: readonly PartResult[],
  machine: Machine,
  processes: SizeReport["processes"],
): SizeReport {
  const first = parts[0] as PartResult;
  const size = first.size;
  const records = first.records;
  const measures: Measure[] = [];
  const push = (m: Measure | undefined) => {
    if (m !== undefined) measures.push(m);
  };

  const define = measureOf(parts, "defineDataset");
  if (define !== undefined) {
    const total = records.total as number;
    const rate = (ms: number) => total / (ms / 1000);
    measures.push({
      ...define,
      name: "defineDataset throughput",
      unit: "records/s",
      ours: rate(define.ours),
      baselines: Object.fromEntries(Object.entries(define.baselines).map(([k, v]) => [k, rate(v)])),
    });
  }
  const build = measureOf(parts, "buildGraph");
  if (build !== undefined) {
    const rate = (ms: number) => size / (ms / 1000);
    push(build);
    measures.push({
      ...build,
      name: "buildGraph throughput",
      unit: "commitments/s",
      ours: rate(build.ours),
      baselines: Object.fromEntries(Object.entries(build.baselines).map(([k, v]) => [k, rate(v)])),
    });
  }
  const heap = measureOf(parts, "buildGraph heap");
  if (heap !== undefined) {
    push(heap);
    measures.push({
      ...heap,
      name: "buildGraph heap per commitment",
      ours: heap.ours / size,
      baselines: Object.fromEntries(Object.entries(heap.baselines).map(([k, v]) => [k, v / size])),
    });
  }
  push(measureOf(parts, "buildGraph rss"));
  for (const query of QUERIES) push(measureOf(parts, query, query, true));
  push(measureOf(parts, "neighborhood index", "neighborhood index (first walk)"));
  push(measureOf(parts, "neighborhood index heap", "neighborhood index heap"));
  push(measureOf(parts, "search index", "search index (first search)"));
  push(measureOf(parts, "search index heap", "search index heap"));
  push(measureOf(parts, "search index, prepared", "prepareSearch (the search index in slices)"));
  push(
    measureOf(parts, "prepareSearch longest wait", "prepareSearch longest wait of the event loop"),
  );
  push(measureOf(parts, "first search after prepareSearch", "first search after prepareSearch"));
  push(measureOf(parts, "extendGraph", "extendGraph (one 100-commitment document)", true));
  for (const query of PEER_QUERIES)
    push(measureOf(parts, `${query}${AFTER}`, `${query}${AFTER}`, true));
  // The rdf part: writeRdf's time, rate and memory, and Virtuoso's bulk load (no "ours").
  for (const format of ["n-quads", "turtle"]) {
    const write = measureOf(parts, `writeRdf ${format}`);
    if (write === undefined) continue;
    push(write);
    measures.push({
      ...write,
      name: `writeRdf ${format} throughput`,
      unit: "commitments/s",
      ours: size / (write.ours / 1000),
    });
  }
  push(measureOf(parts, "writeRdf heap beyond the graph"));
  const load = seriesOf(parts, "virtuoso bulk load").virtuoso;
  if (load !== undefined)
    measures.push({
      name: "virtuoso bulk load (N-Quads)",
      unit: "ms",
      ours: Number.NaN,
      baselines: { virtuoso: load.median },
      ratios: {},
      samples: { virtuoso: load.samples },
    });

  const checks = checksOf(parts);
  const ratio = (name: string, baseline: string) =>
    measures.find((m) => m.name === name)?.ratios[baseline] ?? Number.NaN;
  const targets: Target[] = [];
  const target = (name: string, value: number, goal: string, pass: boolean, required = true) =>
    targets.push({ name, value, goal, pass: Number.isFinite(value) && pass, required });
  const large = size >= 100_000;
  // Each run builds both graphs back to back: the median of the runs' own ratios, when the parts
  // measured it, is less moved by the other lane's changing load than the ratio of the medians.
  const mediansRatio = ratio("buildGraph", "floor");
  const paired = seriesOf(parts, "buildGraph paired ratio").ours?.median;
  const buildTime = paired ?? mediansRatio;
  target(
    "buildGraph time ÷ raw graphology",
    buildTime,
    paired === undefined
      ? "≤ 1.1"
      : `≤ 1.1 (median of the runs' own ratios; ratio of the medians: ${mediansRatio.toFixed(3)})`,
    buildTime <= 1.1,
    large,
  );
  const buildHeap = ratio("buildGraph heap", "floor");
  target("buildGraph heap ÷ raw graphology", buildHeap, "≤ 1.1", buildHeap <= 1.1, large);
  const defineRate =
    measures.find((m) => m.name === "defineDataset throughput")?.ours ?? Number.NaN;
  target("defineDataset records/s", defineRate, "≥ 200,000", defineRate >= 200_000);
  const vsLimit = ratio("agreedByAll", "limit");
  target("agreedByAll ÷ Map index", vsLimit, "≤ 2", vsLimit <= 2, size >= 1_000_000);
  const vsFloor = ratio("agreedByAll", "floor");
  target(
    "agreedByAll ÷ raw graphology intersection",
    vsFloor,
    "≤ 0.2 (5× faster)",
    vsFloor <= 0.2,
    size >= 1_000_000,
  );
  for (const query of PEER_QUERIES)
    for (const peer of ["n3", "oxigraph"]) {
      const r = ratio(query, peer);
      target(`${query} ÷ ${peer}`, r, "≤ 0.333 (3× faster)", r <= 1 / 3);
    }
  // The first search and the first walk build or read the lazy indexes: at most 2 s at 1M.
  for (const [name, label] of [
    ["search index (first search)", "first search (s)"],
    ["neighborhood index (first walk)", "first neighborhood (s)"],
  ] as const) {
    const first = measures.find((m) => m.name === name)?.ours;
    if (first !== undefined) target(label, first / 1000, "≤ 2", first <= 2000, size >= 1_000_000);
  }
  // Extending: a 100-commitment document in at most 100 ms at 1M (median, validation included),
  // and at most 1% of rebuilding the merged graph (required at 100k).
  const extend = measures.find((m) => m.name.startsWith("extendGraph"));
  if (extend !== undefined) {
    target("extendGraph median (ms)", extend.ours, "≤ 100", extend.ours <= 100, size >= 1_000_000);
    const vsRebuild = extend.ratios.rebuild ?? Number.NaN;
    target(
      "extendGraph ÷ rebuilding the merged graph",
      vsRebuild,
      "≤ 0.01",
      vsRebuild <= 0.01,
      size >= 100_000,
    );
  }
  // The queries on the extended graph, against the same targets as on the base.
  const after = (query: string) => measures.find((m) => m.name === `${query}${AFTER}`);
  const afterAgreed = after("agreedByAll");
  if (afterAgreed !== undefined) {
    const r = afterAgreed.ratios.limit ?? Number.NaN;
    target(`agreedByAll${AFTER} ÷ Map index`, r, "≤ 2", r <= 2, size >= 1_000_000);
    const f = afterAgreed.ratios.floor ?? Number.NaN;
    target(
      `agreedByAll${AFTER} ÷ raw graphology intersection`,
      f,
      "≤ 0.2 (5× faster)",
      f <= 0.2,
      size >= 1_000_000,
    );
  }
  for (const query of PEER_QUERIES) {
    const measured = after(query);
    const base = measures.find((m) => m.name === query);
    if (measured === undefined || base === undefined) continue;
    for (const peer of ["n3", "oxigraph"]) {
      const theirs = base.baselines[peer];
      if (theirs === undefined) continue;
      const r = measured.ours / theirs;
      target(`${query}${AFTER} ÷ ${peer} (on the base)`, r, "≤ 0.333 (3× faster)", r <= 1 / 3);
    }
  }
  target(
    "answers equal across implementations",
    checks.filter((c) => c.pass).length,
    `${checks.length} of ${checks.length}`,
    checks.every((c) => c.pass),
  );

  return {
    size,
    seed: first.seed,
    runs: first.runs,
    machine,
    records,
    measures,
    checks,
    targets,
    processes,
    notes: parts.flatMap((p) => p.notes.map((n) => `${p.part}: ${n}`)),
  };
}

export function formatValue(value: number, unit: Measure["unit"]): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "bytes") {
    const abs = Math.abs(value);
    if (abs >= 1024 ** 3) return `${(value / 1024 ** 3).toFixed(2)} GiB`;
    if (abs >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(1)} MiB`;
    if (abs >= 1024) return `${(value / 1024).toFixed(2)} KiB`;
    return `${value.toFixed(0)} B`;
  }
  if (unit === "ratio") return `${value.toFixed(3)}×`;
  if (unit === "ms") {
    if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
    if (value >= 1) return `${value.toFixed(2)} ms`;
    return `${(value * 1000).toFixed(1)} µs`;
  }
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M/s`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k/s`;
  return `${value.toFixed(0)}/s`;
}

/** "1 m 26 s", or "52 s" under a minute. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return whole < 60
    ? `${whole} s`
    : `${Math.floor(whole / 60)} m ${String(whole % 60).padStart(2, "0")} s`;
}

const formatRatio = (r: number | undefined) =>
  r === undefined || !Number.isFinite(r) ? "–" : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;

const BASELINE_ORDER = [
  "floor",
  "graphology-traversal",
  "limit",
  "zod-shape",
  "rebuild",
  "n3",
  "oxigraph",
  "virtuoso",
];

/** The report as Markdown tables (the same text goes into docs/performance.md). */
export function formatReport(report: SizeReport): string {
  const lines: string[] = [];
  const { machine, records } = report;
  lines.push(
    `### ${report.size.toLocaleString("en-US")} commitments`,
    "",
    `${records.total?.toLocaleString("en-US")} records (${records.commitments} commitments, ${records.claims} claims, ${records.actors} actors, ${records.topics} topics, ${records.events} events, ${records.sources} sources); seed ${report.seed}; ${report.runs} runs per measure after a warm-up; load average ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)} on ${machine.cores} cores${machine.concurrent ? `; ${machine.lanes ?? "ours ran alongside the peers (n3, then oxigraph), one process per core"}` : machine.concurrent === false ? "; one part at a time" : ""}${machine.semiSpaceMB !== undefined ? `; every part with --max-semi-space-size=${machine.semiSpaceMB}` : ""}${machine.commit !== undefined ? `; commit ${machine.commit}` : ""}${report.wallSeconds !== undefined ? `; ${formatDuration(report.wallSeconds)} in all` : ""}.`,
    "",
  );
  // One row per (measure, baseline): the medians side by side and their ratio.
  lines.push(
    "| measure | ours (median, p95) | baseline | baseline (median, p95) | ours ÷ baseline |",
    "|---|---|---|---|---|",
  );
  for (const m of report.measures) {
    const value = (v: number | undefined, p95?: number) =>
      v === undefined
        ? ""
        : `${formatValue(v, m.unit)}${p95 === undefined ? "" : `, ${formatValue(p95, m.unit)}`}`;
    const ours = value(m.ours, m.p95);
    const baselines = BASELINE_ORDER.filter((b) => b in m.baselines);
    if (baselines.length === 0) lines.push(`| ${m.name} | ${ours} | | | |`);
    baselines.forEach((b, i) => {
      const samples = m.samples[b];
      const capped =
        samples !== undefined && samples < (m.samples.ours ?? 0) ? ` (${samples} samples)` : "";
      lines.push(
        `| ${i === 0 ? m.name : ""} | ${i === 0 ? ours : ""} | ${b} | ${value(m.baselines[b], m.baselinesP95?.[b])}${capped} | ${formatRatio(m.ratios[b])} |`,
      );
    });
  }
  lines.push("", "| target | value | goal | result |", "|---|---|---|---|");
  for (const t of report.targets) {
    // A part that crashed leaves no figure: NaN here, null once the report went through JSON.
    const measured = typeof t.value === "number" && Number.isFinite(t.value);
    const value = !measured
      ? "no figure"
      : t.value >= 1000
        ? Math.round(t.value).toLocaleString("en-US")
        : t.value.toFixed(3);
    const result = t.pass ? "pass" : measured ? "FAIL" : "FAIL (a part did not finish)";
    lines.push(
      `| ${t.name} | ${value} | ${t.goal} | ${result}${t.required ? "" : " (not required at this size)"} |`,
    );
  }
  lines.push("", "Exactness (answers compared as sets of ids, per input):", "");
  for (const c of report.checks) {
    const parts = Object.entries(c.compared).map(
      ([impl, r]) =>
        `${impl} ${r.inputs - r.mismatches}/${r.inputs}${r.firstMismatch ? ` (first mismatch ${r.firstMismatch})` : ""}`,
    );
    lines.push(`- ${c.query}: ${checkVerdict(c)} (reference ${c.reference}): ${parts.join(", ")}`);
  }
  lines.push("", "Processes:", "");
  for (const [part, p] of Object.entries(report.processes))
    lines.push(
      `- ${part}: heap limit ${p.heapLimitMB} MB, peak RSS ${p.maxRssMB} MB, ${p.wallSeconds.toFixed(0)} s${p.retriedAfter ? `; ${p.retriedAfter}` : ""}${p.stopped ? `; did not finish (${p.stopped}): the figures above are those it measured before` : ""}`,
    );
  if (report.notes.length > 0) lines.push("", ...report.notes.map((n) => `- ${n}`));
  return lines.join("\n");
}
