import { buildGraph, datasetOf, InvalidGraphError } from "@accordkg/core";
import { type Actor, DatasetError, defineDataset, geneva2021, mergeDatasets } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { rivers } from "./fixtures";

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe("datasetOf", () => {
  test("is the very dataset an unchanged graph was built from", () => {
    expect(datasetOf(buildGraph(geneva2021))).toBe(geneva2021);
  });

  test("is the merged dataset for a graph of several", () => {
    const graph = buildGraph(geneva2021, rivers);
    expect(datasetOf(graph)).toEqual(mergeDatasets(geneva2021, rivers));
  });

  test("layout attributes and edges leave it the same object", () => {
    const graph = buildGraph(geneva2021);
    graph.setNodeAttribute("actor:joe-biden", "x", 3);
    graph.updateEachNodeAttributes((_, a) => ({ ...a, size: 2 }), { attributes: ["size"] });
    graph.addEdge("actor:joe-biden", "actor:russia");
    expect(datasetOf(graph)).toBe(geneva2021);
  });

  test("after a record node is added and dropped, it is rebuilt from the nodes, equal to the original", () => {
    const graph = buildGraph(geneva2021);
    // A node of the user's own (outside the record namespaces) changes no record.
    graph.addNode("note:1");
    expect(datasetOf(graph)).toBe(geneva2021);
    const olaf: Actor = { id: "olaf", kind: "person", name: { en: "Olaf" } };
    graph.addNode("actor:olaf", { kind: "actor", record: olaf });
    graph.dropNode("actor:olaf");
    const rebuilt = datasetOf(graph);
    expect(rebuilt).not.toBe(geneva2021);
    expect(rebuilt).toEqual(geneva2021);
  });

  test("follows dropped and added records, keeping the original order", () => {
    const graph = buildGraph(geneva2021);
    graph.dropNode("commitment:us-will-respond");
    const extra: Actor = defineDataset({
      ...geneva2021,
      actors: [...geneva2021.actors, { id: "olaf", kind: "person", name: { en: "Olaf" } }],
    }).actors.at(-1) as Actor;
    graph.addNode("actor:olaf", { kind: "actor", record: extra });
    const dataset = datasetOf(graph);
    expect(ids(dataset.commitments)).toEqual(
      ids(geneva2021.commitments).filter((id) => id !== "us-will-respond"),
    );
    expect(ids(dataset.actors)).toEqual([...ids(geneva2021.actors), "olaf"]);
    expect(dataset.id).toBe(geneva2021.id);
    expect(dataset.description).toBe(geneva2021.description);
    expect(Object.isFrozen(dataset.actors)).toBe(true);
  });

  test("throws DatasetError when a change left the records invalid", () => {
    const graph = buildGraph(geneva2021);
    graph.dropNode("actor:russia");
    expect(() => datasetOf(graph)).toThrow(DatasetError);
  });

  test("throws InvalidGraphError for a graph buildGraph did not build", () => {
    expect(() => datasetOf(buildGraph(geneva2021).copy())).toThrow(InvalidGraphError);
  });
});
