import type { EvidenceGrade } from "@accordkg/data";
import { gradeAt } from "./internal/accounts";
import { statementOrdinalOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/**
 * How strong the evidence is that every party of a commitment or claim subscribes to it, from
 * its accounts (see {@link accountsOf}); never written by hand. Only accounts that frame the
 * matter as the record does (`attests`) count. In the order of `EVIDENCE_GRADES`, best first:
 *
 * - `joint`: an account is a text all the parties (two or more) issued together: its speakers
 *   stand for every party, and one of its sources names every party in `issuedBy`;
 * - `concordant`: each party has an account of its own (a speaker who is the party, represents
 *   it or is represented by it);
 * - `one-sided`: some parties have, others do not;
 * - `reported`: no party has; only third parties say so.
 *
 * A commitment with one party, stated by that party, is `concordant`: its own account is all
 * there is to agree with.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param id - The id or node key of a commitment or claim.
 * @returns The grade.
 * @throws {@link NotFoundError} for an id that names no commitment or claim.
 * @example
 *   gradeOf(graph, "strategic-stability-dialogue"); // => "joint"
 *   gradeOf(graph, "iran-nuclear-cooperation"); // => "one-sided"
 */
export function gradeOf(graph: AccordGraph, id: string): EvidenceGrade {
  const index = indexOf(graph, "gradeOf");
  return gradeAt(index, statementOrdinalOf(index, graph, "gradeOf", id));
}
