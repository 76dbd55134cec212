import { AccordError, ERROR_CLASS } from "./accordError";
import type { DatasetErrorCode } from "./errorCodes";

export type IssuePath = readonly (string | number)[];

/** One problem found in a dataset: where, which rule, and what to do. */
export interface DatasetIssue {
  readonly path: IssuePath;
  readonly code: DatasetErrorCode;
  readonly message: string;
  /** A concrete fix, e.g. `Did you mean "joe-biden"?` or the offsets a quote is found at. */
  readonly suggestion?: string;
  /**
   * When one error covers several datasets (`extendGraph` given several): the dataset `path`
   * points into, as `"its-id"` (or `#2`, its position, when it has no usable id).
   */
  readonly dataset?: string;
}

/** `commitments[3].parties[1]`; the empty path is the dataset itself. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(dataset)" : out;
}

/** How many issues the message spells out; all of them are always in `issues`. */
const MESSAGE_LIMIT = 50;

function formatIssues(issues: readonly DatasetIssue[], label: string): string {
  // A file with 100,000 broken records must not make a 10 MB message: list the first few.
  const lines = issues.slice(0, MESSAGE_LIMIT).map((issue) => {
    const hint = issue.suggestion ? `\n      ↳ ${issue.suggestion}` : "";
    const where = issue.dataset === undefined ? "" : `${issue.dataset} `;
    return `  ✖ ${where}${formatPath(issue.path)}: ${issue.message} [${issue.code}]${hint}`;
  });
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  if (issues.length > MESSAGE_LIMIT)
    lines.push(
      `  … and ${issues.length - MESSAGE_LIMIT} more (every one is in the error's \`issues\`)`,
    );
  return `${label} has ${count}:\n${lines.join("\n")}`;
}

/**
 * Thrown by `defineDataset`, `mergeDatasets`, and by `buildGraph` and `extendGraph` in
 * `@accordkg/core`, with every problem found, not just the first. An `AccordError`, so one
 * `instanceof AccordError` catches it with the queries' errors. Its message is the report
 * (`Dataset "x" has 2 problems: …`), without the `functionName` prefix of the other errors.
 */
export class DatasetError extends AccordError {
  /** @internal */
  static override readonly [ERROR_CLASS]: string = "DatasetError";
  override name = "DatasetError";
  readonly issues: readonly DatasetIssue[];

  /**
   * @param issues - Every problem found.
   * @param label - What has the problems, for the message: `Dataset "x"`, `Merging "a", "b"`.
   * @param functionName - The public function that reported them (default `defineDataset`).
   */
  constructor(issues: readonly DatasetIssue[], label = "Dataset", functionName = "defineDataset") {
    super(functionName, "");
    // The report is the message, unprefixed: it starts with what has the problems.
    this.message = formatIssues(issues, label);
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }

  /** The distinct codes of the issues, in order of first appearance. */
  get codes(): DatasetErrorCode[] {
    return [...new Set(this.issues.map((issue) => issue.code))];
  }
}
