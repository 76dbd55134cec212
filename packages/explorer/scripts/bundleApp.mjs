// Builds the page's script and style sheet from app/ with esbuild, and hashes them for the CSP.
// tsup.config.ts inlines the result into dist; from the sources, src/internal/appAssets.ts runs
// this file (`node scripts/bundleApp.mjs` prints the assets as JSON). Not published: esbuild is a
// dev dependency, and the package's users get the bundle, not its recipe.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const appDir = fileURLToPath(new URL("../app/", import.meta.url));

/** @param {string} text */
const sha256 = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

// zod's `z` namespace re-exports every message locale (about 260 KB minified), which no bundler
// can drop; the page shows no zod message to anyone, so it keeps English, zod's default, alone.
/** @type {import("esbuild").Plugin} */
const englishLocaleOnly = {
  name: "zod-english-locale-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core|mini)[\\/]/.test(importer)
        ? { path: `${resolveDir}/../locales/en.js`, namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, ({ path }) => ({
      contents: `export { default as en } from ${JSON.stringify(path)};`,
      resolveDir: appDir,
      loader: "js",
    }));
  },
};

// The page holds copies of its dependencies' code, so it carries their notices: a comment at the
// top of the script with each bundled package's name, version, licence and licence text.
/** @param {Record<string, unknown>} inputs the metafile's inputs */
function notices(inputs) {
  const roots = new Set();
  for (const input of Object.keys(inputs)) {
    // Paths are relative to the working folder, some with a plugin's namespace in front.
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(
      resolve(input.replace(/^[\w-]+:/, "")),
    );
    if (match?.[1] !== undefined) roots.add(match[1]);
  }
  const lines = [...roots].sort().map((root) => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const file = readdirSync(root).find((name) => /^licen[cs]e/i.test(name));
    const text =
      file === undefined || !existsSync(join(root, file))
        ? ""
        : readFileSync(join(root, file), "utf8");
    return `${manifest.name} ${manifest.version} (${manifest.license})\n${text.trim()}`;
  });
  const body = [
    "This page's script bundles the following packages, under these licences.",
    ...lines,
  ]
    .join("\n\n")
    .replaceAll("*/", "* /");
  return `/*!\n${body}\n*/\n`;
}

/**
 * The bundled, minified script and the style sheet of the page, with their CSP hashes.
 * @returns {Promise<{ script: string; scriptHash: string; style: string; styleHash: string }>}
 */
export async function bundleApp() {
  const result = await build({
    entryPoints: [`${appDir}main.ts`],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    // Non-ASCII characters as \u escapes: the hash is of the exact bytes in the page.
    charset: "ascii",
    legalComments: "none",
    // The workspace's sources: the bundle is the code of this very commit.
    conditions: ["@accordkg/source"],
    logLevel: "silent",
    plugins: [englishLocaleOnly],
    metafile: true,
  });
  const script = notices(result.metafile.inputs) + (result.outputFiles[0]?.text ?? "").trimEnd();
  const style = readFileSync(`${appDir}style.css`, "utf8").trim();
  return { script, scriptHash: sha256(script), style, styleHash: sha256(style) };
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.stdout.write(JSON.stringify(await bundleApp()));
