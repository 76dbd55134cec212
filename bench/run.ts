// `pnpm bench [--size N]… [--runs N] [--json] [--save] [--serial] [--semi-space MB]
// [--ours-heap MB] [--peer-timeout MINUTES]`: runs the scale benchmark. Each size runs in its own
// child processes, one per part (ours, ours-queries, n3, oxigraph, ours-extend, rdf), so that our
// heap figures are not mixed with the peers'. On a machine with two cores or more the parts run in
// two lanes: ours (validation and building), then rdf (writeRdf and Virtuoso), in one; n3,
// oxigraph, ours-queries and ours-extend in the other, which starts once ours has measured
// defineDataset, so that validation throughput is measured with the other core idle. `--serial`
// runs one part at a time. See docs/performance.md.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describeChange, writeFigures } from "../scripts/docs-figures";
import { saveRefusal } from "./cleanTree";
import { PARTS, type Part, type PartResult } from "./measure";
import { buildReport, checkVerdict, formatReport, type Machine, type SizeReport } from "./report";

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

const { values } = parseArgs({
  options: {
    size: { type: "string", multiple: true },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "42" },
    parts: { type: "string", default: PARTS.join(",") },
    budget: { type: "string" },
    json: { type: "boolean", default: false },
    from: { type: "string" },
    save: { type: "boolean", default: false },
    serial: { type: "boolean", default: false },
    "semi-space": { type: "string", default: "64" },
    "ours-heap": { type: "string" },
    "peer-timeout": { type: "string", default: "0" },
  },
});
// `--from bench/results/100000.json` prints a saved report again, without running anything.
if (values.from !== undefined) {
  const saved = JSON.parse(readFileSync(values.from, "utf8")) as SizeReport | SizeReport[];
  for (const report of Array.isArray(saved) ? saved : [saved]) console.log(formatReport(report));
  process.exit(0);
}

const sizes = (values.size ?? DEFAULT_SIZES.map(String)).flatMap((s) => s.split(",")).map(Number);
const runs = Number(values.runs);
const parts = (values.parts as string).split(",") as Part[];
if (sizes.some((s) => !Number.isInteger(s) || s < 1000))
  throw new Error(`bench: --size takes whole numbers from 1000, got ${values.size}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error("bench: --runs takes a whole number ≥ 1");
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`bench: unknown part ${part}`);
// Saved results must come from a commit (see cleanTree.ts): refuse before measuring anything.
const repository = join(here, "..");
if (values.save) {
  const refusal = saveRefusal(repository);
  if (refusal !== undefined) {
    console.error(refusal);
    process.exit(2);
  }
}

/**
 * V8 heap per part, young and old generations together. Ours gets 16 KB per commitment, at least
 * 4 GB (`--ours-heap` to set it): a graph needs about 3 KB per commitment and its validated
 * records about 1.4 KB per record, and `ours-extend` holds two graphs at once (the extended one
 * and the one built from scratch to check it); the 4 GB target for the 1M run is retired (see
 * docs/performance.md, "Memory at a million"). n3 needs about 6.5 KB per commitment plus the
 * generated input; oxigraph's JavaScript side holds the input and the N-Triples being loaded (its
 * store is in wasm memory, outside this limit), which passed 3.6 GB at 1M.
 */
function heapMB(part: Part, size: number): number {
  if (part === "n3") return Math.max(4096, Math.ceil((size * 14_000) / 2 ** 20));
  if (part === "oxigraph") return Math.max(4096, Math.ceil((size * 8_000) / 2 ** 20));
  // The rdf part holds one graph, as ours-queries does, while writeRdf runs.
  return oursHeapMB ?? Math.max(4096, Math.ceil((size * 16_000) / 2 ** 20));
}

/**
 * Stops a peer's part after this many minutes (0: never); it keeps the figures it had measured.
 * Oxigraph's search at 1M ran for more than 40 minutes, deep in V8's collector: one query cannot
 * be cut short by the time budget, which is checked between queries. Ours is never stopped.
 */
const peerTimeoutMinutes = Number(values["peer-timeout"]);
if (!(peerTimeoutMinutes >= 0))
  throw new Error("bench: --peer-timeout takes a number of minutes (0: no limit)");

const oursHeapMB = values["ours-heap"] === undefined ? undefined : Number(values["ours-heap"]);
if (oursHeapMB !== undefined && (!Number.isInteger(oursHeapMB) || oursHeapMB < 512))
  throw new Error("bench: --ours-heap takes a whole number of MB, at least 512");

/**
 * `--max-semi-space-size` for every part (MB; 0 keeps Node's default, 16 MB on this machine).
 * Validation and graph building allocate many short-lived objects; with a 64 MB semi-space the
 * scavenger promotes fewer of them, and defineDataset ran 1.3 times faster at 100k (build time
 * was unchanged). Every part runs with the same flags, so ratios stay like for like.
 */
const semiSpaceMB = Number(values["semi-space"]);
if (!Number.isInteger(semiSpaceMB) || semiSpaceMB < 0)
  throw new Error("bench: --semi-space takes a whole number of MB (0: Node's default)");
/** The flags that give a part `heap` MB in all: V8's young generation is three semi-spaces. */
function heapFlags(heap: number): string[] {
  const young = 3 * (semiSpaceMB === 0 ? 16 : semiSpaceMB);
  const flags = [`--max-old-space-size=${heap - young}`];
  if (semiSpaceMB !== 0) flags.push(`--max-semi-space-size=${semiSpaceMB}`);
  return flags;
}

/**
 * Time budget per peer query series (ms): enough for stable medians, small enough that the 100k
 * run stays under three minutes. n3 and oxigraph scan every literal to search, for example.
 */
function budgetMs(size: number): number {
  if (values.budget !== undefined) return Number(values.budget);
  return size >= 1_000_000 ? 30_000 : 3_000;
}

const log = (message: string) => {
  if (!values.json) console.log(message);
  else console.error(message);
};

/** Where a part writes its result (and, for ours, the `.defined` mark; see measure.ts). */
const outPath = (scratch: string, part: Part, size: number) =>
  join(scratch, `${part}-${size}.json`);

async function runPart(part: Part, size: number, scratch: string, heap = heapMB(part, size)) {
  const out = outPath(scratch, part, size);
  rmSync(out, { force: true });
  rmSync(`${out}.defined`, { force: true });
  const started = performance.now();
  const args = [
    ...process.execArgv,
    "--expose-gc",
    ...heapFlags(heap),
    join(here, "measure.ts"),
    "--size",
    String(size),
    "--part",
    part,
    "--runs",
    String(runs),
    "--seed",
    String(values.seed),
    "--budget",
    String(budgetMs(size)),
    "--out",
    out,
  ];
  // The children's progress goes to stderr; their stdout too when stdout carries the JSON.
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", values.json ? process.stderr : "inherit", "inherit"],
  });
  let timedOut = false;
  const timer =
    peerTimeoutMinutes > 0 && (part === "n3" || part === "oxigraph")
      ? setTimeout(() => {
          timedOut = true;
          log(`bench: stopping ${part} at ${size} after ${peerTimeoutMinutes} minutes`);
          child.kill("SIGKILL");
        }, peerTimeoutMinutes * 60_000)
      : undefined;
  const status = await new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  clearTimeout(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  if (status === 0) {
    const result = JSON.parse(readFileSync(out, "utf8")) as PartResult;
    return { result, wallSeconds };
  }
  const why = timedOut ? `stopped after ${peerTimeoutMinutes} minutes` : `exit ${status}`;
  log(`bench: part ${part} at ${size} failed (${why})`);
  // What the part had measured before it stopped (measure.ts writes it after each measure).
  if (!existsSync(out)) return { stopped: why, wallSeconds };
  const result = JSON.parse(readFileSync(out, "utf8")) as PartResult;
  return { result, stopped: why, wallSeconds };
}

/** Resolves once ours has measured defineDataset (or has stopped). */
async function oursDefined(scratch: string, size: number, oursDone: Promise<unknown>) {
  const mark = `${outPath(scratch, "ours", size)}.defined`;
  let done = false;
  void oursDone.then(() => {
    done = true;
  });
  while (!done && !existsSync(mark)) await new Promise((resolve) => setTimeout(resolve, 200));
}

/** `git <args>` in the checkout, trimmed, or undefined if this is not one (or git is missing). */
function git(...args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd: here,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

// The commit measured, marked `-dirty` if the checkout had uncommitted changes when the run
// started (never with --save), and HEAD then: the results a run saves would change the first.
const measuredCommit = git("describe", "--always", "--dirty");
const measuredHead = git("rev-parse", "HEAD");

function machine(start: number, concurrent: boolean): Machine {
  const measured = measuredCommit;
  return {
    ...(measured !== undefined ? { commit: measured } : {}),
    concurrent,
    ...(concurrent
      ? {
          lanes: `two lanes, one process per core: ours${parts.includes("rdf") ? ", then rdf" : ""}; and, once ours had measured defineDataset, n3, oxigraph, ours-queries and ours-extend`,
        }
      : {}),
    ...(semiSpaceMB === 0 ? {} : { semiSpaceMB }),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start, end: loadavg()[0] ?? 0 },
  };
}

/**
 * Writes bench/results/<size>.{json,md}, then the docs' figures from them. Refuses if the
 * checkout changed during the run (other than by this run's own saves): the report would name a
 * commit it did not measure.
 */
function save(report: SizeReport): void {
  const head = git("rev-parse", "HEAD");
  const refusal =
    head !== measuredHead
      ? `bench: not saving ${report.size}: HEAD moved during the run (${measuredHead} → ${head}), so the report would name a commit it did not measure`
      : saveRefusal(repository, written);
  if (refusal !== undefined) {
    console.error(refusal);
    failed = true;
    return;
  }
  const dir = join(here, "results");
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of [
    [`${report.size}.json`, `${JSON.stringify(report, null, 2)}\n`],
    [`${report.size}.md`, `${formatReport(report)}\n`],
  ] as const) {
    writeFileSync(join(dir, file), text);
    written.add(relative(repository, join(dir, file)));
  }
  try {
    for (const change of writeFigures()) {
      log(`docs figure ${describeChange(change)}`);
      written.add(change.file);
    }
  } catch (error) {
    // A figure the docs name and this report lacks (a part left out, a measure renamed).
    console.error(`bench: saved, but the docs' figures could not be written: ${error}`);
    failed = true;
  }
}

const scratch = join(tmpdir(), `accordkg-bench-${process.pid}`);
mkdirSync(scratch, { recursive: true });
const reports: SizeReport[] = [];
// What this run saved, so that checking the checkout again before the next save ignores it.
const written = new Set<string>();
let failed = false;
try {
  for (const size of sizes) {
    const load = loadavg()[0] ?? 0;
    const started = performance.now();
    log(`\n== ${size.toLocaleString("en-US")} commitments: ${parts.join(", ")} (${runs} runs) ==`);
    const results: PartResult[] = [];
    const processes: SizeReport["processes"] = {};
    const run = async (part: Part) => {
      log(`-- ${part}`);
      let ran = await runPart(part, size, scratch);
      let retriedAfter: string | undefined;
      const isOurs =
        part === "ours" || part === "ours-queries" || part === "ours-extend" || part === "rdf";
      if (ran.stopped !== undefined && isOurs) {
        // Most likely out of heap: run again with room to spare, and report that it did not fit.
        retriedAfter = `crashed with a ${heapMB(part, size)} MB heap (${ran.stopped}); ran again with 16384 MB`;
        log(`bench: ${retriedAfter}`);
        ran = await runPart(part, size, scratch, 16_384);
      }
      if (ran.stopped !== undefined && isOurs) failed = true;
      if (ran.result === undefined) {
        // A peer that cannot hold the data (oxigraph's wasm32 memory) is a result, not a failure.
        log(`bench: no figures for ${part} at ${size}`);
        return;
      }
      results.push(ran.result);
      processes[part] = {
        heapLimitMB: Math.round(ran.result.process.heapLimit / 2 ** 20),
        maxRssMB: Math.round(ran.result.process.maxRss / 2 ** 20),
        maxLiveHeapMB: Math.round(ran.result.process.maxLiveHeap / 2 ** 20),
        wallSeconds: ran.wallSeconds,
        ...(retriedAfter !== undefined ? { retriedAfter } : {}),
        ...(ran.stopped !== undefined ? { stopped: ran.stopped } : {}),
      };
    };
    // Lanes: every part in one when serial (or on one core), else ours in one and the rest in the
    // other: the peers, then ours-queries, which thus runs partly alone once ours has finished.
    // Each part is one single-threaded process, so two lanes fit two cores.
    const concurrent =
      !values.serial && availableParallelism() >= 2 && parts.includes("ours") && parts.length > 1;
    if (concurrent) {
      const other = [
        ...parts.filter((p) => p === "n3" || p === "oxigraph"),
        ...parts.filter((p) => p === "ours-queries"),
        ...parts.filter((p) => p === "ours-extend"),
      ];
      // The rdf part (writeRdf, then a Virtuoso server) follows ours in its lane.
      const oursDone = (async () => {
        await run("ours");
        if (parts.includes("rdf")) await run("rdf");
      })();
      await oursDefined(scratch, size, oursDone);
      await Promise.all([
        oursDone,
        (async () => {
          for (const part of other) await run(part);
        })(),
      ]);
    } else for (const part of parts) await run(part);
    results.sort((a, b) => parts.indexOf(a.part) - parts.indexOf(b.part));
    if (results.length === 0) continue;
    const report: SizeReport = {
      ...buildReport(results, machine(load, concurrent), processes),
      wallSeconds: (performance.now() - started) / 1000,
    };
    reports.push(report);
    if (report.checks.some((c) => !c.pass)) failed = true;
    if (!values.json) console.log(`\n${formatReport(report)}`);
    for (const check of report.checks) log(`exactness ${check.query}: ${checkVerdict(check)}`);
    if (values.save) save(report);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
if (failed) {
  console.error("bench: FAILED (a part crashed or answers differ; see above)");
  process.exit(1);
}
