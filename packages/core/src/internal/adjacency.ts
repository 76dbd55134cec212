import type { AccordGraph } from "../types";
import type { GraphIndex } from "./graphIndex";
import { ranksOf } from "./order";
import { edgeVersionOf } from "./store";

/**
 * The graph's edges between records as compressed sparse rows of node ordinals (positions in
 * `GraphIndex.keys`), both directions, for the walks (`neighborhood`). Walking graphology's
 * adjacency objects costs a hash lookup and a callback per edge; a row here is a slice of an
 * Int32Array, and ordinals sort as plain integers into the general order. Built from the graph's
 * edges, not from the records, so edges a user adds between records are walked too.
 */
export interface Adjacency {
  readonly ordinalOf: ReadonlyMap<string, number>;
  /** Where the statements' ordinals end: sources come last. */
  readonly statementsEnd: number;
  readonly index: GraphIndex;
  /** `neighbors[offsets[i] … offsets[i + 1])` are the record nodes adjacent to ordinal `i`. */
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** Visit marks, one per node: a walk bumps `epoch` instead of clearing them. */
  readonly marks: Int32Array;
  epoch: number;
}

interface Cached {
  adjacency: Adjacency;
  version: number;
  size: number;
}

// Beside the index it was built with: a rebuilt index (after node changes) gets a new one.
const cache = new WeakMap<GraphIndex, Cached>();

/**
 * The adjacency of `graph`'s records, built on the first walk (not with the graph: graphs nobody
 * walks should not pay for it) and rebuilt after any edge is added or dropped.
 */
export function adjacencyOf(graph: AccordGraph, index: GraphIndex): Adjacency {
  const version = edgeVersionOf(graph);
  const cached = cache.get(index);
  if (cached !== undefined && cached.version === version && cached.size === graph.size)
    return cached.adjacency;
  const adjacency = buildAdjacency(graph, index);
  cache.set(index, { adjacency, version, size: graph.size });
  return adjacency;
}

function buildAdjacency(graph: AccordGraph, index: GraphIndex): Adjacency {
  const ordinalOf = ranksOf(index);
  const { keys } = index;
  const n = keys.length;
  const offsets = new Int32Array(n + 1);
  // Every edge end is at most one entry, so twice the edge count bounds the rows.
  let buffer = new Int32Array(Math.max(2 * graph.size, 1));
  let used = 0;
  for (let i = 0; i < n; i++) {
    graph.forEachNeighbor(keys[i] as string, (neighbor) => {
      const ordinal = ordinalOf.get(neighbor);
      if (ordinal === undefined) return; // a node of the user's own: not walked
      if (used === buffer.length) {
        const grown = new Int32Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      buffer[used++] = ordinal;
    });
    offsets[i + 1] = used;
  }
  return {
    ordinalOf,
    statementsEnd: n - index.sources.length,
    index,
    offsets,
    neighbors: buffer.slice(0, used),
    marks: new Int32Array(n),
    epoch: 0,
  };
}

/** A new walk's visit mark; marks from earlier walks are all different from it. */
export function nextEpoch(adjacency: Adjacency): number {
  if (adjacency.epoch === 0x7fffffff) {
    adjacency.marks.fill(0);
    adjacency.epoch = 0;
  }
  return ++adjacency.epoch;
}
