import type { LocalizedText } from "@accordkg/data";
import type { SearchHit, SearchMatch } from "../search";
import type { GraphIndex } from "./graphIndex";
import { wordForms, words } from "./normalize";
import { kindAtRank, recordAtRank } from "./order";
import { type Csr, InvertingCsrBuilder, intersect, rowsUnion } from "./postings";

/** How a record matched, best first; the order of this list is the ranking. */
export const MATCHES: readonly SearchMatch[] = ["name", "alias", "prefix", "word", "summary"];

/**
 * Built on the first search of a graph and cached per index (so it goes when the index does):
 * building it costs time and memory that graphs nobody searches should not pay. Entries are
 * ranks in `GraphIndex.keys` (actors, topics, events, statements, accounts, then sources), so
 * sorting hits by entry sorts them in the general order.
 */
export interface SearchIndex {
  /** Normalized names and labels → entries (a whole-name match). */
  readonly names: ReadonlyMap<string, number[]>;
  /** Normalized aliases → entries. */
  readonly aliases: ReadonlyMap<string, number[]>;
  /** Every normalized name, label and alias with its entry, for prefix matches. */
  readonly titles: readonly { text: string; entry: number }[];
  /** Words of names, labels, aliases and summaries, sorted. */
  readonly vocabulary: readonly string[];
  /** Row `i`: the entries having word `vocabulary[i]`; rows in vocabulary order, so a prefix's
   * words are adjacent rows. */
  readonly postings: Csr;
  /** Entries from this one on, up to `firstSource`, are commitments, claims and accounts (matched by summary words). */
  readonly firstStatement: number;
  /** Entries from this one on are sources (matched by title, like names). */
  readonly firstSource: number;
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
const texts = (label: LocalizedText) =>
  label.ar === undefined ? [label.en] : [label.en, label.ar];

function buildSearchIndex(index: GraphIndex): SearchIndex {
  const names = new Map<string, number[]>();
  const aliases = new Map<string, number[]>();
  const titles: { text: string; entry: number }[] = [];
  const wordIds = new Map<string, number>();
  const postings = new InvertingCsrBuilder();
  const add = (map: Map<string, number[]>, key: string, entry: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  const addWords = (text: string, entry: number) => {
    for (const word of words(text))
      for (const form of wordForms(word)) {
        let id = wordIds.get(form);
        if (id === undefined) {
          id = wordIds.size;
          wordIds.set(form, id);
        }
        postings.add(id, entry);
      }
  };
  const addTitles = (own: readonly string[], other: readonly string[], entry: number) => {
    for (const text of own) {
      const p = phrase(text);
      add(names, p, entry);
      titles.push({ text: p, entry });
      addWords(text, entry);
    }
    for (const text of other) {
      const p = phrase(text);
      add(aliases, p, entry);
      titles.push({ text: p, entry });
      addWords(text, entry);
    }
  };

  let entry = 0;
  for (const actor of index.actors) addTitles(texts(actor.name), actor.aliases ?? [], entry++);
  for (const topic of index.topics) addTitles(texts(topic.label), [], entry++);
  for (const event of index.events) addTitles(texts(event.name), [], entry++);
  const firstStatement = entry;
  for (const statement of index.statements) {
    for (const text of texts(statement.summary)) addWords(text, entry);
    entry++;
  }
  for (const account of index.accounts) {
    for (const text of texts(account.summary)) addWords(text, entry);
    entry++;
  }
  const firstSource = entry;
  for (const source of index.sources) addTitles([source.title], [], entry++);

  const vocabulary = [...wordIds.keys()].sort();
  const rowOrder = Int32Array.from(vocabulary, (word) => wordIds.get(word) as number);
  return {
    names,
    aliases,
    titles,
    vocabulary,
    postings: postings.build(rowOrder),
    firstStatement,
    firstSource,
  };
}

/** The hit for the record at `entry`, a rank in the general order (one literal, no spread). */
export function hitAt(index: GraphIndex, entry: number, match: SearchMatch): SearchHit {
  return {
    kind: kindAtRank(index, entry),
    record: recordAtRank(index, entry),
    match,
  } as SearchHit;
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

/** Entries having a word that starts with `prefix`: the union of adjacent vocabulary rows. */
function entriesWithWordPrefix(search: SearchIndex, prefix: string): Int32Array {
  const from = lowerBound(search.vocabulary, prefix);
  const to = lowerBound(search.vocabulary, `${prefix}\uffff`);
  return rowsUnion(search.postings, from, to);
}

/** The entries matching `query` in one way (a position in `MATCHES`), sorted. */
export interface MatchGroup {
  readonly match: number;
  readonly entries: ArrayLike<number>;
}

/**
 * The entries that match `query` (already split into normalized words), grouped by their best
 * match, best first, each group sorted. Whole-name, alias and prefix matches concern the few
 * actors, topics and events; word matches come from the posting lists already sorted, so a
 * query matching most of a million summaries costs no sort.
 */
export function matchesOf(search: SearchIndex, query: readonly string[]): MatchGroup[] {
  const best = new Map<number, number>();
  const note = (entry: number, match: number) => {
    const previous = best.get(entry);
    if (previous === undefined || match < previous) best.set(entry, match);
  };
  const text = query.join(" ");
  for (const entry of search.names.get(text) ?? []) note(entry, 0);
  for (const entry of search.aliases.get(text) ?? []) note(entry, 1);
  for (const title of search.titles) if (title.text.startsWith(text)) note(title.entry, 2);
  const groups: number[][] = [[], [], [], [], []];
  for (const [entry, match] of best) groups[match]?.push(entry);
  for (const group of groups) group.sort((a, b) => a - b);
  const found = intersect(query.map((word) => entriesWithWordPrefix(search, word)));
  for (const entry of found)
    if (!best.has(entry))
      groups[entry < search.firstStatement || entry >= search.firstSource ? 3 : 4]?.push(entry);
  return groups
    .map((entries, match) => ({ match, entries }))
    .filter((group) => group.entries.length > 0);
}
