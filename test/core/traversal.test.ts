import {
  buildGraph,
  connection,
  InvalidArgumentsError,
  NotFoundError,
  neighborhood,
} from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { UndirectedGraph } from "graphology";
import { degreeCentrality } from "graphology-metrics/centrality/degree";
import { density } from "graphology-metrics/graph";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { bfsFromNode } from "graphology-traversal";
import { describe, expect, test } from "vitest";
import { rivers, span } from "./fixtures";

const geneva = buildGraph(geneva2021);
const handmade = buildGraph(rivers);

describe("neighborhood", () => {
  test("returns the record at depth 0, then its neighbours by depth in the general order", () => {
    expect(
      neighborhood(geneva, "minsk-diplomacy", 1).map((n) => `${n.depth} ${n.kind} ${n.record.id}`),
    ).toEqual([
      "0 commitment minsk-diplomacy",
      "1 actor joe-biden",
      "1 actor russia",
      "1 actor united-states",
      "1 actor ukraine",
      "1 topic minsk-agreements",
      "1 event biden-press-conference-2021-06-16",
      "1 event geneva-summit-2021",
      "1 account putin-minsk-understanding",
      "1 account biden-minsk-as-reported-in-russian",
      "1 source geneva-2021-summit-report-ar",
    ]);
  });

  test("returns just the record at depth 0", () => {
    expect(neighborhood(handmade, "westland", 0)).toEqual([
      { kind: "actor", record: rivers.actors.find((a) => a.id === "westland"), depth: 0 },
    ]);
  });

  test("finds the same nodes at the same depths as graphology-traversal's bfsFromNode", () => {
    for (const [id, key] of [
      ["bo", "actor:bo"],
      ["water", "topic:water"],
    ] as const) {
      const expected = new Map<string, number>();
      bfsFromNode(
        handmade,
        key,
        (node, attributes, depth) => {
          expected.set(node, depth);
          // Sources are reached, not passed through (see the neighborhood docs).
          return depth >= 2 || (depth > 0 && attributes.kind === "source");
        },
        { mode: "directed" },
      );
      const found = new Map(
        neighborhood(handmade, id, 2).map((n) => [`${n.kind}:${n.record.id}`, n.depth]),
      );
      expect(found).toEqual(expected);
    }
  });

  test("reaches a source without passing through it", () => {
    const text = "A pledged aid. B pledged trade.";
    const twoPledges = buildGraph(
      defineDataset({
        id: "two-pledges",
        title: "Two pledges",
        sources: [{ id: "s", title: "S", language: "en", text }],
        actors: [
          { id: "a", kind: "state", name: { en: "A" } },
          { id: "b", kind: "state", name: { en: "B" } },
        ],
        topics: [
          { id: "aid", label: { en: "Aid" } },
          { id: "trade", label: { en: "Trade" } },
        ],
        events: [],
        commitments: [
          {
            id: "a-aid",
            kind: "pledge",
            parties: ["a"],
            topics: ["aid"],
            statedBy: ["a"],
            summary: { en: "A pledged aid." },
            evidence: [span("s", text, "A pledged aid.")],
          },
          {
            id: "b-trade",
            kind: "pledge",
            parties: ["b"],
            topics: ["trade"],
            statedBy: ["b"],
            summary: { en: "B pledged trade." },
            evidence: [span("s", text, "B pledged trade.")],
          },
        ],
      }),
    );
    expect(neighborhood(twoPledges, "a-aid", Infinity).map((n) => n.record.id)).toEqual([
      "a-aid",
      "a",
      "aid",
      "s",
    ]);
    // From the source itself, every record with evidence there is one step away.
    expect(neighborhood(twoPledges, "s", 1).map((n) => n.record.id)).toEqual([
      "s",
      "a-aid",
      "b-trade",
    ]);
    expect(connection(twoPledges, "a-aid", "b-trade")).toEqual([]);
  });

  test("reaches each of several sources without passing through any of them", () => {
    // Two documents, two pledges in each; nothing links the pledges but their document.
    const one = "A pledged aid. B pledged trade.";
    const two = "C pledged water. D pledged roads.";
    const pledge = (party: string, source: string, text: string, quote: string) => ({
      id: `p${party}`,
      kind: "pledge" as const,
      parties: [party],
      topics: [`t${party}`],
      statedBy: [party],
      summary: { en: quote },
      evidence: [span(source, text, quote)],
    });
    const graph = buildGraph(
      defineDataset({
        id: "four-pledges",
        title: "Four pledges in two documents",
        sources: [
          { id: "one", title: "One", language: "en", text: one },
          { id: "two", title: "Two", language: "en", text: two },
        ],
        actors: ["a", "b", "c", "d"].map((id) => ({ id, kind: "state", name: { en: id } })),
        topics: ["ta", "tb", "tc", "td"].map((id) => ({ id, label: { en: id } })),
        events: [],
        commitments: [
          pledge("a", "one", one, "A pledged aid."),
          pledge("b", "one", one, "B pledged trade."),
          pledge("c", "two", two, "C pledged water."),
          pledge("d", "two", two, "D pledged roads."),
        ],
      }),
    );
    const ids = (id: string, depth: number) =>
      neighborhood(graph, id, depth).map((n) => `${n.depth} ${n.record.id}`);
    // From a statement of either document: its document at depth 1, and nothing behind it.
    expect(ids("pa", Infinity)).toEqual(["0 pa", "1 a", "1 ta", "1 one"]);
    expect(ids("pd", Infinity)).toEqual(["0 pd", "1 d", "1 td", "1 two"]);
    // From an actor, the document is two steps out, and still not passed through.
    expect(ids("c", Infinity)).toEqual(["0 c", "1 pc", "2 tc", "2 two"]);
    // A walk that starts at a document goes out from it; nothing leads to the other document.
    expect(ids("two", Infinity)).toEqual(["0 two", "1 pc", "1 pd", "2 c", "2 d", "2 tc", "2 td"]);
    // Each answer is graphology-traversal's walk with sources not passed through.
    for (const key of graph.nodes()) {
      const expected = new Map<string, number>();
      bfsFromNode(
        graph,
        key,
        (node, attributes, depth) => {
          expected.set(node, depth);
          return depth > 0 && attributes.kind === "source";
        },
        { mode: "directed" },
      );
      const found = new Map(
        neighborhood(graph, key, Infinity).map((n) => [`${n.kind}:${n.record.id}`, n.depth]),
      );
      expect(found, key).toEqual(expected);
    }
  });

  test("returns every record of a connected graph at depth Infinity", () => {
    // All but the two records nothing links to: the River Commission and the unused topic.
    expect(neighborhood(handmade, "ana", Infinity)).toHaveLength(handmade.order - 2);
  });

  test("throws for an unknown record or a bad depth", () => {
    expect(() => neighborhood(geneva, "putin", 1)).toThrow(NotFoundError);
    expect(() => neighborhood(geneva, "joe-biden", -1)).toThrow(InvalidArgumentsError);
    expect(() => neighborhood(geneva, "joe-biden", 1.5)).toThrow(InvalidArgumentsError);
    expect(() => neighborhood(geneva, "joe-biden", Number.NaN)).toThrow(InvalidArgumentsError);
  });
});

describe("connection", () => {
  test("returns the shortest chain of records and the relations between them", () => {
    expect(
      connection(geneva, "vladimir-putin", "ukraine").map((step) =>
        step.via === undefined
          ? step.record.id
          : `${step.via.direction === "forward" ? "→" : "←"}${step.via.relation} ${step.record.id}`,
      ),
    ).toEqual([
      // Putin says Ukraine's accession to NATO was only touched upon in their talks.
      "vladimir-putin",
      "→party-to ukraine-nato-only-touched-upon",
      "→recipient ukraine",
    ]);
  });

  test("ignores the direction of edges and says which way each one points", () => {
    const steps = connection(handmade, "ceasefire", "bo");
    expect(steps.map((s) => s.record.id)).toEqual(["ceasefire", "lakeside-meeting", "bo"]);
    expect(steps.map((s) => s.via)).toEqual([
      undefined,
      // The meeting discussed the ceasefire (meeting → topic), and Bo took part (Bo → meeting).
      { relation: "discussed", direction: "backward" },
      { relation: "participant", direction: "backward" },
    ]);
  });

  test("is as short as graphology-shortest-path's bidirectional on an undirected view", () => {
    for (const graph of [geneva, handmade]) {
      // The undirected view, without the sources (a chain never passes through one).
      const view = new UndirectedGraph();
      graph.forEachNode((node, attributes) => {
        if (attributes.kind !== "source") view.addNode(node);
      });
      graph.forEachEdge((_edge, _attributes, source, target) => {
        if (view.hasNode(source) && view.hasNode(target)) view.mergeEdge(source, target);
      });
      const keys = view.nodes().filter((key) => /^(actor|topic):/.test(key));
      for (const a of keys)
        for (const b of keys) {
          const expected = bidirectional(view, a, b);
          const found = connection(graph, a, b);
          expect(found.length).toBe(expected === null ? 0 : expected.length);
          if (found.length > 0) {
            expect(`${found[0]?.kind}:${found[0]?.record.id}`).toBe(a);
            expect(`${found.at(-1)?.kind}:${found.at(-1)?.record.id}`).toBe(b);
          }
        }
    }
  });

  test("always returns the same chain, choosing by the general order among equals", () => {
    const first = connection(geneva, "joe-biden", "vladimir-putin").map((s) => s.record.id);
    // Both met at the summit and discussed things together: the event comes first in the order.
    expect(first).toEqual(["joe-biden", "geneva-summit-2021", "vladimir-putin"]);
    expect(
      connection(buildGraph(geneva2021), "joe-biden", "vladimir-putin").map((s) => s.record.id),
    ).toEqual(first);
  });

  test("returns one step when both ends are the same record", () => {
    expect(connection(geneva, "russia", "actor:russia").map((s) => s.record.id)).toEqual([
      "russia",
    ]);
  });

  test("returns [] when nothing links the records", () => {
    expect(connection(handmade, "unused-topic", "ana")).toEqual([]);
  });

  test("throws NotFoundError for an unknown end", () => {
    expect(() => connection(geneva, "joe-biden", "moscow")).toThrow(NotFoundError);
  });
});

describe("graphology's standard library on the built graph", () => {
  test("runs a metric: degree centrality and density", () => {
    const centrality = degreeCentrality(geneva);
    const top = Object.entries(centrality).sort((a, b) => b[1] - a[1])[0]?.[0];
    // Biden states every statement of the Arabic report, and the joint statement with Putin.
    expect(top).toBe("actor:joe-biden");
    expect(centrality["actor:joe-biden"]).toBe(
      geneva.degree("actor:joe-biden") / (geneva.order - 1),
    );
    expect(density(geneva)).toBeGreaterThan(0);
    expect(density(geneva)).toBeLessThan(1);
  });

  test("runs a shortest path along edge directions", () => {
    expect(bidirectional(geneva, "commitment:minsk-diplomacy", "topic:ukraine-file")).toEqual([
      "commitment:minsk-diplomacy",
      "topic:minsk-agreements",
      "topic:ukraine-file",
    ]);
  });
});
