// examples/validate.ts: the library's way to validate a file (the command line's report is tested
// in test/cli).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { genevaJsonPath, genevaJsonText, setAt } from "./fixtures";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const scratch = mkdtempSync(join(tmpdir(), "accordkg-validate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs examples/validate.ts through the dispatcher, as `pnpm example validate` does. */
function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ["--conditions=@accordkg/source", "examples/run.ts", "validate", ...args],
      { cwd: root, encoding: "utf8" },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

describe.concurrent("examples/validate.ts", { timeout: 120_000 }, () => {
  test("a valid file: exit 0 and what it holds", async () => {
    const { status, stdout, stderr } = await validate(genevaJsonPath);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain(
      'dataset "geneva-2021" is valid: 10 commitments, 24 claims and 11 more accounts of them, from 20 source(s).',
    );
  });

  test("a file with problems: exit 1, the DatasetError's message and the codes", async () => {
    const d = JSON.parse(genevaJsonText()) as object;
    setAt(d, ["commitments", 0, "kind"], "treaty");
    setAt(d, ["claims", 0, "parties", 0], "joe-bidden");
    const file = join(scratch, "bad.json");
    writeFileSync(file, JSON.stringify(d));
    const { status, stdout } = await validate(file);
    expect(status).toBe(1);
    expect(stdout).toContain('Dataset "geneva-2021" has 2 problems:');
    expect(stdout).toContain('✖ claims[0].parties[0]: Unknown actor "joe-bidden" [unknown_actor]');
    expect(stdout).toContain('↳ Did you mean "joe-biden"?');
    expect(stdout).toContain("codes: invalid_value, unknown_actor");
  });

  test("no file argument: exit 2 with a usage message", async () => {
    const { status, stderr } = await validate();
    expect(status).toBe(2);
    expect(stderr).toContain("usage: pnpm example validate <dataset.json>");
  });
});
