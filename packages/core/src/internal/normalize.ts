// Text normalization for search, the way Arabic search engines and English ones do it.

// Arabic: harakat, Quranic annotation marks and the superscript alef are dropped; tatweel (the
// elongation stroke) too. Alef with hamza above or below, with madda, or wasla becomes bare alef;
// alef maqsura becomes ya; ta marbuta becomes ha. Hamza on waw or ya (ؤ, ئ) is kept.
const ARABIC_MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
// Latin and other non-Arabic combining marks, so that "Genève" and "geneve" meet.
const LATIN_MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;
const ASCII = /^[\x20-\x7E]*$/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The normalized form of `text`: case- and accent-insensitive, Arabic variants folded. */
export function normalize(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFC")
    .replace(ARABIC_MARKS, "")
    .replace(ALEF_VARIANTS, "\u0627")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u0629/g, "\u0647")
    .normalize("NFD")
    .replace(LATIN_MARKS, "")
    .normalize("NFC")
    .toLowerCase();
}

const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** The words of `text` after normalization: runs of letters and digits. */
export function words(text: string): string[] {
  // Most summaries at scale are plain ASCII: a byte-class split is several times faster.
  const parts = ASCII.test(text)
    ? text.toLowerCase().split(ASCII_SEPARATORS)
    : normalize(text).split(SEPARATORS);
  return parts.filter((word) => word !== "");
}

// Arabic attaches the article and some conjunctions and prepositions to the word: والأمن is
// "and the security". Indexing each word also without them lets a search for أمن find it.
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];
const ARABIC_LETTER = /^[\u0620-\u064A]/;

/** `word` and its forms without an attached Arabic article or conjunction. */
export function wordForms(word: string): string[] {
  if (!ARABIC_LETTER.test(word)) return [word];
  const forms = [word];
  for (const prefix of ARABIC_PREFIXES)
    if (word.startsWith(prefix) && word.length - prefix.length >= 2)
      forms.push(word.slice(prefix.length));
  return forms;
}
