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

const { NO_COLOR: _, ...env } = process.env;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs examples/validate.ts; `viaRunner` goes through the dispatcher, as `pnpm example` does. */
function run(args: readonly string[], viaRunner = false): Promise<Run> {
  const script = viaRunner ? ["examples/run.ts", "validate"] : ["examples/validate.ts"];
  return new Promise((resolve) => {
    execFile(
      tsx,
      ["--conditions=@accordkg/source", ...script, ...args],
      { cwd: root, encoding: "utf8", env },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
const validate = (...args: string[]) => run(args);

function writeDataset(name: string, change: (d: object) => void): string {
  const d = JSON.parse(genevaJsonText()) as object;
  change(d);
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(d, null, 2));
  return file;
}

// Each test spawns a process or two; they run side by side.
describe.concurrent("examples/validate.ts", { timeout: 120_000 }, () => {
  test("a valid file: exit 0, counts of records by kind, no colour in a pipe", async () => {
    const { status, stdout, stderr } = await run([genevaJsonPath], true);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain('geneva2021.json: dataset "geneva-2021"');
    expect(stdout).toMatch(/commitments\s+10 {2}\(agreement 7, pledge 1, proposal 1, warning 1\)/);
    expect(stdout).toMatch(
      /claims\s+24 {2}\(assessment 8, discussion 8, objective 5, position 3\)/,
    );
    expect(stdout).toMatch(/accounts\s+11 {2}\(agreement 6, discussion 4, assessment 1\)/);
    expect(stdout).toMatch(/actors\s+9 {2}\(state 6, person 2, group 1\)/);
    expect(stdout).toMatch(/evidence\s+72/);
    expect(stdout).toContain("✔ valid: 109 records, no problems");
    expect(stdout).not.toContain("\x1b[");
  });

  test("a file with problems: exit 1, each issue's path, code, message and suggestion", async () => {
    const file = writeDataset("bad.json", (d) => {
      setAt(d, ["commitments", 0, "kind"], "treaty");
      setAt(d, ["claims", 0, "parties", 0], "joe-bidden");
    });
    const { status, stdout } = await validate(file);
    expect(status).toBe(1);
    expect(stdout).toContain("bad.json: 2 problems");
    expect(stdout).toContain("✖ commitments[0].kind  [invalid_value]");
    expect(stdout).toContain('Invalid value "treaty": expected one of "agreement", "pledge"');
    expect(stdout).toContain("✖ claims[0].parties[0]  [unknown_actor]");
    expect(stdout).toContain('Unknown actor "joe-bidden"');
    expect(stdout).toContain('↳ Did you mean "joe-biden"?');
    expect(stdout).toContain("✖ 2 problems (invalid_value 1, unknown_actor 1)");
  });

  test("a file that is not JSON: exit 1 with invalid_json", async () => {
    const file = join(scratch, "truncated.json");
    writeFileSync(file, genevaJsonText().slice(0, 500));
    const { status, stdout } = await validate(file);
    expect(status).toBe(1);
    expect(stdout).toContain("✖ (dataset)  [invalid_json]");
    expect(stdout).toContain("Not valid JSON:");
  });

  test("no file argument: exit 2 with a usage message", async () => {
    const { status, stdout, stderr } = await run([], true);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("validate: no dataset file given");
    expect(stderr).toContain("usage: pnpm example validate <dataset.json>");
  });

  test("an unreadable file: exit 2 naming the file and the reason", async () => {
    const missing = await validate(join(scratch, "missing.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read ".*missing\.json" \(ENOENT\)/);
    const directory = await validate(scratch);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain("(EISDIR)");
  });

  test("several files are validated, then merged: identical records merge", async () => {
    const { status, stdout } = await validate(genevaJsonPath, genevaJsonPath);
    expect(status).toBe(0);
    expect(stdout).toContain('geneva2021.json + geneva2021.json: dataset "geneva-2021"');
    expect(stdout).toContain("✔ valid: 109 records, no problems");
  });

  test("several files that conflict: exit 1 with merge_conflict, naming both datasets", async () => {
    const other = writeDataset("other.json", (d) => {
      setAt(d, ["id"], "other-notes");
      setAt(d, ["actors", 3, "name", "en"], "The Russian Federation");
    });
    const { status, stdout } = await validate(genevaJsonPath, other);
    expect(status).toBe(1);
    expect(stdout).toContain("merging geneva2021.json + other.json: 1 problem");
    expect(stdout).toContain("✖ actors[3].id  [merge_conflict]");
    expect(stdout).toContain('Dataset "other-notes" has a different actor under id "russia"');
    expect(stdout).toContain('than dataset "geneva-2021"');
  });

  test("several files, one invalid: its problems are reported and nothing is merged", async () => {
    const bad = writeDataset("bad-title.json", (d) => setAt(d, ["title"], ""));
    const { status, stdout } = await validate(genevaJsonPath, bad);
    expect(status).toBe(1);
    expect(stdout).toContain("bad-title.json: 1 problem");
    expect(stdout).toContain("✖ title  [empty_string]");
    expect(stdout).not.toContain("merging");
  });
});
