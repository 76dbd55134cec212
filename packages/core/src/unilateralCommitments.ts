import type { Commitment, CommitmentKind, CommitmentOfKind } from "@accordkg/data";
import { classRow, commitmentsAt } from "./internal/classes";
import { ordinalOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/** A commitment that binds only its maker: every kind but `agreement`. */
export type UnilateralCommitment = CommitmentOfKind<Exclude<CommitmentKind, "agreement">>;

/**
 * What `actor` pledged, proposed, warned or demanded on its own account: its commitments of every
 * kind but `agreement`. None of these binds another party. A person and the state or organization
 * they represent are interchangeable here, as in {@link commitmentsOf}.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param actor - An actor id or node key.
 * @returns The commitments, fresh array, in the general order.
 * @throws {@link NotFoundError} for an id that names no actor.
 * @example
 *   unilateralCommitments(graph, "joe-biden").map((c) => `${c.kind} ${c.id}`);
 *   // => ["proposal critical-infrastructure-off-limits",
 *   //     "pledge us-commitment-to-ukraine-sovereignty", "warning us-will-respond"]
 */
export function unilateralCommitments(graph: AccordGraph, actor: string): UnilateralCommitment[] {
  const index = indexOf(graph, "unilateralCommitments");
  const a = ordinalOf(index, (key) => graph.hasNode(key), "unilateralCommitments", "actor", actor);
  return commitmentsAt(
    index,
    classRow(index, index.partyTo, a),
    (c: Commitment): c is UnilateralCommitment => c.kind !== "agreement",
  );
}
