// `pnpm bench --save` writes results only from a checkout with nothing uncommitted: the saved
// report names the commit it measured, and the docs quote it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { saveRefusal, uncommitted } from "../../bench/cleanTree";
import { ROOT } from "../support/snippets";

const scratch = mkdtempSync(join(tmpdir(), "accordkg-bench-save-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A fresh repository with one committed file. */
function repository(name: string): string {
  const dir = join(scratch, name);
  git(scratch, "init", "-q", name);
  writeFileSync(join(dir, "kept.txt"), "kept\n");
  git(dir, "add", "kept.txt");
  git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
  return dir;
}

describe("saveRefusal", () => {
  test("lets a clean checkout save", () => {
    const dir = repository("clean");
    expect(uncommitted(dir)).toEqual([]);
    expect(saveRefusal(dir)).toBeUndefined();
  });

  test("refuses a changed file or an untracked one, naming them and saying why", () => {
    const dir = repository("dirty");
    writeFileSync(join(dir, "kept.txt"), "changed\n");
    writeFileSync(join(dir, "new.txt"), "new\n");
    const refusal = saveRefusal(dir) ?? "";
    expect(refusal).toMatch(/^bench: refusing --save: the checkout has uncommitted changes/);
    expect(refusal).toContain(" M kept.txt");
    expect(refusal).toContain("?? new.txt");
    expect(refusal).toMatch(/stamped with the commit they measured/);
    expect(refusal).toMatch(/Commit or stash/);
  });

  test("ignores only the files the run saved itself", () => {
    const dir = repository("saved");
    writeFileSync(join(dir, "kept.txt"), "rewritten by the run\n");
    expect(saveRefusal(dir, new Set(["kept.txt"]))).toBeUndefined();
    writeFileSync(join(dir, "other.txt"), "not the run's\n");
    expect(saveRefusal(dir, new Set(["kept.txt"]))).toContain("?? other.txt");
  });

  test("refuses outside a git checkout", () => {
    const dir = mkdtempSync(join(scratch, "plain-"));
    expect(saveRefusal(dir)).toMatch(/not a git checkout/);
  });
});

describe("pnpm bench --save", () => {
  test("stops before measuring anything in a checkout with uncommitted changes", () => {
    // A clone of this commit, with this checkout's installed packages (node_modules is ignored).
    const clone = join(scratch, "clone");
    git(scratch, "clone", "-q", "--no-hardlinks", ROOT, clone);
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
    writeFileSync(join(clone, "notes.txt"), "work in progress\n");
    const run = spawnSync(
      join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=@accordkg/source", "bench/run.ts", "--save", "--size", "1000"],
      { cwd: clone, encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bench: refusing --save");
    expect(run.stderr).toContain("?? notes.txt");
    expect(`${run.stdout}${run.stderr}`).not.toContain("== 1,000 commitments");
    expect(existsSync(join(clone, "bench", "results", "1000.json"))).toBe(false);
  });
});
