// How users meet the library: every package packed with pnpm and with npm, installed with npm into
// an empty project outside the workspace, then used from ESM, CommonJS and type-checked TypeScript,
// and the command line run with npx; and the README's install commands, run as written, putting
// `accordkg` on the PATH through `npm install -g` (into a temporary prefix).
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

const PACKAGES = ["data", "core", "cli", "explorer", "formats", "rdf"] as const;
type Package = (typeof PACKAGES)[number];

let scratch = "";
let project = "";
/** The tarballs pnpm packed, and those npm packed. */
const tarballs: Record<Package, string> = {
  data: "",
  core: "",
  cli: "",
  explorer: "",
  formats: "",
  rdf: "",
};
const npmTarballs: Record<Package, string> = {
  data: "",
  core: "",
  cli: "",
  explorer: "",
  formats: "",
  rdf: "",
};

/** The package.json inside a tarball. */
const manifestOf = (tarball: string) =>
  JSON.parse(
    execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
  ) as {
    name: string;
    bin?: Record<string, string>;
    dependencies: Record<string, string>;
  };

/** Packs `name` with `client` into `folder`; returns the tarball's path. */
function pack(client: "pnpm" | "npm", name: Package, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const before = new Set(readdirSync(folder));
  const command = client === "pnpm" ? ["npx", "-y", "pnpm@12.4.2", "pack"] : ["npm", "pack"];
  run(
    command[0] as string,
    [...command.slice(1), "--pack-destination", folder],
    join(root, "packages", name),
  );
  const tarball = readdirSync(folder).find((f) => !before.has(f) && f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`${client} pack wrote no tarball for ${name}`);
  return join(folder, tarball);
}

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
        // The tests check one file each against the same installed packages: tsc keeps what it
        // found in the unchanged .d.ts files between runs (about a third of the time each).
        incremental: true,
        tsBuildInfoFile: "tsc.tsbuildinfo",
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
    for (const name of PACKAGES) {
      tarballs[name] = pack("pnpm", name, join(scratch, "pnpm"));
      npmTarballs[name] = pack("npm", name, join(scratch, "npm"));
    }
    project = join(scratch, "consumer");
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }),
    );
    // zod, graphology, the formats' writers, n3, jsonld and the command line's libraries come
    // from the registry; ours from disk.
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        tarballs.data,
        tarballs.core,
        tarballs.cli,
        tarballs.explorer,
        tarballs.formats,
        tarballs.rdf,
      ],
      project,
    );
  }, 240_000);

  // The scratch holds two installs (the project's and the README's global one) with every
  // package's dependencies: deleting them takes more than the default 10 s on a loaded machine.
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  test("the project lives outside the workspace", () => {
    expect(project.startsWith(root)).toBe(false);
    expect(run("npm", ["ls", "--depth=0", "--json"], project)).toContain('"@accordkg/data"');
  });

  test("pnpm and npm pack the same installable manifests: workspace packages by version", () => {
    for (const name of PACKAGES) {
      const [byPnpm, byNpm] = [manifestOf(tarballs[name]), manifestOf(npmTarballs[name])];
      expect(byNpm.dependencies).toEqual(byPnpm.dependencies);
      expect(JSON.stringify(byPnpm)).not.toContain("workspace:");
      expect(JSON.stringify(byNpm)).not.toContain("workspace:");
    }
    expect(manifestOf(tarballs.core).dependencies["@accordkg/data"]).toBe(dataVersion);
    expect(manifestOf(npmTarballs.cli).dependencies).toMatchObject({
      "@accordkg/core": dataVersion,
      "@accordkg/data": dataVersion,
      "@accordkg/formats": dataVersion,
      "@accordkg/rdf": dataVersion,
    });
    expect(manifestOf(npmTarballs.cli).bin).toEqual({
      accordkg: expect.stringMatching(/^(\.\/)?dist\/bin\.js$/),
    });
  });

  test("npx accordkg in the project: what the two sides agreed on", () => {
    const out = run(
      "npx",
      ["accordkg", "query", "agreed", "--parties", "united-states,russia"],
      project,
    );
    expect(out).toMatch(
      new RegExp(`^${AGREEMENTS.split(",").length} agreements bind United States and Russia`),
    );
    for (const id of AGREEMENTS.split(",")) expect(out).toContain(id);
    expect(
      run(
        "npx",
        ["accordkg", "query", "agreed", "--parties", "united-states,russia", "--json"],
        project,
      ),
    ).toContain('"id": "minsk-diplomacy"');
  });

  test("the command line's library from ESM and CommonJS", () => {
    const esm = node(
      "cli.mjs",
      `import { locateQuote, run } from "@accordkg/cli";
console.log(JSON.stringify(locateQuote("Deal 🤝 done", "done")), typeof run);
`,
    );
    const cjs = node(
      "cli.cjs",
      `const { locateQuote } = require("@accordkg/cli");
console.log(JSON.stringify(locateQuote("Deal 🤝 done", "done")));
`,
    );
    expect(esm).toBe('[{"start":8,"end":12,"line":1}] function');
    expect(cjs).toBe('[{"start":8,"end":12,"line":1}]');
  });

  test("the README's install commands, as written, put accordkg on the PATH (npm install -g)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const install = readme.slice(readme.indexOf("## Install"));
    const block = /```sh\n(packs=[\s\S]*?)```/.exec(install)?.[1];
    expect(block).toContain("npm install -g");
    const prefix = join(scratch, "global");
    const child = spawnSync("bash", ["-euo", "pipefail", "-c", block ?? "false"], {
      cwd: root,
      encoding: "utf8",
      // npm install -g writes into the temporary prefix, whose bin folder is first on the PATH.
      env: {
        ...process.env,
        npm_config_prefix: prefix,
        PATH: `${join(prefix, "bin")}:${process.env.PATH}`,
      },
    });
    expect(child.stderr).not.toMatch(/ERR!/);
    expect(child.status).toBe(0);
    expect(child.stdout).toContain(
      `${AGREEMENTS.split(",").length} agreements bind United States and Russia`,
    );
    expect(readdirSync(join(prefix, "bin"))).toContain("accordkg");
    // The README's tour of the command line, run with that accordkg, from the clone.
    const tour = /## The command line[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "false";
    const commands = tour.split("\n").filter((line) => line.startsWith("accordkg "));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const command of commands) {
      const ran = spawnSync("bash", ["-euo", "pipefail", "-c", command], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, PATH: `${join(prefix, "bin")}:${process.env.PATH}` },
      });
      // Standard error carries notes (explore's "Wrote explorer.html"), never an error.
      expect({ command, status: ran.status, error: /^accordkg: /m.test(ran.stderr) }).toEqual({
        command,
        status: 0,
        error: false,
      });
    }
    expect(readFileSync(join(root, "explorer.html"), "utf8")).toMatch(/^<!doctype html>/);
    // The tour's `explore` and `export` write into the current folder, here the clone.
    rmSync(join(root, "explorer.html"), { force: true });
    expect(readFileSync(join(root, "geneva.nq"), "utf8")).toMatch(/^<https:\/\/w3id\.org\//);
    rmSync(join(root, "geneva.nq"), { force: true });
  }, 240_000);

  test("the data tarball ships dist, the sources, schema.json and no tests", () => {
    const files = execFileSync("tar", ["-tzf", tarballs.data], { encoding: "utf8" }).split("\n");
    for (const file of [
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
      "package/dist/index.d.cts",
      "package/schema.json",
      "package/src/geneva2021/geneva2021.json",
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

  test("the two builds side by side: one family of errors, and datasets known to both", () => {
    const out = node(
      "builds.mjs",
      `import { createRequire } from "node:module";
import * as esm from "@accordkg/data";
import * as esmCore from "@accordkg/core";
const require = createRequire(import.meta.url);
const cjs = require("@accordkg/data");
const cjsCore = require("@accordkg/core");
const caught = (f) => { try { f(); } catch (error) { return error; } };
const fromCjs = caught(() => cjs.defineDataset({}));
const fromEsm = caught(() => esmCore.agreedByAll(esmCore.buildGraph(esm.geneva2021), []));
console.log(esm.AccordError === cjs.AccordError, fromCjs instanceof esm.DatasetError, fromCjs instanceof esm.AccordError, fromCjs instanceof esmCore.AccordError);
console.log(fromEsm instanceof cjs.InvalidArgumentsError, fromEsm instanceof cjsCore.AccordError, fromEsm instanceof cjs.DatasetError);
const mine = cjs.defineDataset(JSON.parse(JSON.stringify(esm.geneva2021)));
console.log(esm.isDefinedDataset(mine), cjs.isDefinedDataset(esm.geneva2021), esm.isDefinedDataset({ ...mine }));
`,
    );
    expect(out.split("\n")).toEqual(["false true true true", "true true false", "true true false"]);
  });

  test("a file in a subfolder: its $schema reaches the installed schema, and it extends Geneva", () => {
    mkdirSync(join(project, "datasets"), { recursive: true });
    const geneva = join(
      project,
      "node_modules",
      "@accordkg",
      "data",
      "src",
      "geneva2021",
      "geneva2021.json",
    );
    const biden = (JSON.parse(readFileSync(geneva, "utf8")) as { actors: { id: string }[] }).actors
      .map((actor) => actor.id)
      .includes("joe-biden");
    expect(biden).toBe(true);
    const text = 'Biden described the meeting as "good and positive".';
    writeFileSync(
      join(project, "datasets", "my-notes.json"),
      JSON.stringify({
        $schema: "../node_modules/@accordkg/data/schema.json",
        id: "my-notes",
        title: "My notes",
        sources: [{ id: "my-translation", title: "My translation", language: "en", text }],
        actors: [],
        topics: [],
        events: [],
        commitments: [],
        claims: [
          {
            id: "my-assessment",
            kind: "assessment",
            parties: ["joe-biden"],
            topics: ["us-russia-relations"],
            statedBy: ["joe-biden"],
            summary: { en: "Biden called the meeting good and positive." },
            evidence: [
              { source: "my-translation", start: 31, end: 50, quote: '"good and positive"' },
            ],
          },
        ],
      }),
    );
    const out = node(
      "subfolder.cjs",
      `const { readFileSync } = require("node:fs");
const { dirname, resolve } = require("node:path");
const { defineDatasetFromJson, geneva2021 } = require("@accordkg/data");
const file = "datasets/my-notes.json";
const text = readFileSync(file, "utf8");
const schema = resolve(dirname(file), JSON.parse(text).$schema);
console.log(schema === require.resolve("@accordkg/data/schema.json"));
console.log(defineDatasetFromJson(text, { extends: [geneva2021] }).claims.length);
`,
    );
    expect(out.split("\n")).toEqual(["true", "1"]);
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
  test("explorer from ESM: a self-contained page, its script inlined at build time", () => {
    const out = node(
      "explorer.mjs",
      `import { createHash } from "node:crypto";
import { geneva2021 } from "@accordkg/data";
import { buildGraph } from "@accordkg/core";
import { renderExplorer } from "@accordkg/explorer";
const page = renderExplorer(buildGraph(geneva2021), { title: "Geneva" });
const script = /<script>([\\s\\S]*?)<\\/script>/.exec(page)[1];
const hash = createHash("sha256").update(script).digest("base64");
console.log(page.startsWith("<!doctype html>"), page.includes("<title>Geneva</title>"));
console.log(script.length > 100000, page.includes("'sha256-" + hash + "'"));
`,
    );
    expect(out.split("\n")).toEqual(["true true", "true true"]);
  });

  test("the explorer tarball ships the built page script, and no esbuild", () => {
    const files = execFileSync("tar", ["-tzf", tarballs.explorer], { encoding: "utf8" }).split(
      "\n",
    );
    for (const file of [
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
    ])
      expect(files).toContain(file);
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarballs.explorer, "package/package.json"], {
        encoding: "utf8",
      }),
    ) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      "@accordkg/core",
      "graphology",
      "graphology-layout-forceatlas2",
      "zod",
    ]);
    const dist = execFileSync("tar", ["-xzOf", tarballs.explorer, "package/dist/index.js"], {
      encoding: "utf8",
    });
    expect(dist).not.toMatch(/from "esbuild"|node:child_process/);
  });

  test("explorer from CommonJS", () => {
    const out = node(
      "explorer.cjs",
      `const { geneva2021 } = require("@accordkg/data");
const { buildGraph } = require("@accordkg/core");
const { renderExplorer } = require("@accordkg/explorer");
const page = renderExplorer(buildGraph(geneva2021), { layout: { iterations: 10 } });
console.log(page.includes('id="accordkg-data"'), page.includes("default-src 'none'"));
`,
    );
    expect(out).toBe("true true");
  });

  test(
    "explorer from TypeScript",
    () => {
      writeFileSync(
        join(project, "explorer.ts"),
        `import { geneva2021 } from "@accordkg/data";
import { buildGraph } from "@accordkg/core";
import { type ExplorerOptions, renderExplorer } from "@accordkg/explorer";
const options: ExplorerOptions = { title: "Geneva", parties: ["joe-biden", "vladimir-putin"], layout: { seed: 2 } };
const page: string = renderExplorer(buildGraph(geneva2021), options);
// @ts-expect-error labels are drawn in English or Arabic only
renderExplorer(buildGraph(geneva2021), { labelLanguage: "fr" });
export default page;
`,
      );
      expect(typecheck(["explorer.ts"])).toEqual({ status: 0, output: "" });
    },
    TSC_TIMEOUT,
  );

  test("formats from ESM: GEXF, GraphML and PLOVER of Geneva", () => {
    const out = node(
      "formats.mjs",
      `import { geneva2021 } from "@accordkg/data";
import { buildGraph } from "@accordkg/core";
import { toGexf, toGraphml, toPlover } from "@accordkg/formats";
const graph = buildGraph(geneva2021);
console.log(toGexf(graph).includes('<node id="actor:joe-biden" label="Joe Biden">'));
console.log(toGraphml(graph).includes('<data key="n_parties">united-states|russia</data>'));
const minsk = toPlover(graph).split("\\n").filter(Boolean).map((l) => JSON.parse(l)).find((r) => r.id === "minsk-diplomacy");
console.log(minsk.event.join(), minsk.actor.map((a) => a.identifier_id).join());
`,
    );
    expect(out.split("\n")).toEqual(["true", "true", "AGREE Q30,Q159"]);
  });

  test("formats from CommonJS, streaming into a file", () => {
    const out = node(
      "formats.cjs",
      `const { geneva2021 } = require("@accordkg/data");
const { buildGraph } = require("@accordkg/core");
const { writePlover } = require("@accordkg/formats");
const { createWriteStream, readFileSync } = require("node:fs");
const file = createWriteStream("geneva.jsonl");
writePlover(buildGraph(geneva2021), file).then(() => file.end(() => {
  console.log(readFileSync("geneva.jsonl", "utf8").trimEnd().split("\\n").length);
}));
`,
    );
    expect(out).toBe("34"); // Geneva's 10 commitments and 24 claims
  });

  test(
    "formats from TypeScript",
    () => {
      writeFileSync(
        join(project, "formats.ts"),
        `import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { type PloverRecord, ploverRecords, toGexf } from "@accordkg/formats";
const graph = buildGraph(geneva2021);
const records: PloverRecord[] = [...ploverRecords(graph)];
const gexf: string = toGexf(graph, { version: "1.2" });
// @ts-expect-error GEXF has no version 2
toGexf(graph, { version: "2" });
export { gexf, records };
`,
      );
      expect(typecheck(["formats.ts"])).toEqual({ status: 0, output: "" });
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
  console.log(require("node:util").isDeepStrictEqual(back, geneva2021), back.commitments.length > 0);
  const shipped = JSON.parse(fs.readFileSync(require.resolve("@accordkg/rdf/context.jsonld"), "utf8"));
  console.log(JSON.stringify(shipped["@context"]) === JSON.stringify(JSONLD_CONTEXT));
  console.log(fs.readFileSync(require.resolve("@accordkg/rdf/shapes.ttl"), "utf8").includes("sh:NodeShape"));
});
`,
    );
    expect(out.split("\n")).toEqual(["true true", "true", "true"]);
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
