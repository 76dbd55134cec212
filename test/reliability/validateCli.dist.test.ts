// The built `accordkg` binary, spawned on a sample of the hostile-input corpus and on the largest
// input (66 MB): exit 1, each expected code and path, no stack trace. validateCli.test.ts runs the
// whole corpus in one process.
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { afterAll, describe, expect, test } from "vitest";
import { type CliRun, spawnCli } from "../cli/support";
import { type CliCase, failuresOf, writeCliCases } from "./validateCases";

/** Runs `task` over `items`, `width` at a time, keeping their order. */
async function pool<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe.runIf(process.env.MODE === "dist")(
  "the accordkg binary on the invalid-input corpus",
  () => {
    const { cases, scratch } = writeCliCases();
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    test("exits 1 as a process of its own on a sample of the corpus and the largest input", async () => {
      // Every twelfth file, and the largest (66 MB).
      const sample: CliCase[] = cases.filter((_, i) => i % 12 === 0 || i === cases.length - 2);
      const started = performance.now();
      const runs: CliRun[] = await pool(sample, availableParallelism(), (entry) =>
        spawnCli(["validate", ...entry.args]),
      );
      const seconds = (performance.now() - started) / 1000;
      const failures = failuresOf(sample, runs);
      console.log(
        `accordkg validate (spawned): ${sample.length} files, ${sample.length - failures.length} exit 1 naming the expected code, in ${seconds.toFixed(1)} s`,
      );
      expect(failures).toEqual([]);
    }, 180_000);
  },
);
