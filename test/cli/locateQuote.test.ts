import { locateQuote } from "@accordkg/cli";
import { geneva2021 } from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const text = geneva2021.sources[0]?.text ?? "";
const textOf = (id: string) => geneva2021.sources.find((source) => source.id === id)?.text ?? "";

describe("locateQuote", () => {
  test("finds every evidence quote of Geneva at its offsets", () => {
    const records = [
      ...geneva2021.commitments,
      ...geneva2021.claims,
      ...geneva2021.events,
      ...geneva2021.accounts,
    ];
    for (const record of records)
      for (const span of record.evidence) {
        const found = locateQuote(textOf(span.source), span.quote);
        expect(found.map(({ start, end }) => [start, end])).toContainEqual([span.start, span.end]);
      }
  });

  test("counts UTF-16 code units: an emoji before the quote counts two", () => {
    expect(locateQuote("Deal 🤝 done", "done")).toEqual([{ start: 8, end: 12, line: 1 }]);
    expect(locateQuote("وقال الرئيس الأمريكي جو بايدن", "جو بايدن")).toEqual([
      { start: 21, end: 29, line: 1 },
    ]);
  });

  test("lists overlapping occurrences, in order, with their lines", () => {
    expect(locateQuote("aaa\naa", "aa")).toEqual([
      { start: 0, end: 2, line: 1 },
      { start: 1, end: 3, line: 1 },
      { start: 4, end: 6, line: 2 },
    ]);
  });

  test("with near, each occurrence gets its distance to the nearest occurrence of the words", () => {
    const found = locateQuote("one two. one three. four one", "one", { near: "four" });
    expect(found.map((f) => [f.start, f.distance])).toEqual([
      [0, 17],
      [9, 8],
      [25, 1],
    ]);
    expect(locateQuote("one two", "one", { near: "absent" })[0]?.distance).toBeUndefined();
  });

  test("finds nothing for an empty or absent quote, and never normalizes", () => {
    expect(locateQuote(text, "")).toEqual([]);
    expect(locateQuote(text, "Geneva")).toEqual([]);
    // NFD of a precomposed letter is another string: not found.
    expect(locateQuote("café", "café".normalize("NFD"))).toEqual([]);
  });

  test("every location is an exact slice (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(20), fc.nat(5), (hay, at, length) => {
        const quote = hay.slice(at, at + length);
        for (const { start, end } of locateQuote(hay, quote)) {
          expect(hay.slice(start, end)).toBe(quote);
          expect(end - start).toBe(quote.length);
        }
        if (quote.length > 0) expect(locateQuote(hay, quote).length).toBeGreaterThan(0);
      }),
    );
  });
});
