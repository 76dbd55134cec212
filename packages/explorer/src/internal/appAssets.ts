import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { AppAssets } from "./html";

// From the sources, the page's script is bundled on first use, by scripts/bundleApp.mjs in a
// child process (esbuild's plugins need its asynchronous API; renderExplorer is synchronous).
// The build replaces this whole module with one that holds the script and its hashes as constants
// (tsup.config.ts), so the published package neither runs esbuild nor reads a file.
let assets: AppAssets | undefined;

/** The page's script and style sheet, and their CSP hashes. */
export function appAssets(): AppAssets {
  assets ??= JSON.parse(
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL("../../scripts/bundleApp.mjs", import.meta.url))],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    ),
  ) as AppAssets;
  return assets;
}
