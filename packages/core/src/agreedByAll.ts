import type { Commitment } from "@accordkg/data";
import { commitmentsAt, commonToAll } from "./internal/classes";
import { actorOrdinals } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/**
 * "What did they all agree on": the agreements that bind every one of `parties`. A person and the
 * state or organization they represent are interchangeable here, so `["joe-biden",
 * "vladimir-putin"]` and `["united-states", "russia"]` give the same answer. Only commitments of
 * kind `agreement` count: proposals, pledges, warnings, demands and claims (such as discussions)
 * never do. The answer does not depend on the order of the parties.
 *
 * Cost: proportional to the parties' numbers of agreements, not to the size of the graph.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param parties - Actor ids (`joe-biden`) or node keys (`actor:joe-biden`); at least one.
 * @returns The agreements, fresh array, in the general order (by their first evidence span).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @throws {@link InvalidArgumentsError} if `parties` is empty or not an array.
 * @example
 *   agreedByAll(graph, ["joe-biden", "vladimir-putin"]).map((c) => c.id);
 *   // => ["strategic-stability-dialogue", "cyber-expert-understandings",
 *   //     "iran-nuclear-cooperation", "minsk-diplomacy"]
 */
export function agreedByAll(graph: AccordGraph, parties: readonly string[]): Commitment[] {
  const index = indexOf(graph, "agreedByAll");
  const actors = actorOrdinals(index, (key) => graph.hasNode(key), "agreedByAll", parties);
  return commitmentsAt(index, commonToAll(index, index.agreementsOf, actors));
}
