// The whole check, as CI runs it: lint, typecheck, tests on the sources, build, tests on the built
// dist (including the packed tarballs installed into a fresh project), package checks, API docs and
// every example. Ends with one line "N passed, N failed" summed from vitest's JSON reports, in
// which every failure counts (scripts/test-summary.mjs): failed tests, test files that threw at
// import or whose hooks threw, and errors raised outside any test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { summarize } from "./test-summary.mjs";

const pnpm = ["npx", "-y", "pnpm@12.4.2"];
const results = ".vitest-results";
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitest = (mode, file) => [
  ...pnpm,
  "exec",
  "vitest",
  "run",
  ...(mode ? ["--mode", mode] : []),
  "--reporter=default",
  "--reporter=./scripts/vitest-reporter.mjs",
  `--outputFile.json=${results}/${file}.json`,
];

const steps = [
  ["lint", [...pnpm, "run", "lint"]],
  ["typecheck", [...pnpm, "run", "typecheck"]],
  ["test (sources)", vitest(undefined, "src")],
  ["build", [...pnpm, "run", "build"]],
  ["test (dist)", vitest("dist", "dist")],
  ["package checks", [...pnpm, "run", "check:pkg"]],
  ["api docs", [...pnpm, "run", "build:docs"]],
  ["examples", [...pnpm, "run", "examples"]],
];

let failedStep;
for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const run = spawnSync(command, args, { stdio: "inherit", env: process.env });
  console.log(
    `◀ ${name}: ${run.status === 0 ? "ok" : `failed (exit ${run.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) {
    failedStep = name;
    break;
  }
}

const reports = ["src", "dist"]
  .map((file) => [file, `${results}/${file}.json`])
  .filter(([, path]) => existsSync(path))
  .map(([file, path]) => [file, JSON.parse(readFileSync(path, "utf8"))]);
const summary = summarize(reports);
for (const line of summary.lines) console.log(line);
for (const failure of summary.failures) console.log(`  ✖ ${failure}`);
const { passed } = summary;
let { failed } = summary;
if (failedStep) {
  // A step that failed outside the tests (lint, typecheck, build, …) is one failure of its own.
  console.log(`\nverify stopped at step "${failedStep}"`);
  failed = Math.max(failed, 1);
}
if (passed + failed === 0) {
  console.log("no tests ran");
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedStep ? 1 : 0);
