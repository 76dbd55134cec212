import {
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  neighborhood,
  search,
  sharedTopics,
  statedBy,
  topicsDiscussed,
  unilateralCommitments,
} from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";

const graph = buildGraph(geneva2021);

// Every query, with arguments that give non-empty answers.
const ALL_QUERIES: [string, () => readonly unknown[]][] = [
  ["agreedByAll", () => agreedByAll(graph, ["joe-biden", "vladimir-putin"])],
  ["commitmentsOf", () => commitmentsOf(graph, "united-states")],
  ["unilateralCommitments", () => unilateralCommitments(graph, "united-states")],
  ["commitmentsAbout", () => commitmentsAbout(graph, "global-security")],
  ["sharedTopics", () => sharedTopics(graph, "joe-biden", "vladimir-putin")],
  ["topicsDiscussed", () => topicsDiscussed(graph, "geneva-summit-2021")],
  ["discussedButNotAgreed", () => discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"])],
  ["statedBy", () => statedBy(graph, "joe-biden")],
  ["evidenceOf", () => evidenceOf(graph, "iran-nuclear-cooperation")],
  ["neighborhood", () => neighborhood(graph, "joe-biden", 2)],
  ["connection", () => connection(graph, "vladimir-putin", "ukraine")],
  ["search", () => search(graph, "الولايات المتحدة")],
];

const snapshot = () => JSON.stringify(graph.export());

describe("queries and the graph", () => {
  test("no query changes the graph", () => {
    const before = snapshot();
    for (const [, query] of ALL_QUERIES) query();
    expect(snapshot()).toBe(before);
  });

  test.each(ALL_QUERIES)("%s returns a fresh array each time", (_name, query) => {
    const first = query();
    expect(first.length).toBeGreaterThan(0);
    const second = query();
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    (first as unknown[]).length = 0; // emptying an answer…
    expect(query()).toEqual(second); // …changes no later answer
  });

  // Answers are records, or entries `{ kind, record, … }` holding one; evidenceOf's spans are
  // neither (see below).
  const RECORD_QUERIES = ALL_QUERIES.filter(([name]) => name !== "evidenceOf");
  test.each(RECORD_QUERIES)("%s hands out only frozen records", (_name, query) => {
    for (const item of query()) {
      const record =
        typeof item === "object" && item !== null && "record" in item ? item.record : item;
      expect(record).toEqual(expect.objectContaining({ id: expect.any(String) }));
      expect(Object.isFrozen(record)).toBe(true);
    }
  });

  test("evidenceOf hands out spans of its own, never the record's frozen evidence", () => {
    const record = geneva2021.commitments.find((c) => c.id === "iran-nuclear-cooperation");
    const spans = evidenceOf(graph, "iran-nuclear-cooperation");
    expect(spans).toHaveLength(2);
    expect(record?.evidence).toHaveLength(2);
    spans.forEach((span, i) => {
      const own = record?.evidence[i];
      expect(Object.isFrozen(own)).toBe(true);
      expect(span).not.toBe(own);
      expect(span).toMatchObject({ ...own, index: i });
    });
  });

  test("changing a returned entry does not change the node it came from", () => {
    const before = snapshot();
    const [entry] = neighborhood(graph, "joe-biden", 0) as { kind: string; depth: number }[];
    if (entry === undefined) throw new Error("no entry");
    entry.kind = "topic";
    entry.depth = 9;
    const [span] = evidenceOf(graph, "minsk-diplomacy") as { quote: string }[];
    if (span === undefined) throw new Error("no span");
    span.quote = "changed";
    expect(snapshot()).toBe(before);
    expect(graph.getNodeAttribute("actor:joe-biden", "kind")).toBe("actor");
    expect(evidenceOf(graph, "minsk-diplomacy")[0]?.quote).not.toBe("changed");
  });

  test("records cannot be changed through an answer", () => {
    const [agreement] = agreedByAll(graph, ["joe-biden", "vladimir-putin"]);
    if (agreement === undefined) throw new Error("no agreement");
    expect(() => {
      (agreement.parties as string[]).push("ukraine");
    }).toThrow(TypeError);
    expect(() => {
      (agreement as { kind: string }).kind = "pledge";
    }).toThrow(TypeError);
  });
});
