// `pnpm example <name> [args…]` runs examples/<name>.ts; `pnpm examples` runs every example that
// needs no arguments, one after another, and fails if any fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// Examples that need arguments are run with these (and exercised on bad input by the tests).
const ARGUMENTS: Record<string, string[]> = {
  validate: [join(here, "../packages/data/src/geneva2021/geneva2021.json")],
  explorer: [join(tmpdir(), "accordkg-geneva-explorer.html")],
};
const names = readdirSync(here)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.startsWith("_"))
  .map((file) => file.slice(0, -3))
  .sort();

const run = (name: string, args: readonly string[]) =>
  spawnSync(process.execPath, [...process.execArgv, join(here, `${name}.ts`), ...args], {
    stdio: "inherit",
  }).status ?? 1;

const [first, ...rest] = process.argv.slice(2);
if (first === undefined || first === "--help") {
  console.log(`usage: pnpm example <name> [args…]\nexamples: ${names.join(", ")}`);
  process.exit(first === undefined ? 1 : 0);
} else if (first === "--all") {
  let failures = 0;
  for (const name of names) {
    console.log(`\n=== pnpm example ${name} ===`);
    if (run(name, ARGUMENTS[name] ?? []) !== 0) {
      console.error(`example ${name} failed`);
      failures++;
    }
  }
  process.exit(failures === 0 ? 0 : 1);
} else if (!names.includes(first)) {
  console.error(`unknown example "${first}"; examples: ${names.join(", ")}`);
  process.exit(1);
} else {
  process.exit(run(first, rest));
}
