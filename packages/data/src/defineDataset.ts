import { z } from "zod";
import { InvalidArgumentsError } from "./accordError";
import { Dataset } from "./dataset";
import { DatasetError, type DatasetIssue } from "./datasetError";
import { RULES, RuleContext } from "./internal/rules/index";
import { keysAt } from "./internal/schemaKeys";
import { fromZodIssues } from "./internal/zodIssues";
import { isRecordLookup, Lookups, lookupOf, type RecordLookup } from "./recordLookup";

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

/** Options of {@link defineDataset} and its variants. */
export interface DefineDatasetOptions {
  /**
   * The datasets this one extends: its records may refer to theirs (actors, topics, events and
   * sources, and for an account's `of`, commitments and claims) without copying them. They are
   * known without being checked again; a record of this dataset that is also in one of them must
   * be identical to it (it is then kept once, when merged), and a different record under the same
   * id is a `merge_conflict` that names the fields that differ. Problems are reported with paths
   * into this dataset. Give datasets from `defineDataset` (others are validated first), or a
   * {@link RecordLookup} for records held elsewhere. When several hold an id, the first wins.
   *
   * The dataset returned is valid with these, not alone: `isDefinedDataset` says no for it, and
   * `buildGraph` or `mergeDatasets` checks it again when given without them.
   */
  readonly extends?: readonly (Dataset | RecordLookup)[];
}

/**
 * The datasets `defineDataset` returned (valid alone, deep frozen): one set per process, shared by
 * every copy of this package (the ES module and the CommonJS builds are two copies, and a dataset
 * one defines must be recognised by the other), on `globalThis` under a `Symbol.for` key and
 * created on first use. Membership is by identity, so a copy of a dataset (a spread, a JSON round
 * trip, a Proxy) is never taken for a defined one: only the object `defineDataset` returned is.
 * Code that reaches into this set on purpose can forge membership, as it could replace
 * `defineDataset` itself; nothing in a dataset's own content can.
 */
const REGISTRY = Symbol.for("@accordkg/data/defined-datasets");
/** The same for datasets defined with `extends`: valid with those, not alone. */
const EXTENDING = Symbol.for("@accordkg/data/datasets-defined-with-extends");
const registries = new Map<symbol, WeakSet<object>>();
function globalSet(key: symbol): WeakSet<object> {
  let set = registries.get(key);
  if (set !== undefined) return set;
  const existing = (globalThis as Record<symbol, unknown>)[key];
  if (existing instanceof WeakSet) set = existing as WeakSet<object>;
  else {
    set = new WeakSet();
    if (!Object.hasOwn(globalThis, key)) Object.defineProperty(globalThis, key, { value: set });
  }
  registries.set(key, set);
  return set;
}
const definedDatasets = () => globalSet(REGISTRY);
const extendingDatasets = () => globalSet(EXTENDING);

/**
 * True if `value` was returned by `defineDataset` (or `mergeDatasets`), by this copy of the
 * package or another (its CommonJS build beside its ES module build), and so is valid and deeply
 * frozen on its own. A dataset defined with `extends` is valid only with those, so this says no
 * for it.
 */
export function isDefinedDataset(value: unknown): value is Dataset {
  return isObject(value, definedDatasets());
}

function isObject(value: unknown, set: WeakSet<object>): boolean {
  return typeof value === "object" && value !== null && set.has(value);
}

/** The lookups of `options.extends`, each dataset validated first unless `defineDataset` made it. */
function lookupsOf(
  functionName: string,
  options: DefineDatasetOptions | undefined,
): Lookups | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== "object")
    throw new InvalidArgumentsError(
      functionName,
      `expected options to be an object, got ${typeof options}.`,
    );
  const extended = options.extends;
  if (extended === undefined) return undefined;
  if (!Array.isArray(extended))
    throw new InvalidArgumentsError(
      functionName,
      "expected options.extends to be an array of datasets, such as [geneva2021].",
    );
  const lookups = extended.map((entry: unknown, i): RecordLookup => {
    // A dataset defined with `extends` is valid with those: extending it is fine (give them too).
    if (isDefinedDataset(entry) || isObject(entry, extendingDatasets()))
      return lookupOf(entry as Dataset);
    if (isRecordLookup(entry)) return entry;
    const result = safeDefineDataset(entry);
    if (result.success) return lookupOf(result.data);
    const count = result.error.issues.length;
    throw new InvalidArgumentsError(
      functionName,
      `options.extends[${i}] is not a valid dataset (${count === 1 ? "1 problem" : `${count} problems`}; the first: ${result.error.issues[0]?.message}). Define it with defineDataset first to see every problem.`,
    );
  });
  return new Lookups(lookups);
}

/**
 * Validates `input` as a dataset and returns it deeply frozen, or returns every problem found.
 * Never throws for bad input (only for bad `options`).
 *
 * @param options - `extends`: datasets whose records `input` may refer to (see {@link DefineDatasetOptions}).
 */
export function safeDefineDataset(
  input: unknown,
  options?: DefineDatasetOptions,
): SafeDefineResult {
  return validate(input, lookupsOf("safeDefineDataset", options), "safeDefineDataset");
}

function validate(
  input: unknown,
  outside: Lookups | undefined,
  functionName: string,
): SafeDefineResult {
  const parsed = compiledDataset().safeParse(input);
  const issues: DatasetIssue[] = [];
  let data: Dataset;
  // Records whose own shape is broken are left out of the cross-record rules (their problems are
  // already reported), but their ids still count as known so a reference to them is not "unknown".
  // A field the schema does not know (a typo such as `partys`) does not make a record broken: the
  // rest of it is checked like any record's, so every problem of the record shows at once.
  // A broken collection (`"actors": "…"`, or none at all) is recorded by its name alone: references
  // to its kind cannot be checked, and reporting each one as unknown would bury the real problem.
  const broken = new Set<string>();
  if (parsed.success) {
    data = parsed.data;
  } else {
    issues.push(...fromZodIssues(parsed.error.issues, input, (path) => keysAt(Dataset, path)));
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") continue;
      const [collection, index] = issue.path;
      if (typeof collection === "string" && typeof index === "number")
        broken.add(`${collection}/${index}`);
      else if (typeof collection === "string" && issue.path.length === 1) broken.add(collection);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return { success: false, error: new DatasetError(issues, "Dataset", functionName) };
    }
    data = input as Dataset;
  }
  issues.push(...crossRecordIssues(data, broken, outside));
  if (issues.length > 0) {
    return {
      success: false,
      error: new DatasetError(issues, datasetLabel(input), functionName),
    };
  }
  // Already deeply frozen: every object and array schema in the model is `.readonly()`, so zod
  // freezes each one as it builds it (test/data/immutability.test.ts walks the schemas to keep it
  // so). Walking 100,000 records again to freeze them twice cost a tenth of the time.
  (outside === undefined || outside.size === 0 ? definedDatasets() : extendingDatasets()).add(data);
  return { success: true, data };
}

/**
 * Validates `input` as a dataset: its shape, then the rules that span records. Returns the dataset
 * deeply frozen, or throws a `DatasetError` listing every problem with its path and a suggestion.
 *
 * @param options - `extends`: datasets whose records `input` may refer to without copying them
 *   (see {@link DefineDatasetOptions}).
 * @throws {@link DatasetError} listing every problem of `input`.
 * @throws {@link InvalidArgumentsError} if `options` is malformed or a dataset it extends is invalid.
 * @example
 *   const mine = defineDataset(JSON.parse(fs.readFileSync("my-dataset.json", "utf8")));
 *   // A file that names Geneva's actors and topics without copying them:
 *   const notes = defineDataset(JSON.parse(text), { extends: [geneva2021] });
 */
export function defineDataset(input: unknown, options?: DefineDatasetOptions): Dataset {
  const result = validate(input, lookupsOf("defineDataset", options), "defineDataset");
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses JSON text and validates it; a syntax error is a `DatasetError` with code `invalid_json`.
 * `options` as in {@link defineDataset}.
 */
export function safeDefineDatasetFromJson(
  json: string,
  options?: DefineDatasetOptions,
): SafeDefineResult {
  return fromJson(
    json,
    lookupsOf("safeDefineDatasetFromJson", options),
    "safeDefineDatasetFromJson",
  );
}

function fromJson(json: string, outside: Lookups | undefined, functionName: string) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false as const,
      error: new DatasetError(
        [{ path: [], code: "invalid_json", message: `Not valid JSON: ${message}` }],
        "Dataset",
        functionName,
      ),
    };
  }
  return validate(value, outside, functionName);
}

/**
 * `defineDataset` for JSON text. Throws a `DatasetError` (code `invalid_json` for bad syntax).
 * `options` as in {@link defineDataset}.
 */
export function defineDatasetFromJson(json: string, options?: DefineDatasetOptions): Dataset {
  const result = fromJson(
    json,
    lookupsOf("defineDatasetFromJson", options),
    "defineDatasetFromJson",
  );
  if (!result.success) throw result.error;
  return result.data;
}

function datasetLabel(input: unknown): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length <= 128 ? `Dataset "${id}"` : "Dataset";
}

// The rules that span records, each a small function with its codes (internal/rules).
function crossRecordIssues(
  data: Dataset,
  broken: ReadonlySet<string>,
  outside: Lookups | undefined,
): DatasetIssue[] {
  const context = new RuleContext(data, broken, outside);
  for (const rule of RULES) rule.check(context);
  return context.issues;
}
