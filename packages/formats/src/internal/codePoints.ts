const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Converts UTF-16 offsets into one text to Unicode code point offsets (what Python's, R's and most
 * tools' string indices count). Built once per text: the positions of its surrogate pairs, or
 * nothing when it has none (then offsets are the same in both units).
 */
export class CodePointOffsets {
  readonly #pairs: Int32Array | undefined;

  constructor(text: string) {
    const starts: number[] = [];
    for (const match of text.matchAll(PAIR)) starts.push(match.index);
    this.#pairs = starts.length === 0 ? undefined : Int32Array.from(starts);
  }

  /** The code point offset of a UTF-16 offset that does not split a surrogate pair. */
  of(offset: number): number {
    const pairs = this.#pairs;
    if (pairs === undefined) return offset;
    // Count the pairs that end at or before `offset` (start + 2 <= offset): each is two units, one point.
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((pairs[middle] as number) + 2 <= offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  }
}
