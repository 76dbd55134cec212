import { COLLECTIONS, type Dataset, type DatasetIssue } from "@accordkg/data";
import { CliError, EXIT } from "../cliError";
import type { Context } from "../context";
import {
  type Base,
  BUILT_IN,
  checkEach,
  countRecords,
  type FileCheck,
  type FileJson,
  type LoadOptions,
  mergeChecked,
  readFiles,
} from "../loadDatasets";
import { invalidReport, validReport } from "../report";

export interface ValidateOptions {
  readonly with: string[];
  readonly heapCheck: boolean;
  readonly quiet?: true;
  readonly progress?: true;
}

/** The datasets named by --with: built-in ones by name, others as files, each checked in turn. */
async function basesOf(ctx: Context, names: readonly string[], load: LoadOptions): Promise<Base[]> {
  const bases: Base[] = [];
  for (const name of names) {
    const builtIn = BUILT_IN.get(name);
    if (builtIn !== undefined) {
      bases.push({ name, dataset: builtIn });
      continue;
    }
    const files = await readFiles([name], 0, "validate", load);
    const [check] = checkEach(files, bases, load.progress);
    const issues = files[0]?.error !== undefined ? [files[0].error] : (check?.issues ?? []);
    if (issues.length > 0 || check?.dataset === undefined)
      throw new CliError(
        `${name}, given with --with, has problems: fix it first`,
        EXIT.failed,
        invalidReport(name, issues, ctx.err),
      );
    bases.push({ name, dataset: check.dataset });
  }
  return bases;
}

/**
 * The records of `merged` that came from the files (not from the datasets they extend), under the
 * files' own ids and titles.
 */
function filesOnly(merged: Dataset, bases: readonly Base[], checks: readonly FileCheck[]): Dataset {
  if (bases.length === 0) return merged;
  const header = (field: "id" | "title") =>
    checks.map((check) => check.dataset?.[field] ?? check.name).join(" + ");
  const inBase = new Set<string>();
  for (const base of bases)
    for (const collection of COLLECTIONS)
      for (const record of base.dataset[collection]) inBase.add(record.id);
  const keep = <T extends { id: string }>(records: readonly T[]) =>
    records.filter((r) => !inBase.has(r.id));
  return {
    ...merged,
    id: header("id"),
    title: header("title"),
    sources: keep(merged.sources),
    actors: keep(merged.actors),
    topics: keep(merged.topics),
    events: keep(merged.events),
    commitments: keep(merged.commitments),
    claims: keep(merged.claims),
    accounts: keep(merged.accounts),
  };
}

/**
 * `accordkg validate <files…>`: each file's problems (path, code, message, suggestion), then,
 * when every file is valid, the merge of them all with the --with datasets. Exit 0 when valid, 1
 * when anything has problems.
 */
export async function validate(
  ctx: Context,
  paths: readonly string[],
  options: ValidateOptions,
): Promise<number> {
  const load: LoadOptions = {
    cwd: ctx.io.cwd,
    progress: ctx.progress(options),
    heapCheck: options.heapCheck,
    commandLine: ctx.commandLine,
  };
  const bases = await basesOf(ctx, options.with, load);
  const files: (FileJson & { error?: DatasetIssue })[] = await readFiles(
    paths,
    bases.reduce((n, base) => n + countRecords(base.dataset), 0),
    "validate",
    load,
  );
  const reports = files.flatMap((file) =>
    file.error === undefined ? [] : [invalidReport(file.name, [file.error], ctx.out)],
  );
  const checks = checkEach(
    files.filter((file) => file.error === undefined),
    bases,
    load.progress,
  );
  for (const check of checks)
    if (check.issues.length > 0) reports.push(invalidReport(check.name, check.issues, ctx.out));
  if (reports.length > 0) {
    // Nothing is merged while a file has problems of its own.
    ctx.print(reports.join("\n\n"));
    return EXIT.failed;
  }
  const names = files.map((file) => file.name).join(" + ");
  const merge = mergeChecked(checks, bases, load.progress);
  if ("issues" in merge) {
    const merging = [...bases.map((base) => base.name), names].join(" + ");
    ctx.print(invalidReport(`merging ${merging}`, merge.issues, ctx.out));
    return EXIT.failed;
  }
  const against = bases.length === 0 ? "" : ` (with ${bases.map((b) => b.name).join(" + ")})`;
  ctx.print(validReport(`${names}${against}`, filesOnly(merge.merged, bases, checks), ctx.out));
  return EXIT.ok;
}
