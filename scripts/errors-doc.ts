// Writes docs/errors.md: every error code a dataset can be rejected with, and every error class
// the queries throw, with its cause, its fix and an example message. Codes, causes and fixes come
// from DATASET_ERROR_CODES; each example is produced by running a file of the invalid-input corpus
// (test/fixtures/invalid), so the page shows what the library really says. A test regenerates the
// page and fails if the committed one differs.
//
//   npx tsx --conditions=@accordkg/source scripts/errors-doc.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@accordkg/core";
import {
  DATASET_ERROR_CODES,
  DatasetError,
  type DatasetErrorCode,
  type DatasetIssue,
  defineDatasetFromJson,
  formatPath,
  geneva2021,
  mergeDatasets,
} from "@accordkg/data";

const root = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = "test/fixtures/invalid";
export const ERRORS_DOC = join(root, "docs/errors.md");

interface ManifestEntry {
  file: string;
  codes: DatasetErrorCode[];
  path: string;
  issues?: number;
  mergeWith?: string;
}

function issuesOf(entry: ManifestEntry): readonly DatasetIssue[] {
  const read = (file: string) => readFileSync(join(root, CORPUS, file), "utf8");
  try {
    const dataset = defineDatasetFromJson(read(entry.file));
    if (entry.mergeWith !== undefined)
      mergeDatasets(defineDatasetFromJson(read(entry.mergeWith)), dataset);
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
  throw new Error(`errors-doc: ${entry.file} was accepted; the corpus expects ${entry.codes}`);
}

/** The issue as the validator prints it: where, what, which code, and the suggested fix. */
function formatIssue(issue: DatasetIssue): string {
  const line = `✖ ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`;
  return issue.suggestion === undefined ? line : `${line}\n    ↳ ${issue.suggestion}`;
}

const fence = (text: string) => `\`\`\`text\n${text}\n\`\`\``;

function datasetSection(code: DatasetErrorCode, manifest: readonly ManifestEntry[]): string {
  const { cause, fix } = DATASET_ERROR_CODES[code];
  // The corpus file whose first issue is this code, preferring one that has nothing else wrong.
  const candidates = manifest.filter((entry) => entry.codes[0] === code);
  const entry = candidates.find((e) => (e.issues ?? 1) === 1) ?? candidates[0];
  if (entry === undefined) throw new Error(`errors-doc: no corpus file produces ${code}`);
  const issue = issuesOf(entry).find(
    (candidate) => candidate.code === code && formatPath(candidate.path) === entry.path,
  );
  if (issue === undefined) throw new Error(`errors-doc: ${entry.file} does not give ${code}`);
  const link = `[\`${entry.file}\`](../${CORPUS}/${entry.file})`;
  const how = entry.mergeWith === undefined ? "" : ` merged after \`${entry.mergeWith}\``;
  return [
    `### \`${code}\``,
    "",
    `**Cause.** ${cause}`,
    "",
    `**Fix.** ${fix}`,
    "",
    `Example, from ${link}${how}:`,
    "",
    fence(formatIssue(issue)),
  ].join("\n");
}

// The query errors of @accordkg/core: what each means, and a call that throws it.
const graph = core.buildGraph(geneva2021);
interface QueryError {
  cause: string;
  fix: string;
  /** The call shown, and the same call run. */
  example?: { call: string; run: () => unknown };
}
const QUERY_ERRORS: Record<string, QueryError> = {
  AccordError: {
    cause:
      "The base class of every error the two packages throw for bad input or bad arguments (`DatasetError` included); never thrown itself. `error.functionName` names the function that threw.",
    fix: "Catch it to handle any of them with one `instanceof`; look at the subclass for what went wrong.",
  },
  NotFoundError: {
    cause:
      "An id (or node key) names no record of the kind the function needs: a typo, or an id of another kind (a topic where an actor is expected). `error.id`, `error.expectedKind` and `error.nearest` (the closest known ids) say which.",
    fix: "Use an id of the right kind; the message suggests the closest ones.",
    example: {
      call: 'commitmentsOf(graph, "joe-bidem")',
      run: () => core.commitmentsOf(graph, "joe-bidem"),
    },
  },
  InvalidArgumentsError: {
    cause:
      "Arguments no call could answer: an empty party list, a negative depth, search text without a letter or digit, or something that is not a graph.",
    fix: "Pass what the function's documentation asks for.",
    example: { call: "agreedByAll(graph, [])", run: () => core.agreedByAll(graph, []) },
  },
  InvalidGraphError: {
    cause:
      "A graph whose record nodes (`actor:…`, `topic:…`, …) no longer hold a record of their kind, so the queries cannot read it.",
    fix: "Build graphs with `buildGraph` and keep the `kind` and `record` attributes of their nodes; add your own attributes or nodes (with other keys) freely.",
    example: {
      call: 'graph.setNodeAttribute("actor:russia", "record", null);\nagreedByAll(graph, ["joe-biden", "vladimir-putin"]);',
      run: () => {
        const damaged = core.buildGraph(geneva2021);
        damaged.setNodeAttribute("actor:russia", "record", null as never);
        return core.agreedByAll(damaged, ["joe-biden", "vladimir-putin"]);
      },
    },
  },
};

/** The error classes @accordkg/core exports, by name. */
export function queryErrorClasses(): string[] {
  return Object.entries(core)
    .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
    .map(([name]) => name)
    .sort();
}

function querySection(name: string): string {
  const entry = QUERY_ERRORS[name];
  if (entry === undefined) throw new Error(`errors-doc: no description of ${name}; add one`);
  let example = "";
  if (entry.example !== undefined) {
    let message: string | undefined;
    try {
      entry.example.run();
    } catch (error) {
      if (!(error instanceof Error) || error.name !== name) throw error;
      message = `${error.name}: ${error.message}`;
    }
    if (message === undefined) throw new Error(`errors-doc: the example of ${name} did not throw`);
    const call = `\`\`\`ts\nconst graph = buildGraph(geneva2021);\n${entry.example.call}\n\`\`\``;
    example = `\n\nExample:\n\n${call}\n\nthrows\n\n${fence(message)}`;
  }
  return `### \`${name}\`\n\n**Cause.** ${entry.cause}\n\n**Fix.** ${entry.fix}${example}`;
}

/** The whole page. */
export function errorsDoc(): string {
  const manifest: ManifestEntry[] = JSON.parse(
    readFileSync(join(root, CORPUS, "manifest.json"), "utf8"),
  );
  const codes = Object.keys(DATASET_ERROR_CODES) as DatasetErrorCode[];
  const classes = queryErrorClasses();
  return `${[
    "<!-- Generated by scripts/errors-doc.ts from DATASET_ERROR_CODES and the corpus in test/fixtures/invalid. Do not edit: run `npx tsx --conditions=@accordkg/source scripts/errors-doc.ts`. -->",
    "",
    "# Errors",
    "",
    "Two kinds of error, kept apart on purpose:",
    "",
    "- **A dataset that breaks the rules** (`defineDataset`, `defineDatasetFromJson`, `mergeDatasets`, `buildGraph` on data that was not validated, and `extendGraph`) throws one `DatasetError` listing **every** problem found, each an issue `{ path, code, message, suggestion? }`. `safeDefineDataset` and `safeDefineDatasetFromJson` return the same error instead of throwing. `accordkg validate <file.json>` (the command line, `@accordkg/cli`) prints the report.",
    "- **A function called wrongly** (an unknown id, an empty list of parties, no dataset to merge) throws a typed `AccordError` subclass naming the function. An empty answer is never an error: it is `[]`.",
    "",
    "Both are one family: `DatasetError` is an `AccordError` too, so one `instanceof AccordError` catches every error the two packages throw for bad input or bad arguments. `AccordError`, `InvalidArgumentsError` and `DatasetError` are defined in `@accordkg/data` (`@accordkg/core` exports the first two as well, the same classes); `NotFoundError` and `InvalidGraphError` in `@accordkg/core`. `instanceof` works across the package's two builds: an error thrown by the CommonJS build (required by a dependency) is an instance of the ES module build's class of the same name, and the other way round.",
    "",
    "Each example below is what the library printed for a file of the invalid-input corpus (`test/fixtures/invalid`), or for the call shown.",
    "",
    "## Dataset error codes",
    "",
    "| Code | Cause |",
    "| --- | --- |",
    ...codes.map(
      (code) =>
        `| [\`${code}\`](#${code}) | ${DATASET_ERROR_CODES[code].cause.replaceAll("|", "\\|")} |`,
    ),
    "",
    ...codes.map((code) => `${datasetSection(code, manifest)}\n`),
    "## Errors of calls (`AccordError` and its subclasses)",
    "",
    ...classes.map((name) => `${querySection(name)}\n`),
  ]
    .join("\n")
    .trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ERRORS_DOC, errorsDoc());
  console.log(`wrote ${ERRORS_DOC}`);
}
