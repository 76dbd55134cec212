import type { Account, Evidence, Source } from "@accordkg/data";
import type { GraphIndex } from "./internal/graphIndex";
import { entryOf } from "./internal/resolve";
import { row } from "./internal/rows";
import { sentenceAround } from "./internal/sentence";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/**
 * One evidence span of a record, with what a reader needs to check it: the quote, the sentence
 * around it, and the source it comes from. Offsets are half-open `[start, end)` UTF-16 code units
 * into the source's `text`.
 */
export interface EvidenceSpan {
  /** The span's position in its record's (or account's) `evidence` list. */
  readonly index: number;
  /**
   * For a span of another account of the record (see {@link accountsOf}), the account's id; left
   * out for the record's own spans.
   */
  readonly account?: string;
  /**
   * Who says it: the `statedBy` of the record, or of the account the span belongs to; empty for
   * an event's spans (the source itself reports the event).
   */
  readonly statedBy: readonly string[];
  /** The id of the source. */
  readonly source: string;
  /** The source's title. */
  readonly title: string;
  /** The source's language, a BCP 47 tag such as `ar`. */
  readonly language: string;
  readonly start: number;
  readonly end: number;
  /** The exact words of the source at `[start, end)`. */
  readonly quote: string;
  /** The sentence around the quote (see {@link evidenceOf} for how sentences are found). */
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/**
 * The evidence of a record: each span with its quote, the sentence around it, and its source's
 * title and language. For a commitment or claim, the spans of its other accounts follow its own
 * (each with the account's id in `account`), so every source that attests it is there. A sentence
 * runs from just after the previous sentence end to the next one (included); sentence ends are
 * `.`, `!`, `?`, `؟`, `؛` and newlines. A quote that crosses a sentence end gets every sentence it
 * touches. Actors, topics and sources carry no evidence of their own, so their answer is `[]`.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param id - The id or node key of any record (`minsk-diplomacy`, `commitment:minsk-diplomacy`).
 * @returns The spans, fresh array: the record's own in the order it lists them, then those of its
 *   other accounts, account by account in the general order.
 * @throws {@link NotFoundError} for an id that names no record.
 * @example
 *   const [span] = evidenceOf(graph, "minsk-diplomacy");
 *   span.quote; // => "تم الاتفاق على متابعة الجهود الدبلوماسية المتعلقة باتفاقية مينسك"
 *   [span.start, span.end]; // => [1725, 1789]
 */
export function evidenceOf(graph: AccordGraph, id: string): EvidenceSpan[] {
  const index = indexOf(graph, "evidenceOf");
  const { entry } = entryOf(index, graph, "evidenceOf", id);
  if (entry.kind === "actor" || entry.kind === "topic" || entry.kind === "source") return [];
  const spans = entry.record.evidence.map((span, i) =>
    spanOf(index, span, i, entry.kind === "event" ? NO_SPEAKER : entry.record.statedBy, undefined),
  );
  if (entry.kind === "commitment" || entry.kind === "claim") {
    const s = index.statementOrder.slotOf(entry.record);
    if (s === -1) return spans;
    const others = index.accountOrder.arrange(row(index.accountsOf, s));
    for (let a = 0; a < others.length; a++) {
      const account = index.accounts[others[a] as number] as Account;
      account.evidence.forEach((span, i) => {
        spans.push(spanOf(index, span, i, account.statedBy, account.id));
      });
    }
  }
  return spans;
}

const NO_SPEAKER: readonly string[] = Object.freeze([]);

function spanOf(
  index: GraphIndex,
  span: Evidence,
  i: number,
  statedBy: readonly string[],
  account: string | undefined,
): EvidenceSpan {
  const ordinal = index.sourceOrdinal.get(span.source);
  const source = ordinal === undefined ? undefined : (index.sources[ordinal] as Source);
  const [sentenceStart, sentenceEnd] =
    source === undefined
      ? [span.start, span.end]
      : sentenceAround(source.text, span.start, span.end);
  return {
    index: i,
    ...(account === undefined ? {} : { account }),
    statedBy,
    source: span.source,
    title: source?.title ?? span.source,
    language: source?.language ?? "und",
    start: span.start,
    end: span.end,
    quote: span.quote,
    sentence: source === undefined ? span.quote : source.text.slice(sentenceStart, sentenceEnd),
    sentenceStart,
    sentenceEnd,
  };
}
