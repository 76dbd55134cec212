// What the account-aware examples share: names of records, who an account speaks for, and quotes
// printed in their own direction. Not an example itself (the runner skips files starting with _).
import {
  type AccordGraph,
  type EvidenceSpan,
  evidenceOf,
  nodeKey,
  type StatementAccount,
} from "@accordkg/core";

export const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
export const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);

/** The English name of an actor, topic, event or source, from its node. */
export function nameOf(
  graph: AccordGraph,
  kind: "actor" | "topic" | "event" | "source",
  id: string,
): string {
  const node = graph.getNodeAttributes(nodeKey(kind, id));
  if (node.kind === "actor" || node.kind === "event") return node.record.name.en;
  if (node.kind === "topic") return node.record.label.en;
  if (node.kind === "source") return node.record.title;
  return id;
}

/** "Joe Biden and Vladimir Putin". */
export const speakers = (graph: AccordGraph, account: StatementAccount) =>
  account.statedBy.map((id) => nameOf(graph, "actor", id)).join(" and ");

/** Whose account this is, in a few words: a joint text, one side's, or a third party's. */
export function voiceOf(graph: AccordGraph, account: StatementAccount): string {
  if (account.joint) return "joint text";
  if (account.speaksFor.length === 0) return "third party";
  return `speaks for ${account.speaksFor.map((id) => nameOf(graph, "actor", id)).join(" and ")}`;
}

// Unicode's directional isolates (UAX #9): a right-to-left quote inside a left-to-right line is
// shown in its own direction, and the text around it keeps its own.
const RTL = new Set(["ar", "fa", "he", "ur"]);
export function isolated(text: string, language: string): string {
  const base = language.split("-")[0] ?? language;
  return RTL.has(base) ? `\u2067${text}\u2069` : `\u2066${text}\u2069`;
}

/** The spans of one account of a record (its own, or another account's). */
export function spansOf(
  graph: AccordGraph,
  record: string,
  account: StatementAccount,
): EvidenceSpan[] {
  return evidenceOf(graph, record).filter((span) =>
    account.primary ? span.account === undefined : span.account === account.id,
  );
}
