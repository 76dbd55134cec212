import { accountsAt, type StatementAccount } from "./internal/accounts";
import { statementOrdinalOf } from "./internal/resolve";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

export type { StatementAccount } from "./internal/accounts";

/**
 * Every account of a commitment or claim: who gives it (`statedBy`), where (`statedAt`), in which
 * sources and words (`sources`, `evidence`), how it frames the matter (`kind`, and `attests` when
 * that is the record's own kind), whom of the record's parties it speaks for, and whether it is a
 * text all the parties issued together (`joint`). The record's own `statedBy`, `statedAt` and
 * `evidence` are its first account (`primary: true`, with the record's id); the others come from
 * the dataset's `accounts`, linked to the record by whoever encoded them.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param id - The id or node key of a commitment or claim.
 * @returns Frozen accounts, fresh array: the record's own first, then the others in the general
 *   order (by their first evidence span, then id).
 * @throws {@link NotFoundError} for an id that names no commitment or claim.
 * @example
 *   accountsOf(graph, "strategic-stability-dialogue").map((a) => `${a.statedBy} ${a.kind}`);
 *   // => ["joe-biden agreement", "joe-biden,vladimir-putin agreement", …]
 */
export function accountsOf(graph: AccordGraph, id: string): StatementAccount[] {
  const index = indexOf(graph, "accountsOf");
  return accountsAt(index, statementOrdinalOf(index, graph, "accountsOf", id));
}
