import { AccordError, InvalidArgumentsError } from "@accordkg/data";
import type { NodeKind } from "./types";

// `AccordError` and `InvalidArgumentsError` live in @accordkg/data, so that its `DatasetError` and
// these are one family; they are re-exported here unchanged (the same classes).
export { AccordError, InvalidArgumentsError };

// The brand of each class here in `instanceof` checks across the ES module and CommonJS builds:
// the same `Symbol.for` key as AccordError's in @accordkg/data, which reads it.
const ERROR_CLASS: unique symbol = Symbol.for("@accordkg/error-class");

/**
 * An id (or node key) that names no record of the expected kind: a caller bug such as a typo.
 * `nearest` lists the closest known ids of that kind, best first, for a "did you mean".
 */
export class NotFoundError extends AccordError {
  /** @internal */
  static readonly [ERROR_CLASS]: string = "NotFoundError";
  override name = "NotFoundError";
  /** The id as the caller gave it. */
  readonly id: string;
  /**
   * The kind of record the function needed: `statement` for a commitment or a claim, `record`
   * when any kind would do.
   */
  readonly expectedKind: NodeKind | "statement" | "record";
  /** The closest known ids of the expected kind, best first (at most three). */
  readonly nearest: readonly string[];

  constructor(
    functionName: string,
    id: string,
    expectedKind: NodeKind | "statement" | "record",
    nearest: readonly string[],
    actualKind?: NodeKind,
  ) {
    const what =
      expectedKind === "record"
        ? "id"
        : expectedKind === "statement"
          ? "commitment or claim"
          : expectedKind;
    const problem =
      actualKind === undefined
        ? `unknown ${what} "${id}".`
        : `"${id}" is ${article(actualKind)} ${actualKind}, not ${article(what)} ${what}.`;
    const [best, ...rest] = nearest;
    const hint =
      best === undefined
        ? ""
        : ` Did you mean "${best}"?${rest.length > 0 ? ` (or ${rest.map((r) => `"${r}"`).join(", ")})` : ""}`;
    super(functionName, problem + hint);
    this.id = id;
    this.expectedKind = expectedKind;
    this.nearest = Object.freeze([...nearest]);
  }
}

/**
 * A graph the queries cannot read: not a graphology graph, or one whose `source:`, `actor:`,
 * `topic:`, `event:`, `commitment:`, `claim:` or `account:` nodes do not hold a record of that kind, so its
 * index cannot be rebuilt. Nodes with other keys are ignored, so adding your own is fine.
 */
export class InvalidGraphError extends AccordError {
  /** @internal */
  static readonly [ERROR_CLASS]: string = "InvalidGraphError";
  override name = "InvalidGraphError";
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
