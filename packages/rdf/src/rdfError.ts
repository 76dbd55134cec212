import type { DatasetErrorCode, IssuePath } from "@accordkg/data";
import { formatPath } from "@accordkg/data";

/**
 * Every code an {@link RdfIssue} can carry, what causes it and how to fix it (docs/rdf.md lists
 * them; a test checks that each one is produced by some input).
 */
export const RDF_ERROR_CODES = Object.freeze({
  syntax_error: {
    cause: "The text is not valid in the format given (Turtle, TriG, N-Quads or JSON-LD).",
    fix: "Fix the syntax at the line the message reports, or pass the format the text is in.",
  },
  remote_context: {
    cause:
      "A JSON-LD document refers to a context by a URL other than accordkg's; fromRdf never fetches anything.",
    fix: "Embed the context in the document, or refer to accordkg's (`CONTEXT_URL`).",
  },
  no_dataset: {
    cause: "No subject has the class `acc:Dataset`, so there is no dataset id or title to read.",
    fix: "Export the whole dataset with toRdf or writeRdf; a fragment of an export cannot be read alone.",
  },
  several_datasets: {
    cause: "More than one subject has the class `acc:Dataset`.",
    fix: "Read one export at a time, or merge the datasets with mergeDatasets after reading them.",
  },
  missing_value: {
    cause: "A record lacks a property it needs (an identifier, a label in English, a party…).",
    fix: "Add the property; docs/rdf.md lists the properties of each record type.",
  },
  too_many_values: {
    cause: "A property that takes one value has several (two identifiers, two English labels…).",
    fix: "Keep one value.",
  },
  wrong_value: {
    cause:
      "A value is of the wrong kind: a literal where an IRI belongs, a wrong datatype, a language other than `en` or `ar` on a label, a negative or fractional number.",
    fix: "Write the value as docs/rdf.md shows for that property.",
  },
  unknown_reference: {
    cause:
      "An IRI names no record of the kind the property expects (an actor among the topics, a party no record describes).",
    fix: "Point the property at a record of the right kind, or add that record.",
  },
  wrong_record_classes: {
    cause:
      "A record has the classes of two record types, or not exactly one class of its kind (`acc:Agreement`, `acc:Person`…).",
    fix: "Give the record one record type and one kind class; docs/rdf.md lists them.",
  },
  bad_index: {
    cause:
      "The `acc:index` positions of a collection (or of a record's evidence) are not 0, 1, 2, … without gaps or repeats.",
    fix: "Number the records of each collection from 0, in the order they should come.",
  },
  bad_list: {
    cause:
      "An ordered list (`acc:partyList`…) is not a well-formed `rdf:List`, or holds other values than the property it orders.",
    fix: "Make the list hold exactly the property's values, in order.",
  },
  unknown_term: {
    cause:
      "A record uses a property of the accordkg namespace that its type does not have (a typo, often).",
    fix: "Use the property docs/rdf.md names; the suggestion gives the closest one.",
  },
  offset_out_of_range: {
    cause: "A TextPositionSelector's `oa:start` or `oa:end` lies beyond its source's text.",
    fix: "Recompute the positions: they count Unicode code points from the start of the source text.",
  },
  invalid_dataset: {
    cause:
      "The RDF reads as a dataset that breaks a dataset rule (a quote that is not the text at its positions, an agreement with one party…).",
    fix: "Fix the record as `datasetCode` says: docs/errors.md explains each dataset rule.",
  },
} as const satisfies Record<string, { cause: string; fix: string }>);

export type RdfErrorCode = keyof typeof RDF_ERROR_CODES;

/** One problem found in RDF text: what is wrong and where. */
export interface RdfIssue {
  readonly code: RdfErrorCode;
  readonly message: string;
  /** The subject the problem is about: an IRI, or a blank node as `_:b0`. */
  readonly subject?: string;
  /** The property whose values are wrong, when it is one property's. */
  readonly predicate?: string;
  /** For a syntax error: the line (from 1) the parser stopped at. */
  readonly line?: number;
  /** Where the value lands in the dataset, such as `commitments[3].parties[1]`, when known. */
  readonly path?: IssuePath;
  /** For `invalid_dataset`: the dataset rule that failed (docs/errors.md). */
  readonly datasetCode?: DatasetErrorCode;
  /** A concrete fix, such as the closest known property. */
  readonly suggestion?: string;
}

/** How many issues the message spells out; all of them are always in `issues`. */
const MESSAGE_LIMIT = 50;

function where(issue: RdfIssue): string {
  const parts: string[] = [];
  if (issue.line !== undefined) parts.push(`line ${issue.line}`);
  if (issue.subject !== undefined) parts.push(`<${issue.subject}>`);
  if (issue.predicate !== undefined) parts.push(`<${issue.predicate}>`);
  if (issue.path !== undefined) parts.push(`(${formatPath(issue.path)})`);
  return parts.length === 0 ? "(document)" : parts.join(" ");
}

/**
 * Thrown by `fromRdf` for text that is not a dataset export: bad syntax, missing or malformed
 * values, references to nothing, or a dataset that breaks a dataset rule. It lists every problem
 * found, each with a code, the subject and property (or line) where it is, and a suggestion.
 */
export class RdfError extends Error {
  override name = "RdfError";
  readonly issues: readonly RdfIssue[];

  constructor(issues: readonly RdfIssue[], label = "RDF") {
    const lines = issues.slice(0, MESSAGE_LIMIT).map((issue) => {
      const hint = issue.suggestion ? `\n      ↳ ${issue.suggestion}` : "";
      const rule = issue.datasetCode ? `, ${issue.datasetCode}` : "";
      return `  ✖ ${where(issue)}: ${issue.message} [${issue.code}${rule}]${hint}`;
    });
    if (issues.length > MESSAGE_LIMIT)
      lines.push(
        `  … and ${issues.length - MESSAGE_LIMIT} more (every one is in the error's \`issues\`)`,
      );
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`${label} has ${count}:\n${lines.join("\n")}`);
    this.issues = Object.freeze(
      issues.map((issue) =>
        Object.freeze(
          issue.path === undefined
            ? { ...issue }
            : { ...issue, path: Object.freeze([...issue.path]) },
        ),
      ),
    );
  }

  /** The distinct codes of the issues, in order of first appearance. */
  get codes(): RdfErrorCode[] {
    return [...new Set(this.issues.map((issue) => issue.code))];
  }
}
