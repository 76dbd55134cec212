// `--save` writes results that the docs quote and that name the commit they measured: they must
// come from a commit anyone can check out, so the bench refuses to save from a checkout with
// uncommitted changes (what `git status --porcelain` lists: changed, staged or untracked files).
import { execFileSync } from "node:child_process";

/** The lines of `git status --porcelain` in `dir`'s checkout, or undefined if it is not one. */
export function uncommitted(dir: string): string[] | undefined {
  try {
    const status = execFileSync("git", ["status", "--porcelain"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return status.split("\n").filter((line) => line.trim() !== "");
  } catch {
    return undefined; // not a git checkout, or no git
  }
}

/**
 * Why `--save` may not write from `dir`'s checkout, or undefined if it may. `ignore` lists paths
 * (relative to the checkout's root) that this run has written itself.
 */
export function saveRefusal(
  dir: string,
  ignore: ReadonlySet<string> = new Set(),
): string | undefined {
  const lines = uncommitted(dir);
  if (lines === undefined)
    return "bench: refusing --save: this is not a git checkout (or git is missing), and saved results must name the commit they measured.";
  const changed = lines.filter((line) => !ignore.has(line.slice(3)));
  if (changed.length === 0) return undefined;
  const shown = changed.slice(0, 10).map((line) => `  ${line}`);
  if (changed.length > shown.length) shown.push(`  … and ${changed.length - shown.length} more`);
  return [
    "bench: refusing --save: the checkout has uncommitted changes (git status --porcelain):",
    ...shown,
    "Saved results are stamped with the commit they measured, and the docs quote them: they must come from",
    "a commit anyone can check out. Commit or stash these changes (or run without --save), then run again.",
  ].join("\n");
}
