import type { Account, Actor, Event, Evidence, Source, Topic } from "@accordkg/data";
import type { Statement } from "../types";
import { isCommitment as isCommitmentRecord } from "./kinds";
import { type MentionKey, MentionOrder, SpanOrder } from "./order";
import { type Csr, CsrBuilder } from "./postings";
import { Rows } from "./rows";

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
 * What the queries read instead of walking the graph. Every record has a slot: its position in
 * its kind's list here, given once and kept (see order.ts for how the general order is kept as
 * the graph grows). Posting rows hold sorted slots, so set operations on them are merges whose
 * cost follows the rows' lengths, not the graph's size. `extendGraph` grows every list and row in
 * place (internal/extendIndex.ts); nothing here is ever handed to a caller.
 */
export interface GraphIndex {
  /** Sources in dataset order (slot order is the general order: sources only append). */
  readonly sources: Source[];
  /** Source id → slot. */
  readonly sourceOrdinal: Map<string, number>;
  readonly actors: Actor[];
  readonly actorOrdinal: Map<string, number>;
  /** The actors' order: by first mention, then id. */
  readonly actorOrder: MentionOrder;
  readonly topics: Topic[];
  readonly topicOrdinal: Map<string, number>;
  readonly topicOrder: MentionOrder;
  readonly events: Event[];
  readonly eventOrdinal: Map<string, number>;
  /** Events by their first evidence span, then id. */
  readonly eventOrder: SpanOrder<Event>;
  /** Commitments and claims together. */
  readonly statements: Statement[];
  /** Commitments and claims by their first evidence span, then id. */
  readonly statementOrder: SpanOrder<Statement>;
  /** 1 where the statement in that slot is a commitment, 0 for a claim (may be longer). */
  isCommitment: Uint8Array;
  /** More accounts of the statements (beyond each one's own). */
  readonly accounts: Account[];
  /** Accounts by their first evidence span, then id. */
  readonly accountOrder: SpanOrder<Account>;
  /** Statement → its other accounts. */
  readonly accountsOf: Rows;
  /** Account → the slot of the statement it is an account of, or -1 (may be longer). */
  matterOf: Int32Array;
  /** Actor → statements it gives another account of (not in `spokenBy` unless it states them too). */
  readonly accountsBy: Rows;
  /** Actor → the accounts it states. */
  readonly accountsStatedBy: Rows;
  /** Event → accounts stated at it. */
  readonly accountsAtEvent: Rows;
  /** Actor → statements it is a party to. */
  readonly partyTo: Rows;
  /** Actor → agreements it is a party to (a subset of `partyTo`, kept apart for `agreedByAll`). */
  readonly agreementsOf: Rows;
  /** Actor → statements it is listed as stating. */
  readonly spokenBy: Rows;
  /** Actor → statements addressed to it (`recipients`). */
  readonly recipientOf: Rows;
  /** Actor → events it took part in. */
  readonly participantIn: Rows;
  /** Actor → its equivalence class: itself, whom it represents, who represents it (one hop). */
  readonly equivalents: Rows;
  /** Actor → sources it issued (`issuedBy`). */
  readonly issuedSources: Rows;
  /** Topic → statements about it (exactly it, not its subtopics). */
  readonly about: Rows;
  /** Topic → itself and every topic below it. */
  readonly descendants: Rows;
  /** Topic → the topics whose parent it is. */
  readonly children: Rows;
  /** Topic → events that discussed it. */
  readonly discussedAt: Rows;
  /** Topic → its parent's slot, or -1 (may be longer). */
  parentOf: Int32Array;
  /** Event → statements that occurred or were stated at it. */
  readonly atEvent: Rows;
  /** Event → the events that follow it (`follows`). */
  readonly followers: Rows;
  /** Source → its translations (`translationOf`). */
  readonly translations: Rows;
  /** Each statement's references, resolved (see {@link StatementLinks}). */
  readonly links: StatementLinks;
  /** How many times the index was extended: lazily built caches compare it. */
  version: number;
}

/** What a statement's link is to, in the order `buildGraph` adds a statement's edges. */
export const LinkField = {
  Party: 0,
  StatedBy: 1,
  Topic: 2,
  Recipient: 3,
  Event: 4,
  StatedAt: 5,
  /** A source its evidence cites (an edge `buildGraph` adds from the span, with its attributes). */
  Source: 6,
} as const;
export type LinkField = (typeof LinkField)[keyof typeof LinkField];
const FIELD_SHIFT = 26;
const SLOT_MASK = (1 << FIELD_SHIFT) - 1;

/** `field << 26 | slot`: a link to the record in `slot` of the kind `field` names. */
export const encodeLink = (field: LinkField, slot: number): number => (field << FIELD_SHIFT) | slot;
/** The field of a link. */
export const linkField = (link: number): LinkField => (link >>> FIELD_SHIFT) as LinkField;
/** The slot of a link's other end, in the kind its field names. */
export const linkTarget = (link: number): number => link & SLOT_MASK;

/**
 * Each statement's references (parties, speakers, topics, recipients, events and the sources its
 * evidence cites), resolved to slots while the index reads the record. `buildGraph` adds a
 * statement's edges from these and shared key strings instead of reading every record a second
 * time and building a key string per edge end (at 100k commitments that took 4–5% off the build),
 * and a walk (`neighborhood`) reads a statement's neighbours from them with no lookup by id. They
 * are kept: at a million commitments about 11 million small integers, in the heap.
 */
export interface StatementLinks {
  /** Statement `s` (built with the graph) → its links, `links[offsets[s] .. offsets[s + 1])`. */
  readonly offsets: Int32Array;
  /**
   * The links, as {@link encodeLink} makes them. A plain array (small integers, inside the heap)
   * for the reason `CsrBuilder` keeps its pairs in one.
   */
  readonly links: number[];
  /** Statements added since the build: slot − `offsets.length + 1` → its links. */
  readonly added: number[][];
}

/** The links of statement `s`, in the order they were read. */
export function linksOf(
  links: StatementLinks,
  s: number,
): { list: readonly number[]; from: number; to: number } {
  const built = links.offsets.length - 1;
  if (s < built)
    return {
      list: links.links,
      from: links.offsets[s] as number,
      to: links.offsets[s + 1] as number,
    };
  const list = links.added[s - built] ?? [];
  return { list, from: 0, to: list.length };
}

const MAX = 0x7fffffff;

// A span's position in the general order: its source's slot, then start, then end.
interface SpanKey extends MentionKey {}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts records by the key of their first evidence span, then id. The keys go into typed arrays,
 * the records are bucketed by source (a counting sort, linear), and each bucket is sorted only if
 * it is not in order already: data is usually written in the order of its text, so at a million
 * records this is a few linear passes rather than twenty million comparisons. Records whose
 * source is unknown (an edited graph) or that have no span come last, as in `compareFirstSpans`.
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
  // Sources are numbered 0 … sourceCount - 1; unknown sources and no span go in the last bucket.
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
}

/**
 * The order of actors (or topics) from their mentions by statements and accounts (`own`) and by
 * events: `order[slot] = dataset index`. Slots are the positions in that order.
 */
function mentionOrder(own: Mentions, byEvents: Mentions, ids: readonly string[]): Int32Array {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  const effective = (i: number, list: "source" | "start" | "end") =>
    own.source[i] === MAX && own.start[i] === MAX
      ? (byEvents[list][i] as number)
      : (own[list][i] as number);
  order.sort(
    (a, b) =>
      effective(a, "source") - effective(b, "source") ||
      effective(a, "start") - effective(b, "start") ||
      effective(a, "end") - effective(b, "end") ||
      compareIds(ids[a] as string, ids[b] as string),
  );
  return Int32Array.from(order);
}

/** The mentions of `records` (in slot order, `order[slot]` their dataset index), kept for extensions. */
function mentionsBySlot(
  records: readonly { id: string }[],
  order: Int32Array,
  own: Mentions,
  byEvents: Mentions,
): MentionOrder {
  const mentions = new MentionOrder(records);
  order.forEach((i, slot) => {
    mentions.push();
    mentions.source[slot] = own.source[i] as number;
    mentions.start[slot] = own.start[i] as number;
    mentions.end[slot] = own.end[i] as number;
    mentions.eventSource[slot] = byEvents.source[i] as number;
    mentions.eventStart[slot] = byEvents.start[i] as number;
    mentions.eventEnd[slot] = byEvents.end[i] as number;
  });
  mentions.inOrder = Array.from({ length: order.length }, (_, slot) => slot);
  mentions.rank = Array.from({ length: order.length }, (_, slot) => slot);
  return mentions;
}

/** The smallest key among `spans`, written into `into` (no allocation per span). */
export function smallestSpan(
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
  return indexAndKeys(collections, false).index;
}

/**
 * The index, and the node keys in the general order across kinds (actors, topics, events,
 * commitments and claims together, accounts, sources: slot order within each kind) for
 * `buildGraph`, which adds nodes with exactly these strings, so that they are shared.
 */
export function buildIndexWithKeys(collections: Collections): {
  index: GraphIndex;
  keys: readonly string[];
} {
  const { index, keys } = indexAndKeys(collections, true);
  return { index, keys: keys as string[] };
}

function indexAndKeys(
  collections: Collections,
  withKeys: boolean,
): { index: GraphIndex; keys: string[] | undefined } {
  const sources = [...collections.sources];
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
  const recipientOf = new CsrBuilder(collections.actors.length);
  const participantIn = new CsrBuilder(collections.actors.length);
  const about = new CsrBuilder(collections.topics.length);
  const discussedAt = new CsrBuilder(collections.topics.length);
  const atEvent = new CsrBuilder(events.length);
  const followers = new CsrBuilder(events.length);
  const isCommitment = new Uint8Array(statements.length);
  const scratch: SpanKey = { source: MAX, start: MAX, end: MAX };
  if (
    Math.max(collections.actors.length, collections.topics.length, events.length, sources.length) >
    SLOT_MASK
  )
    throw new RangeError(`buildGraph: more than ${SLOT_MASK} records of one kind`);
  // Links hold dataset indexes for actors and topics until their slots are known (below).
  const linkOffsets = new Int32Array(statements.length + 1);
  const links: number[] = [];
  const link = (field: LinkField, target: number) => {
    links.push((field << FIELD_SHIFT) | target);
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
        recipientOf.add(a, s);
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
    for (const span of statement.evidence) {
      const source = sourceOrdinal.get(span.source);
      if (source !== undefined) link(LinkField.Source, source);
    }
    linkOffsets[s + 1] = links.length;
  }

  // Accounts: each statement's row lists its accounts; an actor's row the statements it gives an
  // account of. Statement slots are looked up only when there are accounts at all.
  const accountsOf = new CsrBuilder(statements.length);
  const accountsBy = new CsrBuilder(collections.actors.length);
  const accountsStatedBy = new CsrBuilder(collections.actors.length);
  const accountsAtEvent = new CsrBuilder(events.length);
  const matterOf = new Int32Array(accounts.length).fill(-1);
  if (accounts.length > 0) {
    const statementOrdinal = ordinals(statements);
    const byActor: number[][] = [];
    accounts.forEach((account, a) => {
      const at = account.statedAt === undefined ? undefined : eventOrdinal.get(account.statedAt);
      if (at !== undefined) accountsAtEvent.add(at, a);
      const s = statementOrdinal.get(account.of);
      if (s !== undefined) {
        matterOf[a] = s;
        accountsOf.add(s, a);
      }
      const mention = smallestSpan(account.evidence, sourceOrdinal, scratch);
      for (const id of account.statedBy) {
        const actor = actorIndex.get(id);
        if (actor === undefined) continue;
        actorMentions.note(actor, mention);
        accountsStatedBy.add(actor, a);
        if (s === undefined) continue;
        const matters = byActor[actor];
        if (matters === undefined) byActor[actor] = [s];
        else matters.push(s);
      }
    });
    // Accounts come in their own order, not their statements': sort each actor's row.
    byActor.forEach((rowOf, actor) => {
      for (const s of [...new Set(rowOf)].sort((x, y) => x - y)) accountsBy.add(actor, s);
    });
  }

  // An event's span shows that the event happened, not where each topic or participant comes up,
  // so it counts as a mention only of those no commitment, claim or account names.
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
      if (t === undefined) continue;
      discussedAt.add(t, e);
      topicsAtEvents.note(t, mention);
    }
  });
  // Followers: events are added in slot order, so each event's row is sorted.
  events.forEach((event, e) => {
    const followed = event.follows === undefined ? undefined : eventOrdinal.get(event.follows);
    if (followed !== undefined) followers.add(followed, e);
  });

  const actorOrder = mentionOrder(
    actorMentions,
    actorsAtEvents,
    collections.actors.map((actor) => actor.id),
  );
  const actors = Array.from(actorOrder, (i) => collections.actors[i] as Actor);
  const actorOrdinal = ordinals(actors);
  const actorMentionOrder = mentionsBySlot(actors, actorOrder, actorMentions, actorsAtEvents);
  const topicOrder = mentionOrder(
    topicMentions,
    topicsAtEvents,
    collections.topics.map((topic) => topic.id),
  );
  const topics = Array.from(topicOrder, (i) => collections.topics[i] as Topic);
  const topicOrdinal = ordinals(topics);
  const topicMentionOrder = mentionsBySlot(topics, topicOrder, topicMentions, topicsAtEvents);

  // Dataset indexes (actors, topics) become slots.
  const actorSlot = inverse(actorOrder);
  const topicSlot = inverse(topicOrder);
  for (let i = 0; i < links.length; i++) {
    const value = links[i] as number;
    const field = linkField(value);
    if (field === LinkField.Topic)
      links[i] = (field << FIELD_SHIFT) | (topicSlot[linkTarget(value)] as number);
    else if (
      field === LinkField.Party ||
      field === LinkField.StatedBy ||
      field === LinkField.Recipient
    )
      links[i] = (field << FIELD_SHIFT) | (actorSlot[linkTarget(value)] as number);
  }

  // Who issued each source, and which sources translate it.
  const issuedSources = new CsrBuilder(actors.length);
  const translations = new CsrBuilder(sources.length);
  const actorOrdinalMap = actorOrdinal;
  sources.forEach((source, s) => {
    for (const id of source.issuedBy ?? []) {
      const a = actorOrdinalMap.get(id);
      if (a !== undefined) issuedSources.add(a, s);
    }
    const original =
      source.translationOf === undefined ? undefined : sourceOrdinal.get(source.translationOf);
    if (original !== undefined) translations.add(original, s);
  });

  const keys: string[] | undefined = withKeys ? [] : undefined;
  if (keys !== undefined) {
    for (const actor of actors) keys.push(`actor:${actor.id}`);
    for (const topic of topics) keys.push(`topic:${topic.id}`);
    for (const event of events) keys.push(`event:${event.id}`);
    statements.forEach((statement, s) => {
      keys.push(`${isCommitment[s] === 1 ? "commitment" : "claim"}:${statement.id}`);
    });
    for (const account of accounts) keys.push(`account:${account.id}`);
    for (const source of sources) keys.push(`source:${source.id}`);
  }

  const hierarchy = topicHierarchy(topics, topicOrdinal);
  const index: GraphIndex = {
    sources,
    sourceOrdinal,
    actors,
    actorOrdinal,
    actorOrder: actorMentionOrder,
    topics,
    topicOrdinal,
    topicOrder: topicMentionOrder,
    events,
    eventOrdinal,
    eventOrder: new SpanOrder(events, sourceOrdinal),
    statements,
    statementOrder: new SpanOrder(statements, sourceOrdinal),
    isCommitment,
    accounts,
    accountOrder: new SpanOrder(accounts, sourceOrdinal),
    accountsOf: rows(accountsOf.build()),
    matterOf,
    accountsBy: rows(accountsBy.build(actorOrder)),
    accountsStatedBy: rows(accountsStatedBy.build(actorOrder)),
    accountsAtEvent: rows(accountsAtEvent.build()),
    partyTo: rows(partyTo.build(actorOrder)),
    agreementsOf: rows(agreementsOf.build(actorOrder)),
    spokenBy: rows(spokenBy.build(actorOrder)),
    recipientOf: rows(recipientOf.build(actorOrder)),
    participantIn: rows(participantIn.build(actorOrder)),
    equivalents: rows(equivalenceClasses(actors, actorOrdinal)),
    issuedSources: rows(issuedSources.build()),
    about: rows(about.build(topicOrder)),
    descendants: rows(hierarchy.descendants),
    children: rows(hierarchy.children),
    discussedAt: rows(discussedAt.build(topicOrder)),
    parentOf: hierarchy.parentOf,
    atEvent: rows(atEvent.build()),
    followers: rows(followers.build()),
    translations: rows(translations.build()),
    links: { offsets: linkOffsets, links, added: [] },
    version: 0,
  };
  return { index, keys };
}

/** Rows of a CSR whose row count is at least `rowCount` (rows nothing was added to are empty). */
function rows(csr: Csr): Rows {
  return new Rows(csr);
}

/** The inverse of an `order` (`order[slot] = datasetIndex`): `slot[datasetIndex] = slot`. */
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
  const children = new CsrBuilder(topics.length);
  topics.forEach((topic, t) => {
    if (topic.parent === undefined) return;
    const parent = topicOrdinal.get(topic.parent) ?? -1;
    parentOf[t] = parent;
    if (parent !== -1) children.add(parent, t);
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
  return { parentOf, descendants: builder.build(), children: children.build() };
}
