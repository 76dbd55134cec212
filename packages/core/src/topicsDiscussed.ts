import type { Topic } from "@accordkg/data";
import { topicOrdinals, topicsAt } from "./internal/classes";
import type { GraphIndex } from "./internal/graphIndex";
import { ordinalOf } from "./internal/resolve";
import { row } from "./internal/rows";
import { indexOf } from "./internal/store";
import type { AccordGraph, Statement } from "./types";

/**
 * Topic ordinals raised at event `e`: its own `topics`, those of statements made there, and those
 * of the matters of accounts given there.
 */
export function topicOrdinalsAt(index: GraphIndex, e: number): number[] {
  const event = index.events[e];
  const out = event === undefined ? [] : topicOrdinals(index, event.topics);
  for (const s of row(index.atEvent, e))
    out.push(...topicOrdinals(index, (index.statements[s] as Statement).topics));
  for (const a of row(index.accountsAtEvent, e)) {
    const matter = index.statements[index.matterOf[a] as number];
    if (matter !== undefined) out.push(...topicOrdinals(index, matter.topics));
  }
  return out;
}

/**
 * The topics raised at `event`: those the event record lists, those of every commitment or
 * claim that occurred at the event (`event`) or was stated there (`statedAt`), and those of every
 * matter another account of which was given there (an account's `statedAt`).
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param event - An event id (`geneva-summit-2021`) or node key (`event:geneva-summit-2021`).
 * @returns The topics, fresh array, in the general order (by first mention).
 * @throws {@link NotFoundError} for an id that names no event.
 * @example
 *   topicsDiscussed(graph, "geneva-summit-2021").length; // => 20
 */
export function topicsDiscussed(graph: AccordGraph, event: string): Topic[] {
  const index = indexOf(graph, "topicsDiscussed");
  const e = ordinalOf(index, (key) => graph.hasNode(key), "topicsDiscussed", "event", event);
  return topicsAt(index, topicOrdinalsAt(index, e));
}
