import { z } from "zod";
import { Dataset } from "./dataset";
import { DatasetError, type DatasetIssue } from "./datasetError";
import { RULES, RuleContext } from "./internal/rules/index";
import { keysAt } from "./internal/schemaKeys";
import { fromZodIssues } from "./internal/zodIssues";

/** The result of `safeDefineDataset`, shaped like zod's `safeParse` result. */
export type SafeDefineResult =
  | { readonly success: true; readonly data: Dataset }
  | { readonly success: false; readonly error: DatasetError };

// `z.compile` generates a parser for the schema (about twice as fast as zod's interpreter on valid
// input); on invalid input, or where code generation is not allowed (a strict CSP), zod falls back
// to the interpreter, so the issues are the same. Compiled on first use, not at import. Under
// `z.config({ jitless: true })`, zod's switch for pages whose CSP forbids eval, nothing is
// compiled: even a refused `new Function` is reported to the page as a CSP violation.
let compiled: typeof Dataset | undefined;
function compiledDataset(): typeof Dataset {
  if (z.config().jitless) return Dataset;
  compiled ??= z.compile(Dataset);
  return compiled;
}

// Datasets this module produced, so consumers can skip validating them twice.
const defined = new WeakSet<object>();

/** True if `value` was returned by `defineDataset` (or `mergeDatasets`) and so is valid and frozen. */
export function isDefinedDataset(value: unknown): value is Dataset {
  return typeof value === "object" && value !== null && defined.has(value);
}

/**
 * Validates `input` as a dataset and returns it deeply frozen, or returns every problem found.
 * Never throws for bad input.
 */
export function safeDefineDataset(input: unknown): SafeDefineResult {
  const parsed = compiledDataset().safeParse(input);
  const issues: DatasetIssue[] = [];
  let data: Dataset;
  // Records whose own shape is broken are left out of the cross-record rules (their problems are
  // already reported), but their ids still count as known so a reference to them is not "unknown".
  // A broken collection (`"actors": "…"`, or none at all) is recorded by its name alone: references
  // to its kind cannot be checked, and reporting each one as unknown would bury the real problem.
  const broken = new Set<string>();
  if (parsed.success) {
    data = parsed.data;
  } else {
    issues.push(...fromZodIssues(parsed.error.issues, input, (path) => keysAt(Dataset, path)));
    for (const issue of parsed.error.issues) {
      const [collection, index] = issue.path;
      if (typeof collection === "string" && typeof index === "number")
        broken.add(`${collection}/${index}`);
      else if (typeof collection === "string" && issue.path.length === 1) broken.add(collection);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return { success: false, error: new DatasetError(issues) };
    }
    data = input as Dataset;
  }
  issues.push(...crossRecordIssues(data, broken));
  if (issues.length > 0) {
    return { success: false, error: new DatasetError(issues, datasetLabel(input)) };
  }
  // Already deeply frozen: every object and array schema in the model is `.readonly()`, so zod
  // freezes each one as it builds it (test/data/immutability.test.ts walks the schemas to keep it
  // so). Walking 100,000 records again to freeze them twice cost a tenth of the time.
  defined.add(data);
  return { success: true, data };
}

/**
 * Validates `input` as a dataset: its shape, then the rules that span records. Returns the dataset
 * deeply frozen, or throws a `DatasetError` listing every problem with its path and a suggestion.
 *
 * @example
 *   const mine = defineDataset(JSON.parse(fs.readFileSync("my-dataset.json", "utf8")));
 */
export function defineDataset(input: unknown): Dataset {
  const result = safeDefineDataset(input);
  if (!result.success) throw result.error;
  return result.data;
}

/** Parses JSON text and validates it; a syntax error is a `DatasetError` with code `invalid_json`. */
export function safeDefineDatasetFromJson(json: string): SafeDefineResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      error: new DatasetError([
        { path: [], code: "invalid_json", message: `Not valid JSON: ${message}` },
      ]),
    };
  }
  return safeDefineDataset(value);
}

/** `defineDataset` for JSON text. Throws a `DatasetError` (code `invalid_json` for bad syntax). */
export function defineDatasetFromJson(json: string): Dataset {
  const result = safeDefineDatasetFromJson(json);
  if (!result.success) throw result.error;
  return result.data;
}

function datasetLabel(input: unknown): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length <= 128 ? `Dataset "${id}"` : "Dataset";
}

// The rules that span records, each a small function with its codes (internal/rules).
function crossRecordIssues(data: Dataset, broken: ReadonlySet<string>): DatasetIssue[] {
  const context = new RuleContext(data, broken);
  for (const rule of RULES) rule.check(context);
  return context.issues;
}
