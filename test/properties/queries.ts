// Every public query, and how to call each with arguments chosen by a few numbers: shared by the
// property tests of the graph (graph.test.ts) and of extending it (extend.test.ts).
import {
  AccordError,
  type AccordGraph,
  accountsOf,
  agreedByAll,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  gradeOf,
  neighborhood,
  perspectives,
  search,
  sharedTopics,
  statedBy,
  topicsDiscussed,
  unilateralCommitments,
} from "@accordkg/core";
import { COMMITMENT_KINDS, type Dataset } from "@accordkg/data";
import { nth } from "./arbitraries";

export const serialized = (graph: AccordGraph) => JSON.stringify(graph.export());
export const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
/** The distinct actors at the given positions. */
const actorsAt = (dataset: Dataset, positions: readonly number[]) => [
  ...new Set(positions.map((n) => nth(dataset.actors, n).id)),
];
/**
 * Parties to ask about: half the time the parties of one of the dataset's agreements (so that the
 * answer is not empty), otherwise any actors.
 */
export function partiesFor(dataset: Dataset, [first = 0, ...rest]: readonly number[]): string[] {
  const agreements = dataset.commitments.filter((c) => c.kind === "agreement");
  if (first % 2 === 1 || agreements.length === 0) return actorsAt(dataset, [first, ...rest]);
  return [...nth(agreements, rest[0] ?? first).parties];
}

const COMMITMENT_KIND_NAMES = Object.keys(COMMITMENT_KINDS) as (keyof typeof COMMITMENT_KINDS)[];

/** Every public query, each given arguments of the kind it expects, chosen by three numbers. */
export const QUERIES: Record<
  string,
  (graph: AccordGraph, d: Dataset, n: readonly number[]) => unknown
> = {
  agreedByAll: (g, d, n) => agreedByAll(g, partiesFor(d, n)),
  agreedByAllJoint: (g, d, n) => agreedByAll(g, partiesFor(d, n), { minGrade: "joint" }),
  accountsOf: (g, d, [c = 0]) => accountsOf(g, nth(d.commitments, c).id),
  gradeOf: (g, d, [c = 0]) => gradeOf(g, nth(d.commitments, c).id),
  perspectives: (g, d, n) => perspectives(g, partiesFor(d, n)),
  commitmentsOf: (g, d, [a = 0, k = 0]) =>
    commitmentsOf(g, nth(d.actors, a).id, { kinds: [nth(COMMITMENT_KIND_NAMES, k)] }),
  unilateralCommitments: (g, d, [a = 0]) => unilateralCommitments(g, nth(d.actors, a).id),
  commitmentsAbout: (g, d, [t = 0]) => commitmentsAbout(g, nth(d.topics, t).id),
  sharedTopics: (g, d, [a = 0, b = 0]) => sharedTopics(g, nth(d.actors, a).id, nth(d.actors, b).id),
  topicsDiscussed: (g, d, [e = 0]) => topicsDiscussed(g, nth(d.events, e).id),
  discussedButNotAgreed: (g, d, n) => discussedButNotAgreed(g, partiesFor(d, n)),
  statedBy: (g, d, [a = 0]) => statedBy(g, nth(d.actors, a).id),
  evidenceOf: (g, d, [c = 0]) => evidenceOf(g, nth(d.commitments, c).id),
  neighborhood: (g, d, [c = 0, depth = 0]) => neighborhood(g, nth(d.commitments, c).id, depth % 3),
  connection: (g, d, [a = 0, t = 0]) => connection(g, nth(d.actors, a).id, nth(d.topics, t).id),
  search: (g, d, [a = 0, t = 0]) =>
    search(g, a % 2 === 0 ? nth(d.actors, a).name.en : nth(d.topics, t).label.en),
};

/** What a query answered, as text; a typed error (a caller bug) is an answer too. */
export function answer(run: () => unknown): { value: unknown; text: string } {
  try {
    const value = run();
    return { value, text: JSON.stringify(value) };
  } catch (error) {
    if (!(error instanceof AccordError)) throw error;
    return { value: undefined, text: `${error.name}: ${error.message}` };
  }
}
