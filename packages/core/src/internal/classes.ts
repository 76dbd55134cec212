import type { Claim, Commitment, Topic } from "@accordkg/data";
import type { GraphIndex } from "./graphIndex";
import { intersect, union } from "./postings";
import { type Rows, row } from "./rows";

/**
 * The posting row of an actor's whole equivalence class (itself, whom it represents, who
 * represents it). For an actor alone in its class this is a view of its own row, with no copy.
 */
export function classRow(index: GraphIndex, csr: Rows, actor: number): Int32Array {
  const members = row(index.equivalents, actor);
  if (members.length === 1) return row(csr, actor);
  return union(Array.from(members, (member) => row(csr, member)));
}

/** The ordinals in `csr` that every actor's class has: the records binding all of them. */
export function commonToAll(index: GraphIndex, csr: Rows, actors: readonly number[]): Int32Array {
  const distinct = [...new Set(actors)];
  return intersect(distinct.map((actor) => classRow(index, csr, actor)));
}

/**
 * The commitments at `ordinals` (statement slots, sorted), in the general order, leaving claims
 * out. The kind comes from the
 * index's byte array, not the record: records lie far apart in memory, and reading each one's
 * `kind` cost a cache miss per ordinal (at 100k, `commitmentsAbout` took 5 times the `Map` index).
 */
export function commitmentsAt<C extends Commitment = Commitment>(
  index: GraphIndex,
  ordinals: Int32Array,
  keep?: (commitment: Commitment) => commitment is C,
): C[] {
  const out: C[] = [];
  const { isCommitment, statements } = index;
  const inOrder = index.statementOrder.arrange(ordinals);
  for (let i = 0; i < inOrder.length; i++) {
    const ordinal = inOrder[i] as number;
    if (isCommitment[ordinal] !== 1) continue;
    const commitment = statements[ordinal] as Commitment;
    if (keep === undefined) out.push(commitment as C);
    else if (keep(commitment)) out.push(commitment);
  }
  return out;
}

/** The claims at `ordinals` (statement slots, sorted), in the general order, leaving commitments out. */
export function claimsAt(
  index: GraphIndex,
  ordinals: Int32Array,
  keep: (claim: Claim) => boolean,
): Claim[] {
  const out: Claim[] = [];
  const { isCommitment, statements } = index;
  const inOrder = index.statementOrder.arrange(ordinals);
  for (let i = 0; i < inOrder.length; i++) {
    const ordinal = inOrder[i] as number;
    if (isCommitment[ordinal] === 1) continue;
    const claim = statements[ordinal] as Claim;
    if (keep(claim)) out.push(claim);
  }
  return out;
}

/** Topic slots → topic records, in the topics' order and without duplicates. */
export function topicsAt(index: GraphIndex, ordinals: Iterable<number>): Topic[] {
  const { rank } = index.topicOrder;
  return [...new Set(ordinals)]
    .sort((a, b) => (rank[a] as number) - (rank[b] as number) || a - b)
    .map((t) => index.topics[t] as Topic);
}

/** The ordinals of the topics a statement or event is about (unknown ids skipped). */
export function topicOrdinals(index: GraphIndex, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const t = index.topicOrdinal.get(id);
    if (t !== undefined) out.push(t);
  }
  return out;
}
