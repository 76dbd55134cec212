// Docs show code that must keep working: these helpers write snippets extracted from a Markdown
// file into test/.generated/<name>/, type-check them with the workspace's strict settings and run
// them against the package sources.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

/** Writes `files` (name → content) and a strict tsconfig into a fresh folder; returns its path. */
export function writeSnippets(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(ROOT, "test", ".generated", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../tsconfig.base.json",
      compilerOptions: { noEmit: true, types: ["node"] },
      include: ["*.ts"],
    }),
  );
  return dir;
}

/** Runs `tsc` on a folder made by `writeSnippets`; returns what it printed ("" when clean). */
export function typecheck(dir: string): { status: number | null; output: string } {
  const run = spawnSync(bin("tsc"), ["-p", join(dir, "tsconfig.json")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Runs a TypeScript file with tsx against the package sources; returns its standard output. */
export function runTypeScript(file: string, args: readonly string[] = [], cwd = ROOT): string {
  return execFileSync(bin("tsx"), ["--conditions=@accordkg/source", file, ...args], {
    cwd,
    encoding: "utf8",
  });
}
