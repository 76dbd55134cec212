import type { LocalizedText } from "@accordkg/data";
import type { SearchHit, SearchMatch } from "../search";
import type { AddedSlots } from "./extendIndex";
import type { GraphIndex } from "./graphIndex";
import {
  ACCOUNT,
  ACTOR,
  EVENT,
  inGeneralOrder,
  kindOfNode,
  nodeOf,
  recordOfNode,
  SOURCE,
  STATEMENT,
  TOPIC,
} from "./nodes";
import { wordForms, words } from "./normalize";
import { InvertingCsrBuilder, intersect } from "./postings";
import { Rows } from "./rows";

/** How a record matched, best first; the order of this list is the ranking. */
export const MATCHES: readonly SearchMatch[] = ["name", "alias", "prefix", "word", "summary"];

/**
 * Built on the first search of a graph and kept beside its index (so it goes when the index
 * does), and brought up to date by `extendGraph` once built: building it costs time and memory
 * that graphs nobody searches should not pay. Names, labels, aliases and titles (of actors,
 * topics, events and sources) point at nodes (see nodes.ts); the words of summaries point at
 * statement and account slots, in rows of their own, so that a new document's statements only
 * add to the end of each row.
 */
export interface SearchIndex {
  /** Normalized names and labels → nodes (a whole-name match). */
  readonly names: Map<string, number[]>;
  /** Normalized aliases → nodes. */
  readonly aliases: Map<string, number[]>;
  /** Every normalized name, label, title and alias with its node, for prefix matches. */
  readonly titles: { text: string; node: number }[];
  /** The words of the build, sorted: row `i` of each `Rows` is word `vocabulary[i]`. */
  readonly vocabulary: readonly string[];
  /** Words a later document brought, sorted, each with its row (after the build's rows). */
  readonly laterWords: { word: string; row: number }[];
  /** Word → its row. */
  readonly rowOf: Map<string, number>;
  /** Word row → the records (entries of `titled`) whose name, label, alias or title has it. */
  readonly titleWords: Rows;
  /** Entry → the node of a record with a name, label or title: entries number them densely. */
  readonly titled: number[];
  /** Word row → the statements whose summary has it. */
  readonly statementWords: Rows;
  /** Word row → the accounts whose summary has it. */
  readonly accountWords: Rows;
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

/** Calls `add(word)` for each word form of `text` (a word and its Arabic forms without prefixes). */
function forEachForm(text: string, add: (form: string) => void): void {
  for (const word of words(text)) for (const form of wordForms(word)) add(form);
}

function buildSearchIndex(index: GraphIndex): SearchIndex {
  const names = new Map<string, number[]>();
  const aliases = new Map<string, number[]>();
  const titles: { text: string; node: number }[] = [];
  const wordIds = new Map<string, number>();
  const idOf = (form: string) => {
    let id = wordIds.get(form);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(form, id);
    }
    return id;
  };
  const titleWords = new InvertingCsrBuilder();
  const statementWords = new InvertingCsrBuilder();
  const accountWords = new InvertingCsrBuilder();
  const titled: number[] = [];
  const addTitle = (own: readonly string[], other: readonly string[], node: number) => {
    const entry = titled.push(node) - 1;
    titlesOf(names, aliases, titles, own, other, node, (form) => titleWords.add(idOf(form), entry));
  };

  index.actors.forEach((actor, a) => {
    addTitle(texts(actor.name), actor.aliases ?? [], nodeOf(ACTOR, a));
  });
  index.topics.forEach((topic, t) => {
    addTitle(texts(topic.label), [], nodeOf(TOPIC, t));
  });
  index.events.forEach((event, e) => {
    addTitle(texts(event.name), [], nodeOf(EVENT, e));
  });
  index.sources.forEach((source, s) => {
    addTitle([source.title], [], nodeOf(SOURCE, s));
  });
  index.statements.forEach((statement, s) => {
    for (const text of texts(statement.summary))
      forEachForm(text, (form) => statementWords.add(idOf(form), s));
  });
  index.accounts.forEach((account, a) => {
    for (const text of texts(account.summary))
      forEachForm(text, (form) => accountWords.add(idOf(form), a));
  });

  const vocabulary = [...wordIds.keys()].sort();
  const rowOrder = Int32Array.from(vocabulary, (word) => wordIds.get(word) as number);
  const rowOf = new Map(vocabulary.map((word, row) => [word, row]));
  return {
    names,
    aliases,
    titles,
    vocabulary,
    laterWords: [],
    rowOf,
    titleWords: new Rows(titleWords.build(rowOrder)),
    titled,
    statementWords: new Rows(statementWords.build(rowOrder)),
    accountWords: new Rows(accountWords.build(rowOrder)),
  };
}

/** Adds a record's names (`own`) and aliases (`other`) to the title maps, and their words. */
function titlesOf(
  names: Map<string, number[]>,
  aliases: Map<string, number[]>,
  titles: { text: string; node: number }[],
  own: readonly string[],
  other: readonly string[],
  node: number,
  addWord: (form: string) => void,
): void {
  const add = (map: Map<string, number[]>, key: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node);
  };
  for (const text of own) {
    const p = phrase(text);
    add(names, p);
    titles.push({ text: p, node });
    forEachForm(text, addWord);
  }
  for (const text of other) {
    const p = phrase(text);
    add(aliases, p);
    titles.push({ text: p, node });
    forEachForm(text, addWord);
  }
}

/**
 * Brings the search index of `index`, if one was built, up to date with the records `extendGraph`
 * just added (those in the slots from `first` on): their names and words are added to the maps
 * and to the ends of the word rows; a word no record had before gets a row of its own.
 */
export function extendSearchIndex(index: GraphIndex, first: AddedSlots): void {
  const search = cache.get(index);
  if (search === undefined) return;
  const rowFor = (form: string) => {
    let row = search.rowOf.get(form);
    if (row === undefined) {
      row = search.rowOf.size;
      search.rowOf.set(form, row);
      const at = lowerBound(
        search.laterWords.map((w) => w.word),
        form,
      );
      search.laterWords.splice(at, 0, { word: form, row });
    }
    return row;
  };
  const addTitle = (own: readonly string[], other: readonly string[], node: number) => {
    const entry = search.titled.push(node) - 1;
    titlesOf(search.names, search.aliases, search.titles, own, other, node, (form) =>
      search.titleWords.add(rowFor(form), entry),
    );
  };
  for (let a = first.actors; a < index.actors.length; a++) {
    const actor = index.actors[a];
    if (actor !== undefined) addTitle(texts(actor.name), actor.aliases ?? [], nodeOf(ACTOR, a));
  }
  for (let t = first.topics; t < index.topics.length; t++) {
    const topic = index.topics[t];
    if (topic !== undefined) addTitle(texts(topic.label), [], nodeOf(TOPIC, t));
  }
  for (let e = first.events; e < index.events.length; e++) {
    const event = index.events[e];
    if (event !== undefined) addTitle(texts(event.name), [], nodeOf(EVENT, e));
  }
  for (let s = first.sources; s < index.sources.length; s++) {
    const source = index.sources[s];
    if (source !== undefined) addTitle([source.title], [], nodeOf(SOURCE, s));
  }
  for (let s = first.statements; s < index.statements.length; s++) {
    const statement = index.statements[s];
    if (statement === undefined) continue;
    for (const text of texts(statement.summary))
      forEachForm(text, (form) => search.statementWords.add(rowFor(form), s));
  }
  for (let a = first.accounts; a < index.accounts.length; a++) {
    const account = index.accounts[a];
    if (account === undefined) continue;
    for (const text of texts(account.summary))
      forEachForm(text, (form) => search.accountWords.add(rowFor(form), a));
  }
}

/** The hit for the record at `node` (one literal, no spread). */
export function hitAt(index: GraphIndex, node: number, match: SearchMatch): SearchHit {
  return {
    kind: kindOfNode(index, node),
    record: recordOfNode(index, node),
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

/** The rows of the words that start with `prefix`: adjacent rows of the build, and later words. */
function rowsWithPrefix(
  search: SearchIndex,
  prefix: string,
): { from: number; to: number; later: number[] } {
  const from = lowerBound(search.vocabulary, prefix);
  const to = lowerBound(search.vocabulary, `${prefix}\uffff`);
  const later: number[] = [];
  if (search.laterWords.length > 0) {
    const words = search.laterWords.map((w) => w.word);
    const end = lowerBound(words, `${prefix}\uffff`);
    for (let i = lowerBound(words, prefix); i < end; i++)
      later.push((search.laterWords[i] as { row: number }).row);
  }
  return { from, to, later };
}

/** The values of `rows` having a word that starts with the prefix: the union of its rows. */
function withPrefix(rows: Rows, prefix: { from: number; to: number; later: number[] }): Int32Array {
  const built = rows.union(prefix.from, prefix.to);
  if (prefix.later.length === 0) return built;
  const parts = [built, ...prefix.later.map((row) => rows.row(row))];
  let total = 0;
  for (const part of parts) total += part.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  all.sort();
  let out = 0;
  for (let i = 0; i < all.length; i++)
    if (i === 0 || all[i] !== all[out - 1]) all[out++] = all[i] as number;
  return all.subarray(0, out);
}

/** The nodes matching `query` in one way (a position in `MATCHES`), in the general order. */
export interface MatchGroup {
  readonly match: number;
  readonly nodes: ArrayLike<number>;
}

/**
 * The nodes that match `query` (already split into normalized words), grouped by their best
 * match, best first, each group in the general order. Whole-name, alias and prefix matches
 * concern the few actors, topics, events and sources; word matches come from the posting rows
 * already sorted, so a query matching most of a million summaries costs no sort.
 */
export function matchesOf(
  index: GraphIndex,
  search: SearchIndex,
  query: readonly string[],
): MatchGroup[] {
  const best = new Map<number, number>();
  const note = (node: number, match: number) => {
    const previous = best.get(node);
    if (previous === undefined || match < previous) best.set(node, match);
  };
  const text = query.join(" ");
  for (const node of search.names.get(text) ?? []) note(node, 0);
  for (const node of search.aliases.get(text) ?? []) note(node, 1);
  for (const title of search.titles) if (title.text.startsWith(text)) note(title.node, 2);
  const groups: number[][] = [[], [], [], []];
  for (const [node, match] of best) groups[match]?.push(node);
  const prefixes = query.map((word) => rowsWithPrefix(search, word));
  const titled = intersect(prefixes.map((prefix) => withPrefix(search.titleWords, prefix)));
  for (const entry of titled) {
    const node = search.titled[entry] as number;
    if (!best.has(node)) groups[3]?.push(node);
  }
  const out: MatchGroup[] = groups
    .map((nodes, match) => ({ match, nodes: inGeneralOrder(index, nodes) }))
    .filter((group) => group.nodes.length > 0);
  // Summaries: statements, then accounts, each already in slot order.
  const statements = index.statementOrder.arrange(
    intersect(prefixes.map((prefix) => withPrefix(search.statementWords, prefix))),
  );
  const accounts = index.accountOrder.arrange(
    intersect(prefixes.map((prefix) => withPrefix(search.accountWords, prefix))),
  );
  if (statements.length + accounts.length > 0) {
    const nodes = new Int32Array(statements.length + accounts.length);
    for (let i = 0; i < statements.length; i++)
      nodes[i] = nodeOf(STATEMENT, statements[i] as number);
    for (let i = 0; i < accounts.length; i++)
      nodes[statements.length + i] = nodeOf(ACCOUNT, accounts[i] as number);
    out.push({ match: 4, nodes });
  }
  return out;
}
