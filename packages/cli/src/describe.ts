import { type AccordGraph, type NodeKind, nodeKey, type RecordEntry } from "@accordkg/core";
import type { LocalizedText } from "@accordkg/data";

/** The English words a record is known by: a name, a label, a title or a summary. */
export function labelOf(entry: RecordEntry): string {
  switch (entry.kind) {
    case "actor":
    case "event":
      return entry.record.name.en;
    case "topic":
      return entry.record.label.en;
    case "source":
      return entry.record.title;
    default:
      // Commitments, claims and accounts say what they state in a summary.
      return entry.record.summary.en;
  }
}

/** The Arabic words of a record, when it has them. */
export function arabicOf(entry: RecordEntry): string | undefined {
  const text: LocalizedText | undefined =
    entry.kind === "actor" || entry.kind === "event"
      ? entry.record.name
      : entry.kind === "topic"
        ? entry.record.label
        : entry.kind === "source"
          ? undefined
          : entry.record.summary;
  return text?.ar;
}

/** The English name of the record `id` of `kind` in the graph, or the id itself. */
export function nameOf(graph: AccordGraph, kind: NodeKind, id: string): string {
  const key = id.startsWith(`${kind}:`) ? id : nodeKey(kind, id);
  return graph.hasNode(key) ? labelOf(graph.getNodeAttributes(key)) : id;
}

/** A list of actor ids as their names, one per line. */
export function actorNames(graph: AccordGraph, ids: readonly string[]): string {
  return ids.map((id) => nameOf(graph, "actor", id)).join("\n");
}

/** `«quote»` with its half-open offsets and source, as the tables and reports show a span. */
export function spanText(span: {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}): string {
  return `«${span.quote}»\n[${span.start}, ${span.end}) in ${span.source}`;
}
