import { wordForms, words } from "./normalize";

// How the text of a summary becomes the numbers of its words, fast: the search index reads some
// thirty million words at a million statements, and cutting each out of its text as a string
// (`split`) and hashing it again in a `Map` took most of the first search's 16 s there.

const BASIS = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

// murmur3's finalizer: spreads FNV-1a's low bits, which the mask keeps.
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The words of the search index, each with a number: an open-addressing table keyed by a hash of
 * the word's characters, so that a word of a summary is found from the characters read, without a
 * string of its own. It grows by doubling, and moves to a `Map` if its probes grow long
 * (colliding words, by design or by accident), as `IdTable` does in @accordkg/data.
 */
export class WordTable {
  // Keeps the instances' hidden class alive between builds (see CsrBuilder.shapeKeeper).
  static readonly shapeKeeper: WordTable = new WordTable();
  /** Word number → the word. */
  readonly words: string[] = [];
  private hashes: Int32Array = new Int32Array(64);
  // Slot → word number + 1; 0 is an empty slot.
  private slots: Int32Array = new Int32Array(1024);
  private mask = 1023;
  private fallback: Map<string, number> | undefined;

  get size(): number {
    return this.words.length;
  }

  /** The number of `word` (already normalized), added if new. */
  idOf(word: string): number {
    const chars = new Uint16Array(word.length);
    let hash = BASIS;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      chars[i] = c;
      hash = Math.imul(hash ^ c, PRIME);
    }
    return this.find(chars, 0, word.length, hash);
  }

  /** The number of the word in `chars[start, end)`, whose FNV-1a hash is `hash`; added if new. */
  find(chars: Uint16Array, start: number, end: number, hash: number): number {
    if (this.fallback !== undefined) return this.viaMap(fromChars(chars, start, end));
    const { slots, mask, words, hashes } = this;
    let probes = 0;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) {
        const id = this.push(fromChars(chars, start, end), hash);
        this.slots[slot] = id + 1;
        if (probes > 64) this.fallback = new Map(this.words.map((word, i) => [word, i]));
        else if (words.length * 2 > this.slots.length) this.grow();
        return id;
      }
      const id = entry - 1;
      if (hashes[id] === hash && same(words[id] as string, chars, start, end)) return id;
      probes++;
    }
  }

  private push(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    return id;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = mix(this.hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private viaMap(word: string): number {
    const map = this.fallback as Map<string, number>;
    let id = map.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      map.set(word, id);
    }
    return id;
  }
}

/** `chars[start, end)` as a string, in pieces: a spread of a very long word would overflow the stack. */
function fromChars(chars: Uint16Array, start: number, end: number): string {
  let out = "";
  for (let at = start; at < end; at += 4096)
    out += String.fromCharCode(...chars.subarray(at, Math.min(end, at + 4096)));
  return out;
}

function same(word: string, chars: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== chars[start + i]) return false;
  return true;
}

// What each character of the Arabic block (U+0600–U+06FF) becomes, as `normalize` and `words`
// treat it (normalize.ts): a letter or digit (itself, or the letter it folds to), a mark that is
// dropped inside a word (harakat, Quranic marks, the superscript alef, tatweel), or a separator.
// Hamza and madda above or below (U+0653–U+0655) compose with the letter before them under NFC
// (alef and hamza above is أ), so a text that has them goes the slow way.
const DROP = -1;
const SEPARATOR = -2;
const SLOW = -3;
const ARABIC = (() => {
  const fold = new Int32Array(0x100);
  for (let c = 0x600; c <= 0x6ff; c++) {
    const ch = String.fromCharCode(c);
    let value: number;
    if (c >= 0x653 && c <= 0x655) value = SLOW;
    else if (
      /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/.test(ch)
    )
      value = DROP;
    else if (/[\u0622\u0623\u0625\u0671]/.test(ch)) value = 0x627;
    else if (c === 0x649) value = 0x64a;
    else if (c === 0x629) value = 0x647;
    else if (/[\p{L}\p{N}]/u.test(ch)) value = ch.normalize("NFC") === ch ? c : SLOW;
    else if (/\p{M}/u.test(ch)) value = SLOW;
    else value = SEPARATOR;
    fold[c - 0x600] = value;
  }
  return fold;
})();

// `wordForms`'s prefixes (normalize.ts), as character codes: forms of a word are read in place.
const PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و"].map((p) =>
  Array.from(p, (ch) => ch.charCodeAt(0)),
);

/**
 * Reads the words of summaries into word numbers. One per index build; `ids` is reused.
 */
export class Tokenizer {
  // Keeps the instances' hidden class alive between builds (see CsrBuilder.shapeKeeper).
  static readonly shapeKeeper: Tokenizer = new Tokenizer(WordTable.shapeKeeper);
  /** The numbers of the last text's word forms: `ids[0 … count)`. */
  ids = new Int32Array(256);
  count = 0;
  private chars = new Uint16Array(256);

  constructor(private readonly table: WordTable) {}

  /**
   * The numbers of each word form of `text`, as `words` and `wordForms` find them (normalize.ts):
   * what a search for the words must match. Text in ASCII and Arabic, nearly every summary, is
   * read in one pass, character by character, with no string made but for a new word; other text
   * goes through `words` and `wordForms`. Returns `count`.
   */
  read(text: string): number {
    this.count = 0;
    const n = text.length;
    if (this.chars.length < n) this.chars = new Uint16Array(Math.max(n, this.chars.length * 2));
    const { chars } = this;
    let length = 0; // of the word being read, in `chars`
    let hash = BASIS;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 32;
      if (c < 0x80) {
        if (c >= 65 && c <= 90) c += 32;
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) c = SEPARATOR;
      } else if (c >= 0x600 && c <= 0x6ff) {
        c = ARABIC[c - 0x600] as number;
        if (c === DROP) continue;
        if (c === SLOW) return this.readSlowly(text);
      } else if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) c = SEPARATOR;
      else return this.readSlowly(text);
      if (c !== SEPARATOR) {
        chars[length++] = c;
        hash = Math.imul(hash ^ c, PRIME);
        continue;
      }
      if (length > 0) this.word(length, hash);
      length = 0;
      hash = BASIS;
    }
    return this.count;
  }

  private word(length: number, hash: number): void {
    const { chars } = this;
    this.push(this.table.find(chars, 0, length, hash));
    const first = chars[0] as number;
    if (first < 0x620 || first > 0x64a) return;
    // An Arabic word, also without an attached article or conjunction (`wordForms`).
    for (const prefix of PREFIXES) {
      if (length - prefix.length < 2) continue;
      let matches = true;
      for (let k = 0; k < prefix.length && matches; k++) matches = chars[k] === prefix[k];
      if (!matches) continue;
      let h = BASIS;
      for (let k = prefix.length; k < length; k++) h = Math.imul(h ^ (chars[k] as number), PRIME);
      this.push(this.table.find(chars, prefix.length, length, h));
    }
  }

  private readSlowly(text: string): number {
    this.count = 0;
    for (const word of words(text))
      for (const form of wordForms(word)) this.push(this.table.idOf(form));
    return this.count;
  }

  private push(id: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }
}
