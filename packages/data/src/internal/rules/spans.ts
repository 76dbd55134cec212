import type { DatasetIssue, IssuePath } from "../../datasetError";
import type { DatasetErrorCode } from "../../errorCodes";
import type { Evidence } from "../../evidence";

/** Every code an evidence span can be reported with once its source is known. */
export const SPAN_CODES: readonly DatasetErrorCode[] = Object.freeze([
  "span_reversed",
  "span_empty",
  "span_out_of_bounds",
  "quote_mismatch",
  "quote_normalization_mismatch",
  "quote_invisible_mismatch",
  "span_splits_surrogate_pair",
  "span_splits_combining_mark",
]);

const COMBINING_MARK = /^\p{M}$/u;
// Invisible formatting characters that survive copy and paste differently across editors.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function isHighSurrogate(code: number) {
  return code >= 0xd800 && code <= 0xdbff;
}

// Which UTF-16 code units are combining marks, as a table: every span's two ends are tested, and
// a regular expression per test cost a tenth of validation. Built on first use (64 KiB, a few
// milliseconds). Astral marks are not in it, as `COMBINING_MARK` never matched half a pair.
let markTable: Uint8Array | undefined;
function isCombiningMarkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!(code >= 0x300)) return false; // NaN past the end; no mark below U+0300
  if (markTable === undefined) {
    markTable = new Uint8Array(0x10000);
    for (let c = 0x300; c < 0x10000; c++)
      if (COMBINING_MARK.test(String.fromCharCode(c))) markTable[c] = 1;
  }
  return markTable[code] === 1;
}

/** The common case, checked without allocating: the span is non-empty, inside, and exact. */
export function isExactSpan({ start, end, quote }: Evidence, text: string): boolean {
  return (
    end > start &&
    end <= text.length &&
    quote.length === end - start &&
    text.startsWith(quote, start) &&
    !isHighSurrogate(text.charCodeAt(start - 1)) &&
    !isHighSurrogate(text.charCodeAt(end - 1)) &&
    !isCombiningMarkAt(text, start) &&
    !isCombiningMarkAt(text, end)
  );
}

export function spanIssues(path: IssuePath, span: Evidence, text: string): DatasetIssue[] {
  const { start, end, quote } = span;
  const where = `[${start}, ${end})`;
  if (end < start)
    return [
      {
        path: [...path, "end"],
        code: "span_reversed",
        message: `Span ${where} ends before it starts`,
        ...locate(quote, text),
      },
    ];
  if (end === start)
    return [
      {
        path: [...path, "end"],
        code: "span_empty",
        message: `Span ${where} is empty`,
        ...locate(quote, text),
      },
    ];
  if (end > text.length)
    return [
      {
        path: [...path, "end"],
        code: "span_out_of_bounds",
        message: `Span ${where} ends past the end of the source text (length ${text.length})`,
        ...locate(quote, text),
      },
    ];
  const slice = text.slice(start, end);
  if (slice !== quote) {
    if (slice.normalize("NFC") === quote.normalize("NFC"))
      return [
        {
          path: [...path, "quote"],
          code: "quote_normalization_mismatch",
          message: `Quote and source text at ${where} differ only in Unicode normalization (NFC versus NFD)`,
          suggestion: "Copy the quote from the source text itself.",
        },
      ];
    if (slice.replace(INVISIBLE, "") === quote.replace(INVISIBLE, ""))
      return [
        {
          path: [...path, "quote"],
          code: "quote_invisible_mismatch",
          message: `Quote and source text at ${where} differ only in invisible marks (bidi or zero-width characters)`,
          suggestion: `The source has ${JSON.stringify(slice)} here.`,
        },
      ];
    return [
      {
        path: [...path, "quote"],
        code: "quote_mismatch",
        message: `Quote does not match the source text at ${where}: the text there is ${JSON.stringify(clip(slice))}`,
        ...locate(quote, text),
      },
    ];
  }
  const issues: DatasetIssue[] = [];
  if (isHighSurrogate(text.charCodeAt(start - 1)) || isHighSurrogate(text.charCodeAt(end - 1)))
    issues.push({
      path: [...path, isHighSurrogate(text.charCodeAt(start - 1)) ? "start" : "end"],
      code: "span_splits_surrogate_pair",
      message: `Span ${where} cuts a character that takes two UTF-16 code units in half`,
      suggestion: "Move the offset by one so the whole character is inside or outside the span.",
    });
  else if (isCombiningMarkAt(text, start) || isCombiningMarkAt(text, end))
    issues.push({
      path: [...path, isCombiningMarkAt(text, start) ? "start" : "end"],
      code: "span_splits_combining_mark",
      message: `Span ${where} separates a combining mark from its letter`,
      suggestion: "Include the marks that follow the last letter, and start the span at a letter.",
    });
  return issues;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Where a quote occurs in the text, as offsets a contributor can paste. */
function locate(quote: string, text: string): { suggestion?: string } {
  if (quote === "") return {};
  const first = text.indexOf(quote);
  if (first === -1)
    return { suggestion: "The quote does not occur in the source text; copy it verbatim." };
  const second = text.indexOf(quote, first + 1);
  const offsets = `"start": ${first}, "end": ${first + quote.length}`;
  return {
    suggestion:
      second === -1
        ? `The quote occurs at ${offsets}.`
        : `The quote occurs more than once; the first is at ${offsets}.`,
  };
}
