import { InvalidArgumentsError } from "./errors";
import { adjacencyOf, nextEpoch } from "./internal/adjacency";
import type { GraphIndex } from "./internal/graphIndex";
import { kindAtRank, recordAtRank } from "./internal/order";
import { entryOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph, RecordEntry } from "./types";

/** A record reached by {@link neighborhood}, with its distance from the start in edges. */
export type NeighborhoodEntry = RecordEntry & { readonly depth: number };

/**
 * The records within `depth` edges of a record, whatever the edges' direction: the same nodes,
 * at the same depths, as graphology-traversal's `bfsFromNode` in mode `directed` (in and out
 * edges), but found by a breadth-first search whose cost follows the size of the neighbourhood
 * (`bfsFromNode` allocates a queue as long as the whole graph on every call). The search reads an
 * adjacency index of the graph's edges, built on the first call (its cost per million edges is
 * in docs/performance.md) and again after edges are added or dropped. The record itself comes
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
  const adjacency = adjacencyOf(graph, index);
  const { offsets, neighbors, marks, statementsEnd } = adjacency;
  const start = adjacency.ordinalOf.get(key) as number;
  const epoch = nextEpoch(adjacency);
  marks[start] = epoch;
  const out: NeighborhoodEntry[] = [entry(index, start, 0)];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      if (d > 1 && node >= statementsEnd) continue; // a source: reached, not passed through
      const end = offsets[node + 1] as number;
      for (let j = offsets[node] as number; j < end; j++) {
        const neighbor = neighbors[j] as number;
        if (marks[neighbor] === epoch) continue;
        marks[neighbor] = epoch;
        next.push(neighbor);
      }
    }
    // Ordinals are positions in the general order, so each level sorts as integers.
    const level = Int32Array.from(next).sort();
    for (let i = 0; i < level.length; i++) out.push(entry(index, level[i] as number, d));
    frontier = next;
  }
  return out;
}

// One object literal of one shape for every kind, not a spread: V8 builds it in one step.
function entry(index: GraphIndex, ordinal: number, depth: number): NeighborhoodEntry {
  return {
    kind: kindAtRank(index, ordinal),
    record: recordAtRank(index, ordinal),
    depth,
  } as NeighborhoodEntry;
}
