// Writes the production dependencies of the published packages into docs/security.md, from what
// the lockfile installed: starting at each published package.json, it follows `dependencies`,
// `peerDependencies` and `optionalDependencies` through node_modules the way Node resolves them,
// and reads each package's own package.json (version, license, install scripts, native build).
// test/reliability/dependenciesDoc.test.ts fails if the page differs from what this writes.
//
//   npx tsx scripts/dependencies-doc.ts
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SECURITY_DOC = join(root, "docs", "security.md");
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  main?: string;
  gypfile?: boolean;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** A third-party package in the production tree. */
export interface Dependency {
  name: string;
  version: string;
  license: string;
  /** Who depends on it: our packages in backticks, others by name, "(peer)" for a peer. */
  pulledInBy: string[];
  installScripts: string[];
  /** Declares `prepare`, which runs only when installed from a git checkout. */
  prepare: boolean;
  native: boolean;
  /** Only type declarations: nothing of it runs. */
  typesOnly: boolean;
}

const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/** The folder of `name` as Node would resolve it from `dir`, or undefined if not installed. */
function installed(name: string, dir: string): string | undefined {
  // Asked for `<name>/package.json`: for a name that is also a Node built-in (`events`),
  // resolve.paths(name) gives null.
  const paths =
    createRequire(join(dir, "package.json")).resolve.paths(`${name}/package.json`) ?? [];
  const found = paths.map((p) => join(p, name)).find((p) => existsSync(join(p, "package.json")));
  return found === undefined ? undefined : realpathSync(found);
}

/** The published workspace packages (not private), by name, with their folders. */
export function publishedPackages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of readdirSync(join(root, "packages")).sort()) {
    const dir = join(root, "packages", folder);
    if (!existsSync(join(dir, "package.json"))) continue;
    const manifest = read(dir);
    if (manifest.private !== true) out.set(manifest.name, dir);
  }
  return out;
}

/** Every third-party package the published packages pull in, breadth first. */
export function productionDependencies(): Dependency[] {
  const ours = publishedPackages();
  const found = new Map<string, Dependency>();
  const queue: { dir: string; by: string }[] = [...ours].map(([name, dir]) => ({
    dir,
    by: `\`${name}\``,
  }));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const manifest = read(next.dir);
    const edges = [
      ...Object.keys(manifest.dependencies ?? {}).map((name) => [name, ""] as const),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => [name, ""] as const),
      ...Object.keys(manifest.peerDependencies ?? {}).map((name) => [name, " (peer)"] as const),
    ];
    for (const [name, how] of edges) {
      if (ours.has(name)) continue; // our own package: its dependencies are walked from it
      const dir = installed(name, next.dir);
      if (dir === undefined) {
        if (how === "")
          throw new Error(`dependencies-doc: ${name} (for ${next.by}) is not installed`);
        continue; // an optional peer nobody installed
      }
      const key = `${name}@${read(dir).version}`;
      const known = found.get(key);
      if (known !== undefined) {
        if (!known.pulledInBy.includes(`${next.by}${how}`))
          known.pulledInBy.push(`${next.by}${how}`);
        continue;
      }
      const own = read(dir);
      found.set(key, {
        name,
        version: own.version,
        license: own.license ?? "none stated",
        pulledInBy: [`${next.by}${how}`],
        installScripts: INSTALL_SCRIPTS.filter((script) => own.scripts?.[script] !== undefined),
        prepare: own.scripts?.prepare !== undefined,
        native: own.gypfile === true || existsSync(join(dir, "binding.gyp")),
        typesOnly: own.main?.endsWith(".d.ts") === true,
      });
      queue.push({ dir, by: name });
    }
  }
  return [...found.values()];
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const count = (n: number) => WORDS[n] ?? String(n);

/** The generated part of the page: a sentence, the table, and what the install scripts are. */
export function dependenciesSection(dependencies = productionDependencies()): string {
  const licenses = [...new Set(dependencies.map((d) => d.license))];
  const native = dependencies.filter((d) => d.native).map((d) => d.name);
  const scripts = dependencies.filter((d) => d.installScripts.length > 0);
  const prepare = dependencies.filter((d) => d.prepare).map((d) => d.name);
  return [
    `The production dependency tree (\`npx -y pnpm@12.4.2 list --prod -r --depth Infinity\`) has ${count(dependencies.length)} third-party packages, ${licenses.length === 1 ? `all ${licenses[0]}-licensed` : `licensed ${licenses.join(", ")}`}, ${native.length === 0 ? "none with a native build (`gypfile`)" : `with a native build in ${native.join(", ")}`}:`,
    "",
    "| Package | Version | License | Pulled in by |",
    "| --- | --- | --- | --- |",
    ...dependencies.map(
      (d) =>
        `| ${d.name} | ${d.version} | ${d.license} | ${d.pulledInBy.join(", ")}${d.typesOnly ? " (types only)" : ""} |`,
    ),
    "",
    `- **Install scripts.** ${
      scripts.length === 0
        ? "None of them has a `preinstall`, `install` or `postinstall` script."
        : scripts.map((d) => `${d.name} runs ${d.installScripts.join(", ")} on install.`).join(" ")
    }${prepare.length === 0 ? "" : ` ${prepare.join(", ")} ${prepare.length === 1 ? "declares" : "declare"} \`prepare\`, which npm and pnpm run only when a package is installed from a git checkout, never from the registry tarball users get.`}`,
  ].join("\n");
}

/** The sentence of the dependency policy that names each published package's own dependencies. */
export function directDependencies(): string {
  const parts = [...publishedPackages()].map(([name, dir]) => {
    const manifest = read(dir);
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ].map((dep) => (dep.startsWith("@accordkg/") ? `\`${dep}\`` : `**${dep}**`));
    const list =
      names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    return `on ${list} (\`${name}\`)`;
  });
  return `The published packages depend ${parts.join(" and ")}, and on nothing else`;
}

// `<!-- dependencies table -->…<!-- /dependencies -->` and the same with `direct`.
const SECTION = /(<!-- dependencies (table|direct) -->)([\s\S]*?)(<!-- \/dependencies -->)/g;

/** `markdown` with its generated dependency fragments written afresh. */
export function renderDependencies(markdown: string): string {
  const table = dependenciesSection();
  const direct = directDependencies();
  return markdown.replace(
    SECTION,
    (_, open: string, kind: string, _old: string, close: string) =>
      `${open}${kind === "table" ? `\n${table}\n` : direct}${close}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SECURITY_DOC, renderDependencies(readFileSync(SECURITY_DOC, "utf8")));
  console.log(`wrote ${SECURITY_DOC}`);
}
