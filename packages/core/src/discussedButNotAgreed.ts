import type { Topic } from "@accordkg/data";
import { claimsAt, commonToAll, topicOrdinals, topicsAt } from "./internal/classes";
import { actorOrdinals } from "./internal/resolve";
import { row } from "./internal/rows";
import { indexOf } from "./internal/store";
import { topicOrdinalsAt } from "./topicsDiscussed";
import type { AccordGraph, Statement } from "./types";

/**
 * What `parties` raised but did not agree on. A topic is raised when it was discussed at an event
 * every party took part in (see {@link topicsDiscussed}) or is the topic of a `discussion` claim
 * every party is a party to. It is covered when an agreement binding every party (see
 * {@link agreedByAll}) is about the topic itself, a topic above it (an agreement on strategic
 * stability covers arms control) or a topic below it (an agreement on arms control covers
 * strategic stability in part, so it is not reported as left unagreed). The answer is the raised
 * topics that are not covered. A person and the state or organization they represent are
 * interchangeable here.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param parties - Actor ids or node keys; at least one.
 * @returns The topics, fresh array, in the general order (by first mention).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @throws {@link InvalidArgumentsError} if `parties` is empty or not an array.
 * @example
 *   discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"]).map((t) => t.id);
 *   // => ["common-interests", "cybercrime", …, "arctic", "terrorism-in-afghanistan", …]
 */
export function discussedButNotAgreed(graph: AccordGraph, parties: readonly string[]): Topic[] {
  const index = indexOf(graph, "discussedButNotAgreed");
  const actors = actorOrdinals(
    index,
    (key) => graph.hasNode(key),
    "discussedButNotAgreed",
    parties,
  );

  const raised = new Set<number>();
  for (const e of commonToAll(index, index.participantIn, actors))
    for (const t of topicOrdinalsAt(index, e)) raised.add(t);
  const discussions = claimsAt(
    index,
    commonToAll(index, index.partyTo, actors),
    (claim) => claim.kind === "discussion",
  );
  for (const claim of discussions)
    for (const t of topicOrdinals(index, claim.topics)) raised.add(t);

  const covered = new Set<number>();
  for (const s of commonToAll(index, index.agreementsOf, actors))
    for (const t of topicOrdinals(index, (index.statements[s] as Statement).topics)) {
      for (const d of row(index.descendants, t)) covered.add(d);
      for (
        let p = index.parentOf[t] as number;
        p !== -1 && !covered.has(p);
        p = index.parentOf[p] as number
      )
        covered.add(p);
    }
  return topicsAt(
    index,
    [...raised].filter((t) => !covered.has(t)),
  );
}
