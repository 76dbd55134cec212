import {
  type AccordGraph,
  buildGraph,
  InvalidArgumentsError,
  NODE_KINDS,
  nodeKey,
  RELATIONS,
  type Relation,
} from "@accordkg/core";
import {
  DatasetError,
  type DatasetInput,
  defineDataset,
  geneva2021,
  mergeDatasets,
} from "@accordkg/data";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { rivers, riversInput, span } from "./fixtures";

const relationsOf = (graph: AccordGraph, source: string, target: string) =>
  graph.outEdges(source, target).map((edge) => graph.getEdgeAttribute(edge, "relation"));

describe("buildGraph", () => {
  const graph = buildGraph(geneva2021);

  test("returns a plain graphology MultiDirectedGraph", () => {
    expect(graph).toBeInstanceOf(MultiDirectedGraph);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
  });

  test("has one node per record, keyed by kind and id", () => {
    const d = geneva2021;
    const records =
      d.sources.length +
      d.actors.length +
      d.topics.length +
      d.events.length +
      d.commitments.length +
      d.claims.length +
      d.accounts.length;
    expect(graph.order).toBe(records);
    for (const actor of d.actors) {
      const attributes = graph.getNodeAttributes(nodeKey("actor", actor.id));
      expect(attributes.kind).toBe("actor");
      expect(attributes.record).toBe(actor);
    }
    expect(graph.getNodeAttribute("commitment:minsk-diplomacy", "kind")).toBe("commitment");
    expect(graph.getNodeAttribute("claim:discussed-arctic", "kind")).toBe("claim");
    expect(graph.getNodeAttribute("source:geneva-2021-summit-report-ar", "kind")).toBe("source");
    expect(graph.getNodeAttribute("account:putin-cyber-consultations", "kind")).toBe("account");
    for (const key of graph.nodes()) {
      const kind = graph.getNodeAttribute(key, "kind");
      expect(NODE_KINDS).toContain(kind);
      expect(key).toBe(`${kind}:${graph.getNodeAttribute(key, "record").id}`);
    }
  });

  test("links each relation in its documented direction", () => {
    expect(relationsOf(graph, "actor:united-states", "commitment:minsk-diplomacy")).toEqual([
      "party-to",
    ]);
    expect(relationsOf(graph, "commitment:minsk-diplomacy", "actor:joe-biden")).toEqual([
      "stated-by",
    ]);
    expect(relationsOf(graph, "commitment:minsk-diplomacy", "topic:minsk-agreements")).toEqual([
      "about",
    ]);
    expect(relationsOf(graph, "commitment:minsk-diplomacy", "actor:ukraine")).toEqual([
      "recipient",
    ]);
    expect(relationsOf(graph, "actor:joe-biden", "actor:united-states")).toEqual(["represents"]);
    expect(relationsOf(graph, "actor:vladimir-putin", "event:geneva-summit-2021")).toEqual([
      "participant",
    ]);
    expect(relationsOf(graph, "event:geneva-summit-2021", "topic:arctic")).toEqual(["discussed"]);
    expect(relationsOf(graph, "topic:arms-control", "topic:strategic-stability")).toEqual([
      "subtopic-of",
    ]);
    expect(relationsOf(graph, "commitment:minsk-diplomacy", "event:geneva-summit-2021")).toEqual([
      "occurred-at",
    ]);
    expect(
      relationsOf(graph, "commitment:minsk-diplomacy", "event:biden-press-conference-2021-06-16"),
    ).toEqual(["stated-at"]);
    expect(
      relationsOf(graph, "event:biden-press-conference-2021-06-16", "event:geneva-summit-2021"),
    ).toEqual(["follows"]);
    const account = "account:putin-cyber-consultations";
    expect(relationsOf(graph, account, "commitment:cyber-expert-understandings")).toEqual([
      "account-of",
    ]);
    expect(relationsOf(graph, account, "actor:vladimir-putin")).toEqual(["stated-by"]);
    expect(relationsOf(graph, account, "event:putin-press-conference-2021-06-16")).toEqual([
      "stated-at",
    ]);
    expect(relationsOf(graph, account, "source:interfax-ua-putin-cyber-2021")).toEqual([
      "evidence",
    ]);
    expect(relationsOf(graph, "source:joint-statement-2021-en", "actor:joe-biden")).toEqual([
      "issued-by",
    ]);
    expect(
      relationsOf(graph, "source:joint-statement-2021-ar", "source:joint-statement-2021-en"),
    ).toEqual(["translation-of"]);
  });

  test("uses only the documented relations", () => {
    const used = new Set<Relation>();
    graph.forEachEdge((_edge, attributes) => {
      used.add(attributes.relation);
    });
    expect([...used].sort()).toEqual([...RELATIONS].sort());
  });

  test("gives each evidence span its own edge to the source, with offsets, quote and index", () => {
    // iran-nuclear-cooperation has two spans, so two parallel evidence edges.
    const edges = graph.outEdges(
      "commitment:iran-nuclear-cooperation",
      "source:geneva-2021-summit-report-ar",
    );
    const record = geneva2021.commitments.find((c) => c.id === "iran-nuclear-cooperation");
    const spans = edges
      .map((edge) => graph.getEdgeAttributes(edge))
      .sort((a, b) =>
        a.relation === "evidence" && b.relation === "evidence" ? a.index - b.index : 0,
      );
    expect(spans).toEqual(
      record?.evidence.map((e, index) => ({
        relation: "evidence",
        start: e.start,
        end: e.end,
        quote: e.quote,
        index,
      })),
    );
  });

  test("counts one edge per relation instance", () => {
    let expected = 0;
    for (const actor of geneva2021.actors) expected += actor.represents?.length ?? 0;
    for (const topic of geneva2021.topics) expected += topic.parent === undefined ? 0 : 1;
    for (const event of geneva2021.events)
      expected +=
        event.participants.length +
        event.topics.length +
        (event.follows === undefined ? 0 : 1) +
        event.evidence.length;
    for (const s of [...geneva2021.commitments, ...geneva2021.claims])
      expected +=
        s.parties.length +
        s.statedBy.length +
        s.topics.length +
        (s.recipients?.length ?? 0) +
        (s.event === undefined ? 0 : 1) +
        (s.statedAt === undefined ? 0 : 1) +
        s.evidence.length;
    for (const a of geneva2021.accounts)
      expected += 1 + a.statedBy.length + (a.statedAt === undefined ? 0 : 1) + a.evidence.length;
    for (const source of geneva2021.sources)
      expected += (source.issuedBy?.length ?? 0) + (source.translationOf === undefined ? 0 : 1);
    expect(graph.size).toBe(expected);
  });

  test("keeps records frozen but lets renderers add layout attributes to nodes", () => {
    const own = buildGraph(geneva2021);
    const key = "actor:joe-biden";
    expect(Object.isFrozen(own.getNodeAttribute(key, "record"))).toBe(true);
    expect(() => {
      (own.getNodeAttribute(key, "record") as { id: string }).id = "x";
    }).toThrow(TypeError);
    own.setNodeAttribute(key, "x", 1);
    own.setNodeAttribute(key, "y", 2);
    expect(own.getNodeAttributes(key)).toMatchObject({ kind: "actor", x: 1, y: 2 });
    own.forEachEdge((_edge, attributes) => {
      expect(Object.isFrozen(attributes)).toBe(true);
    });
  });

  test("adds each statement's edges in the order of its fields, each to the record named", () => {
    // Hundreds of actors and topics, whose order in the graph is not the dataset's: the edges
    // buildGraph resolves through its index must still reach exactly the records named.
    const dataset = defineDataset(generateDataset({ seed: 7, commitments: 400 }));
    const built = buildGraph(dataset);
    const added = new Map<string, string[]>();
    for (let e = 0; e < built.size; e++) {
      const edge = `e${e}`;
      const { relation } = built.getEdgeAttributes(edge);
      const [statement, other] =
        relation === "party-to"
          ? [built.target(edge), built.source(edge)]
          : [built.source(edge), built.target(edge)];
      if (!/^(commitment|claim):/.test(statement)) continue;
      added.set(statement, [...(added.get(statement) ?? []), `${relation} ${other}`]);
    }
    const statements = [
      ...dataset.commitments.map((record) => ({ key: nodeKey("commitment", record.id), record })),
      ...dataset.claims.map((record) => ({ key: nodeKey("claim", record.id), record })),
    ];
    expect(added.size).toBe(statements.length);
    for (const { key, record } of statements) {
      expect(added.get(key)).toEqual([
        ...record.parties.map((id) => `party-to actor:${id}`),
        ...record.statedBy.map((id) => `stated-by actor:${id}`),
        ...record.topics.map((id) => `about topic:${id}`),
        ...(record.recipients ?? []).map((id) => `recipient actor:${id}`),
        ...(record.event === undefined ? [] : [`occurred-at event:${record.event}`]),
        ...(record.statedAt === undefined ? [] : [`stated-at event:${record.statedAt}`]),
        ...record.evidence.map((span) => `evidence source:${span.source}`),
      ]);
    }
  });

  test("builds the same graph from the same data, edge keys included", () => {
    expect(buildGraph(geneva2021).export()).toEqual(buildGraph(geneva2021).export());
  });

  test("merges several datasets through mergeDatasets", () => {
    const merged = buildGraph(geneva2021, rivers);
    expect(merged.order).toBe(buildGraph(mergeDatasets(geneva2021, rivers)).order);
    expect(merged.hasNode("actor:joe-biden")).toBe(true);
    expect(merged.hasNode("actor:ana")).toBe(true);
    expect(merged.order).toBe(buildGraph(geneva2021).order + buildGraph(rivers).order);
  });

  test("validates a dataset that did not come from defineDataset", () => {
    const plain = riversInput();
    const graph = buildGraph(plain as Parameters<typeof buildGraph>[0]);
    expect(graph.order).toBe(buildGraph(rivers).order);
  });

  test("lets one dataset refer to another's records, checking references after the merge", () => {
    const text = "Biden called the meeting good.";
    // Refers to Geneva's actors, topic and event without defining them: invalid on its own.
    const notes = {
      id: "my-notes",
      title: "My notes",
      sources: [{ id: "my-notes-text", title: "My notes", language: "en", text }],
      actors: [],
      topics: [],
      events: [],
      commitments: [],
      claims: [
        {
          id: "my-assessment",
          kind: "assessment",
          parties: ["joe-biden"],
          topics: ["us-russia-relations"],
          statedBy: ["joe-biden"],
          event: "geneva-summit-2021",
          summary: { en: "Biden called the meeting good." },
          evidence: [span("my-notes-text", text, "called the meeting good")],
        },
      ],
    };
    const input = notes as unknown as Parameters<typeof buildGraph>[0];
    expect(() => buildGraph(input)).toThrow(DatasetError);
    const graph = buildGraph(geneva2021, input);
    expect(graph.getNodeAttribute("claim:my-assessment", "kind")).toBe("claim");
    const broken = { ...notes, claims: [{ ...notes.claims[0], parties: ["nobody"] }] };
    expect(() => buildGraph(geneva2021, broken as unknown as typeof input)).toThrow(DatasetError);
    expect(() => buildGraph(geneva2021, { id: 1 } as unknown as typeof input)).toThrow(
      DatasetError,
    );
  });

  test("throws the DatasetError and builds nothing for invalid data", () => {
    const input: DatasetInput = riversInput();
    const broken = {
      ...input,
      commitments: [
        ...(input.commitments ?? []),
        {
          id: "bad",
          kind: "agreement",
          parties: ["northland", "atlantis"],
          topics: ["water"],
          statedBy: ["ana"],
          summary: { en: "Bad." },
          evidence: [span("rivers-report", input.sources[0]?.text ?? "", "Ana and Bo")],
        },
      ],
    };
    expect(() => buildGraph(broken as Parameters<typeof buildGraph>[0])).toThrow(DatasetError);
  });

  test("throws InvalidArgumentsError when given no dataset", () => {
    expect(() => buildGraph()).toThrow(InvalidArgumentsError);
  });
});
