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
  const n = index.keys.length;
  // Passes over graphology's edges, not each node's neighbours: `forEachNeighbor` runs a
  // `for…in` over two adjacency objects per node, which allocates their key lists (1.7–2.0 s and
  // 39 MiB kept at 100k, against 0.7 s and 9 MiB). The rows are filled by counting sort in two
  // passes rather than from a list of edge ends, and trimmed without a copy: at 1M commitments
  // every 100 MB allocated here cost a full collection of a 5 GB heap (about 15 s each).
  const degree = new Int32Array(n);
  const each = (visit: (from: number, to: number) => void) =>
    graph.forEachEdge((_edge, _attributes, source, target) => {
      const from = ordinalOf.get(source);
      const to = ordinalOf.get(target);
      // A node of the user's own is not walked.
      if (from !== undefined && to !== undefined) visit(from, to);
    });
  each((from, to) => {
    degree[from] = (degree[from] as number) + 1;
    if (to !== from) degree[to] = (degree[to] as number) + 1;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  // `degree` becomes each row's next free slot; parallel edges repeat a neighbour within a row.
  degree.set(offsets.subarray(0, n));
  const rows = new Int32Array(offsets[n] as number);
  each((from, to) => {
    const at = degree[from] as number;
    rows[at] = to;
    degree[from] = at + 1;
    if (to !== from) {
      const back = degree[to] as number;
      rows[back] = from;
      degree[to] = back + 1;
    }
  });
  // Each neighbour once per row, in place (the walk would skip repeats anyway, at a cost);
  // `degree` now marks, per row, the neighbours already kept.
  degree.fill(0);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1] as number;
    const start = offsets[i] as number;
    offsets[i] = used;
    for (let j = start; j < end; j++) {
      const neighbor = rows[j] as number;
      if (degree[neighbor] === i + 1) continue;
      degree[neighbor] = i + 1;
      rows[used++] = neighbor;
    }
  }
  offsets[n] = used;
  return {
    ordinalOf,
    statementsEnd: n - index.sources.length,
    index,
    offsets,
    neighbors: rows.subarray(0, used),
    marks: degree.fill(0),
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
