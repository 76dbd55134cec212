import type { AccordGraph } from "@accordkg/core";
import { MultiDirectedGraph } from "graphology";
import { type FlatEdge, type FlatNode, flattenEdge, flattenNode } from "./flatten";
import { isRecordNode, isRelationEdge } from "./graphRecords";
import type { XmlTextGuard } from "./xmlText";

/** One node or edge as the files carry it: its key and flat attributes. */
export interface FlatNodeEntry {
  readonly key: string;
  readonly attributes: FlatNode;
}
export interface FlatEdgeEntry {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: FlatEdge;
}

/**
 * The record nodes of `graph` with their flat attributes, in the graph's order, checked (or
 * repaired) by `guard`. One at a time: nothing is held beyond the node being written.
 */
export function* flatNodes(
  graph: AccordGraph,
  guard: XmlTextGuard,
  functionName: string,
): Generator<FlatNodeEntry> {
  for (const { node, attributes } of graph.nodeEntries()) {
    if (!isRecordNode(node, attributes, functionName)) continue;
    yield { key: node, attributes: guard.check("node", node, flattenNode(attributes, graph)) };
  }
}

/** The relation edges between record nodes, with their flat attributes, in insertion order. */
export function* flatEdges(graph: AccordGraph, guard: XmlTextGuard): Generator<FlatEdgeEntry> {
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    if (!isRelationEdge(attributes, source, target)) continue;
    yield {
      key: edge,
      source,
      target,
      attributes: guard.check("edge", edge, flattenEdge(attributes)),
    };
  }
}

/**
 * A new graph holding only what the files carry, with flat attributes: what graphology-gexf's
 * writer, which writes every node and edge of the graph it is given, is handed.
 */
export function flatGraph(
  graph: AccordGraph,
  guard: XmlTextGuard,
  functionName: string,
): MultiDirectedGraph<FlatNode, FlatEdge> {
  const flat = new MultiDirectedGraph<FlatNode, FlatEdge>();
  for (const { key, attributes } of flatNodes(graph, guard, functionName))
    flat.addNode(key, attributes);
  for (const { key, source, target, attributes } of flatEdges(graph, guard))
    flat.addDirectedEdgeWithKey(key, source, target, attributes);
  return flat;
}
