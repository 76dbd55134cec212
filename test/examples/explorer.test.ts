import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const scratch = mkdtempSync(join(tmpdir(), "accordkg-example-explorer-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("pnpm example explorer", () => {
  const out = join(scratch, "geneva.html");
  const child = spawnSync(
    tsx,
    ["--conditions=@accordkg/source", "examples/run.ts", "explorer", out],
    {
      cwd: root,
      encoding: "utf8",
    },
  );

  test("writes the Geneva page where it is told, and says so", () => {
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toContain(`Wrote ${out}`);
    const page = readFileSync(out, "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("<title>Biden–Putin summit, Geneva, 16 June 2021</title>");
    expect(page).toContain('"vladimir-putin"');
  });
});
