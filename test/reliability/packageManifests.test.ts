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
  // @accordkg/cli: the library packages, and the command line's parser, tables, colours, progress.
  "@accordkg/core",
  "@accordkg/explorer",
  "@accordkg/formats",
  "@accordkg/rdf",
  "commander",
  "@commander-js/extra-typings",
  "cli-table3",
  "cli-progress",
  "picocolors",
  "string-width",
  // @accordkg/formats
  "graphology-gexf",
  "xmlbuilder",
  // @accordkg/explorer
  "graphology-layout-forceatlas2",
  // @accordkg/rdf
  "n3",
  "jsonld",
]);
// Lifecycle scripts npm and pnpm run on install (`prepare` runs when installed from git).
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare", "prepublish"];

interface Manifest {
  name: string;
  version: string;
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
  test("are @accordkg/data, @accordkg/core, @accordkg/cli, @accordkg/explorer and @accordkg/rdf", () => {
    expect(published.map(([, manifest]) => manifest.name).sort()).toEqual(
      expect.arrayContaining([
        "@accordkg/cli",
        "@accordkg/core",
        "@accordkg/data",
        "@accordkg/explorer",
        "@accordkg/rdf",
      ]),
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

  // `npm pack` copies a manifest as it is: a `workspace:` range would reach users, whose npm cannot
  // install it. Plain versions work with any client; pnpm links them to the workspace's own
  // packages (linkWorkspacePackages in pnpm-workspace.yaml).
  test.each(published)(
    "packages/%s names each workspace package by its exact version",
    (_, manifest) => {
      const versions = new Map(manifests.map(([, m]) => [m.name, m.version]));
      const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
      for (const [name, range] of Object.entries(ranges)) {
        expect(range).not.toMatch(/^workspace:/);
        if (versions.has(name)) expect(`${name}@${range}`).toBe(`${name}@${versions.get(name)}`);
      }
    },
  );

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
