import { CLAIM_KINDS, COMMITMENT_KINDS, defineDataset } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";

describe("generateDataset", () => {
  const input = generateDataset({ seed: 7, commitments: 2000 });

  test("gives the same dataset for the same seed", () => {
    expect(JSON.stringify(generateDataset({ seed: 7, commitments: 2000 }))).toBe(
      JSON.stringify(input),
    );
  });

  test("gives different datasets for different seeds", () => {
    const other = generateDataset({ seed: 8, commitments: 2000 });
    expect(other.commitments.map((c) => c.parties)).not.toEqual(
      input.commitments.map((c) => c.parties),
    );
    expect(other.sources[0]?.text).not.toBe(input.sources[0]?.text);
  });

  test("produces a dataset that defineDataset accepts, with the requested counts", () => {
    const dataset = defineDataset(input);
    expect(dataset.commitments).toHaveLength(2000);
    expect(dataset.claims).toHaveLength(667);
    expect(dataset.actors.length).toBeGreaterThanOrEqual(400);
    expect(dataset.topics.length).toBeGreaterThanOrEqual(100);
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  test("quotes every evidence span exactly from its source text", () => {
    const texts = new Map(input.sources.map((s) => [s.id, s.text]));
    const spans = [...input.events, ...input.commitments, ...(input.claims ?? [])].flatMap(
      (record) => record.evidence,
    );
    expect(spans.length).toBeGreaterThan(2667);
    for (const span of spans) {
      expect(span.quote.length).toBeGreaterThan(0);
      expect(texts.get(span.source)?.slice(span.start, span.end)).toBe(span.quote);
    }
  });

  test("uses every commitment and claim kind, with 1 to 4 parties and 1 to 3 topics", () => {
    const commitmentKinds = new Set(input.commitments.map((c) => c.kind));
    expect([...commitmentKinds].sort()).toEqual(Object.keys(COMMITMENT_KINDS).sort());
    const claimKinds = new Set((input.claims ?? []).map((c) => c.kind));
    expect([...claimKinds].sort()).toEqual(Object.keys(CLAIM_KINDS).sort());
    const partyCounts = new Set(input.commitments.map((c) => c.parties.length));
    expect([...partyCounts].sort()).toEqual([1, 2, 3, 4]);
    const topicCounts = new Set(input.commitments.map((c) => c.topics.length));
    expect([...topicCounts].sort()).toEqual([1, 2, 3]);
  });

  test("gives every agreement at least two distinct parties", () => {
    const agreements = input.commitments.filter((c) => c.kind === "agreement");
    expect(agreements.length).toBeGreaterThan(400);
    for (const agreement of agreements)
      expect(new Set(agreement.parties).size).toBeGreaterThanOrEqual(2);
  });

  test("makes two-party commitments the most common, with recurring pairs", () => {
    const bilateral = input.commitments.filter((c) => c.parties.length === 2);
    expect(bilateral.length / input.commitments.length).toBeGreaterThan(0.5);
    const pairs = new Map<string, number>();
    for (const c of bilateral) {
      const key = [...c.parties].sort().join("|");
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    expect(Math.max(...pairs.values())).toBeGreaterThan(5);
  });

  test("builds a topic hierarchy whose parents come first (so it has no cycle)", () => {
    const position = new Map(input.topics.map((t, i) => [t.id, i]));
    const withParent = input.topics.filter((t) => t.parent !== undefined);
    expect(withParent.length).toBeGreaterThan(input.topics.length / 2);
    input.topics.forEach((topic, i) => {
      if (topic.parent !== undefined) expect(position.get(topic.parent)).toBeLessThan(i);
    });
  });
});
