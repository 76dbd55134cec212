// How users meet the library: both packages packed with pnpm, installed with npm into an empty
// project outside the workspace, then used from ESM, CommonJS and type-checked TypeScript.
// Runs only in the dist run (`vitest run --mode dist`, after `pnpm run build`).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const dataVersion = (
  JSON.parse(readFileSync(join(root, "packages", "data", "package.json"), "utf8")) as {
    version: string;
  }
).version;

const AGREEMENTS = [
  "ambassadors-return",
  "cyber-expert-understandings",
  "diplomatic-track-consultations",
  "iran-nuclear-cooperation",
  "minsk-diplomacy",
  "nuclear-war-cannot-be-won",
  "strategic-stability-dialogue",
].join(",");

// tsc checks the packages' .d.ts files and zod's (skipLibCheck off): slow on a busy machine.
const TSC_TIMEOUT = 120_000;

let scratch = "";
let project = "";
const tarballs: Record<"data" | "core" | "rdf", string> = { data: "", core: "", rdf: "" };

/** Runs a command, failing the test with its output if it fails. */
function run(command: string, args: readonly string[], cwd: string): string {
  const child = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (child.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} exited ${child.status}\n${child.stdout}\n${child.stderr}`,
    );
  return child.stdout;
}

/** Writes `code` to `name` in the consumer project and runs it with node; returns stdout. */
function node(name: string, code: string): string {
  writeFileSync(join(project, name), code);
  return run(process.execPath, [name], project).trim();
}

/** Type-checks `files` of the consumer project as a user would: NodeNext, strict; returns tsc's result. */
function typecheck(files: readonly string[]) {
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: files,
    }),
  );
  const child = spawnSync(tsc, ["-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
  return { status: child.status, output: child.stdout + child.stderr };
}

describe.runIf(process.env.MODE === "dist")("the packed packages, installed with npm", () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "accordkg-pack-"));
    for (const name of ["data", "core", "rdf"] as const) {
      const before = new Set(readdirSync(scratch));
      run(
        "npx",
        ["-y", "pnpm@12.4.2", "pack", "--pack-destination", scratch],
        join(root, "packages", name),
      );
      const tarball = readdirSync(scratch).find((f) => !before.has(f) && f.endsWith(".tgz"));
      if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for ${name}`);
      tarballs[name] = join(scratch, tarball);
    }
    project = join(scratch, "consumer");
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }),
    );
    // zod, graphology, n3 and jsonld come from the registry; the tarballs from disk.
    run(
      "npm",
      ["install", "--no-audit", "--no-fund", tarballs.data, tarballs.core, tarballs.rdf],
      project,
    );
  }, 240_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test("the project lives outside the workspace", () => {
    expect(project.startsWith(root)).toBe(false);
    expect(run("npm", ["ls", "--depth=0", "--json"], project)).toContain('"@accordkg/data"');
  });

  test("pnpm pack rewrote core's workspace:* dependency on data to a version", () => {
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarballs.core, "package/package.json"], { encoding: "utf8" }),
    ) as { dependencies: Record<string, string> };
    expect(manifest.dependencies["@accordkg/data"]).toBe(dataVersion);
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
  });

  test("the data tarball ships dist, the sources, schema.json and no tests", () => {
    const files = execFileSync("tar", ["-tzf", tarballs.data], { encoding: "utf8" }).split("\n");
    for (const file of [
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
      "package/dist/index.d.cts",
      "package/schema.json",
      "package/src/geneva2021/source.ar.txt",
      "package/src/geneva2021/joint-statement.en.txt",
      "package/src/geneva2021/joint-statement.ar.txt",
      "package/package.json",
    ])
      expect(files).toContain(file);
    expect(files.some((f) => f.includes("test"))).toBe(false);
  });

  test("data from ESM: the dataset, validation and the error codes", () => {
    const out = node(
      "data.mjs",
      `import { geneva2021, defineDataset, safeDefineDataset } from "@accordkg/data";
const agreements = geneva2021.commitments.filter((c) => c.kind === "agreement");
console.log(agreements.map((c) => c.id).sort().join(","));
console.log(geneva2021.sources[0].text.length);
const copy = defineDataset(JSON.parse(JSON.stringify(geneva2021)));
console.log(copy.claims.length, Object.isFrozen(copy.commitments[0].evidence[0]));
const bad = safeDefineDataset({ ...copy, commitments: copy.commitments.map((c, i) => (i === 0 ? { ...c, parties: ["united-states", "rusia"] } : c)) });
console.log(bad.success ? "valid" : bad.error.issues.map((i) => i.code + " " + i.suggestion).join("; "));
`,
    );
    expect(out.split("\n")).toEqual([
      AGREEMENTS,
      "2210",
      "24 true",
      'unknown_actor Did you mean "russia"?',
    ]);
  });

  test("data from CommonJS, and schema.json through require", () => {
    const out = node(
      "data.cjs",
      `const { geneva2021, DatasetError } = require("@accordkg/data");
const schema = require("@accordkg/data/schema.json");
console.log(geneva2021.commitments.filter((c) => c.kind === "agreement").length);
console.log(typeof DatasetError, schema.$schema, Object.keys(schema.properties).includes("commitments"));
`,
    );
    expect(out.split("\n")).toEqual([
      "7",
      "function https://json-schema.org/draft/2020-12/schema true",
    ]);
  });

  test(
    "data from TypeScript (NodeNext, strict): the inferred types are real",
    () => {
      writeFileSync(
        join(project, "data.ts"),
        `import { type Commitment, type Dataset, type DatasetIssue, geneva2021, safeDefineDataset } from "@accordkg/data";
const c: Commitment = geneva2021.commitments[0]!;
const kind: "agreement" | "pledge" | "proposal" | "warning" | "demand" = c.kind;
const dataset: Dataset = geneva2021;
const result = safeDefineDataset({});
const issues: readonly DatasetIssue[] = result.success ? [] : result.error.issues;
// @ts-expect-error a kind outside the closed vocabulary does not type-check
const wrong: Commitment["kind"] = "treaty";
export { dataset, issues, kind, wrong };
`,
      );
      // A .cts file resolves the package through its "require" condition: the .d.cts types.
      writeFileSync(
        join(project, "data.cts"),
        `import { type Claim, geneva2021 } from "@accordkg/data";
const claims: readonly Claim[] = geneva2021.claims;
export = claims.length;
`,
      );
      expect(typecheck(["data.ts", "data.cts"])).toEqual({ status: 0, output: "" });
    },
    TSC_TIMEOUT,
  );

  test(
    "the @ts-expect-error above is load-bearing: without it, tsc fails",
    () => {
      const source = readFileSync(join(project, "data.ts"), "utf8");
      writeFileSync(join(project, "data.ts"), source.replace(/\/\/ @ts-expect-error.*\n/, ""));
      const result = typecheck(["data.ts"]);
      writeFileSync(join(project, "data.ts"), source);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`Type '"treaty"' is not assignable`);
    },
    TSC_TIMEOUT,
  );

  test("core from ESM: what Biden and Putin agreed on", () => {
    const out = node(
      "core.mjs",
      `import { geneva2021 } from "@accordkg/data";
import { buildGraph, agreedByAll } from "@accordkg/core";
const graph = buildGraph(geneva2021);
console.log(agreedByAll(graph, ["joe-biden", "vladimir-putin"]).map((c) => c.id).sort().join(","));
console.log(agreedByAll(graph, ["united-states", "russia"]).length);
console.log(agreedByAll(graph, ["united-states", "russia"], { minGrade: "joint" }).map((c) => c.id).join(","));
`,
    );
    expect(out.split("\n")).toEqual([
      AGREEMENTS,
      "7",
      "strategic-stability-dialogue,nuclear-war-cannot-be-won",
    ]);
  });

  test("core from CommonJS", () => {
    const out = node(
      "core.cjs",
      `const { geneva2021 } = require("@accordkg/data");
const { buildGraph, agreedByAll } = require("@accordkg/core");
const graph = buildGraph(geneva2021);
console.log(agreedByAll(graph, ["vladimir-putin", "joe-biden"]).map((c) => c.id).sort().join(","));
`,
    );
    expect(out).toBe(AGREEMENTS);
  });

  test(
    "core from TypeScript",
    () => {
      writeFileSync(
        join(project, "core.ts"),
        `import { type Commitment, geneva2021 } from "@accordkg/data";
import { agreedByAll, buildGraph } from "@accordkg/core";
const graph = buildGraph(geneva2021);
const agreed: Commitment[] = agreedByAll(graph, ["joe-biden", "vladimir-putin"]);
// @ts-expect-error parties is a list of ids, not one id
agreedByAll(graph, "joe-biden");
export default agreed;
`,
      );
      expect(typecheck(["core.ts"])).toEqual({ status: 0, output: "" });
    },
    TSC_TIMEOUT,
  );
  test("the rdf tarball ships dist, the sources, the JSON-LD context and the SHACL shapes", () => {
    const files = execFileSync("tar", ["-tzf", tarballs.rdf], { encoding: "utf8" }).split("\n");
    for (const file of [
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
      "package/context.jsonld",
      "package/shapes.ttl",
    ])
      expect(files).toContain(file);
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarballs.rdf, "package/package.json"], { encoding: "utf8" }),
    ) as { dependencies: Record<string, string> };
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
  });

  test("rdf from ESM: Turtle out, JSON-LD out and back, no network", () => {
    const out = node(
      "rdf.mjs",
      `import { geneva2021 } from "@accordkg/data";
import { buildGraph } from "@accordkg/core";
import { fromRdf, toRdf } from "@accordkg/rdf";
import { isDeepStrictEqual } from "node:util";
const graph = buildGraph(geneva2021);
console.log(toRdf(graph, { format: "turtle" }).includes("commitment:minsk-diplomacy a acc:Commitment, acc:Agreement"));
const back = await fromRdf(toRdf(graph, { format: "json-ld" }), { format: "json-ld" });
console.log(isDeepStrictEqual(back, geneva2021));
`,
    );
    expect(out.split("\n")).toEqual(["true", "true"]);
  });

  test("rdf from CommonJS, and the shipped context and shapes", () => {
    const out = node(
      "rdf.cjs",
      `const { geneva2021 } = require("@accordkg/data");
const { buildGraph } = require("@accordkg/core");
const { toRdf, fromRdf, JSONLD_CONTEXT } = require("@accordkg/rdf");
const fs = require("node:fs");
const nquads = toRdf(buildGraph(geneva2021), { format: "n-quads" });
fromRdf(nquads, { format: "n-quads" }).then((back) => {
  console.log(back.commitments.length);
  const shipped = JSON.parse(fs.readFileSync(require.resolve("@accordkg/rdf/context.jsonld"), "utf8"));
  console.log(JSON.stringify(shipped["@context"]) === JSON.stringify(JSONLD_CONTEXT));
  console.log(fs.readFileSync(require.resolve("@accordkg/rdf/shapes.ttl"), "utf8").includes("sh:NodeShape"));
});
`,
    );
    expect(out.split("\n")).toEqual(["7", "true", "true"]);
  });

  test(
    "rdf from TypeScript",
    () => {
      writeFileSync(
        join(project, "rdf.ts"),
        `import { type Dataset, geneva2021 } from "@accordkg/data";
import { buildGraph } from "@accordkg/core";
import { fromRdf, type RdfFormat, toRdf } from "@accordkg/rdf";
const format: RdfFormat = "trig";
const text: string = toRdf(buildGraph(geneva2021), { format });
const back: Promise<Dataset> = fromRdf(text, { format });
// @ts-expect-error RDF/XML is not one of the formats
toRdf(buildGraph(geneva2021), { format: "rdf/xml" });
export default back;
`,
      );
      expect(typecheck(["rdf.ts"])).toEqual({ status: 0, output: "" });
    },
    TSC_TIMEOUT,
  );
});
