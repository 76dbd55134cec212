import type { AccordGraph } from "@accordkg/core";
import {
  type AttributeSpec,
  type AttributeType,
  EDGE_ATTRIBUTES,
  type FlatValue,
  NODE_ATTRIBUTES,
} from "./attributes";
import { flatEdges, flatNodes } from "./internal/exportView";
import { assertGraph } from "./internal/graphRecords";
import { type XmlParts, xmlStream, xmlString } from "./internal/xmlStream";
import type { InvalidCharacters } from "./internal/xmlText";
import type { TextWritable } from "./writable";

/** Options of {@link toGraphml} and {@link writeGraphml}. */
export interface GraphmlOptions {
  /** Indent the XML, one element per line (default `true`). */
  readonly pretty?: boolean;
  /**
   * Text XML 1.0 cannot carry (most control characters, unpaired surrogates): `error` (the
   * default) throws an {@link XmlCharacterError} listing every one, before anything is written;
   * `replace` writes U+FFFD.
   */
  readonly invalidCharacters?: InvalidCharacters;
}

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

// GraphML's attr.type for each of our types: GraphML has no list type, so lists are strings.
const GRAPHML_TYPES: Readonly<Record<AttributeType, string>> = Object.freeze({
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  list: "string",
});

/** How a flat value is written as the text of a `<data>` element. */
function text(value: FlatValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Lists of ids: ids are kebab-case slugs, so `|` cannot occur in one.
  return value.join("|");
}

/** The GraphML document of `graph`, element by element. */
function graphmlParts(graph: AccordGraph, functionName: string): XmlParts {
  return function* (document, indent, guard) {
    document.ele("graphml", {
      xmlns: GRAPHML_NS,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
    });
    const declare = (prefix: string, domain: string, specs: Record<string, AttributeSpec>) => {
      for (const [name, spec] of Object.entries(specs)) {
        indent(1);
        document.ele("key", {
          id: `${prefix}${name}`,
          for: domain,
          "attr.name": name,
          "attr.type": GRAPHML_TYPES[spec.type],
        });
        document.ele("desc", {}, spec.description).up();
        document.up();
      }
    };
    declare("n_", "node", NODE_ATTRIBUTES);
    declare("e_", "edge", EDGE_ATTRIBUTES);
    indent(1);
    document.ele("graph", { id: "G", edgedefault: "directed" });
    const data = (prefix: string, attributes: Partial<Record<string, FlatValue>>) => {
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined) continue;
        indent(3);
        document.ele("data", { key: `${prefix}${name}` }, text(value)).up();
      }
    };
    for (const node of flatNodes(graph, guard, functionName)) {
      indent(2);
      document.ele("node", { id: node.key });
      data("n_", node.attributes);
      indent(2);
      document.up();
      yield;
    }
    for (const edge of flatEdges(graph, guard)) {
      indent(2);
      document.ele("edge", { id: edge.key, source: edge.source, target: edge.target });
      data("e_", edge.attributes);
      indent(2);
      document.up();
      yield;
    }
    indent(1);
    document.up(); // graph
    indent(0);
    document.up(); // graphml
    document.end();
  };
}

/**
 * The graph as a GraphML document, for yEd, networkx (`read_graphml`), Cytoscape and igraph: one
 * node per record and one edge per relation, with flat attributes declared as typed GraphML keys
 * (`attr.type` `string`, `int`, `double`; each key's `<desc>` says what it holds; see
 * {@link NODE_ATTRIBUTES} and {@link EDGE_ATTRIBUTES}). Lists of ids are strings joined with `|`.
 * graphology-graphml only parses, so the document is written with xmlbuilder, which escapes
 * every character XML needs escaped (carriage returns and tabs included, so texts come back
 * exactly). Nodes outside the record namespaces, and edges that are not one of the graph's
 * relations, are left out. For large graphs, {@link writeGraphml} streams the same document.
 *
 * @throws {@link XmlCharacterError} for text XML 1.0 cannot carry (unless `invalidCharacters` is
 *   `replace`).
 * @throws InvalidArgumentsError (from `@accordkg/core`) when `graph` is not a graph.
 * @example
 *   const graphml = toGraphml(buildGraph(geneva2021));
 *   graphml.includes('<data key="n_wikidata">Q6279</data>'); // => true
 */
export function toGraphml(graph: AccordGraph, options: GraphmlOptions = {}): string {
  assertGraph(graph, "toGraphml");
  const parts = graphmlParts(graph, "toGraphml");
  return xmlString(parts, options.pretty ?? true, options.invalidCharacters, "toGraphml");
}

/**
 * Streams the document {@link toGraphml} returns into `writable`, in chunks, waiting for the
 * stream to drain: memory stays flat in the size of the graph (beyond the graph itself). In
 * `error` mode the graph is first read once to find any text XML 1.0 cannot carry, so that
 * nothing is written if something would be refused. Resolves once everything is handed to the
 * stream; does not end it.
 *
 * @example
 *   const file = createWriteStream("geneva.graphml");
 *   await writeGraphml(buildGraph(geneva2021), file);
 *   file.end();
 */
export async function writeGraphml(
  graph: AccordGraph,
  writable: TextWritable,
  options: GraphmlOptions = {},
): Promise<void> {
  assertGraph(graph, "writeGraphml");
  const parts = graphmlParts(graph, "writeGraphml");
  await xmlStream(
    graph,
    writable,
    parts,
    options.pretty ?? true,
    options.invalidCharacters,
    "writeGraphml",
  );
}
