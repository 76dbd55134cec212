// verify's last line ("N passed, N failed") must count every failure vitest reports. Each fixture
// in test/fixtures/vitest-runs fails in one way; vitest runs them here, in a process of its own with
// their own config and the reporter verify uses, and the summary is computed from what it wrote.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { countReport, summarize } from "../../scripts/test-summary.mjs";
import { ROOT } from "../support/snippets";

const FIXTURES = "test/fixtures/vitest-runs";
const scratch = mkdtempSync(join(tmpdir(), "accordkg-vitest-runs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One vitest run over the fixture files named (all of them if none): its exit code and report. */
async function vitestRun(files: string[]): Promise<{ status: number | null; report: unknown }> {
  const output = join(scratch, `${files.join("+") || "all"}.json`);
  // Without the variables of the vitest that runs this test, which would make the child a worker.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST")),
  );
  const child = spawn(
    join(ROOT, "node_modules", ".bin", "vitest"),
    [
      "run",
      "--config",
      `${FIXTURES}/vitest.config.ts`,
      "--reporter=./scripts/vitest-reporter.mjs",
      `--outputFile.json=${output}`,
      ...files,
    ],
    { cwd: ROOT, env, stdio: "ignore" },
  );
  const [status] = (await once(child, "exit")) as [number | null];
  return { status, report: JSON.parse(readFileSync(output, "utf8")) };
}

// The runs the tests read, started together (each is a vitest process of its own).
const RUNS = [
  "throwsAtImport",
  "failingTests",
  "hookFails",
  "unhandledError",
  "noAssertion",
  "passes",
  "",
];
const runs = new Map<string, { status: number | null; report: unknown }>();
beforeAll(async () => {
  const done = await Promise.all(RUNS.map((file) => vitestRun(file === "" ? [] : [file])));
  for (const [i, file] of RUNS.entries())
    runs.set(file, done[i] as { status: number | null; report: unknown });
}, 120_000);

/** The run of one fixture file, or of all of them. */
function run(file = ""): { status: number | null; report: unknown } {
  const ran = runs.get(file);
  if (ran === undefined) throw new Error(`verifySummary: add ${file} to RUNS`);
  return ran;
}

describe("verify's summary of vitest's JSON reports", () => {
  test("a file that throws at import is one failure, though vitest collects no test from it", () => {
    const { status, report } = run("throwsAtImport");
    expect(status).toBe(1);
    const counts = countReport(report);
    expect(counts).toMatchObject({ passed: 0, failedTests: 0, failedSuites: 1, failed: 1 });
    expect(counts.failures).toEqual(["file throwsAtImport.fixture.ts: this file throws at import"]);
  });

  test("each failing test is one failure, and the describe block around them adds none", () => {
    const { status, report } = run("failingTests");
    expect(status).toBe(1);
    const counts = countReport(report);
    expect(counts).toMatchObject({ passed: 1, failedTests: 2, failedSuites: 0, failed: 2 });
    expect(counts.failures).toEqual([
      expect.stringMatching(/^test a suite with failing tests fails once \(/),
      expect.stringMatching(/^test a suite with failing tests fails again \(/),
    ]);
  });

  test("a hook that throws is one failure; the tests it skipped are skipped, not passed", () => {
    const counts = countReport(run("hookFails").report);
    expect(counts).toMatchObject({ passed: 0, skipped: 2, failedSuites: 1, failed: 1 });
    expect(counts.failures).toEqual([
      "suite a suite whose hook throws in hookFails.fixture.ts: the hook throws",
    ]);
  });

  test("an error raised outside any test is one failure, beside the test that passed", () => {
    const { status, report } = run("unhandledError");
    expect(status).toBe(1);
    const counts = countReport(report);
    expect(counts).toMatchObject({ passed: 1, failedTests: 0, unhandledErrors: 1, failed: 1 });
    expect(counts.failures).toEqual(["unhandled error: nobody catches this"]);
  });

  test("a test that runs no assertion fails, under the main config's expect settings", () => {
    const { status, report } = run("noAssertion");
    expect(status).toBe(1);
    const counts = countReport(report);
    expect(counts).toMatchObject({ passed: 0, failedTests: 1, failed: 1 });
    expect(counts.failures).toEqual([expect.stringMatching(/^test checks nothing \(/)]);
    const [file] = (
      report as { testResults: { assertionResults: { failureMessages: string[] }[] }[] }
    ).testResults;
    expect(file?.assertionResults[0]?.failureMessages[0]).toMatch(
      /expected any number of assertion, but got none/,
    );
  });

  test("a run of them all counts each failure once, and summarize adds runs up", () => {
    const all = run();
    const passing = run("passes");
    expect(passing.status).toBe(0);
    expect(countReport(passing.report)).toMatchObject({ passed: 1, failed: 0 });
    // 3 failed tests (one of them asserts nothing) + 1 file thrown at import + 1 failed hook
    // + 1 unhandled error.
    expect(countReport(all.report)).toMatchObject({ passed: 3, failed: 6 });
    const summary = summarize([
      ["all", all.report],
      ["passes", passing.report],
    ]);
    expect(summary).toMatchObject({ passed: 4, failed: 6 });
    expect(summary.lines).toEqual([
      "all: 3 passed, 6 failed (3 tests, 2 suites, 1 unhandled error), 2 skipped",
      "passes: 1 passed, 0 failed (0 tests, 0 suites, 0 unhandled errors), 0 skipped",
    ]);
  });

  test("refuses a report written without the reporter that records the rest", () => {
    const report = { ...(run("passes").report as object), suiteErrors: undefined };
    expect(() => countReport(report)).toThrow(/--reporter=\.\/scripts\/vitest-reporter\.mjs/);
  });
});
