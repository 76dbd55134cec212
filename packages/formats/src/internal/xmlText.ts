import type { FlatValue } from "../attributes";
import { XmlCharacterError, type XmlCharacterProblem } from "../errors";

/** What to do with text XML 1.0 cannot carry: refuse to write (the default), or write U+FFFD. */
export type InvalidCharacters = "error" | "replace";

// What XML 1.0 (§2.2 Char) forbids, one UTF-16 code unit each: C0 controls but tab, line feed and
// carriage return; U+FFFE and U+FFFF; and a surrogate without its pair.
const SOURCE =
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const ANY = new RegExp(SOURCE);
const ALL = new RegExp(SOURCE, "g");

/**
 * Checks (mode `error`) or repairs (mode `replace`) the strings of the flat attributes before they
 * reach an XML writer. In `error` mode it collects every problem and `finish` throws them all at
 * once; in `replace` mode each forbidden code unit becomes U+FFFD, one unit for one, so evidence
 * offsets into a source's text still point at the same words. A key is never repaired.
 */
export class XmlTextGuard {
  readonly #mode: InvalidCharacters;
  readonly #functionName: string;
  readonly #problems: XmlCharacterProblem[] = [];

  constructor(functionName: string, mode: InvalidCharacters = "error") {
    this.#functionName = functionName;
    this.#mode = mode;
  }

  /** The attributes to write: the same object if nothing needed repair. */
  check<T extends Partial<Record<string, FlatValue>>>(
    element: "node" | "edge",
    key: string,
    attributes: T,
  ): T {
    let repaired: T | undefined;
    for (const attribute in attributes) {
      const value = attributes[attribute];
      if (typeof value !== "string" || !ANY.test(value)) continue;
      if (this.#mode === "replace") {
        repaired ??= { ...attributes };
        (repaired as Record<string, FlatValue>)[attribute] = value.replace(ALL, "\uFFFD");
      } else {
        for (const match of value.matchAll(ALL))
          this.#problems.push({
            key,
            element,
            attribute,
            offset: match.index,
            codeUnit: match[0].charCodeAt(0),
          });
      }
    }
    // Record keys are slugs and relation edges' keys `e0`, `e1`…, but a caller may add an edge of
    // their own: a key is never repaired (two could become one), only reported.
    const at = key.search(ANY);
    if (at >= 0)
      this.#problems.push({
        key,
        element,
        attribute: "(key)",
        offset: at,
        codeUnit: key.charCodeAt(at),
      });
    return repaired ?? attributes;
  }

  /** Throws every problem found, at once. */
  finish(): void {
    if (this.#problems.length > 0) throw new XmlCharacterError(this.#functionName, this.#problems);
  }
}

// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks to XML 1.1's end-of-line handling,
// which some parsers apply to every document (@xmldom/xmldom, under graphology's parsers, turns
// them into line feeds in text and spaces in attributes). Written as character references they
// come back as themselves from every parser, as the XSLT and XQuery Serialization 3.1 spec asks
// of its XML output. Neither XML writer does it, and the characters can only stand in text or
// attribute values (names here are ASCII), so the serialized text is rewritten.
const XML11_LINE_BREAKS = /[\u0085\u2028\u2029]/g;
const XML11_LINE_BREAK = /[\u0085\u2028\u2029]/;

/** `xml` with U+0085, U+2028 and U+2029 written as character references. */
export function referenceLineBreaks(xml: string): string {
  if (!XML11_LINE_BREAK.test(xml)) return xml;
  return xml.replace(XML11_LINE_BREAKS, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
