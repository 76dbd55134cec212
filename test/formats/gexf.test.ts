import { Writable } from "node:stream";
import {
  type AccordGraph,
  buildGraph,
  InvalidArgumentsError,
  InvalidGraphError,
} from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  toGexf,
  writeGexf,
  XmlCharacterError,
} from "@accordkg/formats";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, test } from "vitest";
import { counter, validInput } from "../properties/arbitraries";
import { expectedNode, recordNodes, TRICKY_TEXT, tricky, unwritableInput } from "./fixtures";
import { checkGexf, parseXml } from "./xml";

const GEXF_TYPE = {
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
  list: "liststring",
} as const;

/**
 * Parses a GEXF export back with graphology-gexf and checks that it holds exactly the graph's
 * records and relations, with the README's attributes and their types.
 */
function expectRoundTrip(graph: AccordGraph, gexf: string, version: "1.2" | "1.3" = "1.3") {
  const parsed = parse(MultiDirectedGraph, gexf);
  const nodes = recordNodes(graph);
  expect(parsed.order).toBe(nodes.length);
  expect(parsed.size).toBe(graph.size);
  expect(parsed.nodes()).toEqual(nodes.map(([key]) => key));
  for (const [key, attributes] of nodes)
    expect(parsed.getNodeAttributes(key), key).toEqual(expectedNode(attributes, graph));
  graph.forEachEdge((edge, attributes, source, target) => {
    expect(parsed.source(edge)).toBe(source);
    expect(parsed.target(edge)).toBe(target);
    // The relation is also the GEXF edge kind, which the parser reads as `kind`.
    expect(parsed.getEdgeAttributes(edge)).toEqual({ ...attributes, kind: attributes.relation });
  });
  const { declared } = checkGexf(gexf, version);
  for (const [name, type] of declared.node) {
    const spec = NODE_ATTRIBUTES[name as keyof typeof NODE_ATTRIBUTES];
    expect(spec, name).toBeDefined();
    expect(type, name).toBe(GEXF_TYPE[spec.type]);
  }
  for (const [name, type] of declared.edge)
    expect(type, name).toBe(GEXF_TYPE[EDGE_ATTRIBUTES[name as keyof typeof EDGE_ATTRIBUTES].type]);
}

describe("toGexf", () => {
  const geneva = buildGraph(geneva2021);

  test("Geneva: every record and relation comes back from graphology-gexf with its attributes and types", () => {
    expectRoundTrip(geneva, toGexf(geneva));
  });

  test("Geneva in GEXF 1.2draft too (lists written a|b)", () => {
    const gexf = toGexf(geneva, { version: "1.2" });
    expect(gexf).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(gexf).toContain('value="united-states|russia"');
    expectRoundTrip(geneva, gexf, "1.2");
  });

  test("declares integer offsets, a liststring of parties and the node label in English", () => {
    const gexf = toGexf(geneva);
    expect(gexf).toContain('<attribute id="start" title="start" type="integer"/>');
    expect(gexf).toContain('<attribute id="parties" title="parties" type="liststring"/>');
    expect(gexf).toContain('<node id="actor:joe-biden" label="Joe Biden">');
    expect(gexf).toContain('<attvalue for="label_ar" value="جو بايدن"/>');
    expect(gexf).toContain(
      '<edge id="e0" source="actor:joe-biden" target="actor:united-states" kind="represents">',
    );
  });

  test("Arabic (and Russian) quotes survive byte for byte, with offsets that point at them in their source", () => {
    const parsed = parse(MultiDirectedGraph, toGexf(geneva));
    const report = parsed.getNodeAttribute("source:geneva-2021-summit-report-ar", "text");
    expect(report).toBe(
      geneva2021.sources.find((s) => s.id === "geneva-2021-summit-report-ar")?.text,
    );
    let spans = 0;
    parsed.forEachEdge((_edge, attributes, _source, target) => {
      if (attributes.relation !== "evidence") return;
      const text = parsed.getNodeAttribute(target, "text") as string;
      expect(text.slice(attributes.start, attributes.end)).toBe(attributes.quote);
      spans++;
    });
    expect(spans).toBeGreaterThan(40);
  });

  test("XML's special characters, CR LF, tabs, bidi marks and astral characters come back exactly", () => {
    const graph = buildGraph(tricky());
    const gexf = toGexf(graph);
    expectRoundTrip(graph, gexf);
    const parsed = parse(MultiDirectedGraph, gexf);
    expect(parsed.getNodeAttribute("source:tricky-report", "text")).toBe(TRICKY_TEXT);
    expect(parsed.getNodeAttribute("actor:ana", "label")).toBe("Ana 𝒳 Ruiz");
    expect(gexf).toContain("AT&amp;amp;T"); // the text's literal `&amp;`, escaped once more
    // NEL and LINE SEPARATOR as character references, which every XML parser keeps as they are.
    expect(gexf).toContain("Southland&#x85; at once.&#x2028;Bo");
    // A strict XML 1.0 parser reads the very same text.
    const source = parseXml(gexf)
      .children.find((c) => c.name === "graph")
      ?.children.find((c) => c.name === "nodes")
      ?.children.find((c) => c.attributes.id === "source:tricky-report");
    const values = source?.children[0]?.children.map((v) => v.attributes.value);
    expect(values).toContain(TRICKY_TEXT);
  });

  test("is well-formed GEXF for random datasets, and comes back exactly", () => {
    const check = counter("toGexf");
    check(
      12,
      fc.property(validInput, (input) => {
        const graph = buildGraph(defineDataset(input));
        expectRoundTrip(graph, toGexf(graph));
      }),
    );
  });

  test("writes a layout's position, size and hex colour as viz elements, and its label", () => {
    const graph = buildGraph(geneva2021);
    graph.mergeNodeAttributes("actor:joe-biden", { x: 1.5, y: -2, size: 3, color: "#ff0000" });
    graph.setNodeAttribute("actor:vladimir-putin", "label", "V. Putin");
    const gexf = toGexf(graph);
    expect(gexf).toContain('<viz:position x="1.5" y="-2"/>');
    expect(gexf).toContain('<viz:color hex="#ff0000"/>');
    expectRoundTrip(graph, gexf);
  });

  test("leaves out nodes outside the record namespaces and edges that are not relations", () => {
    const graph = buildGraph(geneva2021);
    graph.addNode("note:1", { text: "mine" } as never);
    graph.addDirectedEdge("note:1", "actor:joe-biden", { relation: "annotates" } as never);
    graph.addDirectedEdge("actor:joe-biden", "actor:vladimir-putin", { weight: 2 } as never);
    const parsed = parse(MultiDirectedGraph, toGexf(graph));
    expect(parsed.hasNode("note:1")).toBe(false);
    expect(parsed.order).toBe(geneva.order);
    expect(parsed.size).toBe(geneva.size);
  });

  test("refuses text XML 1.0 cannot carry, listing every character, or writes U+FFFD when asked", () => {
    const graph = buildGraph(defineDataset(unwritableInput()));
    let error: unknown;
    try {
      toGexf(graph);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(XmlCharacterError);
    const problems = (error as XmlCharacterError).problems.map(
      (p) => `${p.element} ${p.key} ${p.attribute} ${p.offset} ${p.codeUnit.toString(16)}`,
    );
    const [quoteEdge] = graph.outEdges("commitment:c", "source:s");
    // Every one, in the order of the graph: nodes (actors… sources), then edges.
    expect(problems).toEqual([
      "node actor:ana label 3 dc00",
      "node source:s text 3 1",
      "node source:s text 12 b",
      "node source:s text 20 d800",
      `edge ${quoteEdge} quote 3 1`,
    ]);
    expect((error as Error).message).toContain("5 characters that XML 1.0 cannot carry");
    const replaced = toGexf(graph, { invalidCharacters: "replace" });
    checkGexf(replaced, "1.3"); // well-formed for a strict XML 1.0 parser
    const parsed = parse(MultiDirectedGraph, replaced);
    const text = parsed.getNodeAttribute("source:s", "text") as string;
    expect(text).toBe("Ana\uFFFD met Bo.\uFFFD Later \uFFFD they spoke.");
    expect(text.length).toBe((unwritableInput().sources[0]?.text ?? "").length);
  });

  test("throws the core's typed errors for something that is not a graph, or a broken record node", () => {
    expect(() => toGexf({} as AccordGraph)).toThrow(InvalidArgumentsError);
    const graph = buildGraph(geneva2021);
    graph.replaceNodeAttributes("actor:joe-biden", { kind: "topic" } as never);
    expect(() => toGexf(graph)).toThrow(InvalidGraphError);
  });

  test("does not change the graph", () => {
    const graph = buildGraph(geneva2021);
    const before = JSON.stringify(graph.export());
    toGexf(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

/** Streams `graph` with writeGexf into a small, slow stream; returns the text and the drains. */
async function streamed(graph: AccordGraph, options: Parameters<typeof writeGexf>[2] = {}) {
  const chunks: string[] = [];
  let drains = 0;
  const stream = new Writable({
    highWaterMark: 4096,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  stream.on("drain", () => drains++);
  await writeGexf(graph, stream, options);
  return { text: chunks.join(""), drains };
}

/** The graph graphology-gexf reads from a document, as plain data to compare. */
const parsedAs = (gexf: string) => parse(MultiDirectedGraph, gexf).export();

describe("writeGexf", () => {
  test("streams GEXF that graphology-gexf reads into the same graph as toGexf's, in both versions", async () => {
    const graph = buildGraph(tricky());
    graph.mergeNodeAttributes("actor:ana", { x: 1, y: 2.5, size: 4, color: "#0a0" });
    graph.mergeNodeAttributes("actor:bo", { color: "rgb(10, 20, 30)" });
    graph.mergeNodeAttributes("actor:westland", { color: "teal" });
    for (const version of ["1.3", "1.2"] as const) {
      const { text, drains } = await streamed(graph, { version });
      expect(drains).toBeGreaterThan(0);
      expect(parsedAs(text)).toEqual(parsedAs(toGexf(graph, { version })));
      const { declared } = checkGexf(text, version);
      expect([...declared.node.keys()]).toContain("parties");
    }
    // (An rgb() colour comes back as graphology-gexf's parser spells it, rgb(10,20,30).)
    const plain = buildGraph(tricky());
    expectRoundTrip(plain, (await streamed(plain)).text);
  });

  test("Geneva and random datasets come back exactly", async () => {
    const geneva = buildGraph(geneva2021);
    expectRoundTrip(geneva, (await streamed(geneva)).text);
    for (const input of fc.sample(validInput, { seed: 11, numRuns: 6 })) {
      const graph = buildGraph(defineDataset(input));
      expectRoundTrip(graph, (await streamed(graph)).text);
    }
  });

  test("writes nothing when the graph holds text XML 1.0 cannot carry, or U+FFFD when asked", async () => {
    const graph = buildGraph(defineDataset(unwritableInput()));
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    await expect(writeGexf(graph, stream)).rejects.toThrow(XmlCharacterError);
    expect(chunks).toEqual([]);
    const { text } = await streamed(graph, { invalidCharacters: "replace" });
    expect(parsedAs(text)).toEqual(parsedAs(toGexf(graph, { invalidCharacters: "replace" })));
  });
});
