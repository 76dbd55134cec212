import { InvalidArgumentsError } from "./errors";
import type { GraphIndex } from "./internal/graphIndex";
import {
  groupOf,
  inGeneralOrder,
  kindOfNode,
  nodeOfKey,
  recordOfNode,
  SOURCE,
  slotOf,
} from "./internal/nodes";
import { entryOf } from "./internal/resolve";
import { edgesEdited, indexOf, isRecordNode, kindOfKey } from "./internal/store";
import { forEachNeighbor, freshMarks } from "./internal/walk";
import type { AccordGraph, RecordEntry } from "./types";

/** A record reached by {@link neighborhood}, with its distance from the start in edges. */
export type NeighborhoodEntry = RecordEntry & { readonly depth: number };

/**
 * The records within `depth` edges of a record, whatever the edges' direction: the same nodes,
 * at the same depths, as graphology-traversal's `bfsFromNode` in mode `directed` (in and out
 * edges), but found by a breadth-first search whose cost follows the size of the neighbourhood
 * (`bfsFromNode` allocates a queue as long as the whole graph on every call). The search reads
 * the index the queries share (each record's neighbours are its posting rows and resolved
 * references: the edges `buildGraph` and `extendGraph` made), so the first call costs what any
 * other does; once you have added or dropped edges yourself, it follows graphology's adjacency
 * instead, so that your edges are walked too. The record itself comes
 * first, at depth 0. Sources are reached but not passed through: every statement of a document
 * links to it, and "mentioned in the same document" is not a relation between records. Nodes you
 * added yourself (keys outside the record namespaces) are neither returned nor passed through.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param id - The id or node key of any record.
 * @param depth - How many edges out to go: a whole number from 0, or `Infinity`.
 * @returns Fresh `{ kind, record, depth }` objects, by depth, then in the general order
 *   (actors, topics, events, commitments and claims, accounts, sources; each kind in its own
 *   order).
 * @throws {@link NotFoundError} for an id that names no record.
 * @throws {@link InvalidArgumentsError} if `depth` is negative or not a whole number.
 * @example
 *   neighborhood(graph, "minsk-diplomacy", 1).map((n) => `${n.depth} ${n.kind} ${n.record.id}`);
 *   // => ["0 commitment minsk-diplomacy", "1 actor joe-biden", "1 actor russia", …]
 */
export function neighborhood(graph: AccordGraph, id: string, depth: number): NeighborhoodEntry[] {
  const index = indexOf(graph, "neighborhood");
  if (
    typeof depth !== "number" ||
    !(depth >= 0) ||
    (!Number.isInteger(depth) && depth !== Number.POSITIVE_INFINITY)
  )
    throw new InvalidArgumentsError(
      "neighborhood",
      `expected depth to be a whole number from 0 (or Infinity), got ${String(depth)}.`,
    );
  const { key } = entryOf(index, graph, "neighborhood", id);
  const levels = edgesEdited(graph)
    ? walkGraphology(graph, index, key, depth)
    : walkIndex(graph, index, nodeOfKey(index, graph, key), depth);
  const out: NeighborhoodEntry[] = [];
  levels.forEach((level, d) => {
    // Each level in the general order: by kind, then each kind's own order.
    const ordered = inGeneralOrder(index, level);
    for (let i = 0; i < ordered.length; i++) out.push(entry(index, ordered[i] as number, d));
  });
  return out;
}

/** The nodes at each depth, from the index: see `forEachNeighbor`. */
function walkIndex(
  graph: AccordGraph,
  index: GraphIndex,
  start: number,
  depth: number,
): number[][] {
  const marks = freshMarks(index);
  const { arrays, epoch } = marks;
  (arrays[groupOf(start)] as Int32Array)[slotOf(start)] = epoch;
  const levels: number[][] = [[start]];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    const visit = (node: number) => {
      const mark = arrays[groupOf(node)] as Int32Array;
      const slot = slotOf(node);
      if (mark[slot] === epoch) return;
      mark[slot] = epoch;
      next.push(node);
    };
    for (const node of frontier) {
      if (d > 1 && groupOf(node) === SOURCE) continue; // a source: reached, not passed through
      forEachNeighbor(index, graph, node, visit);
    }
    if (next.length > 0) levels.push(next);
    frontier = next;
  }
  return levels;
}

/**
 * The nodes at each depth, from graphology's adjacency: for a graph whose edges the user changed.
 * Nodes of the user's own are neither returned nor passed through, as in `walkIndex`.
 */
function walkGraphology(
  graph: AccordGraph,
  index: GraphIndex,
  start: string,
  depth: number,
): number[][] {
  const seen = new Set([start]);
  const levels: number[][] = [[nodeOfKey(index, graph, start)]];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const key of frontier) {
      if (d > 1 && kindOfKey(key) === "source") continue;
      graph.forEachNeighbor(key, (neighbor, attributes) => {
        if (seen.has(neighbor) || kindOfKey(neighbor) === undefined || !isRecordNode(attributes))
          return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    const nodes = next.map((key) => nodeOfKey(index, graph, key)).filter((node) => node !== -1);
    if (nodes.length > 0) levels.push(nodes);
    frontier = next;
  }
  return levels;
}

// One object literal of one shape for every kind, not a spread: V8 builds it in one step.
function entry(index: GraphIndex, node: number, depth: number): NeighborhoodEntry {
  return {
    kind: kindOfNode(index, node),
    record: recordOfNode(index, node),
    depth,
  } as NeighborhoodEntry;
}
