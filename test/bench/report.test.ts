// A part that crashes or is stopped (oxigraph at 1M) leaves the figures it had measured; the report
// must show them, say the part did not finish, and not pass what it cannot check.
import { describe, expect, test } from "vitest";
import type { PartResult, Series } from "../../bench/measure";
import { buildReport, checkVerdict, formatReport, type Machine } from "../../bench/report";

const ms = (median: number): Series => ({ unit: "ms", median, p95: median, samples: 5 });
const machine: Machine = {
  cpu: "test",
  cores: 2,
  memoryBytes: 2 ** 34,
  node: "v20",
  platform: "linux x64",
  loadAverage: { start: 0, end: 0 },
};
const base = {
  size: 1000,
  seed: 42,
  runs: 5,
  records: { commitments: 1000, total: 2000 },
  process: { heapLimit: 2 ** 32, maxRss: 2 ** 28, heapUsed: 2 ** 27, maxLiveHeap: 2 ** 27 },
  notes: [],
};

// Ours finished; oxigraph stopped after loading, before answering anything.
const ours: PartResult = {
  ...base,
  part: "ours",
  series: {
    defineDataset: { ours: ms(5), "zod-shape": ms(6) },
    buildGraph: { ours: ms(100), floor: ms(98) },
    agreedByAll: { ours: ms(0.01), limit: ms(0.02), floor: ms(0.5) },
  },
  answers: { agreedByAll: { ours: ["1:a", "0:b"], limit: ["1:a", "0:b"], floor: ["1:a", "0:b"] } },
};
const oxigraph: PartResult = {
  ...base,
  part: "oxigraph",
  series: { buildGraph: { oxigraph: ms(400) } },
  answers: {},
  incomplete: true,
};
const processes = {
  ours: { heapLimitMB: 4096, maxRssMB: 256, maxLiveHeapMB: 128, wallSeconds: 10 },
  oxigraph: {
    heapLimitMB: 4096,
    maxRssMB: 256,
    maxLiveHeapMB: 128,
    wallSeconds: 60,
    stopped: "stopped after 1 minutes",
  },
};

describe("a report with a part that did not finish", () => {
  const report = buildReport([ours, oxigraph], machine, processes);
  const text = formatReport(report);

  test("keeps the figures the part measured before it stopped", () => {
    const build = report.measures.find((m) => m.name === "buildGraph");
    expect(build?.baselines.oxigraph).toBe(400);
    expect(text).toContain("- oxigraph: heap limit 4096 MB");
    expect(text).toContain("did not finish (stopped after 1 minutes)");
  });

  test("fails the targets it has no figure for, and says why", () => {
    const target = report.targets.find((t) => t.name === "agreedByAll ÷ oxigraph");
    expect(target?.pass).toBe(false);
    expect(text).toMatch(
      /\| agreedByAll ÷ oxigraph \| no figure \|.*FAIL \(a part did not finish\)/,
    );
  });

  test("compares the answers it has, and says which could not be compared", () => {
    const agreed = report.checks.find((c) => c.query === "agreedByAll");
    expect(agreed && checkVerdict(agreed)).toBe("equal");
    const search = report.checks.find((c) => c.query === "search");
    expect(search?.pass).toBe(false);
    expect(search && checkVerdict(search)).toBe("NOT COMPARED (no answers from the reference)");
  });

  test("has no 4 GB target any more (retired), and still prints each part's largest live heap", () => {
    expect(report.targets.some((t) => t.name.includes("4 GB"))).toBe(false);
    expect(report.processes.ours?.maxLiveHeapMB).toBe(128);
  });
});

describe("the extension rows", () => {
  const extend = (median: number, rebuild: number, size: number): PartResult => ({
    ...base,
    size,
    part: "ours-extend",
    series: {
      extendGraph: { ours: ms(median), rebuild: ms(rebuild) },
      "agreedByAll after extensions": { ours: ms(0.01), limit: ms(0.02), floor: ms(0.5) },
    },
    answers: {
      "every query, extended": { extended: ["1:a", "1:b"], rebuilt: ["1:a", "1:c"] },
    },
  });
  const targets = (part: PartResult) =>
    buildReport([part], machine, { "ours-extend": processes.ours }).targets;

  test("at 1M, a document in 100 ms or less is the target, median with its validation", () => {
    const pass = targets(extend(80, 90_000, 1_000_000)).find(
      (t) => t.name === "extendGraph median (ms)",
    );
    expect(pass).toMatchObject({ value: 80, pass: true, required: true });
    const fail = targets(extend(120, 90_000, 1_000_000)).find(
      (t) => t.name === "extendGraph median (ms)",
    );
    expect(fail?.pass).toBe(false);
  });

  test("at 100k, at most 1% of rebuilding the merged graph", () => {
    const vs = (median: number) =>
      targets(extend(median, 5000, 100_000)).find(
        (t) => t.name === "extendGraph ÷ rebuilding the merged graph",
      );
    expect(vs(40)).toMatchObject({ value: 0.008, pass: true, required: true });
    expect(vs(60)?.pass).toBe(false);
  });

  test("an extended graph that answers otherwise than the rebuilt one fails the run", () => {
    const report = buildReport([extend(10, 1000, 10_000)], machine, {
      "ours-extend": processes.ours,
    });
    const check = report.checks.find((c) => c.query === "every query, extended");
    expect(check).toMatchObject({ reference: "rebuilt", pass: false });
    expect(check?.compared.extended?.mismatches).toBe(1);
    expect(
      report.targets.find((t) => t.name === "answers equal across implementations")?.pass,
    ).toBe(false);
  });

  test("the queries after the extensions keep the targets of the queries on the base", () => {
    const after = targets(extend(10, 1000, 1_000_000)).find(
      (t) => t.name === "agreedByAll after extensions ÷ Map index",
    );
    expect(after).toMatchObject({ value: 0.5, pass: true, required: true });
  });
});

describe("the build target", () => {
  const buildTarget = (part: PartResult) =>
    buildReport([part], machine, { ours: processes.ours }).targets.find(
      (t) => t.name === "buildGraph time ÷ raw graphology",
    );

  test("uses the median of the runs' own ratios when the part measured them", () => {
    // Medians 120 against 100 (1.2), but each run's pair was within 5%: the load moved both.
    const paired: Series = { unit: "ratio", median: 1.05, p95: 1.08, samples: 5 };
    const target = buildTarget({
      ...ours,
      series: {
        ...ours.series,
        buildGraph: { ours: ms(120), floor: ms(100) },
        "buildGraph paired ratio": { ours: paired },
      },
    });
    expect(target?.value).toBe(1.05);
    expect(target?.pass).toBe(true);
    expect(target?.goal).toContain("ratio of the medians: 1.200");
  });

  test("falls back to the ratio of the medians for results saved without them", () => {
    const target = buildTarget({
      ...ours,
      series: { ...ours.series, buildGraph: { ours: ms(120), floor: ms(100) } },
    });
    expect(target?.value).toBeCloseTo(1.2);
    expect(target?.pass).toBe(false);
  });
});
