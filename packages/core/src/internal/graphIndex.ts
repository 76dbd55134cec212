import type { Account, Actor, Event, Evidence, Source, Topic } from "@accordkg/data";
import type { Statement } from "../types";
import { isCommitment as isCommitmentRecord } from "./kinds";
import { type Csr, CsrBuilder } from "./postings";

/** The records an index is built from, each collection in dataset (or graph) order. */
export interface Collections {
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly accounts: readonly Account[];
}

/**
 * What the queries read instead of walking the graph. Every record kind has an ordinal: its
 * position in the general order. Posting lists hold sorted ordinals, so set operations on them
 * are merges whose cost follows the lists' lengths, not the graph's size.
 */
export interface GraphIndex {
  /** Sources in dataset order. */
  readonly sources: readonly Source[];
  readonly sourceOrdinal: ReadonlyMap<string, number>;
  /** Actors by first mention, then id. */
  readonly actors: readonly Actor[];
  readonly actorOrdinal: ReadonlyMap<string, number>;
  /** Topics by first mention, then id. */
  readonly topics: readonly Topic[];
  readonly topicOrdinal: ReadonlyMap<string, number>;
  /** Events by their first evidence span, then id. */
  readonly events: readonly Event[];
  readonly eventOrdinal: ReadonlyMap<string, number>;
  /** Commitments and claims together, by their first evidence span, then id. */
  readonly statements: readonly Statement[];
  /** 1 where the statement at that ordinal is a commitment, 0 for a claim. */
  readonly isCommitment: Uint8Array;
  /** More accounts of the statements (beyond each one's own), by their first evidence span, then id. */
  readonly accounts: readonly Account[];
  /** Statement → the ordinals of its other accounts, in the general order. */
  readonly accountsOf: Csr;
  /** Account → the ordinal of the statement it is an account of, or -1. */
  readonly matterOf: Int32Array;
  /** Actor → statements it gives another account of (not in `spokenBy` unless it states them too). */
  readonly accountsBy: Csr;
  /** Event → accounts stated at it (account ordinals). */
  readonly accountsAtEvent: Csr;
  /** Actor → statements it is a party to. */
  readonly partyTo: Csr;
  /** Actor → agreements it is a party to (a subset of `partyTo`, kept apart for `agreedByAll`). */
  readonly agreementsOf: Csr;
  /** Actor → statements it is listed as stating. */
  readonly spokenBy: Csr;
  /** Actor → events it took part in (event ordinals). */
  readonly participantIn: Csr;
  /** Actor → its equivalence class: itself, whom it represents, who represents it (one hop). */
  readonly equivalents: Csr;
  /** Topic → statements about it (exactly it, not its subtopics). */
  readonly about: Csr;
  /** Topic → itself and every topic below it. */
  readonly descendants: Csr;
  /** Topic → its parent's ordinal, or -1. */
  readonly parentOf: Int32Array;
  /** Event → statements that occurred or were stated at it. */
  readonly atEvent: Csr;
  /**
   * Node keys in the general order across kinds: actors, topics, events, commitments and claims
   * (together), accounts, sources. `buildGraph` adds nodes with exactly these strings, so they are shared.
   */
  readonly keys: readonly string[];
}

const MAX = 0x7fffffff;

/** What a statement's link is to, in the order `buildGraph` adds a statement's edges. */
export const LinkField = {
  Party: 0,
  StatedBy: 1,
  Topic: 2,
  Recipient: 3,
  Event: 4,
  StatedAt: 5,
} as const;
export type LinkField = (typeof LinkField)[keyof typeof LinkField];
const FIELD_SHIFT = 26;
const KEY_MASK = (1 << FIELD_SHIFT) - 1;

/**
 * Each statement's references, resolved to positions in `GraphIndex.keys`, for `buildGraph`: it
 * adds the edges from these and the shared key strings instead of reading every record a second
 * time and building a key string per edge end. At 100k commitments the records are 140 MB, read
 * from memory rather than cache on each pass; the build took 4–5% less time (paired with raw
 * graphology, 8 runs twice: 1.005–1.026× before, 0.961–0.973× after).
 */
export interface StatementLinks {
  /** Statement ordinal `s` → its links, `links[offsets[s] .. offsets[s + 1])`. */
  readonly offsets: Int32Array;
  /**
   * `field << 26 | position in keys`, with `field` a {@link LinkField}. A plain array (small
   * integers, inside the heap) for the reason `CsrBuilder` keeps its pairs in one.
   */
  readonly links: readonly number[];
}

/** The field of a link in {@link StatementLinks}. */
export const linkField = (link: number): LinkField => (link >>> FIELD_SHIFT) as LinkField;
/** The position in `keys` of a link's other end. */
export const linkTarget = (link: number): number => link & KEY_MASK;

// A span's position in the general order: its source's place in `sources`, then start, then end.
interface SpanKey {
  source: number;
  start: number;
  end: number;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts records by the key of their first evidence span, then id. The keys go into typed arrays,
 * the records are bucketed by source (a counting sort, linear), and each bucket is sorted only if
 * it is not in order already: data is usually written in the order of its text, so at a million
 * records this is a few linear passes rather than twenty million comparisons.
 */
function orderByFirstSpan<T extends { id: string; evidence: readonly Evidence[] }>(
  records: readonly T[],
  sourceOrdinal: ReadonlyMap<string, number>,
  sourceCount: number,
): T[] {
  const n = records.length;
  const source = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  // Sources are numbered 0 … sourceCount - 1; an unknown source (an edited graph) goes last.
  const buckets = new Int32Array(sourceCount + 2);
  for (let i = 0; i < n; i++) {
    const span = (records[i] as T).evidence[0];
    const s = span === undefined ? sourceCount : (sourceOrdinal.get(span.source) ?? sourceCount);
    source[i] = s;
    start[i] = span === undefined ? MAX : span.start;
    end[i] = span === undefined ? MAX : span.end;
    buckets[s + 1] = (buckets[s + 1] as number) + 1;
  }
  for (let b = 1; b < buckets.length; b++)
    buckets[b] = (buckets[b] as number) + (buckets[b - 1] as number);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const s = source[i] as number;
    order[buckets[s] as number] = i;
    buckets[s] = (buckets[s] as number) + 1;
  }
  const compare = (a: number, b: number) =>
    (start[a] as number) - (start[b] as number) ||
    (end[a] as number) - (end[b] as number) ||
    compareIds((records[a] as T).id, (records[b] as T).id);
  // After the pass above, buckets[s] is where bucket s ends (and bucket s + 1 starts).
  for (let s = 0, from = 0; s <= sourceCount; s++) {
    const to = buckets[s] as number;
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++)
      sorted = compare(order[i - 1] as number, order[i] as number) < 0;
    if (!sorted) {
      const bucket = order.slice(from, to).sort(compare);
      for (let i = 0; i < bucket.length; i++) order[from + i] = bucket[i] as number;
    }
    from = to;
  }
  return order.map((i) => records[i] as T);
}

/** The first mention of each actor or topic: the smallest span key among records naming it. */
class Mentions {
  // Keeps the instances' hidden class alive between builds (see CsrBuilder.shapeKeeper).
  static readonly shapeKeeper: Mentions = new Mentions(0);
  readonly source: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;

  constructor(size: number) {
    this.source = new Int32Array(size).fill(MAX);
    this.start = new Int32Array(size).fill(MAX);
    this.end = new Int32Array(size).fill(MAX);
  }

  note(i: number, key: SpanKey): void {
    const source = this.source[i] as number;
    const start = this.start[i] as number;
    if (
      key.source < source ||
      (key.source === source &&
        (key.start < start || (key.start === start && key.end < (this.end[i] as number))))
    ) {
      this.source[i] = key.source;
      this.start[i] = key.start;
      this.end[i] = key.end;
    }
  }

  /** Takes `other`'s mention for every record that has none here. */
  fillFrom(other: Mentions): void {
    for (let i = 0; i < this.source.length; i++)
      if (this.source[i] === MAX && this.start[i] === MAX) {
        this.source[i] = other.source[i] as number;
        this.start[i] = other.start[i] as number;
        this.end[i] = other.end[i] as number;
      }
  }

  /** `order[ordinal] = datasetIndex`: mentioned records first, by mention, then id. */
  order(ids: readonly string[]): Int32Array {
    const order = Array.from({ length: ids.length }, (_, i) => i);
    order.sort(
      (a, b) =>
        (this.source[a] as number) - (this.source[b] as number) ||
        (this.start[a] as number) - (this.start[b] as number) ||
        (this.end[a] as number) - (this.end[b] as number) ||
        compareIds(ids[a] as string, ids[b] as string),
    );
    return Int32Array.from(order);
  }
}

/** The smallest key among `spans`, written into `into` (no allocation per span). */
function smallestSpan(
  spans: readonly Evidence[],
  sourceOrdinal: ReadonlyMap<string, number>,
  into: SpanKey,
): SpanKey {
  into.source = MAX;
  into.start = MAX;
  into.end = MAX;
  for (const span of spans) {
    const source = sourceOrdinal.get(span.source) ?? MAX;
    if (
      source < into.source ||
      (source === into.source &&
        (span.start < into.start || (span.start === into.start && span.end < into.end)))
    ) {
      into.source = source;
      into.start = span.start;
      into.end = span.end;
    }
  }
  return into;
}

function ordinals<T extends { id: string }>(records: readonly T[]): Map<string, number> {
  const map = new Map<string, number>();
  records.forEach((record, i) => {
    if (!map.has(record.id)) map.set(record.id, i);
  });
  return map;
}

/**
 * Builds the index. References to ids that are not in `collections` are skipped: a validated
 * dataset has none, and a graph the user has edited may (a dropped actor node, say).
 */
export function buildIndex(collections: Collections): GraphIndex {
  return indexAndLinks(collections, false).index;
}

/** The index, and each statement's links for `buildGraph` (see {@link StatementLinks}). */
export function buildIndexWithLinks(collections: Collections): {
  index: GraphIndex;
  links: StatementLinks;
} {
  const { index, links } = indexAndLinks(collections, true);
  return { index, links: links as StatementLinks };
}

function indexAndLinks(
  collections: Collections,
  withLinks: boolean,
): { index: GraphIndex; links: StatementLinks | undefined } {
  const sources = collections.sources;
  const sourceOrdinal = ordinals(sources);
  const events = orderByFirstSpan(collections.events, sourceOrdinal, sources.length);
  const eventOrdinal = ordinals(events);
  const statements = orderByFirstSpan(collections.statements, sourceOrdinal, sources.length);
  const accounts = orderByFirstSpan(collections.accounts, sourceOrdinal, sources.length);

  const actorIndex = ordinals(collections.actors);
  const topicIndex = ordinals(collections.topics);
  const actorMentions = new Mentions(collections.actors.length);
  const topicMentions = new Mentions(collections.topics.length);

  const partyTo = new CsrBuilder(collections.actors.length);
  const agreementsOf = new CsrBuilder(collections.actors.length);
  const spokenBy = new CsrBuilder(collections.actors.length);
  const participantIn = new CsrBuilder(collections.actors.length);
  const about = new CsrBuilder(collections.topics.length);
  const atEvent = new CsrBuilder(events.length);
  const isCommitment = new Uint8Array(statements.length);
  const scratch: SpanKey = { source: MAX, start: MAX, end: MAX };
  // Links hold dataset indexes for actors and topics until their ordinals are known (below).
  if (withLinks && collections.actors.length + collections.topics.length + events.length > KEY_MASK)
    throw new RangeError(`buildGraph: more than ${KEY_MASK} actors, topics and events together`);
  const linkOffsets = withLinks ? new Int32Array(statements.length + 1) : undefined;
  const links: number[] = [];
  const link = (field: LinkField, target: number) => {
    if (withLinks) links.push((field << FIELD_SHIFT) | target);
  };

  for (let s = 0; s < statements.length; s++) {
    const statement = statements[s] as Statement;
    if (isCommitmentRecord(statement)) isCommitment[s] = 1;
    const mention = smallestSpan(statement.evidence, sourceOrdinal, scratch);
    for (const id of statement.parties) {
      const a = actorIndex.get(id);
      if (a === undefined) continue;
      partyTo.add(a, s);
      if (statement.kind === "agreement") agreementsOf.add(a, s);
      actorMentions.note(a, mention);
      link(LinkField.Party, a);
    }
    for (const id of statement.statedBy) {
      const a = actorIndex.get(id);
      if (a === undefined) continue;
      spokenBy.add(a, s);
      actorMentions.note(a, mention);
      link(LinkField.StatedBy, a);
    }
    for (const id of statement.topics) {
      const t = topicIndex.get(id);
      if (t === undefined) continue;
      about.add(t, s);
      topicMentions.note(t, mention);
      link(LinkField.Topic, t);
    }
    if (statement.recipients)
      for (const id of statement.recipients) {
        const a = actorIndex.get(id);
        if (a === undefined) continue;
        actorMentions.note(a, mention);
        link(LinkField.Recipient, a);
      }
    const event = statement.event === undefined ? undefined : eventOrdinal.get(statement.event);
    const statedAt =
      statement.statedAt === undefined ? undefined : eventOrdinal.get(statement.statedAt);
    if (event !== undefined) {
      atEvent.add(event, s);
      link(LinkField.Event, event);
    }
    if (statedAt !== undefined) {
      atEvent.add(statedAt, s);
      link(LinkField.StatedAt, statedAt);
    }
    if (linkOffsets) linkOffsets[s + 1] = links.length;
  }

  // Accounts: each statement's row lists its accounts; an actor's row the statements it gives an
  // account of. Statement ordinals are looked up only when there are accounts at all.
  const accountsOf = new CsrBuilder(statements.length);
  const accountsBy = new CsrBuilder(collections.actors.length);
  const accountsAtEvent = new CsrBuilder(events.length);
  const matterOf = new Int32Array(accounts.length).fill(-1);
  if (accounts.length > 0) {
    const statementOrdinal = ordinals(statements);
    const byActor: number[][] = [];
    accounts.forEach((account, a) => {
      const s = statementOrdinal.get(account.of);
      if (s === undefined) return;
      matterOf[a] = s;
      accountsOf.add(s, a);
      const at = account.statedAt === undefined ? undefined : eventOrdinal.get(account.statedAt);
      if (at !== undefined) accountsAtEvent.add(at, a);
      const mention = smallestSpan(account.evidence, sourceOrdinal, scratch);
      for (const id of account.statedBy) {
        const actor = actorIndex.get(id);
        if (actor === undefined) continue;
        actorMentions.note(actor, mention);
        const statements = byActor[actor];
        if (statements === undefined) byActor[actor] = [s];
        else statements.push(s);
      }
    });
    // Accounts come in their own order, not their statements': sort each actor's row.
    byActor.forEach((rowOf, actor) => {
      for (const s of [...new Set(rowOf)].sort((x, y) => x - y)) accountsBy.add(actor, s);
    });
  }

  // An event's span shows that the event happened, not where each topic or participant comes up,
  // so it counts as a mention only of those no commitment or claim names.
  const actorsAtEvents = new Mentions(collections.actors.length);
  const topicsAtEvents = new Mentions(collections.topics.length);
  events.forEach((event, e) => {
    const mention = smallestSpan(event.evidence, sourceOrdinal, scratch);
    for (const id of event.participants) {
      const a = actorIndex.get(id);
      if (a === undefined) continue;
      participantIn.add(a, e);
      actorsAtEvents.note(a, mention);
    }
    for (const id of event.topics) {
      const t = topicIndex.get(id);
      if (t !== undefined) topicsAtEvents.note(t, mention);
    }
  });
  actorMentions.fillFrom(actorsAtEvents);
  topicMentions.fillFrom(topicsAtEvents);

  const actorOrder = actorMentions.order(collections.actors.map((actor) => actor.id));
  const actors = Array.from(actorOrder, (i) => collections.actors[i] as Actor);
  const actorOrdinal = ordinals(actors);
  const topicOrder = topicMentions.order(collections.topics.map((topic) => topic.id));
  const topics = Array.from(topicOrder, (i) => collections.topics[i] as Topic);
  const topicOrdinal = ordinals(topics);

  if (withLinks) {
    // Dataset indexes (actors, topics) and event ordinals become positions in `keys`.
    const actorRank = inverse(actorOrder);
    const topicRank = inverse(topicOrder);
    const firstTopic = actors.length;
    const firstEvent = firstTopic + topics.length;
    for (let i = 0; i < links.length; i++) {
      const value = links[i] as number;
      const field = linkField(value);
      const target = linkTarget(value);
      const position =
        field === LinkField.Topic
          ? firstTopic + (topicRank[target] as number)
          : field === LinkField.Event || field === LinkField.StatedAt
            ? firstEvent + target
            : (actorRank[target] as number);
      links[i] = (field << FIELD_SHIFT) | position;
    }
  }

  const keys: string[] = [];
  for (const actor of actors) keys.push(`actor:${actor.id}`);
  for (const topic of topics) keys.push(`topic:${topic.id}`);
  for (const event of events) keys.push(`event:${event.id}`);
  statements.forEach((statement, s) => {
    keys.push(`${isCommitment[s] === 1 ? "commitment" : "claim"}:${statement.id}`);
  });
  for (const account of accounts) keys.push(`account:${account.id}`);
  for (const source of sources) keys.push(`source:${source.id}`);

  const index: GraphIndex = {
    keys,
    sources,
    sourceOrdinal,
    actors,
    actorOrdinal,
    topics,
    topicOrdinal,
    events,
    eventOrdinal,
    statements,
    isCommitment,
    accounts,
    accountsOf: accountsOf.build(),
    matterOf,
    accountsBy: accountsBy.build(actorOrder),
    accountsAtEvent: accountsAtEvent.build(),
    partyTo: partyTo.build(actorOrder),
    agreementsOf: agreementsOf.build(actorOrder),
    spokenBy: spokenBy.build(actorOrder),
    participantIn: participantIn.build(actorOrder),
    equivalents: equivalenceClasses(actors, actorOrdinal),
    about: about.build(topicOrder),
    ...topicHierarchy(topics, topicOrdinal),
    atEvent: atEvent.build(),
  };
  return {
    index,
    links: linkOffsets === undefined ? undefined : { offsets: linkOffsets, links },
  };
}

/** The inverse of an `order` (`order[ordinal] = datasetIndex`): `rank[datasetIndex] = ordinal`. */
function inverse(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let ordinal = 0; ordinal < order.length; ordinal++) rank[order[ordinal] as number] = ordinal;
  return rank;
}

/**
 * One hop, not transitive: a person who represents a state is equivalent to it, and the state to
 * each person who represents it, but two people representing one state are not equivalent to
 * each other, and a person representing two states does not make the states equivalent.
 */
function equivalenceClasses(actors: readonly Actor[], actorOrdinal: ReadonlyMap<string, number>) {
  const classes = actors.map((_, a) => [a]);
  actors.forEach((actor, a) => {
    for (const id of actor.represents ?? []) {
      const b = actorOrdinal.get(id);
      if (b === undefined || b === a) continue;
      classes[a]?.push(b);
      classes[b]?.push(a);
    }
  });
  const builder = new CsrBuilder(actors.length);
  classes.forEach((members, a) => {
    for (const b of members.sort((x, y) => x - y)) builder.add(a, b);
  });
  return builder.build();
}

function topicHierarchy(topics: readonly Topic[], topicOrdinal: ReadonlyMap<string, number>) {
  const parentOf = new Int32Array(topics.length).fill(-1);
  topics.forEach((topic, t) => {
    if (topic.parent !== undefined) parentOf[t] = topicOrdinal.get(topic.parent) ?? -1;
  });
  // Every topic is added to its own row and each ancestor's row; the walk stops at a repeated
  // topic in case an edited graph holds a cycle that validation would have rejected.
  const below = topics.map((_, t) => [t]);
  topics.forEach((_, t) => {
    const seen = new Set([t]);
    for (let p = parentOf[t] as number; p !== -1 && !seen.has(p); p = parentOf[p] as number) {
      seen.add(p);
      below[p]?.push(t);
    }
  });
  const builder = new CsrBuilder(topics.length);
  below.forEach((members, t) => {
    for (const d of members.sort((x, y) => x - y)) builder.add(t, d);
  });
  return { parentOf, descendants: builder.build() };
}
