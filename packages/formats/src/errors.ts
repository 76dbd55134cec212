import { AccordError } from "@accordkg/core";

/** Where a character that XML 1.0 cannot carry sits in the graph. */
export interface XmlCharacterProblem {
  /** The node or edge key, such as `source:geneva-2021-summit-report-ar` or `e12`. */
  readonly key: string;
  readonly element: "node" | "edge";
  /** The flat attribute that holds it, such as `text` or `quote`. */
  readonly attribute: string;
  /** Its position in the attribute's value, in UTF-16 code units. */
  readonly offset: number;
  /** The UTF-16 code unit, such as 0x1 or 0xd800 (a surrogate without its pair). */
  readonly codeUnit: number;
}

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The graph holds text that XML 1.0 cannot carry, so it cannot be written as GEXF or GraphML
 * without losing it: control characters other than tab, line feed and carriage return, U+FFFE and
 * U+FFFF, and surrogates without their pair. `problems` lists every one. Remove them from the
 * dataset, or pass `{ invalidCharacters: "replace" }` to write U+FFFD in their place.
 */
export class XmlCharacterError extends AccordError {
  override name = "XmlCharacterError";
  /** Every character XML 1.0 cannot carry, in the order the export met them. */
  readonly problems: readonly XmlCharacterProblem[];

  constructor(functionName: string, problems: readonly XmlCharacterProblem[]) {
    const shown = problems
      .slice(0, 3)
      .map(
        (p) =>
          `${hex(p.codeUnit)} at offset ${p.offset} of "${p.attribute}" of ${p.element} "${p.key}"`,
      )
      .join("; ");
    const more = problems.length > 3 ? ` and ${problems.length - 3} more` : "";
    super(
      functionName,
      `${problems.length} character${problems.length === 1 ? "" : "s"} that XML 1.0 cannot carry: ${shown}${more}. Remove them from the dataset, or pass { invalidCharacters: "replace" } to write U+FFFD in their place (each is one UTF-16 code unit, so offsets keep their meaning).`,
    );
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
  }
}
