// The dataset counts offsets in UTF-16 code units (JavaScript string indices); W3C Web Annotation
// counts Unicode code points (a TextPositionSelector's start and end). The two differ after each
// character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph), which takes two
// code units. Spans never split such a pair (defineDataset checks), so the conversion is exact.

const SURROGATE = /[\uD800-\uDFFF]/;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Offsets of one text in both units. Texts with no surrogate pair convert for free. */
export class TextOffsets {
  readonly text: string;
  /** Code point index → UTF-16 offset (length: code points + 1); undefined when they are equal. */
  private readonly units: Int32Array | undefined;
  /** The text's length in code points. */
  readonly codePoints: number;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      this.units = undefined;
      this.codePoints = text.length;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
    }
    units.push(text.length);
    this.units = Int32Array.from(units);
    this.codePoints = units.length - 1;
  }

  /** The code point offset of a UTF-16 offset that does not split a pair. */
  toCodePoints(utf16: number): number {
    const units = this.units;
    if (units === undefined) return utf16;
    let low = 0;
    let high = units.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((units[middle] as number) < utf16) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The UTF-16 offset of a code point offset, or undefined past the end of the text. */
  toUtf16(codePoint: number): number | undefined {
    if (!Number.isSafeInteger(codePoint) || codePoint < 0 || codePoint > this.codePoints)
      return undefined;
    return this.units === undefined ? codePoint : (this.units[codePoint] as number);
  }
}

/** How much context a TextQuoteSelector quotes on each side, in code points. */
export const CONTEXT_CODE_POINTS = 32;

/** The UTF-16 offset `count` code points before `from` (or 0), never inside a pair. */
export function backCodePoints(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i > 0; n++) {
    i--;
    if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** The UTF-16 offset `count` code points after `from` (or the end), never inside a pair. */
export function forwardCodePoints(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i += 2;
    else i++;
  }
  return i;
}
