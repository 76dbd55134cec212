import type { GraphIndex } from "./graphIndex";

// Node key → position in `GraphIndex.keys`. Built on the first query that sorts records of
// several kinds (neighborhood, connection), not with the graph: a million-entry Map is time and
// memory that graphs nobody walks should not pay.
const ranks = new WeakMap<GraphIndex, Map<string, number>>();

/**
 * The position of a node in the general order across kinds (see `GraphIndex.keys`); nodes the
 * index does not know (the user's own) come last.
 */
export function rankOf(index: GraphIndex, key: string): number {
  return ranksOf(index).get(key) ?? index.keys.length;
}

/** Node key → position in `GraphIndex.keys`, for every record node. */
export function ranksOf(index: GraphIndex): ReadonlyMap<string, number> {
  let rank = ranks.get(index);
  if (rank === undefined) {
    rank = new Map();
    for (let r = 0; r < index.keys.length; r++) rank.set(index.keys[r] as string, r);
    ranks.set(index, rank);
  }
  return rank;
}
