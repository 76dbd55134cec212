import {
  AccordError,
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  datasetOf,
  extendGraph,
  gradeOf,
  InvalidArgumentsError,
  neighborhood,
  search,
} from "@accordkg/core";
import {
  COLLECTIONS,
  type Dataset,
  DatasetError,
  type DatasetInput,
  defineDataset,
  geneva2021,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { span } from "./fixtures";

const TEXT =
  "Example notes, invented for this test. Putin said the two sides agreed to work together on Iran. The two presidents agreed to meet again in the Arctic.";
const S = "example-notes-text";

/** A document that names Geneva's actors, topics and events without copying them. */
function notes(): DatasetInput {
  return {
    id: "example-notes",
    title: "Example notes (invented)",
    sources: [{ id: S, title: "Example notes", language: "en", text: TEXT }],
    actors: [],
    topics: [],
    events: [],
    commitments: [
      {
        id: "arctic-meeting",
        kind: "agreement",
        parties: ["united-states", "russia"],
        topics: ["arctic"],
        statedBy: ["joe-biden"],
        event: "geneva-summit-2021",
        summary: { en: "The two presidents agreed to meet again in the Arctic (invented)." },
        evidence: [span(S, TEXT, "agreed to meet again in the Arctic")],
      },
    ],
    accounts: [
      {
        id: "putin-on-iran",
        of: "iran-nuclear-cooperation",
        kind: "agreement",
        statedBy: ["vladimir-putin"],
        summary: { en: "Putin said the two sides agreed to work together on Iran (invented)." },
        evidence: [span(S, TEXT, "agreed to work together on Iran")],
      },
    ],
  };
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const LEADERS = ["joe-biden", "vladimir-putin"];

describe("extendGraph", () => {
  test("adds a document that refers to the graph's records; the queries answer as on a rebuilt graph", () => {
    const graph = buildGraph(geneva2021);
    const before = graph.order;
    agreedByAll(graph, LEADERS); // the index exists before
    expect(extendGraph(graph, notes() as Dataset)).toBe(graph);
    expect(graph.order).toBe(before + 3);
    const rebuilt = buildGraph(geneva2021, notes() as Dataset);
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(ids(agreedByAll(rebuilt, LEADERS)));
    expect(ids(agreedByAll(graph, LEADERS)).at(-1)).toBe("arctic-meeting");
    expect(ids(commitmentsAbout(graph, "arctic"))).toEqual(["arctic-meeting"]);
    // Putin's own account makes Biden's one-sided report of the Iran agreement concordant.
    expect(gradeOf(buildGraph(geneva2021), "iran-nuclear-cooperation")).toBe("one-sided");
    expect(gradeOf(graph, "iran-nuclear-cooperation")).toBe("concordant");
    expect(ids(accountsOf(graph, "iran-nuclear-cooperation"))).toEqual([
      "iran-nuclear-cooperation",
      "putin-on-iran",
    ]);
  });

  test("datasetOf holds the added records: the rebuilt graph's records, in the same order", () => {
    const graph = buildGraph(geneva2021);
    expect(datasetOf(graph)).toBe(geneva2021);
    extendGraph(graph, notes() as Dataset);
    const extended = datasetOf(graph);
    const rebuilt = datasetOf(buildGraph(geneva2021, notes() as Dataset));
    for (const collection of COLLECTIONS)
      expect(ids(extended[collection])).toEqual(ids(rebuilt[collection]));
    expect(ids(extended.commitments)).toContain("arctic-meeting");
    // Under the graph's own dataset's id: it was built from Geneva and extended.
    expect(extended.id).toBe(geneva2021.id);
  });

  test("brings lazily built indexes up to date: search, grades, walks", () => {
    const graph = buildGraph(geneva2021);
    search(graph, "Arctic");
    gradeOf(graph, "iran-nuclear-cooperation");
    neighborhood(graph, "arctic", 1);
    extendGraph(graph, notes() as Dataset);
    const rebuilt = buildGraph(geneva2021, notes() as Dataset);
    for (const text of ["Arctic", "meet again", "Putin", "work together"])
      expect(search(graph, text)).toEqual(search(rebuilt, text));
    expect(gradeOf(graph, "iran-nuclear-cooperation")).toBe("concordant");
    expect(neighborhood(graph, "arctic", 2)).toEqual(neighborhood(rebuilt, "arctic", 2));
  });

  test("an identical copy of a record already there is kept once", () => {
    const graph = buildGraph(geneva2021);
    const input = notes();
    const russia = geneva2021.actors.find((actor) => actor.id === "russia");
    extendGraph(graph, { ...input, actors: [russia] } as Dataset);
    expect(graph.order).toBe(buildGraph(geneva2021).order + 3);
  });

  test("a conflicting record is a merge_conflict naming both, and nothing is added", () => {
    const graph = buildGraph(geneva2021);
    const serialized = JSON.stringify(graph.export());
    const input = notes();
    const russia = geneva2021.actors.find((actor) => actor.id === "russia");
    const changed = { ...input, actors: [{ ...russia, aliases: ["Moscow"] }] } as Dataset;
    let error: unknown;
    try {
      extendGraph(graph, changed);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toBeInstanceOf(AccordError);
    expect((error as DatasetError).functionName).toBe("extendGraph");
    expect((error as DatasetError).message).toMatch(
      /^Extending the graph with dataset "example-notes" has 1 problem:/,
    );
    expect((error as DatasetError).issues).toEqual([
      expect.objectContaining({
        path: ["actors", 0, "aliases"],
        code: "merge_conflict",
        message:
          'This actor differs from the actor "russia" of the graph: aliases is ["Moscow"] here and ["Russian Federation","Moscow","موسكو"] there',
      }),
    ]);
    expect(JSON.stringify(graph.export())).toBe(serialized);
  });

  test("problems of several documents are listed together, each naming its document", () => {
    const graph = buildGraph(geneva2021);
    const second = notes();
    const first = { ...notes(), id: "first-notes", commitments: [], accounts: [] };
    const broken = {
      ...second,
      commitments: [{ ...second.commitments[0], parties: ["united-states", "rusia"] }],
    };
    expect(() => extendGraph(graph, first as Dataset, broken as Dataset)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(
          '"example-notes" commitments[0].parties[1]: Unknown actor "rusia" [unknown_actor]',
        ),
        issues: [expect.objectContaining({ dataset: '"example-notes"', code: "unknown_actor" })],
      }),
    );
    expect(graph.order).toBe(buildGraph(geneva2021).order);
  });

  test("a statement citing an older source takes its place in the general order", () => {
    const graph = buildGraph(geneva2021);
    const report = geneva2021.sources[0];
    if (report === undefined) throw new Error("Geneva changed");
    const input = notes();
    const first = report.text.slice(0, 5);
    const early = {
      ...input,
      commitments: [
        {
          ...input.commitments[0],
          evidence: [{ source: report.id, start: 0, end: 5, quote: first }],
        },
      ],
    } as Dataset;
    extendGraph(graph, early);
    expect(ids(agreedByAll(graph, LEADERS))[0]).toBe("arctic-meeting");
    expect(ids(agreedByAll(graph, LEADERS))).toEqual(
      ids(agreedByAll(buildGraph(geneva2021, early), LEADERS)),
    );
  });

  test("edges added by the user are kept, and walks follow them after an extension too", () => {
    const graph = buildGraph(geneva2021);
    graph.addNode("note:1", { label: "mine" } as never);
    graph.addDirectedEdge("actor:joe-biden", "topic:arctic", { relation: "about" } as never);
    extendGraph(graph, notes() as Dataset);
    const around = neighborhood(graph, "joe-biden", 1).map((n) => n.record.id);
    expect(around).toContain("arctic");
    expect(graph.hasNode("note:1")).toBe(true);
    expect(new Set(graph.edges()).size).toBe(graph.size);
  });

  test("needs a dataset: an InvalidArgumentsError", () => {
    expect(() => extendGraph(buildGraph(geneva2021))).toThrow(InvalidArgumentsError);
  });

  test("a dataset defined with extends is accepted, and checked against the graph", () => {
    const graph = buildGraph(geneva2021);
    const mine = defineDataset(notes(), { extends: [geneva2021] });
    extendGraph(graph, mine);
    expect(ids(commitmentsAbout(graph, "arctic"))).toEqual(["arctic-meeting"]);
    // The same document again is all identical: nothing to add.
    const order = graph.order;
    extendGraph(graph, mine);
    expect(graph.order).toBe(order);
  });
});
