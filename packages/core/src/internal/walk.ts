import type { Account, Event, Source } from "@accordkg/data";
import type { AccordGraph } from "../types";
import { type GraphIndex, LinkField, linkField, linksOf, linkTarget } from "./graphIndex";
import {
  ACCOUNT,
  ACTOR,
  EVENT,
  GROUPS,
  groupOf,
  groupSizes,
  nodeOf,
  nodeOfKey,
  SOURCE,
  STATEMENT,
  slotOf,
  TOPIC,
} from "./nodes";
import { row } from "./rows";

/**
 * The neighbours of a record node, read from the index: its posting rows (who is a party to a
 * statement, what is about a topic, …) and each statement's resolved links. These are exactly the
 * edges `buildGraph` and `extendGraph` add, both directions, so a walk over them meets the nodes a
 * walk over graphology's adjacency would, without an adjacency index to build first (at a million
 * commitments building one took 13 s, most of it a full collection of the heap that its 90 MB of
 * new typed arrays set off) and with nothing to rebuild when the graph grows. When the user has
 * changed the graph's edges themselves, the walks follow graphology's adjacency instead
 * (`edgesEdited` in store.ts).
 *
 * A source's neighbours (the records citing it) are read from graphology: sources are only ever
 * expanded as the start of a walk.
 */
export function forEachNeighbor(
  index: GraphIndex,
  graph: AccordGraph,
  node: number,
  visit: (node: number) => void,
): void {
  const slot = slotOf(node);
  const each = (rows: Int32Array, group: number) => {
    for (let i = 0; i < rows.length; i++) visit(nodeOf(group, rows[i] as number));
  };
  const byId = (
    ids: readonly string[] | undefined,
    map: ReadonlyMap<string, number>,
    group: number,
  ) => {
    if (ids === undefined) return;
    for (const id of ids) {
      const found = map.get(id);
      if (found !== undefined) visit(nodeOf(group, found));
    }
  };
  const sources = (spans: readonly { source: string }[]) => {
    for (const span of spans) {
      const found = index.sourceOrdinal.get(span.source);
      if (found !== undefined) visit(nodeOf(SOURCE, found));
    }
  };
  switch (groupOf(node)) {
    case ACTOR: {
      const equivalents = row(index.equivalents, slot);
      for (let i = 0; i < equivalents.length; i++)
        if (equivalents[i] !== slot) visit(nodeOf(ACTOR, equivalents[i] as number));
      each(row(index.partyTo, slot), STATEMENT);
      each(row(index.spokenBy, slot), STATEMENT);
      each(row(index.recipientOf, slot), STATEMENT);
      each(row(index.participantIn, slot), EVENT);
      each(row(index.accountsStatedBy, slot), ACCOUNT);
      each(row(index.issuedSources, slot), SOURCE);
      return;
    }
    case TOPIC: {
      const parent = index.parentOf[slot] as number;
      if (parent !== -1) visit(nodeOf(TOPIC, parent));
      each(row(index.children, slot), TOPIC);
      each(row(index.about, slot), STATEMENT);
      each(row(index.discussedAt, slot), EVENT);
      return;
    }
    case EVENT: {
      const event = index.events[slot] as Event;
      byId(event.participants, index.actorOrdinal, ACTOR);
      byId(event.topics, index.topicOrdinal, TOPIC);
      if (event.follows !== undefined) byId([event.follows], index.eventOrdinal, EVENT);
      each(row(index.followers, slot), EVENT);
      each(row(index.atEvent, slot), STATEMENT);
      each(row(index.accountsAtEvent, slot), ACCOUNT);
      sources(event.evidence);
      return;
    }
    case STATEMENT: {
      const { list, from, to } = linksOf(index.links, slot);
      for (let i = from; i < to; i++) {
        const value = list[i] as number;
        const field = linkField(value);
        const target = linkTarget(value);
        visit(
          nodeOf(
            field === LinkField.Topic
              ? TOPIC
              : field === LinkField.Event || field === LinkField.StatedAt
                ? EVENT
                : field === LinkField.Source
                  ? SOURCE
                  : ACTOR,
            target,
          ),
        );
      }
      each(row(index.accountsOf, slot), ACCOUNT);
      return;
    }
    case ACCOUNT: {
      const account = index.accounts[slot] as Account;
      const matter = index.matterOf[slot] as number;
      if (matter !== -1) visit(nodeOf(STATEMENT, matter));
      byId(account.statedBy, index.actorOrdinal, ACTOR);
      if (account.statedAt !== undefined) byId([account.statedAt], index.eventOrdinal, EVENT);
      sources(account.evidence);
      return;
    }
    default: {
      const source = index.sources[slot] as Source;
      byId(source.issuedBy, index.actorOrdinal, ACTOR);
      if (source.translationOf !== undefined)
        byId([source.translationOf], index.sourceOrdinal, SOURCE);
      each(row(index.translations, slot), SOURCE);
      // The records citing it: read from graphology (a source is expanded only as a walk's start).
      graph.forEachInNeighbor(`source:${source.id}`, (key) => {
        const found = nodeOfKey(index, graph, key);
        if (found !== -1 && groupOf(found) !== SOURCE) visit(found);
      });
    }
  }
}

/** Visit marks, one array per group: a walk bumps `epoch` instead of clearing them. */
export interface Marks {
  readonly arrays: Int32Array[];
  epoch: number;
}

const marksCache = new WeakMap<GraphIndex, Marks>();

/** The index's visit marks, grown to its current size, with a new epoch for a new walk. */
export function freshMarks(index: GraphIndex): Marks {
  const sizes = groupSizes(index);
  let marks = marksCache.get(index);
  if (marks === undefined) {
    marks = { arrays: sizes.map((n) => new Int32Array(n)), epoch: 0 };
    marksCache.set(index, marks);
  }
  for (let g = 0; g < GROUPS; g++)
    if ((marks.arrays[g] as Int32Array).length < (sizes[g] as number)) {
      const grown = new Int32Array(
        Math.max(sizes[g] as number, (marks.arrays[g] as Int32Array).length * 2),
      );
      grown.set(marks.arrays[g] as Int32Array);
      marks.arrays[g] = grown;
    }
  if (marks.epoch === 0x7fffffff) {
    for (const array of marks.arrays) array.fill(0);
    marks.epoch = 0;
  }
  marks.epoch++;
  return marks;
}
