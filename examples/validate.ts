// Validates a dataset file and prints a report a contributor can act on. Given several files, it
// validates each, then merges them (as mergeDatasets does) and reports any conflict between them.
//
//   pnpm example validate path/to/dataset.json [another.json …]
//
// Exit status: 0 valid, 1 the dataset has problems, 2 usage error (no file given, or unreadable).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  COLLECTIONS,
  type Dataset,
  DatasetError,
  type DatasetIssue,
  formatPath,
  mergeDatasets,
  safeDefineDatasetFromJson,
} from "@accordkg/data";

// Colours only for a person at a terminal; never in a pipe, a file or CI logs (NO_COLOR honoured).
const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const red = paint(31);
const green = paint(32);
const dim = paint(2);
const bold = paint(1);

const USAGE = "usage: pnpm example validate <dataset.json> [more.json …]";

function fail(message: string): never {
  console.error(`validate: ${message}\n${USAGE}`);
  process.exit(2);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `{ agreement: 4, pledge: 1 }` as `agreement 4, pledge 1`, most frequent first. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]) => `${value} ${n}`)
    .join(", ");
}

function reportValid(file: string, dataset: Dataset): void {
  const kinds: Partial<Record<(typeof COLLECTIONS)[number], readonly string[]>> = {
    actors: dataset.actors.map((a) => a.kind),
    events: dataset.events.map((e) => e.kind),
    commitments: dataset.commitments.map((c) => c.kind),
    claims: dataset.claims.map((c) => c.kind),
    accounts: dataset.accounts.map((a) => a.kind),
  };
  console.log(`${bold(file)}: dataset "${dataset.id}", ${dataset.title}`);
  let records = 0;
  for (const collection of COLLECTIONS) {
    const count = dataset[collection].length;
    records += count;
    const byKind = kinds[collection];
    const detail = byKind && byKind.length > 0 ? dim(`  (${tally(byKind)})`) : "";
    console.log(`  ${collection.padEnd(12)} ${String(count).padStart(5)}${detail}`);
  }
  const spans = [
    ...dataset.events,
    ...dataset.commitments,
    ...dataset.claims,
    ...dataset.accounts,
  ].reduce((n, record) => n + record.evidence.length, 0);
  console.log(`  ${"evidence".padEnd(12)} ${String(spans).padStart(5)}${dim("  (spans)")}`);
  console.log(green(`✔ valid: ${plural(records, "record")}, no problems`));
}

function reportInvalid(file: string, issues: readonly DatasetIssue[]): void {
  console.log(`${bold(file)}: ${red(plural(issues.length, "problem"))}\n`);
  for (const issue of issues) {
    console.log(`${red("✖")} ${bold(formatPath(issue.path))}  ${dim(`[${issue.code}]`)}`);
    console.log(`    ${issue.message}`);
    if (issue.suggestion) console.log(`    ${green("↳")} ${issue.suggestion}`);
  }
  const codes = tally(issues.map((issue) => issue.code));
  console.log(`\n${red(`✖ ${plural(issues.length, "problem")}`)} ${dim(`(${codes})`)}`);
  console.log(dim("Each code is explained in docs/errors.md."));
}

const paths = process.argv.slice(2);
if (paths.length === 0) fail("no dataset file given");
const texts: string[] = [];
for (const path of paths) {
  try {
    texts.push(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    fail(`cannot read ${JSON.stringify(path)} (${reason})`);
  }
}

const datasets: Dataset[] = [];
texts.forEach((text, index) => {
  const name = basename(paths[index] as string);
  const result = safeDefineDatasetFromJson(text);
  if (result.success) datasets.push(result.data);
  else {
    if (process.exitCode === 1) console.log("");
    reportInvalid(name, result.error.issues);
    process.exitCode = 1;
  }
});

if (process.exitCode !== 1) {
  const names = paths.map((path) => basename(path)).join(" + ");
  try {
    const merged = datasets.length === 1 ? (datasets[0] as Dataset) : mergeDatasets(...datasets);
    reportValid(names, merged);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    reportInvalid(`merging ${names}`, error.issues);
    process.exitCode = 1;
  }
}
