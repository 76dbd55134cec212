// Measures the heap the command line needs per record, for the estimate `accordkg` checks before
// it validates or builds (packages/cli/src/heap.ts): it walks the steps of `accordkg stats --data
// <file>` (read, parse, validate against the built-in dataset, merge, build the graph) on a
// generated dataset, keeping alive at each step what the command keeps alive there, and reads the
// live heap after a forced full collection.
//
//   node --expose-gc --max-old-space-size=8000 --conditions=@accordkg/source --import tsx \
//     bench/cliHeap.ts --commitments 100000 [--file existing.json]
//
// Above 10,000 commitments run it under `flock /work/.heavy.lock` on a shared machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildGraph, neighborhood, search } from "@accordkg/core";
import type { Dataset } from "@accordkg/data";
import { parseDatasetFile, readDatasetFile } from "../packages/cli/src/datasetFile";
import { BUILT_IN, checkEach, countRecords, mergeChecked } from "../packages/cli/src/loadDatasets";
import { progressOn } from "../packages/cli/src/progress";
import { writeDataset } from "./writeDataset";

const { values } = parseArgs({
  options: {
    commitments: { type: "string", default: "10000" },
    file: { type: "string" },
    seed: { type: "string", default: "42" },
  },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");
const live = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const scratch =
  values.file === undefined ? mkdtempSync(join(tmpdir(), "accordkg-heap-")) : undefined;
const path = values.file ?? join(scratch as string, "dataset.json");
if (values.file === undefined)
  writeDataset({ seed: Number(values.seed), commitments: Number(values.commitments) }, path);

const quiet = progressOn(process.stderr, { quiet: true, force: false });
const baseline = live();
const steps: { step: string; heap: number }[] = [];
const note = (step: string) => steps.push({ step, heap: live() - baseline });

// Each step in a function of its own, so that nothing of the one before stays in a register.
async function parse() {
  const file = await readDatasetFile(path, process.cwd(), quiet);
  const json = await parseDatasetFile(file, quiet);
  if (!json.ok) throw new Error(json.message);
  return { name: file.name, value: json.value, records: file.records };
}
const input = await parse();
note("parsed input");
const bases = [{ name: "geneva2021", dataset: BUILT_IN.get("geneva2021") as Dataset }];
const files = [{ name: input.name, value: input.value }];
input.value = undefined;
const checks = checkEach(files, bases, quiet);
// checkEach lets the input go; while it validated, both were alive.
steps.push({
  step: "input + validated (during validation)",
  heap: (steps[0]?.heap ?? 0) + (live() - baseline),
});
note("validated");
const merge = mergeChecked(checks, bases, quiet);
if (!("merged" in merge)) throw new Error("merge failed");
note("validated + merged (during the merge)");
checks.length = 0;
note("merged");
const graph = buildGraph(merge.merged);
note("merged + graph");
// The indexes the queries build on their first call: the adjacency of neighborhood, search's words.
neighborhood(graph, graph.nodes()[0] as string, 1);
search(graph, "summit");
note("merged + graph + query indexes");
const records = countRecords(merge.merged);
const peak = Math.max(...steps.map((s) => s.heap));
const validatePeak = Math.max(...steps.slice(0, 4).map((s) => s.heap));
console.log(
  `${records.toLocaleString("en-US")} records (${graph.order} nodes, ${graph.size} edges)`,
);
for (const { step, heap } of steps)
  console.log(
    `  ${step.padEnd(40)} ${mib(heap).padStart(12)}  ${Math.round(heap / records)} B/record`,
  );
console.log(
  `validate: ${Math.round(validatePeak / records)} B/record; graph: ${Math.round(peak / records)} B/record`,
);
if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
