import type { EvidenceGrade } from "@accordkg/data";
import {
  accountsAt,
  agreementVoices,
  gradeAt,
  kindsOf,
  type StatementAccount,
} from "./internal/accounts";
import { commonToAll } from "./internal/classes";
import { actorOrdinals } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph, Statement } from "./types";

/** One matter as {@link perspectives} reports it: the record, its grade and every account of it. */
export interface Perspective {
  /** The commitment or claim (the frozen dataset record). */
  readonly record: Statement;
  /** Its evidence grade among its own parties (see {@link gradeOf}). */
  readonly grade: EvidenceGrade;
  /** Every account of it, its own first (see {@link accountsOf}). */
  readonly accounts: readonly StatementAccount[];
  /**
   * Which of the given parties have an account of their own that calls it an agreement, in the
   * order the parties were given (as given: ids or node keys).
   */
  readonly agreedAccordingTo: readonly string[];
}

/** The answer of {@link perspectives}. Every list is in the general order. */
export interface Perspectives {
  /**
   * What all the given parties' own accounts call an agreement, or a text they all issued
   * together does: agreed according to each side.
   */
  readonly agreed: readonly Perspective[];
  /**
   * Per given party (keyed as given), what only that party's accounts, and not every other
   * party's, call an agreement. A matter two of three parties' accounts call agreed is listed
   * under both.
   */
  readonly onlyAccordingTo: Readonly<Record<string, readonly Perspective[]>>;
  /** What only third parties call an agreement: none of the given parties' accounts does. */
  readonly reported: readonly Perspective[];
  /**
   * Where the accounts of one matter differ in kind: one says agreed, another proposed,
   * discussed, or nothing of the kind. Such a matter may also be in the lists above.
   */
  readonly divergent: readonly Perspective[];
}

/**
 * Each side's account of what was agreed between `parties`, matter by matter. The matters are the
 * commitments and claims whose parties include every one of `parties` (a person standing for the
 * state they represent, as in {@link agreedByAll}). For each, the accounts that call it an
 * `agreement` are sorted by whom they speak for: a matter is `agreed` when every party's own
 * account calls it so or a text all of them issued together does, in `onlyAccordingTo` under each
 * party whose accounts do when the others' do not, and `reported` when only third parties call it
 * so. Any matter whose accounts differ in kind is also in `divergent`. Two accounts are of one
 * matter only when the data links them (an account's `of`); the library never guesses it.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param parties - Actor ids or node keys; at least one.
 * @returns A fresh `{ agreed, onlyAccordingTo, reported, divergent }`; each list in the general
 *   order, each party of `onlyAccordingTo` with a list (empty when nothing).
 * @throws {@link NotFoundError} for an id that names no actor.
 * @throws {@link InvalidArgumentsError} if `parties` is empty or not an array.
 * @example
 *   const { agreed, onlyAccordingTo } = perspectives(graph, ["united-states", "russia"]);
 *   agreed.map((p) => `${p.record.id} ${p.grade}`);
 *   // => ["strategic-stability-dialogue joint", "cyber-expert-understandings concordant", …]
 *   onlyAccordingTo["united-states"]?.map((p) => p.record.id);
 *   // => ["iran-nuclear-cooperation", …]
 */
export function perspectives(graph: AccordGraph, parties: readonly string[]): Perspectives {
  const index = indexOf(graph, "perspectives");
  const actors = actorOrdinals(index, (key) => graph.hasNode(key), "perspectives", parties);
  // Each given party once, first occurrence kept (a party given twice is one party).
  const distinct: number[] = [];
  const names: string[] = [];
  actors.forEach((actor, i) => {
    if (distinct.includes(actor)) return;
    distinct.push(actor);
    names.push(parties[i] as string);
  });

  const agreed: Perspective[] = [];
  const reported: Perspective[] = [];
  const divergent: Perspective[] = [];
  const only: Perspective[][] = names.map(() => []);
  for (const s of index.statementOrder.arrange(commonToAll(index, index.partyTo, distinct))) {
    const voices = agreementVoices(index, s, distinct);
    const divergence = kindsOf(index, s).length > 1;
    if (!voices.anyone && !divergence) continue;
    const perspective: Perspective = Object.freeze({
      record: index.statements[s] as Statement,
      grade: gradeAt(index, s),
      accounts: Object.freeze(accountsAt(index, s)),
      agreedAccordingTo: Object.freeze(names.filter((_, p) => voices.says[p])),
    });
    if (voices.anyone) {
      if (voices.joint || voices.says.every(Boolean)) agreed.push(perspective);
      else if (voices.says.some(Boolean))
        voices.says.forEach((says, p) => {
          if (says) only[p]?.push(perspective);
        });
      else reported.push(perspective);
    }
    if (divergence) divergent.push(perspective);
  }
  const onlyAccordingTo: Record<string, readonly Perspective[]> = {};
  names.forEach((name, p) => {
    onlyAccordingTo[name] = only[p] as Perspective[];
  });
  return { agreed, onlyAccordingTo, reported, divergent };
}
