import {
  COLLECTIONS,
  Dataset,
  DatasetError,
  type DatasetIssue,
  geneva2021,
  mergeDatasets,
  safeDefineDataset,
} from "@accordkg/data";
import { CliError } from "./cliError";
import { type DatasetFile, parseDatasetFile, readDatasetFile } from "./datasetFile";
import { estimateHeap, type HeapWork, heapAdvice } from "./heap";
import type { Colours } from "./io";
import type { Progress } from "./progress";
import { invalidReport } from "./report";

/** The datasets the command line knows by name (`--with geneva2021`). */
export const BUILT_IN: ReadonlyMap<string, Dataset> = new Map([["geneva2021", geneva2021]]);

/** A dataset the files are checked against: built in, or a file already valid. */
export interface Base {
  readonly name: string;
  readonly dataset: Dataset;
}

/** What checking one file found: its problems, or the file as a dataset (its shape checked). */
export interface FileCheck {
  readonly name: string;
  readonly issues: readonly DatasetIssue[];
  readonly dataset?: Dataset;
}

/** Options shared by every command that reads datasets. */
export interface LoadOptions {
  readonly cwd: string;
  readonly progress: Progress;
  /** Check the heap before building (on by default; `--no-heap-check` turns it off). */
  readonly heapCheck: boolean;
  /** The command line as the user typed it, for the heap advice. */
  readonly commandLine: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const idOf = (record: unknown): string | undefined => {
  const id = isPlainObject(record) ? record.id : undefined;
  return typeof id === "string" ? id : undefined;
};

/**
 * Validates `value` as a dataset that may refer to the records of `bases` (valid datasets: the
 * built-in ones and the `--with` files) and of `others` (the JSON of the other files given with
 * it). The bases are what the file extends (`defineDataset`'s `extends`): a reference into them is
 * checked against their records, and a record copied from them must be identical (a
 * `merge_conflict` naming the fields that differ, at the file's own path, if not). The others'
 * records are appended after the file's own, each collection's, so that every issue's path points
 * into the file itself, and issues in the appended records are left to their own file. A record
 * of the file shadows an appended record with its id: whether the two agree is the merge's
 * question (`merge_conflict`), asked afterwards.
 */
export function checkInContext(
  name: string,
  value: unknown,
  others: readonly unknown[],
  bases: readonly Dataset[] = [],
): FileCheck {
  const options = bases.length === 0 ? undefined : { extends: bases };
  if (!isPlainObject(value) || others.length === 0) {
    const result = safeDefineDataset(value, options);
    return result.success
      ? { name, issues: [], dataset: result.data }
      : { name, issues: result.error.issues };
  }
  const own = new Map<string, number>();
  const ids = new Set<string>();
  for (const collection of COLLECTIONS) {
    const records = value[collection];
    if (!Array.isArray(records)) continue;
    own.set(collection, records.length);
    for (const record of records) {
      const id = idOf(record);
      if (id !== undefined) ids.add(id);
    }
  }
  const input: Record<string, unknown> = { ...value };
  for (const collection of COLLECTIONS) {
    const records = value[collection];
    // A collection that is not a list, or a required one that is missing, is reported as it is.
    if (records !== undefined ? !Array.isArray(records) : collection !== "claims") continue;
    const appended: unknown[] = [];
    for (const other of others) {
      const theirs = isPlainObject(other) ? other[collection] : undefined;
      if (!Array.isArray(theirs)) continue;
      for (const record of theirs) {
        const id = idOf(record);
        if (id === undefined || ids.has(id)) continue;
        ids.add(id);
        appended.push(record);
      }
    }
    if (appended.length > 0) input[collection] = ((records ?? []) as unknown[]).concat(appended);
  }
  const result = safeDefineDataset(input, options);
  if (result.success) return { name, issues: [], dataset: result.data };
  const issues = result.error.issues.filter(({ path: [collection, index] }) => {
    if (typeof collection !== "string" || typeof index !== "number") return true;
    const count = own.get(collection);
    return count === undefined ? !COLLECTIONS.includes(collection as never) : index < count;
  });
  if (issues.length > 0) return { name, issues };
  // Valid itself; the problems were in records of other files, which their own checks report.
  const shaped = Dataset.safeParse(value);
  return shaped.success ? { name, issues: [], dataset: shaped.data } : { name, issues };
}

/** A file's JSON as read, held so that it can be let go once checked (it may be gigabytes). */
export interface FileJson {
  readonly name: string;
  value: unknown;
}

/**
 * Checks each file against `bases` (which it extends) and the other files, then lets go of every file's JSON (the
 * checked datasets hold what is needed).
 */
export function checkEach(
  files: readonly FileJson[],
  bases: readonly Base[],
  progress: Progress,
): FileCheck[] {
  const checks = files.map((file, index) => {
    const others = files.filter((_, i) => i !== index).map((other) => other.value);
    const records = countRecords(file.value);
    const phase = progress.phase("validating", records, "records");
    const check = checkInContext(
      file.name,
      file.value,
      others,
      bases.map((base) => base.dataset),
    );
    phase.finish(records);
    return check;
  });
  for (const file of files) file.value = undefined;
  return checks;
}

/**
 * Merges valid files with their bases, bases first, as `mergeDatasets` does: the dataset, or the
 * merge's problems (different records under one id).
 */
export function mergeChecked(
  checks: readonly FileCheck[],
  bases: readonly Base[],
  progress: Progress,
): { merged: Dataset } | { issues: readonly DatasetIssue[] } {
  const datasets = [
    ...bases.map((base) => base.dataset),
    ...checks.map((c) => c.dataset as Dataset),
  ];
  if (datasets.length === 1) return { merged: datasets[0] as Dataset };
  const records = datasets.reduce((n, dataset) => n + countRecords(dataset), 0);
  const phase = progress.phase("merging", records, "records");
  try {
    const merged = mergeDatasets(...datasets);
    phase.finish();
    return { merged };
  } catch (error) {
    phase.finish(0);
    if (!(error instanceof DatasetError)) throw error;
    return { issues: error.issues };
  }
}

/** How many records a dataset (or a file's JSON) holds, in every collection. */
export function countRecords(value: unknown): number {
  if (!isPlainObject(value)) return 0;
  let n = 0;
  for (const collection of COLLECTIONS) {
    const records = value[collection];
    if (Array.isArray(records)) n += records.length;
  }
  return n;
}

/** Refuses, before anything is parsed, records that will not fit in the heap for `work`. */
export function checkHeap(records: number, work: HeapWork, options: LoadOptions): void {
  if (!options.heapCheck) return;
  const estimate = estimateHeap(records, work);
  if (estimate.fits) return;
  const [message, details] = heapAdvice(estimate, options.commandLine);
  throw new CliError(message, 1, details);
}

/** Reads files (relative to the working folder), refusing what will not fit, and parses them. */
export async function readFiles(
  paths: readonly string[],
  baseRecords: number,
  work: HeapWork,
  options: LoadOptions,
): Promise<(FileJson & { error?: DatasetIssue })[]> {
  const read: DatasetFile[] = [];
  for (const path of paths) read.push(await readDatasetFile(path, options.cwd, options.progress));
  checkHeap(
    read.reduce((n, file) => n + file.records, baseRecords),
    work,
    options,
  );
  const parsed: (FileJson & { error?: DatasetIssue })[] = [];
  // Each file's bytes are let go once parsed, before the next one is.
  for (let file = read.shift(); file !== undefined; file = read.shift()) {
    const json = await parseDatasetFile(file, options.progress);
    parsed.push(
      json.ok
        ? { name: file.name, value: json.value }
        : {
            name: file.name,
            value: undefined,
            error: { path: json.path, code: "invalid_json", message: json.message },
          },
    );
  }
  return parsed;
}

/**
 * The dataset a command works on: the built-in one (unless `builtin` is false) merged with the
 * `--data` files. A file with problems, or a conflict between files, stops the command with the
 * validation report (exit 1).
 */
export async function loadDataset(
  dataPaths: readonly string[],
  builtin: boolean,
  work: HeapWork,
  options: LoadOptions,
  colours: Colours,
): Promise<Dataset> {
  const bases: Base[] = builtin ? [{ name: "geneva2021", dataset: geneva2021 }] : [];
  if (dataPaths.length === 0) {
    const [base] = bases;
    if (base === undefined)
      throw new CliError(
        "no dataset: --no-builtin leaves out the built-in one, and no --data file is given",
        2,
        "Add --data <file.json>, or leave out --no-builtin.",
      );
    return base.dataset;
  }
  const files = await readFiles(dataPaths, countRecords(bases[0]?.dataset), work, options);
  const broken = files.filter((file) => file.error !== undefined);
  if (broken.length > 0)
    throw reportError(
      broken.map((f) => ({ name: f.name, issues: [f.error as DatasetIssue] })),
      colours,
    );
  const checks = checkEach(files, bases, options.progress);
  const failed = checks.filter((check) => check.issues.length > 0);
  if (failed.length > 0) throw reportError(failed, colours);
  const merge = mergeChecked(checks, bases, options.progress);
  if ("issues" in merge) {
    const names = [...bases, ...files].map((d) => d.name).join(" + ");
    throw reportError([{ name: `merging ${names}`, issues: merge.issues }], colours);
  }
  return merge.merged;
}

function reportError(
  failed: readonly { name: string; issues: readonly DatasetIssue[] }[],
  colours: Colours,
): CliError {
  const problems = failed.reduce((n, f) => n + f.issues.length, 0);
  const names = failed.map((f) => f.name).join(", ");
  return new CliError(
    `${names}: ${problems.toLocaleString("en-US")} problem${problems === 1 ? "" : "s"}; nothing was done`,
    1,
    failed.map((f) => invalidReport(f.name, f.issues, colours)).join("\n\n"),
  );
}
