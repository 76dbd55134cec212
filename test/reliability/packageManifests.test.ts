import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const packagesDir = fileURLToPath(new URL("../../packages", import.meta.url));

// What a user installing our packages gets besides our own code: the dependencies the project
// asked for, and nothing else. A new one belongs here only with a line in docs/security.md.
// The list is exact: a dependency dropped from every package is dropped from it too.
const ALLOWED_RUNTIME_DEPENDENCIES = new Set([
  "zod",
  "graphology",
  "graphology-types",
  "@accordkg/data",
  "@accordkg/core",
  "n3",
  "jsonld",
]);
// Lifecycle scripts npm and pnpm run on install (`prepare` runs when installed from git).
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare", "prepublish"];

interface Manifest {
  name: string;
  private?: boolean;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: string[];
  bundledDependencies?: string[];
}

const manifests = readdirSync(packagesDir).map((folder): [string, Manifest] => [
  folder,
  JSON.parse(readFileSync(join(packagesDir, folder, "package.json"), "utf8")),
]);
const published = manifests.filter(([, manifest]) => manifest.private !== true);

describe("the published packages", () => {
  test("are @accordkg/data, @accordkg/core and @accordkg/rdf", () => {
    expect(published.map(([, manifest]) => manifest.name).sort()).toEqual(
      expect.arrayContaining(["@accordkg/core", "@accordkg/data", "@accordkg/rdf"]),
    );
  });

  test("@accordkg/core keeps its runtime dependencies: RDF, formats and the rest live elsewhere", () => {
    const core = published.find(([, manifest]) => manifest.name === "@accordkg/core")?.[1];
    expect(Object.keys(core?.dependencies ?? {}).sort()).toEqual([
      "@accordkg/data",
      "graphology",
      "graphology-types",
    ]);
  });

  test.each(published)("packages/%s has no install scripts", (_, manifest) => {
    const scripts = Object.keys(manifest.scripts ?? {});
    expect(scripts.filter((script) => INSTALL_SCRIPTS.includes(script))).toEqual([]);
  });

  test.each(published)("packages/%s depends on nothing beyond the allowed list", (_, manifest) => {
    const runtime = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ];
    expect(runtime.filter((name) => !ALLOWED_RUNTIME_DEPENDENCIES.has(name))).toEqual([]);
    expect(manifest.bundleDependencies ?? manifest.bundledDependencies ?? []).toEqual([]);
  });

  test("need every dependency of the allowed list: it is exactly what they depend on", () => {
    const used = new Set(
      published.flatMap(([, manifest]) => [
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
        ...Object.keys(manifest.optionalDependencies ?? {}),
      ]),
    );
    expect([...used].sort()).toEqual([...ALLOWED_RUNTIME_DEPENDENCIES].sort());
  });
});
