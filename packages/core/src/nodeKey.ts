import type { NodeKind } from "./types";

/**
 * The key of a record's node in an {@link AccordGraph}: its kind and its id, `actor:joe-biden`.
 * Keys are namespaced so that records of different kinds can never collide, and so that any
 * graphology function can be given a node.
 *
 * @example
 *   graph.neighbors(nodeKey("actor", "joe-biden"));
 */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}
