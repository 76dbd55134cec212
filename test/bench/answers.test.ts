// The bench's baselines and peers must answer the same questions as the library, or their
// timings mean nothing: checked here at a small size, input by input, as sets of ids.
import { agreedByAll, buildGraph, commitmentsAbout, neighborhood, search } from "@accordkg/core";
import { defineDataset } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import {
  floorAgreedByAll,
  floorCommitmentsAbout,
  floorGraph,
  floorNeighborhood,
  traversalNeighborhood,
} from "../../bench/floor";
import { generateDataset } from "../../bench/generate";
import { buildMapIndex, limitAgreedByAll, limitCommitmentsAbout } from "../../bench/limit";
import {
  loadN3,
  n3AgreedByAll,
  n3CommitmentsAbout,
  n3Neighborhood,
  n3Search,
} from "../../bench/n3Peer";
import {
  loadOxigraph,
  oxigraphAgreedByAll,
  oxigraphCommitmentsAbout,
  oxigraphNeighborhood2,
  oxigraphSearch,
} from "../../bench/oxigraphPeer";
import { sampleQueryInputs } from "../../bench/queryInputs";
import { keyOfIri } from "../../bench/rdf";
import { words } from "../../packages/core/src/internal/normalize";

const input = generateDataset({ seed: 3, commitments: 600 });
const dataset = defineDataset(input);
const graph = buildGraph(dataset);
const floor = floorGraph(dataset);
const mapIndex = buildMapIndex(dataset);
const n3 = loadN3(input);
const { store: oxigraph } = loadOxigraph(input);
const queries = sampleQueryInputs(input, 3, { pairs: 60, topics: 20, actors: 15, searches: 30 });

const sorted = (values: Iterable<string>) => [...values].sort();
const ids = (records: readonly { id: string }[]) => sorted(records.map((r) => r.id));
const iriIds = (values: readonly string[]) =>
  sorted(values.map((v) => v.slice(v.lastIndexOf("/") + 1)));
const keys = (entries: readonly { kind: string; record: { id: string } }[]) =>
  sorted(entries.map((e) => `${e.kind}:${e.record.id}`));
const iriKeys = (values: readonly string[]) => sorted(values.map(keyOfIri));

describe("the bench's implementations", () => {
  test("floorGraph inserts the same nodes and edges as buildGraph", () => {
    expect(floor.order).toBe(graph.order);
    expect(floor.size).toBe(graph.size);
    expect(sorted(floor.nodes())).toEqual(sorted(graph.nodes()));
    const edges = (g: typeof graph) =>
      sorted(g.mapEdges((_e, a, s, t) => `${s} ${a.relation} ${t}`));
    expect(edges(floor)).toEqual(edges(graph));
  });

  test("agree with agreedByAll on every sampled pair, and some answers are not empty", () => {
    let nonEmpty = 0;
    for (const [x, y] of queries.pairs) {
      const expected = ids(agreedByAll(graph, [x, y]));
      if (expected.length > 0) nonEmpty++;
      expect(ids(limitAgreedByAll(mapIndex, x, y))).toEqual(expected);
      expect(ids(floorAgreedByAll(floor, x, y))).toEqual(expected);
      expect(iriIds(n3AgreedByAll(n3, x, y))).toEqual(expected);
      expect(iriIds(oxigraphAgreedByAll(oxigraph, x, y))).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(5);
  });

  test("agree with commitmentsAbout, subtopics included", () => {
    for (const topic of queries.topics) {
      const expected = ids(commitmentsAbout(graph, topic));
      expect(ids(limitCommitmentsAbout(mapIndex, topic))).toEqual(expected);
      expect(ids(floorCommitmentsAbout(floor, topic))).toEqual(expected);
      expect(iriIds(n3CommitmentsAbout(n3, topic))).toEqual(expected);
      expect(iriIds(oxigraphCommitmentsAbout(oxigraph, topic))).toEqual(expected);
    }
  });

  test("agree with neighborhood at depth 2", () => {
    for (const actor of queries.actors) {
      const expected = keys(neighborhood(graph, actor, 2));
      expect(expected.length).toBeGreaterThan(1);
      expect(keys(floorNeighborhood(floor, `actor:${actor}`, 2))).toEqual(expected);
      expect(keys(traversalNeighborhood(floor, `actor:${actor}`, 2))).toEqual(expected);
      expect(iriKeys(n3Neighborhood(n3, actor, 2))).toEqual(expected);
      expect(iriKeys(oxigraphNeighborhood2(oxigraph, actor))).toEqual(expected);
    }
  });

  test("agree with search in English and Arabic", () => {
    let arabic = 0;
    for (const text of queries.searches) {
      const expected = keys(search(graph, text));
      if (/[\u0600-\u06ff]/.test(text)) arabic++;
      expect(iriKeys(n3Search(n3, words(text)))).toEqual(expected);
      expect(iriKeys(oxigraphSearch(oxigraph, words(text)))).toEqual(expected);
    }
    expect(arabic).toBeGreaterThan(3);
  });
});
