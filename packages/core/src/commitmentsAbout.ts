import type { Commitment } from "@accordkg/data";
import { commitmentsAt } from "./internal/classes";
import { union } from "./internal/postings";
import { ordinalOf } from "./internal/resolve";
import { row } from "./internal/rows";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/**
 * The commitments about `topic` or any topic below it in the hierarchy: asking about strategic
 * stability also finds commitments about arms control. Claims are left out.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param topic - A topic id (`strategic-stability`) or node key (`topic:strategic-stability`).
 * @returns The commitments, fresh array, in the general order.
 * @throws {@link NotFoundError} for an id that names no topic.
 * @example
 *   commitmentsAbout(graph, "ukraine-file").map((c) => c.id);
 *   // => ["us-commitment-to-ukraine-sovereignty", "minsk-diplomacy"]
 */
export function commitmentsAbout(graph: AccordGraph, topic: string): Commitment[] {
  const index = indexOf(graph, "commitmentsAbout");
  const t = ordinalOf(index, (key) => graph.hasNode(key), "commitmentsAbout", "topic", topic);
  const below = row(index.descendants, t);
  const ordinals =
    below.length === 1 ? row(index.about, t) : union(Array.from(below, (d) => row(index.about, d)));
  return commitmentsAt(index, ordinals);
}
