// The cases `accordkg validate` is put through: every file of the invalid-input corpus (a merge
// conflict with the file it conflicts with) and the inputs too large to commit, each with the codes
// and the path its report must name. Shared by validateCli.test.ts (in this process) and
// validateCli.dist.test.ts (the built binary, spawned).
import { dirname, join } from "node:path";
import type { CliRun } from "../cli/support";
import { INVALID_CASES, INVALID_DIR, MINIMAL_PATH } from "./invalidCorpus";
import { writeLargeInputs } from "./largeInputs";

export { MINIMAL_PATH };

export interface CliCase {
  readonly file: string;
  readonly args: readonly string[];
  readonly codes: readonly string[];
  readonly path: string;
}

/** The corpus cases, and the large inputs written to a temporary folder (`scratch`, to remove). */
export function writeCliCases(): { cases: CliCase[]; scratch: string } {
  const large = writeLargeInputs();
  const cases: CliCase[] = [
    ...INVALID_CASES.map((entry) => {
      const file = join(INVALID_DIR, entry.file);
      // A merge conflict needs both files: they are validated together.
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
  return { cases, scratch: dirname(large.valid.location) };
}

/** What is wrong with a run on `entry`, if anything. */
function problemsOf(entry: CliCase, { status, stdout, stderr }: CliRun): string[] {
  const output = stdout + stderr;
  return [
    ...(status === 1 ? [] : [`exit ${status}`]),
    ...entry.codes.filter((code) => !output.includes(code)).map((code) => `no ${code}`),
    ...(output.includes(entry.path) ? [] : [`no path ${entry.path}`]),
    ...(/\n\s+at .+:\d+:\d+\)?\n/.test(output) ? ["a stack trace"] : []),
  ];
}

/** Each case whose run went wrong, with what went wrong and what it printed. */
export function failuresOf(entries: readonly CliCase[], runs: readonly CliRun[]): string[] {
  return entries.flatMap((entry, index) => {
    const run = runs[index] as CliRun;
    const problems = problemsOf(entry, run);
    return problems.length === 0
      ? []
      : [`${entry.file}: ${problems.join(", ")}\n${run.stdout}${run.stderr}`];
  });
}
