import { InvalidArgumentsError } from "./errors";
import { words } from "./internal/normalize";
import { hitAt, MATCHES, matchesOf, searchIndexOf } from "./internal/searchIndex";
import { indexOf } from "./internal/store";
import type { AccordGraph, RecordEntry } from "./types";

/**
 * How a {@link search} hit matched, best first: `name` (the whole name, label or source title),
 * `alias` (a whole alias), `prefix` (a name, label, title or alias starting with the text),
 * `word` (every word of the text starts a word of a name, label, title or alias), `summary`
 * (every word of the text starts a word of a commitment's, claim's or account's summary).
 */
export type SearchMatch = "name" | "alias" | "prefix" | "word" | "summary";

/** A record found by {@link search}, with how it matched. */
export type SearchHit = RecordEntry & { readonly match: SearchMatch };

/**
 * Finds actors, topics and events by name, label or alias, sources by title, and commitments,
 * claims and accounts by the words of their summary, in English or Arabic. Both the text and the records are normalized:
 * case and accents are ignored; in Arabic, alef with hamza or madda becomes bare alef, alef
 * maqsura becomes ya, ta marbuta becomes ha, and tatweel and diacritics are removed, so
 * `الولايات المتحده` finds `الولايات المتحدة`. Arabic words are also matched without an attached
 * article or conjunction (`أمن` finds `والأمن`). The search index is built on the first search of
 * a graph and kept for the next ones, which read the records `extendGraph` added since; an
 * application can build it ahead, without blocking, with {@link prepareSearch}.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param text - What to look for, in any language.
 * @returns Fresh hits, best match first (in the order of {@link SearchMatch}), then actors,
 *   topics, events, commitments and claims, accounts, then sources, each in the general order.
 * @throws {@link InvalidArgumentsError} if `text` has no letter or digit.
 * @example
 *   search(graph, "بوتين")[0]?.record.id; // => "vladimir-putin"
 *   search(graph, "الولايات المتحدة")[0]?.record.id; // => "united-states"
 */
export function search(graph: AccordGraph, text: string): SearchHit[] {
  const index = indexOf(graph, "search");
  if (typeof text !== "string")
    throw new InvalidArgumentsError("search", `expected text to be a string, got ${typeof text}.`);
  const query = words(text);
  if (query.length === 0)
    throw new InvalidArgumentsError(
      "search",
      `expected text with at least one letter or digit, got ${JSON.stringify(text)}.`,
    );
  const hits: SearchHit[] = [];
  for (const { match, nodes } of matchesOf(index, searchIndexOf(index), query)) {
    const name = MATCHES[match] as SearchMatch;
    for (let i = 0; i < nodes.length; i++) hits.push(hitAt(index, nodes[i] as number, name));
  }
  return hits;
}
