// Time and memory of the @accordkg/formats exports on a generated dataset (bench/generate.ts).
//
//   npx tsx --conditions=@accordkg/source bench/formats.ts --size 100000
//
// Each export runs in a child process of its own (node --expose-gc, the default heap limit), which
// generates the dataset, builds the graph untimed, then exports it once: the in-memory exports to
// a string, the streaming ones to a file in a temporary folder. Reported per export: wall time,
// output size, the heap the graph holds before, the heap still held after a forced GC with the
// output alive (the string itself, for the in-memory ones), and the growth of the process's peak
// RSS during the export (what it cost beyond the graph at its worst). Sizes past 100k take minutes
// and gigabytes: run them under `flock /work/.heavy.lock` on a shared machine.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildGraph } from "@accordkg/core";
import { defineDataset } from "@accordkg/data";
import {
  toGexf,
  toGraphml,
  toPlover,
  writeGexf,
  writeGraphml,
  writePlover,
} from "@accordkg/formats";
import { generateDataset } from "./generate";
import { memoryAfterGc, now } from "./stats";

const EXPORTS = [
  "toGexf",
  "writeGexf",
  "toGraphml",
  "writeGraphml",
  "toPlover",
  "writePlover",
] as const;
type Export = (typeof EXPORTS)[number];

interface Result {
  export: Export;
  size: number;
  nodes: number;
  edges: number;
  ms: number;
  outputBytes: number;
  graphHeapMiB: number;
  heapAfterMiB: number;
  peakRssGrowthMiB: number;
  /** Streaming exports: the most heap held beyond the graph, after a forced GC every 32 Mi characters written. */
  liveHeapGrowthMiB?: number;
  error?: string;
}

const MiB = 2 ** 20;
const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;

// In a frame of its own, so that no interpreter register keeps the generated input alive in the
// caller's (it would count in the baseline, then be freed during the export).
function graphOf(size: number, seed: number) {
  return buildGraph(defineDataset(generateDataset({ seed, commitments: size })));
}

async function one(name: Export, size: number, seed: number): Promise<Result> {
  const graph = graphOf(size, seed);
  const base = memoryAfterGc();
  const rssBefore = maxRssMiB();
  const dir = mkdtempSync(join(tmpdir(), "accordkg-formats-bench-"));
  const result: Result = {
    export: name,
    size,
    nodes: graph.order,
    edges: graph.size,
    ms: 0,
    outputBytes: 0,
    graphHeapMiB: base.heapUsed / MiB,
    heapAfterMiB: 0,
    peakRssGrowthMiB: 0,
  };
  let output: string | undefined;
  const started = now();
  try {
    if (name === "toGexf") output = toGexf(graph);
    else if (name === "toGraphml") output = toGraphml(graph);
    else if (name === "toPlover") output = toPlover(graph);
    else {
      const path = join(dir, `out.${name}`);
      const out = createWriteStream(path);
      // Every 32 Mi characters, a full GC and a look at the heap: what the export holds, not its garbage.
      let written = 0;
      let nextSample = 32 * MiB;
      let liveMax = Number.NEGATIVE_INFINITY;
      const file = new Writable({
        decodeStrings: false,
        write(chunk: string, _encoding, done) {
          written += chunk.length;
          if (written >= nextSample) {
            nextSample += 32 * MiB;
            liveMax = Math.max(liveMax, memoryAfterGc().heapUsed - base.heapUsed);
          }
          out.write(chunk, (error) => done(error ?? null));
        },
        final(done) {
          out.end(done);
        },
      });
      if (name === "writeGexf") await writeGexf(graph, file);
      else if (name === "writeGraphml") await writeGraphml(graph, file);
      else await writePlover(graph, file);
      await new Promise<void>((resolve, reject) =>
        file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      result.outputBytes = statSync(path).size;
      if (Number.isFinite(liveMax)) result.liveHeapGrowthMiB = liveMax / MiB;
    }
    result.ms = now() - started;
    if (output !== undefined) result.outputBytes = Buffer.byteLength(output);
  } catch (error) {
    result.ms = now() - started;
    result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  result.peakRssGrowthMiB = maxRssMiB() - rssBefore;
  result.heapAfterMiB = (memoryAfterGc().heapUsed - base.heapUsed) / MiB;
  // Keeps the output alive until after the measure above.
  if (output !== undefined && output.length < 0) console.log(output);
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    export: { type: "string" },
    exports: { type: "string", default: EXPORTS.join(",") },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);

if (values.export !== undefined) {
  console.log(JSON.stringify(await one(values.export as Export, size, seed)));
} else {
  const here = fileURLToPath(import.meta.url);
  const tsx = join(here, "..", "..", "node_modules", ".bin", "tsx");
  const rows: Result[] = [];
  for (const name of values.exports.split(",") as Export[]) {
    const child = spawnSync(
      tsx,
      [
        "--conditions=@accordkg/source",
        "--expose-gc",
        here,
        "--size",
        String(size),
        "--seed",
        String(seed),
        "--export",
        name,
      ],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    const line = child.stdout.trim().split("\n").pop() ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      console.error(`${name}: exited ${child.status}\n${child.stderr.slice(-2000)}`);
      continue;
    }
    rows.push(JSON.parse(line) as Result);
  }
  const first = rows[0];
  if (first !== undefined)
    console.log(
      `${size.toLocaleString("en")} commitments: ${first.nodes.toLocaleString("en")} nodes, ${first.edges.toLocaleString("en")} edges; graph heap ${first.graphHeapMiB.toFixed(0)} MiB (node ${process.version}, default heap limit)`,
    );
  console.log(
    "| export | time | output | heap held after (GC) | most heap held while streaming (GC) | peak RSS growth | error |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of rows)
    console.log(
      `| ${r.export} | ${(r.ms / 1000).toFixed(1)} s | ${(r.outputBytes / MiB).toFixed(0)} MiB | ${r.heapAfterMiB.toFixed(0)} MiB | ${r.liveHeapGrowthMiB === undefined ? "" : `${r.liveHeapGrowthMiB.toFixed(0)} MiB`} | ${r.peakRssGrowthMiB.toFixed(0)} MiB | ${r.error ?? ""} |`,
    );
}
