import type { Topic } from "@accordkg/data";
import { classRow, topicOrdinals, topicsAt } from "./internal/classes";
import type { GraphIndex } from "./internal/graphIndex";
import { ordinalOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph, Statement } from "./types";

function topicsOfParty(index: GraphIndex, actor: number): Set<number> {
  const topics = new Set<number>();
  for (const s of classRow(index, index.partyTo, actor))
    for (const t of topicOrdinals(index, (index.statements[s] as Statement).topics)) topics.add(t);
  return topics;
}

/**
 * The topics both `a` and `b` are engaged in: each is a party to at least one commitment or claim
 * about the topic (not necessarily the same one). Topics are matched exactly, without rolling up
 * the hierarchy. A person and the state or organization they represent are interchangeable here.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param a - An actor id or node key.
 * @param b - Another actor id or node key.
 * @returns The topics, fresh array, in the general order (by first mention).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @example
 *   sharedTopics(graph, "joe-biden", "vladimir-putin").map((t) => t.id);
 *   // => ["strategic-stability", "arms-control", "unintended-conflict-risk", …]
 */
export function sharedTopics(graph: AccordGraph, a: string, b: string): Topic[] {
  const index = indexOf(graph, "sharedTopics");
  const hasNode = (key: string) => graph.hasNode(key);
  const first = topicsOfParty(index, ordinalOf(index, hasNode, "sharedTopics", "actor", a));
  const second = topicsOfParty(index, ordinalOf(index, hasNode, "sharedTopics", "actor", b));
  return topicsAt(
    index,
    [...first].filter((t) => second.has(t)),
  );
}
