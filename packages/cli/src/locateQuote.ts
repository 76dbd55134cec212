/** One place where a quote occurs in a text. */
export interface QuoteLocation {
  /** First UTF-16 code unit of the occurrence. */
  readonly start: number;
  /** One past the last: the occurrence is `[start, end)`, and `end - start` is the quote's length. */
  readonly end: number;
  /** The line it starts on, from 1 (lines end at `\n`). */
  readonly line: number;
  /**
   * With `near`: how many code units lie between this occurrence and the closest occurrence of
   * the `near` words (0 when they touch or overlap); `undefined` when `near` does not occur.
   */
  readonly distance?: number;
}

/** Options of {@link locateQuote}. */
export interface LocateQuoteOptions {
  /** Words near the occurrence you mean, to tell several occurrences apart. */
  readonly near?: string;
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, a.start - b.end, b.start - a.end);

/** Every start of `needle` in `text`, overlapping ones included. */
function startsOf(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/**
 * Every occurrence of `quote` in `text`, exactly as written (no normalization: an evidence span's
 * quote must equal `text.slice(start, end)`), with half-open `[start, end)` offsets in UTF-16 code
 * units, the unit of JavaScript string indices and of evidence spans. Overlapping occurrences are
 * all listed. With `near`, each occurrence also gets its distance to the nearest occurrence of
 * those words, to choose among several.
 *
 * @returns Fresh locations, in the order of the text; `[]` when the quote does not occur.
 * @example
 *   locateQuote("وقال الرئيس الأمريكي جو بايدن", "جو بايدن");
 *   // => [{ start: 21, end: 29, line: 1 }]
 */
export function locateQuote(
  text: string,
  quote: string,
  options: LocateQuoteOptions = {},
): QuoteLocation[] {
  if (quote.length === 0) return [];
  const near =
    options.near === undefined
      ? undefined
      : startsOf(text, options.near).map((start) => ({
          start,
          end: start + (options.near as string).length,
        }));
  let line = 1;
  let counted = 0;
  return startsOf(text, quote).map((start) => {
    for (
      let at = text.indexOf("\n", counted);
      at !== -1 && at < start;
      at = text.indexOf("\n", at + 1)
    ) {
      line++;
      counted = at + 1;
    }
    const location = { start, end: start + quote.length, line };
    if (near === undefined) return location;
    const distance = near.length === 0 ? undefined : Math.min(...near.map((n) => gap(location, n)));
    return distance === undefined ? location : { ...location, distance };
  });
}
