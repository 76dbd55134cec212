import { InvalidArgumentsError } from "./errors";
import { rankOf } from "./internal/order";
import { entryOf, toEntry } from "./internal/resolve";
import { indexOf, isRecordNode } from "./internal/store";
import type { AccordGraph, RecordEntry } from "./types";

/** A record reached by {@link neighborhood}, with its distance from the start in edges. */
export type NeighborhoodEntry = RecordEntry & { readonly depth: number };

/**
 * The records within `depth` edges of a record, whatever the edges' direction: the same nodes,
 * at the same depths, as graphology-traversal's `bfsFromNode` in mode `directed` (in and out
 * edges), but found by a breadth-first search over `forEachNeighbor` whose cost follows the size
 * of the neighbourhood (`bfsFromNode` allocates a queue as long as the whole graph on every
 * call). The record itself comes first, at depth 0. Sources are reached but not passed through:
 * every statement of a document links to it, and "mentioned in the same document" is not a
 * relation between records. Nodes you added yourself (keys outside the record namespaces) are
 * neither returned nor passed through.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param id - The id or node key of any record.
 * @param depth - How many edges out to go: a whole number from 0, or `Infinity`.
 * @returns Fresh `{ kind, record, depth }` objects, by depth, then in the general order
 *   (actors, topics, events, commitments and claims, sources; each kind in its own order).
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
  const { key, entry } = entryOf(index, graph, "neighborhood", id);
  const seen = new Set([key]);
  const levels: string[][] = [[key]];
  let frontier = [key];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      if (d > 1 && graph.getNodeAttribute(node, "kind") === "source") continue;
      graph.forEachNeighbor(node, (neighbor, attributes) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        if (isRecordNode(attributes)) next.push(neighbor);
      });
    }
    levels.push(next);
    frontier = next;
  }
  const out: NeighborhoodEntry[] = [{ ...entry, depth: 0 }];
  levels.forEach((level, d) => {
    if (d === 0) return;
    const ranked = level.map((node) => ({ node, rank: rankOf(index, node) }));
    ranked.sort((a, b) => a.rank - b.rank);
    for (const { node } of ranked)
      out.push({ ...toEntry(graph.getNodeAttributes(node)), depth: d });
  });
  return out;
}
