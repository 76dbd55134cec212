import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wordForms, words } from "../../packages/core/src/internal/normalize";
import { Tokenizer, WordTable } from "../../packages/core/src/internal/tokens";

// The search index reads summaries with Tokenizer (one pass, no strings) and queries with
// `words` and `wordForms`: the two must find the same word forms, or a search misses records.
const forms = (text: string) => words(text).flatMap(wordForms);

function read(table: WordTable, text: string): string[] {
  const tokens = new Tokenizer(table);
  const count = tokens.read(text);
  return Array.from(tokens.ids.subarray(0, count), (id) => table.words[id] as string);
}

// Characters the fast path reads and those that send a text the slow way: ASCII, the Arabic
// block (letters, harakat, tatweel, hamza above, Arabic digits and comma), accented Latin,
// spaces and punctuation beyond ASCII, and letters of other scripts.
const alphabet = [
  ..."aZ09 .,-'\"",
  ..."الأإآٱىةوبكفلمنؤئ",
  "\u064B",
  "\u064E",
  "\u0670",
  "\u0640",
  "\u0654",
  "\u0655",
  "\u0660",
  "\u060C",
  "\u06F1",
  ..."éÉèçÇñ",
  "e\u0301",
  "\u00A0",
  "\u2014",
  "\u201C",
  ..."ЖжΣσ日",
  "\uFB01",
  "İ",
];
const text = fc
  .array(fc.constantFrom(...alphabet), { maxLength: 40 })
  .map((chars) => chars.join(""));

describe("Tokenizer", () => {
  test("finds the word forms that words and wordForms find, in order", () => {
    const table = new WordTable();
    fc.assert(
      fc.property(text, (t) => {
        expect(read(table, t)).toEqual(forms(t));
      }),
      { numRuns: 3000 },
    );
  });

  test("examples: English, Arabic with its article and marks, accents, a long word", () => {
    const table = new WordTable();
    for (const t of [
      "The Presidents agreed, in Geneva, to START talks.",
      "والأمنُ الاستراتيجي للبلدين",
      "Genève ÉTÉ",
      "x".repeat(100_000),
    ])
      expect(read(table, t)).toEqual(forms(t));
  });

  test("numbers words alike across texts and as the table grows", () => {
    const table = new WordTable();
    const first = read(table, "arms control talks");
    for (let i = 0; i < 5000; i++) table.idOf(`w${i}`);
    expect(read(table, "talks arms control")).toEqual(["talks", "arms", "control"]);
    expect(table.idOf("arms")).toBe(table.words.indexOf(first[0] as string));
    expect(new Set(table.words).size).toBe(table.size);
  });
});
