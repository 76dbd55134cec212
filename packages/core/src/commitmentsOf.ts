import {
  COMMITMENT_KINDS,
  type Commitment,
  type CommitmentKind,
  type CommitmentOfKind,
} from "@accordkg/data";
import { InvalidArgumentsError } from "./errors";
import { classRow, commitmentsAt } from "./internal/classes";
import { ordinalOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/** Options of {@link commitmentsOf}. */
export interface CommitmentsOfOptions<K extends CommitmentKind = CommitmentKind> {
  /** Keep only commitments of these kinds (all kinds when left out; none when empty). */
  readonly kinds?: readonly K[];
}

/**
 * The commitments `actor` is a party to, of every kind or of the given `kinds`: agreements that
 * bind it, and pledges, proposals, warnings and demands it made. A person and the state or
 * organization they represent are interchangeable here: Joe Biden's commitments include those of
 * the United States, and the other way round.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param actor - An actor id (`united-states`) or node key (`actor:united-states`).
 * @param options - `kinds` to keep only some kinds of commitment.
 * @returns The commitments, fresh array, in the general order; typed by the kinds asked for
 *   (`{ kinds: ["pledge"] }` gives `CommitmentOfKind<"pledge">[]`).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @throws {@link InvalidArgumentsError} for a kind that is not a commitment kind.
 * @example
 *   commitmentsOf(graph, "united-states", { kinds: ["pledge", "warning"] }).map((c) => c.id);
 *   // => ["us-commitment-to-ukraine-sovereignty", "us-will-respond"]
 */
export function commitmentsOf<K extends CommitmentKind = CommitmentKind>(
  graph: AccordGraph,
  actor: string,
  options: CommitmentsOfOptions<K> = {},
): CommitmentOfKind<K>[] {
  const index = indexOf(graph, "commitmentsOf");
  const a = ordinalOf(index, (key) => graph.hasNode(key), "commitmentsOf", "actor", actor);
  const kinds = options.kinds;
  // Without `kinds`, K is every kind: CommitmentOfKind<CommitmentKind> is Commitment.
  if (kinds === undefined)
    return commitmentsAt(index, classRow(index, index.partyTo, a)) as CommitmentOfKind<K>[];
  if (!Array.isArray(kinds))
    throw new InvalidArgumentsError("commitmentsOf", "expected options.kinds to be an array.");
  for (const kind of kinds)
    if (typeof kind !== "string" || !Object.hasOwn(COMMITMENT_KINDS, kind))
      throw new InvalidArgumentsError(
        "commitmentsOf",
        `unknown commitment kind ${JSON.stringify(kind)}; the kinds are ${Object.keys(COMMITMENT_KINDS).join(", ")}.`,
      );
  const wanted = new Set<string>(kinds);
  return commitmentsAt(
    index,
    classRow(index, index.partyTo, a),
    (c: Commitment): c is CommitmentOfKind<K> => wanted.has(c.kind),
  );
}
