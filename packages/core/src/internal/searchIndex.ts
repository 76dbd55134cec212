import type { Account, Actor, Event, LocalizedText, Source, Topic } from "@accordkg/data";
import type { SearchHit, SearchMatch } from "../search";
import type { Statement } from "../types";
import type { AddedSlots } from "./extendIndex";
import type { GraphIndex } from "./graphIndex";
import { now } from "./host";
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
import { words } from "./normalize";
import { dedupe, intersect } from "./postings";
import { Tokenizer, WordTable } from "./tokens";

/** How a record matched, best first; the order of this list is the ranking. */
export const MATCHES: readonly SearchMatch[] = ["name", "alias", "prefix", "word", "summary"];

/**
 * Built on the first search of a graph (or ahead of it, a slice at a time, by `prepareSearch`)
 * and kept beside its index (so it goes when the index does); the records `extendGraph` adds are
 * read on the next search: building it costs time and memory that graphs nobody searches should
 * not pay. Names, labels, aliases and titles (of actors,
 * topics, events and sources) point at nodes (see nodes.ts); the words of summaries point at
 * statement and account slots, in rows of their own, so that a new document's statements only
 * add to the end of each row.
 *
 * The rows are plain arrays, one per word, inside the heap: at a million statements they hold
 * some thirty million values, and laid out as typed arrays (memory outside the heap) they made V8
 * collect the whole heap of the graph (seconds) during the first search. Values are added in
 * increasing order, so each row is sorted as it is built, with nothing to lay out afterwards.
 */
export interface SearchIndex {
  /** Normalized names and labels → nodes (a whole-name match). */
  readonly names: Map<string, number[]>;
  /** Normalized aliases → nodes. */
  readonly aliases: Map<string, number[]>;
  /** Every normalized name, label, title and alias with its node, for prefix matches. */
  readonly titles: { text: string; node: number }[];
  /** Every word, numbered. */
  readonly table: WordTable;
  /** The words, sorted, each with its number: the words a prefix starts are adjacent. */
  sorted: { word: string; id: number }[];
  /** Word number → the records (entries of `titled`) whose name, label, alias or title has it. */
  readonly titleWords: number[][];
  /** Entry → the node of a record with a name, label or title: entries number them densely. */
  readonly titled: number[];
  /** Word number → the statements whose summary has it. */
  readonly statementWords: number[][];
  /** Word number → the accounts whose summary has it. */
  readonly accountWords: number[][];
}

/**
 * A search index being built, or built: `next` is the first slot of each kind not read yet.
 * Building can stop between records and resume (`prepareSearch` builds it a slice at a time), and
 * records `extendGraph` adds take the slots after the last, so the same reading picks them up.
 */
interface Build {
  readonly search: SearchIndex;
  readonly next: { -readonly [K in keyof AddedSlots]: number };
  /** How many words of the table `search.sorted` has. */
  sortedWords: number;
}

const builds = new WeakMap<GraphIndex, Build>();

function buildOf(index: GraphIndex): Build {
  let build = builds.get(index);
  if (build === undefined) {
    build = {
      search: emptySearchIndex(),
      next: { sources: 0, actors: 0, topics: 0, events: 0, statements: 0, accounts: 0 },
      sortedWords: 0,
    };
    builds.set(index, build);
  }
  return build;
}

/** The search index of `index`, complete: built on the first call, caught up on the next ones. */
export function searchIndexOf(index: GraphIndex): SearchIndex {
  const build = buildOf(index);
  advance(index, build, Number.POSITIVE_INFINITY);
  return build.search;
}

// Statements and accounts read between two looks at the clock.
const BATCH = 512;

/**
 * Reads more records into the search index of `index` until `deadline` (a time of host.ts's
 * `now()`) passes, looking at the clock every `batch` statements or accounts. Returns whether every
 * record is read.
 */
export function advanceSearchIndex(index: GraphIndex, deadline: number, batch = BATCH): boolean {
  return advance(index, buildOf(index), deadline, batch);
}

function advance(index: GraphIndex, build: Build, deadline: number, batch = BATCH): boolean {
  const { search, next } = build;
  // Every search comes here first: nothing to read, nothing to allocate.
  if (done(index, next) && build.sortedWords === search.table.size) return true;
  const tokens = new Tokenizer(search.table);
  const addTitle = (own: readonly string[], other: readonly string[], node: number) => {
    const entry = search.titled.push(node) - 1;
    titlesOf(search.names, search.aliases, search.titles, own, other, node, (text) =>
      addText(tokens, search.titleWords, text, entry),
    );
  };
  const addSummary = (rows: number[][], summary: LocalizedText, slot: number) => {
    addText(tokens, rows, summary.en, slot);
    if (summary.ar !== undefined) addText(tokens, rows, summary.ar, slot);
  };
  // Each kind in batches, in the order of the rows' values (titles, statements, accounts); the
  // clock is read after each batch.
  const steps: { kind: keyof AddedSlots; count: number; add: (slot: number) => void }[] = [
    {
      kind: "actors",
      count: index.actors.length,
      add: (a) => {
        const actor = index.actors[a] as Actor;
        addTitle(texts(actor.name), actor.aliases ?? [], nodeOf(ACTOR, a));
      },
    },
    {
      kind: "topics",
      count: index.topics.length,
      add: (t) => addTitle(texts((index.topics[t] as Topic).label), [], nodeOf(TOPIC, t)),
    },
    {
      kind: "events",
      count: index.events.length,
      add: (e) => addTitle(texts((index.events[e] as Event).name), [], nodeOf(EVENT, e)),
    },
    {
      kind: "sources",
      count: index.sources.length,
      add: (s) => addTitle([(index.sources[s] as Source).title], [], nodeOf(SOURCE, s)),
    },
    {
      kind: "statements",
      count: index.statements.length,
      add: (s) => addSummary(search.statementWords, (index.statements[s] as Statement).summary, s),
    },
    {
      kind: "accounts",
      count: index.accounts.length,
      add: (a) => addSummary(search.accountWords, (index.accounts[a] as Account).summary, a),
    },
  ];
  for (const { kind, count, add } of steps)
    while (next[kind] < count) {
      const end = Math.min(count, next[kind] + batch);
      for (let slot = next[kind]; slot < end; slot++) add(slot);
      next[kind] = end;
      if (now() > deadline && !done(index, next)) return false;
    }
  sortWords(build);
  return true;
}

const done = (index: GraphIndex, next: Build["next"]) =>
  next.actors >= index.actors.length &&
  next.topics >= index.topics.length &&
  next.events >= index.events.length &&
  next.sources >= index.sources.length &&
  next.statements >= index.statements.length &&
  next.accounts >= index.accounts.length;

/** Adds the words of `text` to the ends of their rows of `rows`, with `value`. */
function addText(tokens: Tokenizer, rows: number[][], text: string, value: number): void {
  const count = tokens.read(text);
  const { ids } = tokens;
  for (let i = 0; i < count; i++) addTo(rows, ids[i] as number, value);
}

/**
 * Sorts the words numbered since the last call into `sorted`: once every record is read, not once
 * per slice of a build (a merge reads every word).
 */
function sortWords(build: Build): void {
  const { search } = build;
  const { table } = search;
  const before = build.sortedWords;
  if (table.size === before) return;
  const added = table.words
    .slice(before)
    .map((word, i) => ({ word, id: before + i }))
    .sort((x, y) => (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
  search.sorted = before === 0 ? added : mergeSorted(search.sorted, added);
  build.sortedWords = table.size;
}

const phrase = (text: string) => words(text).join(" ");
const texts = (label: LocalizedText) =>
  label.ar === undefined ? [label.en] : [label.en, label.ar];

function emptySearchIndex(): SearchIndex {
  return {
    names: new Map(),
    aliases: new Map(),
    titles: [],
    table: new WordTable(),
    sorted: [],
    titleWords: [],
    titled: [],
    statementWords: [],
    accountWords: [],
  };
}

/** Adds `value` to row `id` of `rows` unless it is the row's last value. */
function addTo(rows: number[][], id: number, value: number): void {
  const row = rows[id];
  if (row === undefined) rows[id] = [value];
  else if (row[row.length - 1] !== value) row.push(value);
}

function mergeSorted(a: { word: string; id: number }[], b: { word: string; id: number }[]) {
  const out: { word: string; id: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.word < y.word)) {
      out.push(x as { word: string; id: number });
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** Adds a record's names (`own`) and aliases (`other`) to the title maps, and their words. */
function titlesOf(
  names: Map<string, number[]>,
  aliases: Map<string, number[]>,
  titles: { text: string; node: number }[],
  own: readonly string[],
  other: readonly string[],
  node: number,
  addWords: (text: string) => void,
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
    addWords(text);
  }
  for (const text of other) {
    const p = phrase(text);
    add(aliases, p);
    titles.push({ text: p, node });
    addWords(text);
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

/** The numbers of the words that start with `prefix` (adjacent in `sorted`). */
function wordsWithPrefix(search: SearchIndex, prefix: string): number[] {
  const { sorted } = search;
  const bound = (value: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] as { word: string }).word < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const out: number[] = [];
  const end = bound(`${prefix}\uffff`);
  for (let i = bound(prefix); i < end; i++) out.push((sorted[i] as { id: number }).id);
  return out;
}

const EMPTY = new Int32Array(0);

/** The values of `rows` having one of the words `ids`: the sorted union of their rows. */
function withWords(rows: readonly (number[] | undefined)[], ids: readonly number[]): Int32Array {
  let total = 0;
  let only: number[] | undefined;
  for (const id of ids) {
    const row = rows[id];
    if (row === undefined) continue;
    total += row.length;
    only = only === undefined ? row : undefined;
  }
  if (total === 0) return EMPTY;
  const all = new Int32Array(total);
  let at = 0;
  for (const id of ids) {
    const row = rows[id];
    if (row === undefined) continue;
    all.set(row, at);
    at += row.length;
  }
  // One row is sorted already; several are merged by a sort and their repeats dropped.
  if (only !== undefined && only.length === total) return all;
  return dedupe(all.sort());
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
  const prefixes = query.map((word) => wordsWithPrefix(search, word));
  const titled = intersect(prefixes.map((ids) => withWords(search.titleWords, ids)));
  for (const entry of titled) {
    const node = search.titled[entry] as number;
    if (!best.has(node)) groups[3]?.push(node);
  }
  const out: MatchGroup[] = groups
    .map((nodes, match) => ({ match, nodes: inGeneralOrder(index, nodes) }))
    .filter((group) => group.nodes.length > 0);
  // Summaries: statements, then accounts, each already in slot order.
  const statements = index.statementOrder.arrange(
    intersect(prefixes.map((ids) => withWords(search.statementWords, ids))),
  );
  const accounts = index.accountOrder.arrange(
    intersect(prefixes.map((ids) => withWords(search.accountWords, ids))),
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
