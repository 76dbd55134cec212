import { union } from "./internal/postings";
import { ordinalOf } from "./internal/resolve";
import { row } from "./internal/rows";
import { indexOf } from "./internal/store";
import type { AccordGraph, Statement } from "./types";

/**
 * Everything attributed to one speaker: the commitments and claims whose `statedBy` lists
 * `actor`, and those `actor` gives another account of (an `Account` whose `statedBy` lists it;
 * {@link accountsOf} tells the accounts apart). Speakers are matched exactly, without the
 * person/state equivalence other queries use: a statement is Joe Biden's account, not the United
 * States', unless the data says so.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param actor - An actor id or node key.
 * @returns Commitments and claims together, fresh array, in the general order.
 * @throws {@link NotFoundError} for an id that names no actor.
 * @example
 *   statedBy(graph, "joe-biden").length; // => 22 (every statement in the report)
 *   statedBy(graph, "united-states"); // => [] (the state itself is never the speaker)
 */
export function statedBy(graph: AccordGraph, actor: string): Statement[] {
  const index = indexOf(graph, "statedBy");
  const a = ordinalOf(index, (key) => graph.hasNode(key), "statedBy", "actor", actor);
  const own = row(index.spokenBy, a);
  const accounts = row(index.accountsBy, a);
  const ordinals = index.statementOrder.arrange(
    accounts.length === 0 ? own : union([own, accounts]),
  );
  return Array.from(ordinals, (s) => index.statements[s] as Statement);
}
