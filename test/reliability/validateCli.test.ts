// `accordkg validate` on the hostile-input corpus (test/fixtures/invalid) and on inputs too large
// to commit: every file exits 1 naming its error code and where it is, never with a stack trace.
// The corpus runs in this process through `run`, so a hundred files take seconds;
// validateCli.dist.test.ts spawns the built binary on a sample of them.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { type CliRun, runCli } from "../cli/support";
import { failuresOf, MINIMAL_PATH, writeCliCases } from "./validateCases";

const { cases, scratch } = writeCliCases();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("accordkg validate on the invalid-input corpus, in this process", () => {
  test("accepts the valid base fixture (exit 0)", async () => {
    const { status, stdout } = await runCli(["validate", MINIMAL_PATH]);
    expect(stdout).toContain("✔ valid");
    expect(status).toBe(0);
  });

  test("exits 1 on every corpus file, naming each code and where it is, without a stack trace", async () => {
    const started = performance.now();
    const runs: CliRun[] = [];
    for (const entry of cases) runs.push(await runCli(["validate", ...entry.args]));
    const seconds = (performance.now() - started) / 1000;
    const failures = failuresOf(cases, runs);
    console.log(
      `accordkg validate (in one process): ${cases.length} files, ${cases.length - failures.length} exit 1 naming the expected code, in ${seconds.toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
