import { PassThrough, Writable } from "node:stream";
import { type AccordGraph, buildGraph, InvalidArgumentsError } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  toGraphml,
  writeGraphml,
  XmlCharacterError,
} from "@accordkg/formats";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, test } from "vitest";
import { counter, validInput } from "../properties/arbitraries";
import { expectedNode, recordNodes, TRICKY_TEXT, tricky, unwritableInput } from "./fixtures";
import { checkGraphml, parseXml } from "./xml";

const GRAPHML_TYPE = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  list: "string",
} as const;

/** GraphML has no lists: the export joins ids with `|`; this undoes it for the comparison. */
function decodeLists(
  attributes: Record<string, unknown>,
  specs: Record<string, { type: string }>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes))
    out[name] = specs[name]?.type === "list" ? String(value).split("|") : value;
  return out;
}

/**
 * Parses a GraphML export back with graphology-graphml and checks that it holds exactly the
 * graph's records and relations, with the README's attributes and their declared types.
 */
function expectRoundTrip(graph: AccordGraph, graphml: string) {
  const parsed = parse(MultiDirectedGraph, graphml);
  const nodes = recordNodes(graph);
  expect(parsed.order).toBe(nodes.length);
  expect(parsed.size).toBe(graph.size);
  expect(parsed.nodes()).toEqual(nodes.map(([key]) => key));
  for (const [key, attributes] of nodes)
    expect(decodeLists(parsed.getNodeAttributes(key), NODE_ATTRIBUTES), key).toEqual(
      expectedNode(attributes, graph),
    );
  graph.forEachEdge((edge, attributes, source, target) => {
    expect(parsed.source(edge)).toBe(source);
    expect(parsed.target(edge)).toBe(target);
    expect(parsed.getEdgeAttributes(edge)).toEqual({ ...attributes });
  });
  const { keys } = checkGraphml(graphml);
  const declared = [...keys.values()];
  expect(declared).toEqual([
    ...Object.entries(NODE_ATTRIBUTES).map(([name, spec]) => ({
      for: "node",
      name,
      type: GRAPHML_TYPE[spec.type],
    })),
    ...Object.entries(EDGE_ATTRIBUTES).map(([name, spec]) => ({
      for: "edge",
      name,
      type: GRAPHML_TYPE[spec.type],
    })),
  ]);
}

/** A writable that takes `delay` ms per chunk and has a small buffer, so writes must wait. */
function slowWritable(delay: number) {
  const chunks: string[] = [];
  let drains = 0;
  const stream = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      setTimeout(done, delay);
    },
  });
  stream.on("drain", () => drains++);
  return { stream, text: () => chunks.join(""), drains: () => drains };
}

describe("toGraphml", () => {
  const geneva = buildGraph(geneva2021);

  test("Geneva: every record and relation comes back from graphology-graphml with its attributes and types", () => {
    expectRoundTrip(geneva, toGraphml(geneva));
  });

  test("declares typed keys with a description, and writes ids, lists and Arabic as they are", () => {
    const graphml = toGraphml(geneva);
    expect(graphml).toContain(
      '<key id="e_start" for="edge" attr.name="start" attr.type="int"><desc>Where the quote starts in the source\'s text: UTF-16 code units, inclusive.</desc></key>',
    );
    expect(graphml).toContain('<data key="n_parties">united-states|russia</data>');
    expect(graphml).toContain('<data key="n_label_ar">جو بايدن</data>');
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
  });

  test("XML's special characters, CR LF, tabs, bidi marks and astral characters come back exactly", () => {
    const graph = buildGraph(tricky());
    const graphml = toGraphml(graph);
    expectRoundTrip(graph, graphml);
    const parsed = parse(MultiDirectedGraph, graphml);
    expect(parsed.getNodeAttribute("source:tricky-report", "text")).toBe(TRICKY_TEXT);
    expect(graphml).toContain("AT&amp;amp;T");
    expect(graphml).toContain("&#xD;\n"); // CR escaped, or a parser would fold CR LF into LF
    expect(graphml).toContain("Southland&#x85; at once.&#x2028;Bo");
    const source = parseXml(graphml)
      .children.find((c) => c.name === "graph")
      ?.children.find((c) => c.attributes.id === "source:tricky-report");
    expect(source?.children.map((data) => data.text)).toContain(TRICKY_TEXT);
  });

  test("is well-formed GraphML for random datasets, and comes back exactly", () => {
    const check = counter("toGraphml");
    check(
      12,
      fc.property(validInput, (input) => {
        const graph = buildGraph(defineDataset(input));
        expectRoundTrip(graph, toGraphml(graph));
      }),
    );
  });

  test("keeps a layout's position, size and colour as typed attributes", () => {
    const graph = buildGraph(geneva2021);
    graph.mergeNodeAttributes("actor:joe-biden", { x: 1.5, y: -2, size: 3, color: "#ff0000" });
    const graphml = toGraphml(graph);
    expect(graphml).toContain('<data key="n_x">1.5</data>');
    expectRoundTrip(graph, graphml);
  });

  test("without pretty printing, the same data on one line", () => {
    const compact = toGraphml(geneva, { pretty: false });
    expect(compact).not.toMatch(/>\s+</);
    expect(compact.length).toBeLessThan(toGraphml(geneva).length);
    expectRoundTrip(geneva, compact);
  });

  test("refuses text XML 1.0 cannot carry, listing every character, or writes U+FFFD when asked", () => {
    const graph = buildGraph(defineDataset(unwritableInput()));
    expect(() => toGraphml(graph)).toThrow(XmlCharacterError);
    try {
      toGraphml(graph);
    } catch (error) {
      expect((error as XmlCharacterError).problems).toHaveLength(5);
    }
    const replaced = toGraphml(graph, { invalidCharacters: "replace" });
    checkGraphml(replaced);
    const parsed = parse(MultiDirectedGraph, replaced);
    expect(parsed.getNodeAttribute("source:s", "text")).toBe(
      "Ana\uFFFD met Bo.\uFFFD Later \uFFFD they spoke.",
    );
    expect(parsed.getNodeAttribute("actor:ana", "label")).toBe("Ana\uFFFD");
  });

  test("throws InvalidArgumentsError for something that is not a graph", () => {
    expect(() => toGraphml(geneva2021 as never)).toThrow(InvalidArgumentsError);
  });
});

describe("writeGraphml", () => {
  test("streams exactly what toGraphml returns, waiting for a slow stream to drain", async () => {
    const graph = buildGraph(tricky());
    const big = buildGraph(
      defineDataset(fc.sample(validInput, { seed: 7, numRuns: 1 })[0] as never),
    );
    for (const g of [graph, big]) {
      const sink = slowWritable(0);
      await writeGraphml(g, sink.stream);
      expect(sink.text()).toBe(toGraphml(g));
    }
  });

  test("waits for drain when the stream is full (backpressure)", async () => {
    const graph = buildGraph(geneva2021);
    const sink = slowWritable(1);
    await writeGraphml(graph, sink.stream);
    expect(sink.drains()).toBeGreaterThan(0);
    expect(sink.text()).toBe(toGraphml(graph));
  });

  test("writes nothing when the graph holds text XML 1.0 cannot carry", async () => {
    const graph = buildGraph(defineDataset(unwritableInput()));
    const sink = slowWritable(0);
    await expect(writeGraphml(graph, sink.stream)).rejects.toThrow(XmlCharacterError);
    expect(sink.text()).toBe("");
  });

  test("fails with the stream's error, and leaves no listener behind", async () => {
    const graph = buildGraph(geneva2021);
    const failing = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        done(new Error("disk full"));
      },
    });
    await expect(writeGraphml(graph, failing)).rejects.toThrow("disk full");
    const ok = new PassThrough();
    ok.resume();
    const before = ok.listenerCount("error");
    await writeGraphml(graph, ok);
    expect(ok.listenerCount("error")).toBe(before);
  });
});
