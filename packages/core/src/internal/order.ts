import type { GraphIndex } from "./graphIndex";

/**
 * The position of a node in the general order across kinds (see `GraphIndex.keys`); nodes the
 * index does not know (the user's own) come last.
 */
export function rankOf(index: GraphIndex, key: string): number {
  return index.rank.get(key) ?? index.keys.length;
}
