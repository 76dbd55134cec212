// Sentence ends: full stop, exclamation and question marks (Latin and Arabic ؟), the Arabic
// semicolon ؛ (which ends a clause the way a full stop does in Arabic news prose), and newlines.
const ENDS = new Set([".", "!", "?", "؟", "؛", "\n"]);
const SPACE = /\s/;

/**
 * The half-open bounds of the sentence (or sentences) around `[start, end)`: from just after the
 * last sentence end before `start` to the first sentence end at or after the span's last
 * character (included, unless it is a newline), with surrounding white space trimmed.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !ENDS.has(text[from - 1] as string)) from--;
  let to = Math.max(start, end - 1);
  while (to < text.length && !ENDS.has(text[to] as string)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  while (from < to && SPACE.test(text[from] as string)) from++;
  while (to > from && SPACE.test(text[to - 1] as string)) to--;
  return [from, to];
}
