import { buildGraph, evidenceOf, NotFoundError, statedBy } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { ids, RIVERS_TEXT, rivers, span } from "./fixtures";

const geneva = buildGraph(geneva2021);
const handmade = buildGraph(rivers);

describe("statedBy", () => {
  test("returns the commitments and claims attributed to the speaker, in text order", () => {
    expect(ids(statedBy(handmade, "ana"))).toEqual([
      "water-agreement",
      "ceasefire-proposal",
      "discussed-fishing-trade",
      "delta-survey-agreement",
      "westland-aid",
      "talks-useful",
    ]);
    expect(ids(statedBy(handmade, "bo"))).toEqual(["border-warning"]);
    // Every statement of the Arabic report, and the joint statement's, which he states with Putin.
    const biden = statedBy(geneva, "joe-biden");
    const his = [...geneva2021.commitments, ...geneva2021.claims].filter((s) =>
      s.statedBy.includes("joe-biden"),
    );
    expect(ids(biden).sort()).toEqual(ids(his).sort());
    expect(biden).toHaveLength(26);
    expect(biden[0]?.id).toBe("areas-of-common-interest");
  });

  test("matches the speaker exactly, without the person/state equivalence", () => {
    // The state never speaks in the report; its president does.
    expect(statedBy(geneva, "united-states")).toEqual([]);
    expect(statedBy(handmade, "northland")).toEqual([]);
  });

  test("returns [] for an actor who said nothing", () => {
    expect(statedBy(geneva, "iran")).toEqual([]);
    expect(statedBy(handmade, "westland")).toEqual([]);
  });

  test("throws NotFoundError for an unknown actor", () => {
    expect(() => statedBy(geneva, "biden")).toThrow(NotFoundError);
    expect(() => statedBy(geneva, "biden")).toThrow(/Did you mean "joe-biden"/);
  });
});

describe("evidenceOf", () => {
  test("returns each span with its quote, sentence, offsets and source", () => {
    const [span, ...rest] = evidenceOf(geneva, "minsk-diplomacy");
    // The record's own span, then those of its two other accounts (Putin's and a Russian report
    // of Biden's).
    expect(rest.map((other) => other.account)).toEqual([
      "putin-minsk-understanding",
      "putin-minsk-understanding",
      "biden-minsk-as-reported-in-russian",
    ]);
    expect(span?.account).toBeUndefined();
    expect(span?.statedBy).toEqual(["joe-biden"]);
    const source = geneva2021.sources[0];
    expect(span).toMatchObject({
      index: 0,
      source: "geneva-2021-summit-report-ar",
      title: source?.title,
      language: "ar",
      start: 1725,
      end: 1789,
      quote: "تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك",
    });
    expect(source?.text.slice(span?.start, span?.end)).toBe(span?.quote);
    expect(span?.sentence.startsWith("وفيما يتعلق بأوكرانيا")).toBe(true);
    expect(span?.sentence.endsWith("باتفاقية مينسك.")).toBe(true);
    expect(source?.text.slice(span?.sentenceStart, span?.sentenceEnd)).toBe(span?.sentence);
  });

  test("keeps the record's order of spans and numbers them", () => {
    const spans = evidenceOf(geneva, "commitment:iran-nuclear-cooperation");
    expect(spans.map((s) => [s.index, s.start])).toEqual([
      [0, 1404],
      [1, 1302],
    ]);
  });

  test("finds the sentence around a quote in English text", () => {
    const [span] = evidenceOf(handmade, "ceasefire-proposal");
    expect(span?.sentence).toBe("Ana proposed a ceasefire to Southland.");
    expect(RIVERS_TEXT.slice(span?.sentenceStart, span?.sentenceEnd)).toBe(span?.sentence);
    const [meeting] = evidenceOf(handmade, "lakeside-meeting");
    expect(meeting?.sentence).toBe("Ana and Bo met in Lakeside.");
    expect(meeting?.sentenceStart).toBe(0);
  });

  test("ends sentences at . ! ? ؟ ؛ and newlines", () => {
    const text = "هل اتفقا؟ نعم؛ اتفقا على الحوار.\nثم غادرا! Did they? Yes.";
    const dataset = defineDataset({
      id: "sentences",
      title: "Sentences",
      sources: [{ id: "s", title: "Sentences", language: "ar", text }],
      actors: [
        { id: "a", kind: "state", name: { en: "A" } },
        { id: "b", kind: "state", name: { en: "B" } },
      ],
      topics: [{ id: "t", label: { en: "T" } }],
      events: [],
      commitments: [
        {
          id: "dialogue",
          kind: "agreement",
          parties: ["a", "b"],
          topics: ["t"],
          statedBy: ["a"],
          summary: { en: "Dialogue." },
          evidence: [
            span("s", text, "على الحوار"),
            span("s", text, "غادرا"),
            span("s", text, "they"),
            // A quote across a sentence end gets both sentences.
            span("s", text, "? Yes"),
          ],
        },
      ],
    });
    const sentences = evidenceOf(buildGraph(dataset), "dialogue").map((e) => e.sentence);
    expect(sentences).toEqual(["اتفقا على الحوار.", "ثم غادرا!", "Did they?", "Did they? Yes."]);
  });

  test("keeps a closing quotation mark inside the sentence and stops at newlines", () => {
    const [span] = evidenceOf(geneva, "meeting-good-and-positive");
    expect(span?.sentence).toBe('ووصف الاجتماع بأنه كان "جيدا وإيجابيا".');
    const [first] = evidenceOf(geneva, "areas-of-common-interest");
    expect(first?.sentenceStart).toBe(0);
    expect(first?.sentence.includes("\n")).toBe(false);
  });

  test("returns [] for records that carry no evidence of their own", () => {
    expect(evidenceOf(geneva, "joe-biden")).toEqual([]);
    expect(evidenceOf(geneva, "arms-control")).toEqual([]);
    expect(evidenceOf(geneva, "geneva-2021-summit-report-ar")).toEqual([]);
  });

  test("throws NotFoundError for an unknown id, with the nearest ids of any kind", () => {
    let error: unknown;
    try {
      evidenceOf(geneva, "minsk");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).expectedKind).toBe("record");
    expect((error as NotFoundError).nearest).toEqual([
      "minsk-agreements",
      "biden-minsk-as-reported-in-russian",
      "minsk-diplomacy",
    ]);
  });
});
