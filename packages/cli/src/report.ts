import { COLLECTIONS, type Dataset, type DatasetIssue, formatPath } from "@accordkg/data";
import type { Colours } from "./io";

// The validation report: what `accordkg validate` prints, and what every other command prints on
// standard error when a --data file has problems.

const plural = (n: number, word: string) =>
  `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/** How many times each value occurs, in the order values first occur. */
export function countBy(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return { ...counts };
}

/** `{ agreement: 4, pledge: 1 }` as `agreement 4, pledge 1`, most frequent first. */
export function tallyCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]) => `${value} ${n.toLocaleString("en-US")}`)
    .join(", ");
}

/** The values of a list counted: `agreement 4, pledge 1`, most frequent first. */
export const tally = (values: Iterable<string>) => tallyCounts(countBy(values));

/** The kind of a record, for collections whose records have one. */
const kindOf = (record: object): string | undefined =>
  "kind" in record && typeof record.kind === "string" ? record.kind : undefined;

/** How many evidence spans the records of `dataset` hold, every collection with evidence. */
export function evidenceSpans(dataset: Dataset): number {
  let spans = 0;
  for (const collection of COLLECTIONS)
    for (const record of dataset[collection] as readonly object[])
      if ("evidence" in record && Array.isArray(record.evidence)) spans += record.evidence.length;
  return spans;
}

/** The report of a valid dataset: its records by collection and kind, and its evidence spans. */
export function validReport(name: string, dataset: Dataset, c: Colours): string {
  const lines = [`${c.bold(name)}: dataset "${dataset.id}", ${dataset.title}`];
  let records = 0;
  for (const collection of COLLECTIONS) {
    const list: readonly object[] = dataset[collection];
    records += list.length;
    const kinds = list.map(kindOf).filter((kind) => kind !== undefined);
    const detail = kinds.length > 0 ? c.dim(`  (${tally(kinds)})`) : "";
    lines.push(`  ${collection.padEnd(12)} ${String(list.length).padStart(5)}${detail}`);
  }
  lines.push(
    `  ${"evidence".padEnd(12)} ${String(evidenceSpans(dataset)).padStart(5)}${c.dim("  (spans)")}`,
  );
  lines.push(c.green(`✔ valid: ${plural(records, "record")}, no problems`));
  return lines.join("\n");
}

/** The report of a dataset with problems: each issue's path, code, message and suggestion. */
export function invalidReport(name: string, issues: readonly DatasetIssue[], c: Colours): string {
  const lines = [`${c.bold(name)}: ${c.red(plural(issues.length, "problem"))}`, ""];
  for (const issue of issues) {
    lines.push(`${c.red("✖")} ${c.bold(formatPath(issue.path))}  ${c.dim(`[${issue.code}]`)}`);
    lines.push(`    ${issue.message}`);
    if (issue.suggestion) lines.push(`    ${c.green("↳")} ${issue.suggestion}`);
  }
  const codes = tally(issues.map((issue) => issue.code));
  lines.push("", `${c.red(`✖ ${plural(issues.length, "problem")}`)} ${c.dim(`(${codes})`)}`);
  lines.push(c.dim("Each code is explained in docs/errors.md."));
  return lines.join("\n");
}
