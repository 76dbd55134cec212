import {
  type AccordGraph,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  InvalidArgumentsError,
  InvalidGraphError,
  NotFoundError,
  neighborhood,
  search,
  statedBy,
} from "@accordkg/core";
import { type Commitment, geneva2021 } from "@accordkg/data";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, test } from "vitest";
import { ids } from "./fixtures";

const LEADERS = ["joe-biden", "vladimir-putin"];
const WITHOUT_MINSK = [
  "strategic-stability-dialogue",
  "cyber-expert-understandings",
  "iran-nuclear-cooperation",
  "nuclear-war-cannot-be-won",
  "ambassadors-return",
  "diplomatic-track-consultations",
];
const AGREEMENTS = [
  "strategic-stability-dialogue",
  "cyber-expert-understandings",
  "iran-nuclear-cooperation",
  "minsk-diplomacy",
  "nuclear-war-cannot-be-won",
  "ambassadors-return",
  "diplomatic-track-consultations",
];

// A record a user might add by hand: the quote is the article's own first words.
const text = geneva2021.sources[0]?.text ?? "";
const extra: Commitment = Object.freeze({
  id: "extra-agreement",
  kind: "agreement",
  parties: ["united-states", "russia"],
  topics: ["arctic"],
  statedBy: ["joe-biden"],
  summary: { en: "An agreement added by hand, for the test." },
  evidence: [{ source: "geneva-2021-summit-report-ar", start: 0, end: 4, quote: text.slice(0, 4) }],
});

describe("the index behind the queries", () => {
  test("is rebuilt after a node is added", () => {
    const graph = buildGraph(geneva2021);
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(AGREEMENTS);
    graph.addNode("commitment:extra-agreement", { kind: "commitment", record: extra });
    // The new agreement's evidence starts the text, so it comes first.
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(["extra-agreement", ...AGREEMENTS]);
    expect(ids(commitmentsAbout(graph, "arctic"))).toEqual(["extra-agreement"]);
  });

  test("is rebuilt after a node is dropped", () => {
    const graph = buildGraph(geneva2021);
    agreedByAll(graph, LEADERS);
    graph.dropNode("commitment:minsk-diplomacy");
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(WITHOUT_MINSK);
    graph.dropNode("actor:vladimir-putin");
    expect(() => agreedByAll(graph, LEADERS)).toThrow(NotFoundError);
    // Russia is still there, and the agreements still bind it.
    expect(ids(agreedByAll(graph, ["joe-biden", "russia"]))).toEqual(WITHOUT_MINSK);
  });

  test("is rebuilt after a node's record is replaced", () => {
    const graph = buildGraph(geneva2021);
    agreedByAll(graph, LEADERS);
    const minsk = geneva2021.commitments.find((c) => c.id === "minsk-diplomacy");
    if (minsk === undefined) throw new Error("minsk-diplomacy is missing");
    graph.setNodeAttribute("commitment:minsk-diplomacy", "record", {
      ...minsk,
      kind: "pledge",
    });
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(WITHOUT_MINSK);
    graph.replaceNodeAttributes("commitment:minsk-diplomacy", {
      kind: "commitment",
      record: minsk,
    });
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(AGREEMENTS);
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 0, y: 0 }), {
      attributes: ["x", "y"],
    });
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(AGREEMENTS);
  });

  test("keeps answering while layout attributes are set", () => {
    const graph = buildGraph(geneva2021);
    graph.forEachNode((node) => {
      graph.setNodeAttribute(node, "x", Math.random());
      graph.mergeNodeAttributes(node, { y: 1, size: 2, color: "#333", label: node });
    });
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(AGREEMENTS);
    expect(neighborhood(graph, "minsk-diplomacy", 0)).toEqual([
      {
        kind: "commitment",
        record: graph.getNodeAttribute("commitment:minsk-diplomacy", "record"),
        depth: 0,
      },
    ]);
  });

  test("is rebuilt from the nodes of a copy, or of a graph built by hand", () => {
    const copy = buildGraph(geneva2021).copy();
    expect(ids(agreedByAll(copy, LEADERS))).toEqual(AGREEMENTS);
    const byHand: AccordGraph = new MultiDirectedGraph();
    for (const record of geneva2021.actors)
      byHand.addNode(`actor:${record.id}`, { kind: "actor", record });
    for (const record of geneva2021.sources)
      byHand.addNode(`source:${record.id}`, { kind: "source", record });
    for (const record of geneva2021.commitments)
      byHand.addNode(`commitment:${record.id}`, { kind: "commitment", record });
    expect(ids(agreedByAll(byHand, LEADERS))).toEqual(AGREEMENTS);
    expect(search(byHand, "putin")[0]?.record.id).toBe("vladimir-putin");
  });

  test("neighborhood walks edges added or dropped after its first call", () => {
    const graph = buildGraph(geneva2021);
    const reached = (id: string) => neighborhood(graph, id, 1).map((e) => e.record.id as string);
    expect(reached("syria")).not.toContain("arctic");
    // An edge of the user's own between two records is an edge like any other for the walk.
    const edge = graph.addEdge("actor:syria", "topic:arctic", { relation: "about" });
    expect(reached("syria")).toContain("arctic");
    expect(reached("arctic")).toContain("syria");
    graph.dropEdge(edge);
    expect(reached("syria")).not.toContain("arctic");
    // One edge in, one out: the edge count is unchanged, the walk must still see the change.
    graph.addEdge("actor:syria", "topic:arctic", { relation: "about" });
    graph.dropEdge(graph.edges("actor:joe-biden", "actor:united-states")[0] as string);
    expect(reached("syria")).toContain("arctic");
    expect(reached("joe-biden")).not.toContain("united-states");
    graph.clearEdges();
    expect(neighborhood(graph, "syria", 3).map((e) => e.record.id)).toEqual(["syria"]);
  });

  test("neighborhood gives the same answer on every call", () => {
    const graph = buildGraph(geneva2021);
    const first = neighborhood(graph, "joe-biden", 2);
    for (let i = 0; i < 50; i++) expect(neighborhood(graph, "joe-biden", 2)).toEqual(first);
    expect(first.length).toBeGreaterThan(10);
  });

  test("ignores nodes outside the record namespaces", () => {
    const graph = buildGraph(geneva2021);
    graph.addNode("note:1", { text: "A note of mine" } as never);
    graph.addEdge("note:1", "actor:joe-biden", { relation: "about" });
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(AGREEMENTS);
    expect(
      neighborhood(graph, "joe-biden", 1).some((entry) => (entry.record.id as string) === "1"),
    ).toBe(false);
  });

  test("throws InvalidGraphError for a namespaced node that holds no record", () => {
    const graph = buildGraph(geneva2021);
    graph.addNode("actor:ghost", { name: "Ghost" } as never);
    expect(() => agreedByAll(graph, LEADERS)).toThrow(InvalidGraphError);
    expect(() => statedBy(graph, "joe-biden")).toThrow(/node "actor:ghost"/);
  });

  test("throws InvalidArgumentsError for something that is not a graph", () => {
    expect(() => agreedByAll({} as AccordGraph, LEADERS)).toThrow(InvalidArgumentsError);
    expect(() => agreedByAll(null as unknown as AccordGraph, LEADERS)).toThrow(
      InvalidArgumentsError,
    );
  });

  test("answers with NotFoundError once the graph is cleared", () => {
    const graph = buildGraph(geneva2021);
    graph.clear();
    expect(() => agreedByAll(graph, LEADERS)).toThrow(NotFoundError);
    expect(() => search(graph, "putin")).not.toThrow();
    expect(search(graph, "putin")).toEqual([]);
  });
});
