import { type Agreement, EVIDENCE_GRADES, type EvidenceGrade } from "@accordkg/data";
import { InvalidArgumentsError } from "./errors";
import { GRADE_RANK, gradesOf } from "./internal/accounts";
import { commitmentsAt, commonToAll } from "./internal/classes";
import type { GraphIndex } from "./internal/graphIndex";
import { actorOrdinals } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/** Options of {@link agreedByAll}. */
export interface AgreedByAllOptions {
  /**
   * Keep only agreements whose evidence grade (see {@link gradeOf}) is this one or better:
   * `"joint"` keeps only what a text all the parties issued together attests; `"concordant"`
   * adds what each party's own account attests; `"one-sided"` adds what only some parties'
   * accounts attest; `"reported"`, like leaving it out, keeps every agreement.
   */
  readonly minGrade?: EvidenceGrade;
}

/**
 * "What did they all agree on": the agreements that bind every one of `parties`. A person and the
 * state or organization they represent are interchangeable here, so `["joe-biden",
 * "vladimir-putin"]` and `["united-states", "russia"]` give the same answer. Only commitments of
 * kind `agreement` count: proposals, pledges, warnings, demands and claims (such as discussions)
 * never do. The answer does not depend on the order of the parties.
 *
 * Without options every such agreement is returned, whoever says so; `minGrade` keeps those whose
 * evidence is at least that strong. An agreement is graded among its own parties: one binding a
 * third state too is `concordant` only if that state's account attests it as well.
 *
 * Cost: proportional to the parties' numbers of agreements, not to the size of the graph (the
 * grades are computed once per graph, on the first call that asks for them).
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param parties - Actor ids (`joe-biden`) or node keys (`actor:joe-biden`); at least one.
 * @param options - `minGrade` to keep only agreements with at least that grade of evidence.
 * @returns The agreements (commitments of kind `agreement`, typed `Agreement`), fresh array, in
 *   the general order (by their first evidence span).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @throws {@link InvalidArgumentsError} if `parties` is empty or not an array, or `minGrade` is
 *   not one of `EVIDENCE_GRADES`.
 * @example
 *   agreedByAll(graph, ["joe-biden", "vladimir-putin"]).map((c) => c.id);
 *   // => ["strategic-stability-dialogue", "cyber-expert-understandings",
 *   //     "iran-nuclear-cooperation", "minsk-diplomacy", …]
 *   agreedByAll(graph, ["united-states", "russia"], { minGrade: "joint" }).map((c) => c.id);
 *   // => ["strategic-stability-dialogue", "nuclear-war-cannot-be-won"]
 */
export function agreedByAll(
  graph: AccordGraph,
  parties: readonly string[],
  options: AgreedByAllOptions = {},
): Agreement[] {
  const index = indexOf(graph, "agreedByAll");
  const actors = actorOrdinals(index, (key) => graph.hasNode(key), "agreedByAll", parties);
  const ordinals = commonToAll(index, index.agreementsOf, actors);
  const minGrade = options?.minGrade;
  if (minGrade === undefined) return agreementsAt(index, ordinals);
  if (typeof minGrade !== "string" || !Object.hasOwn(GRADE_RANK, minGrade))
    throw new InvalidArgumentsError(
      "agreedByAll",
      `unknown evidence grade ${JSON.stringify(minGrade)}; the grades are ${EVIDENCE_GRADES.join(", ")}.`,
    );
  const grades = gradesOf(index);
  const worst = GRADE_RANK[minGrade];
  return agreementsAt(
    index,
    ordinals.filter((s) => (grades[s] as number) <= worst),
  );
}

/**
 * The agreements at `ordinals`, ordinals from `agreementsOf` rows: the index puts a statement in
 * those only if its kind is `agreement`, so each record is one, and it is not read again to
 * check (a cache miss per record; see `commitmentsAt`).
 */
function agreementsAt(index: GraphIndex, ordinals: Int32Array): Agreement[] {
  return commitmentsAt(index, ordinals) as Agreement[];
}
