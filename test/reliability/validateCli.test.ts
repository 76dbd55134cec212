import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { INVALID_CASES, INVALID_DIR, MINIMAL_PATH } from "./invalidCorpus";
import { writeLargeInputs } from "./largeInputs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const VALIDATE = join(root, "examples/validate.ts");

interface Run {
  status: number | null;
  output: string;
}

/** `node` with tsx and the source condition, as `pnpm example` runs scripts, without colours. */
function node(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@accordkg/source", "--import", "tsx", ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: "1" } },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

const validate = (...args: string[]) => node(VALIDATE, ...args);

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

const large = writeLargeInputs();
afterAll(() => rmSync(dirname(large.valid.location), { recursive: true, force: true }));

interface CliCase {
  file: string;
  args: string[];
  codes: readonly string[];
  path: string;
}

const cases: CliCase[] = [
  ...INVALID_CASES.map((entry) => {
    const file = join(INVALID_DIR, entry.file);
    // A merge conflict needs both files: the CLI validates them together.
    const args =
      entry.mergeWith === undefined ? [file] : [join(INVALID_DIR, entry.mergeWith), file];
    return { file: entry.file, args, codes: entry.codes, path: entry.path };
  }),
  ...large.invalid.map((entry) => ({
    file: entry.file,
    args: [entry.location],
    codes: entry.codes,
    path: entry.path,
  })),
];

/** What is wrong with a run on `entry`, if anything. */
function problemsOf(entry: CliCase, { status, output }: Run): string[] {
  return [
    ...(status === 1 ? [] : [`exit ${status}`]),
    ...entry.codes.filter((code) => !output.includes(code)).map((code) => `no ${code}`),
    ...(output.includes(entry.path) ? [] : [`no path ${entry.path}`]),
    ...(/\n\s+at .+:\d+:\d+\)?\n/.test(output) ? ["a stack trace"] : []),
  ];
}

function failuresOf(entries: readonly CliCase[], runs: readonly Run[]): string[] {
  return entries.flatMap((entry, index) => {
    const run = runs[index] as Run;
    const problems = problemsOf(entry, run);
    return problems.length === 0 ? [] : [`${entry.file}: ${problems.join(", ")}\n${run.output}`];
  });
}

describe("examples/validate.ts on the invalid-input corpus", () => {
  test("accepts the valid base fixture (exit 0)", async () => {
    const { status, output } = await validate(MINIMAL_PATH);
    expect(output).toContain("valid");
    expect(status).toBe(0);
  });

  test("exits 1 on every corpus file, naming each code and where it is, without a stack trace", async () => {
    // One process runs the real script once per file (validateInProcess.ts), so that the whole
    // corpus takes seconds; the next test spawns it for real on a sample.
    const dir = mkdtempSync(join(tmpdir(), "accordkg-validate-"));
    const input = join(dir, "in.json");
    const output = join(dir, "out.json");
    writeFileSync(input, JSON.stringify(cases.map((entry) => entry.args)));
    const started = performance.now();
    const runner = await node(join(root, "test/reliability/validateInProcess.ts"), input, output);
    const seconds = (performance.now() - started) / 1000;
    expect(runner.output).toBe("");
    const runs: Run[] = JSON.parse(readFileSync(output, "utf8"));
    rmSync(dir, { recursive: true, force: true });
    const failures = failuresOf(cases, runs);
    console.log(
      `validate CLI (in one process): ${cases.length} files, ${cases.length - failures.length} exit 1 naming the expected code, in ${seconds.toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  test("exits 1 as a process of its own on a sample of the corpus", async () => {
    // Every twelfth file, and the largest (66 MB).
    const sample = cases.filter((_, i) => i % 12 === 0 || i === cases.length - 2);
    const started = performance.now();
    const runs = await pool(sample, availableParallelism(), (entry) => validate(...entry.args));
    const seconds = (performance.now() - started) / 1000;
    const failures = failuresOf(sample, runs);
    console.log(
      `validate CLI (spawned): ${sample.length} files, ${sample.length - failures.length} exit 1 naming the expected code, in ${seconds.toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
  }, 180_000);
});
