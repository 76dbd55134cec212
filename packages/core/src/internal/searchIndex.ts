import type { LocalizedText } from "@accordkg/data";
import type { RecordEntry } from "../types";
import type { GraphIndex } from "./graphIndex";
import { isCommitment } from "./kinds";
import { wordForms, words } from "./normalize";
import { intersect, union } from "./postings";

/** How a record matched, best first; the order of this list is the ranking. */
export const MATCHES = ["name", "alias", "prefix", "word", "summary"] as const;
export type Match = (typeof MATCHES)[number];

/**
 * Built on the first search of a graph and cached per index (so it goes when the index does):
 * building it costs time and memory that graphs nobody searches should not pay.
 */
export interface SearchIndex {
  /** Actors, topics, events, then commitments and claims, each in the general order. */
  readonly entries: readonly RecordEntry[];
  /** Normalized names and labels → entries (a whole-name match). */
  readonly names: ReadonlyMap<string, number[]>;
  /** Normalized aliases → entries. */
  readonly aliases: ReadonlyMap<string, number[]>;
  /** Every normalized name, label and alias with its entry, for prefix matches. */
  readonly titles: readonly { text: string; entry: number }[];
  /** Words of names, labels, aliases and summaries, sorted, for word-prefix lookups. */
  readonly vocabulary: readonly string[];
  readonly postings: ReadonlyMap<string, Int32Array>;
  /** Entries from this one on are commitments and claims (matched by summary words). */
  readonly firstStatement: number;
}

const cache = new WeakMap<GraphIndex, SearchIndex>();

export function searchIndexOf(index: GraphIndex): SearchIndex {
  let search = cache.get(index);
  if (search === undefined) {
    search = buildSearchIndex(index);
    cache.set(index, search);
  }
  return search;
}

const phrase = (text: string) => words(text).join(" ");

function buildSearchIndex(index: GraphIndex): SearchIndex {
  // In the order of index.keys (the general order), so sorting entries by number sorts them so.
  const entries: RecordEntry[] = [
    ...index.actors.map((record) => ({ kind: "actor" as const, record })),
    ...index.topics.map((record) => ({ kind: "topic" as const, record })),
    ...index.events.map((record) => ({ kind: "event" as const, record })),
  ];
  const firstStatement = entries.length;
  for (const record of index.statements)
    entries.push(isCommitment(record) ? { kind: "commitment", record } : { kind: "claim", record });

  const names = new Map<string, number[]>();
  const aliases = new Map<string, number[]>();
  const titles: { text: string; entry: number }[] = [];
  const lists = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, entry: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  const addWords = (text: string, entry: number) => {
    for (const word of words(text)) for (const form of wordForms(word)) add(lists, form, entry);
  };
  const texts = (label: LocalizedText) =>
    label.ar === undefined ? [label.en] : [label.en, label.ar];

  entries.forEach((entry, i) => {
    let own: string[] = [];
    let other: readonly string[] = [];
    switch (entry.kind) {
      case "actor":
        own = texts(entry.record.name);
        other = entry.record.aliases ?? [];
        break;
      case "topic":
        own = texts(entry.record.label);
        break;
      case "event":
        own = texts(entry.record.name);
        break;
      case "commitment":
      case "claim":
        for (const text of texts(entry.record.summary)) addWords(text, i);
        return;
      default:
        return;
    }
    for (const text of own) {
      const p = phrase(text);
      add(names, p, i);
      titles.push({ text: p, entry: i });
      addWords(text, i);
    }
    for (const text of other) {
      const p = phrase(text);
      add(aliases, p, i);
      titles.push({ text: p, entry: i });
      addWords(text, i);
    }
  });

  const postings = new Map<string, Int32Array>();
  for (const [word, list] of lists) postings.set(word, Int32Array.from(list));
  const vocabulary = [...postings.keys()].sort();
  return { entries, names, aliases, titles, vocabulary, postings, firstStatement };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Entries having a word that starts with `prefix`. */
function entriesWithWordPrefix(search: SearchIndex, prefix: string): Int32Array {
  const lists: Int32Array[] = [];
  for (let i = lowerBound(search.vocabulary, prefix); i < search.vocabulary.length; i++) {
    const word = search.vocabulary[i] as string;
    if (!word.startsWith(prefix)) break;
    lists.push(search.postings.get(word) as Int32Array);
  }
  return union(lists);
}

/**
 * The best match of each entry that matches `query` (already split into normalized words), as
 * a map from entry to its position in `MATCHES`.
 */
export function matchesOf(search: SearchIndex, query: readonly string[]): Map<number, number> {
  const best = new Map<number, number>();
  const note = (entry: number, match: number) => {
    const previous = best.get(entry);
    if (previous === undefined || match < previous) best.set(entry, match);
  };
  const text = query.join(" ");
  for (const entry of search.names.get(text) ?? []) note(entry, 0);
  for (const entry of search.aliases.get(text) ?? []) note(entry, 1);
  for (const title of search.titles) if (title.text.startsWith(text)) note(title.entry, 2);
  const found = intersect(query.map((word) => entriesWithWordPrefix(search, word)));
  for (const entry of found) note(entry, entry < search.firstStatement ? 3 : 4);
  return best;
}
