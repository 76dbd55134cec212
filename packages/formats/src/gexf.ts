import type { AccordGraph } from "@accordkg/core";
import { write } from "graphology-gexf";
import {
  type AttributeSpec,
  type AttributeType,
  EDGE_ATTRIBUTES,
  type FlatValue,
  NODE_ATTRIBUTES,
} from "./attributes";
import { flatEdges, flatGraph, flatNodes } from "./internal/exportView";
import { type FlatEdge, type FlatNode, flattenEdge, flattenNode } from "./internal/flatten";
import { assertGraph, isRecordNode, isRelationEdge } from "./internal/graphRecords";
import { type XmlParts, xmlStream } from "./internal/xmlStream";
import { type InvalidCharacters, referenceLineBreaks, XmlTextGuard } from "./internal/xmlText";
import type { TextWritable } from "./writable";

/** Options of {@link toGexf} and {@link writeGexf}. */
export interface GexfOptions {
  /**
   * The GEXF version: `1.3` (the default; Gephi 0.10 and later, with typed lists) or `1.2` (GEXF
   * 1.2draft, for older readers; lists are written `a|b`).
   */
  readonly version?: "1.2" | "1.3";
  /** Indent the XML (default `true`). */
  readonly pretty?: boolean;
  /**
   * Text XML 1.0 cannot carry (most control characters, unpaired surrogates): `error` (the
   * default) throws an {@link XmlCharacterError} listing every one; `replace` writes U+FFFD.
   */
  readonly invalidCharacters?: InvalidCharacters;
}

// Colours a `viz:color` can carry (hex, rgb(), rgba() with whole components, as graphology-gexf
// reads them); anything else stays a plain `color` attribute.
const HEX = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i;
const RGBA = /^\s*rgba?\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([.\d]+)\s*)?\)\s*$/i;

interface FormattedNode {
  label?: string;
  viz?: { x?: number; y?: number; size?: number; color?: string };
  attributes: Record<string, FlatValue>;
}

/** A node's flat attributes as graphology-gexf takes them: its label, its viz, the rest. */
function formatNode(flat: FlatNode): FormattedNode {
  const { label, x, y, size, color, ...attributes } = flat;
  const out: FormattedNode = { attributes: attributes as Record<string, FlatValue> };
  if (typeof label === "string") out.label = label;
  const viz: NonNullable<FormattedNode["viz"]> = {};
  if (typeof x === "number") viz.x = x;
  if (typeof y === "number") viz.y = y;
  if (typeof size === "number") viz.size = size;
  if (typeof color === "string") {
    if (HEX.test(color) || RGBA.test(color)) viz.color = color.trim();
    else out.attributes.color = color;
  }
  if (Object.keys(viz).length > 0) out.viz = viz;
  return out;
}

/** An edge as graphology-gexf takes it: the relation is also its GEXF `kind`. */
function formatEdge(flat: FlatEdge) {
  return { kind: String(flat.relation), attributes: flat as Record<string, FlatValue> };
}

/** True when every node is a record and every edge a relation between records. */
function onlyRecords(graph: AccordGraph, functionName: string): boolean {
  for (const { node, attributes } of graph.nodeEntries())
    if (!isRecordNode(node, attributes, functionName)) return false;
  for (const { attributes, source, target } of graph.edgeEntries())
    if (!isRelationEdge(attributes, source, target)) return false;
  return true;
}

/**
 * The graph as a GEXF document, for Gephi: one node per record and one edge per relation, with
 * flat, typed attributes (see {@link NODE_ATTRIBUTES} and {@link EDGE_ATTRIBUTES}), written by
 * graphology-gexf. A node's label is its English name, label or summary; a layout's `x`, `y`,
 * `size` and `color` become its `viz` elements. Nodes outside the record namespaces, and edges
 * that are not one of the graph's relations, are left out. The whole document is built in
 * memory as one string.
 *
 * @throws {@link XmlCharacterError} for text XML 1.0 cannot carry (unless `invalidCharacters` is
 *   `replace`).
 * @throws InvalidArgumentsError (from `@accordkg/core`) when `graph` is not a graph.
 * @throws InvalidGraphError (from `@accordkg/core`) when a record node does not hold its record.
 * @example
 *   const gexf = toGexf(buildGraph(geneva2021));
 *   gexf.includes('<node id="actor:joe-biden" label="Joe Biden">'); // => true
 */
export function toGexf(graph: AccordGraph, options: GexfOptions = {}): string {
  assertGraph(graph, "toGexf");
  const guard = new XmlTextGuard("toGexf", options.invalidCharacters);
  const settings = { version: options.version ?? "1.3", pretty: options.pretty ?? true };
  let gexf: string;
  if (onlyRecords(graph, "toGexf")) {
    // The usual case: write straight from the graph, flattening each node as it is written.
    gexf = write(graph, {
      ...settings,
      formatNode: (key, attributes) =>
        formatNode(guard.check("node", key, flattenNode(attributes, graph))),
      formatEdge: (key, attributes) =>
        formatEdge(guard.check("edge", key, flattenEdge(attributes))),
    });
  } else {
    gexf = write(flatGraph(graph, guard, "toGexf"), {
      ...settings,
      formatNode: (_key, attributes) => formatNode(attributes),
      formatEdge: (_key, attributes) => formatEdge(attributes),
    });
  }
  guard.finish();
  return referenceLineBreaks(gexf);
}

const GEXF_NS = { "1.2": "http://www.gexf.net/1.2draft", "1.3": "http://gexf.net/1.3" } as const;
const GEXF_TYPES: Readonly<Record<AttributeType, string>> = Object.freeze({
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
  list: "liststring",
});
// Written as a node's label and viz elements, not as attributes.
const NOT_ATTRIBUTES: ReadonlySet<string> = new Set(["label", "x", "y", "size"]);

/** A colour as `viz:color` attributes (as graphology-gexf writes them), or undefined if not CSS. */
function vizColor(color: string, version: "1.2" | "1.3"): Record<string, string> | undefined {
  const hex = HEX.exec(color);
  if (hex !== null) {
    if (version === "1.3") return { hex: color.trim() };
    const digits = hex[1] as string;
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
    return {
      r: String(Number.parseInt(full.slice(0, 2), 16)),
      g: String(Number.parseInt(full.slice(2, 4), 16)),
      b: String(Number.parseInt(full.slice(4, 6), 16)),
    };
  }
  const rgba = RGBA.exec(color);
  if (rgba === null) return undefined;
  const [, r = "", g = "", b = "", a] = rgba;
  return {
    r: String(+r),
    g: String(+g),
    b: String(+b),
    ...(a === undefined ? {} : { a: String(+a) }),
  };
}

/** A value as GEXF writes it: lists `[a, b]` (1.3) or `a|b` (1.2); ids never hold either. */
function gexfValue(value: FlatValue, version: "1.2" | "1.3"): string {
  if (typeof value !== "object") return String(value);
  return version === "1.3" ? `[${value.join(", ")}]` : value.join("|");
}

/** The GEXF document of `graph`, element by element, as graphology-gexf lays it out. */
function gexfParts(graph: AccordGraph, version: "1.2" | "1.3", functionName: string): XmlParts {
  return function* (document, indent, guard) {
    const ns = GEXF_NS[version];
    document.ele("gexf", {
      version,
      xmlns: ns,
      "xmlns:viz": `${ns}/viz`,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${ns} ${ns}/gexf.xsd`,
    });
    indent(1);
    document.ele("meta").up();
    indent(1);
    document.ele("graph", { defaultedgetype: "directed" });
    const declare = (cls: string, specs: Record<string, AttributeSpec>) => {
      indent(2);
      document.ele("attributes", { class: cls });
      for (const [name, spec] of Object.entries(specs)) {
        if (cls === "node" && NOT_ATTRIBUTES.has(name)) continue;
        indent(3);
        document.ele("attribute", { id: name, title: name, type: GEXF_TYPES[spec.type] }).up();
      }
      indent(2);
      document.up();
    };
    declare("node", NODE_ATTRIBUTES);
    declare("edge", EDGE_ATTRIBUTES);
    const attvalues = (attributes: Partial<Record<string, FlatValue>>, depth: number) => {
      indent(depth);
      document.ele("attvalues");
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined) continue;
        indent(depth + 1);
        document.ele("attvalue", { for: name, value: gexfValue(value, version) }).up();
      }
      indent(depth);
      document.up();
    };
    indent(2);
    document.ele("nodes");
    for (const node of flatNodes(graph, guard, functionName)) {
      const { label, x, y, size, color, ...rest } = node.attributes;
      const attributes: Partial<Record<string, FlatValue>> = rest;
      const colorViz = typeof color === "string" ? vizColor(color, version) : undefined;
      if (typeof color === "string" && colorViz === undefined) attributes.color = color;
      indent(3);
      document.ele("node", { id: node.key, ...(typeof label === "string" ? { label } : {}) });
      attvalues(attributes, 4);
      if (colorViz !== undefined) {
        indent(4);
        document.ele("viz:color", colorViz).up();
      }
      if (typeof size === "number") {
        indent(4);
        document.ele("viz:size", { value: String(size) }).up();
      }
      if (typeof x === "number" || typeof y === "number") {
        indent(4);
        document
          .ele("viz:position", {
            ...(typeof x === "number" ? { x: String(x) } : {}),
            ...(typeof y === "number" ? { y: String(y) } : {}),
          })
          .up();
      }
      indent(3);
      document.up();
      yield;
    }
    indent(2);
    document.up();
    indent(2);
    document.ele("edges");
    for (const edge of flatEdges(graph, guard)) {
      indent(3);
      document.ele("edge", {
        id: edge.key,
        source: edge.source,
        target: edge.target,
        kind: String(edge.attributes.relation),
      });
      attvalues(edge.attributes, 4);
      indent(3);
      document.up();
      yield;
    }
    indent(2);
    document.up(); // edges
    indent(1);
    document.up(); // graph
    indent(0);
    document.up(); // gexf
    document.end();
  };
}

/**
 * Streams the graph as GEXF into `writable`, for graphs too large for {@link toGexf}, which
 * builds the whole document in memory with graphology-gexf (at 100,000 commitments it runs out of
 * Node's default heap). The document is written with xmlbuilder, in chunks, waiting for the
 * stream to drain, so memory stays flat in the size of the graph; it declares every attribute of
 * {@link NODE_ATTRIBUTES} and {@link EDGE_ATTRIBUTES}, and graphology-gexf's parser reads it into
 * the same graph as {@link toGexf}'s. In `error` mode the graph is first read once to find any
 * text XML 1.0 cannot carry, so that nothing is written if something would be refused. Resolves
 * once everything is handed to the stream; does not end it.
 *
 * @example
 *   const file = createWriteStream("geneva.gexf");
 *   await writeGexf(buildGraph(geneva2021), file);
 *   file.end();
 */
export async function writeGexf(
  graph: AccordGraph,
  writable: TextWritable,
  options: GexfOptions = {},
): Promise<void> {
  assertGraph(graph, "writeGexf");
  const parts = gexfParts(graph, options.version ?? "1.3", "writeGexf");
  await xmlStream(
    graph,
    writable,
    parts,
    options.pretty ?? true,
    options.invalidCharacters,
    "writeGexf",
  );
}
