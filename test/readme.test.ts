import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

// The README's code sample must compile and run, so it is extracted, type-checked and executed.
const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);

describe("README.md", () => {
  test("has a TypeScript sample", () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  test("its TypeScript sample type-checks and prints the four Geneva agreements", () => {
    const dir = join(root, "test", ".generated", "readme");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    snippets.forEach((code, index) => writeFileSync(join(dir, `snippet-${index}.ts`), code));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: "../../../tsconfig.base.json",
        compilerOptions: { noEmit: true, types: ["node"] },
        include: ["*.ts"],
      }),
    );
    const tsc = join(root, "node_modules", ".bin", "tsc");
    execFileSync(tsc, ["-p", join(dir, "tsconfig.json")], { cwd: root, stdio: "pipe" });
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const output = execFileSync(tsx, ["--conditions=@accordkg/source", join(dir, "snippet-0.ts")], {
      cwd: root,
      encoding: "utf8",
    });
    for (const id of [
      "strategic-stability-dialogue",
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
    ])
      expect(output).toContain(`${id}:`);
    expect(output.match(/^\S+: /gm)).toHaveLength(4);
    expect(output).toContain("stated by joe-biden");
  });
});
