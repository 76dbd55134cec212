import { compareNodes, nodeOfKey } from "./internal/nodes";
import { entryOf, toEntry } from "./internal/resolve";
import { indexOf, isRecordNode } from "./internal/store";
import { type AccordGraph, RELATIONS, type RecordEntry, type Relation } from "./types";

/** How a step of a {@link connection} is linked to the step before it. */
export interface ConnectionLink {
  readonly relation: Relation;
  /**
   * `forward` when the edge points from the previous step's record to this one (`joe-biden`
   * `party-to` a commitment), `backward` when it points from this record to the previous one.
   */
  readonly direction: "forward" | "backward";
}

/** One record on a {@link connection}; every step but the first says how it is linked. */
export type ConnectionStep = RecordEntry & { readonly via?: ConnectionLink };

/**
 * The shortest chain of records linking `a` to `b`, ignoring the direction of edges, as records
 * and the relations between them. It is found by a breadth-first search from both ends over
 * `forEachNeighbor` (graphology-shortest-path's `bidirectional` only follows out-edges). Sources
 * are never passed through, only reached as an end: two records are not connected by being
 * mentioned in one document. Ties between chains of the same length are broken by the general
 * order: each record's predecessor is the first in that order, so the answer never varies.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param a - The id or node key of any record.
 * @param b - The id or node key of any record.
 * @returns Fresh steps from `a` to `b` (one step when `a` is `b`), or `[]` when nothing links them.
 * @throws {@link NotFoundError} for an id that names no record.
 * @example
 *   connection(graph, "vladimir-putin", "ukraine").map((s) => s.record.id);
 *   // => ["vladimir-putin", "russia", "minsk-diplomacy", "ukraine"]
 */
export function connection(graph: AccordGraph, a: string, b: string): ConnectionStep[] {
  const index = indexOf(graph, "connection");
  const from = entryOf(index, graph, "connection", a, "a");
  const to = entryOf(index, graph, "connection", b, "b");
  if (from.key === to.key) return [toEntry(from.entry)];

  const passable = (key: string) => {
    const attributes = graph.getNodeAttributes(key);
    return (
      isRecordNode(attributes) &&
      (attributes.kind !== "source" || key === from.key || key === to.key)
    );
  };
  // Keys in the general order (each record's node looked up once per call).
  const nodes = new Map<string, number>();
  const node = (key: string) => {
    let found = nodes.get(key);
    if (found === undefined) {
      found = nodeOfKey(index, graph, key);
      nodes.set(key, found);
    }
    return found;
  };
  const byRank = (keys: string[]) =>
    keys
      .map((key) => ({ key, node: node(key) }))
      .sort((x, y) => compareNodes(index, x.node, y.node))
      .map(({ key }) => key);

  // Each side: for every node reached, its distance from that side's end and its predecessor.
  const sideFrom = { depth: new Map([[from.key, 0]]), parent: new Map<string, string>() };
  const sideTo = { depth: new Map([[to.key, 0]]), parent: new Map<string, string>() };
  let frontierFrom = [from.key];
  let frontierTo = [to.key];
  let meet: string | undefined;

  while (meet === undefined && frontierFrom.length > 0 && frontierTo.length > 0) {
    const forward = frontierFrom.length <= frontierTo.length;
    const [side, other, frontier] = forward
      ? [sideFrom, sideTo, frontierFrom]
      : [sideTo, sideFrom, frontierTo];
    const next: string[] = [];
    const meetings: { key: string; length: number }[] = [];
    // Expanding the frontier in the general order makes each node's predecessor the first one.
    for (const node of byRank(frontier)) {
      const d = side.depth.get(node) as number;
      graph.forEachNeighbor(node, (neighbor) => {
        if (!passable(neighbor)) return;
        if (!side.depth.has(neighbor)) {
          side.depth.set(neighbor, d + 1);
          side.parent.set(neighbor, node);
          next.push(neighbor);
        }
        const there = other.depth.get(neighbor);
        if (there !== undefined)
          meetings.push({ key: neighbor, length: (side.depth.get(neighbor) as number) + there });
      });
    }
    if (meetings.length > 0) {
      const shortest = Math.min(...meetings.map((m) => m.length));
      meet = byRank(meetings.filter((m) => m.length === shortest).map((m) => m.key))[0];
    }
    if (forward) frontierFrom = next;
    else frontierTo = next;
  }
  if (meet === undefined) return [];

  const keys: string[] = [];
  for (let key: string | undefined = meet; key !== undefined; key = sideFrom.parent.get(key))
    keys.unshift(key);
  for (let key = sideTo.parent.get(meet); key !== undefined; key = sideTo.parent.get(key))
    keys.push(key);

  return keys.map((key, i) => {
    const entry = toEntry(graph.getNodeAttributes(key));
    const previous = keys[i - 1];
    return previous === undefined ? entry : { ...entry, via: linkBetween(graph, previous, key) };
  });
}

function linkBetween(graph: AccordGraph, previous: string, key: string): ConnectionLink {
  let best: ConnectionLink | undefined;
  const consider = (relation: Relation, direction: ConnectionLink["direction"]) => {
    if (best === undefined || RELATIONS.indexOf(relation) < RELATIONS.indexOf(best.relation))
      best = { relation, direction };
  };
  for (const edge of graph.outEdges(previous, key))
    consider(graph.getEdgeAttribute(edge, "relation"), "forward");
  for (const edge of graph.outEdges(key, previous))
    consider(graph.getEdgeAttribute(edge, "relation"), "backward");
  return best as ConnectionLink;
}
