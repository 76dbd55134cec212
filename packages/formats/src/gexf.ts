import type { AccordGraph } from "@accordkg/core";
import { write } from "graphology-gexf";
import type { FlatValue } from "./attributes";
import { flatGraph } from "./internal/exportView";
import { type FlatEdge, type FlatNode, flattenEdge, flattenNode } from "./internal/flatten";
import { assertGraph, isRecordNode, isRelationEdge } from "./internal/graphRecords";
import { type InvalidCharacters, referenceLineBreaks, XmlTextGuard } from "./internal/xmlText";

/** Options of {@link toGexf}. */
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

// Colours graphology-gexf can write as a `viz:color`; anything else stays a plain attribute.
const CSS_COLOR = /^\s*(#[0-9a-f]{3}(?:[0-9a-f]{3})?|rgba?\s*\(.*\))\s*$/i;

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
    if (CSS_COLOR.test(color)) viz.color = color;
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
        formatNode(guard.check("node", key, flattenNode(attributes))),
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
