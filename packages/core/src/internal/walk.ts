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
  switch (groupOf(node)) {
    case ACTOR: {
      const equivalents = row(index.equivalents, slot);
      for (let i = 0; i < equivalents.length; i++)
        if (equivalents[i] !== slot) visit(nodeOf(ACTOR, equivalents[i] as number));
      visitRow(row(index.partyTo, slot), STATEMENT, visit);
      visitRow(row(index.spokenBy, slot), STATEMENT, visit);
      visitRow(row(index.recipientOf, slot), STATEMENT, visit);
      visitRow(row(index.participantIn, slot), EVENT, visit);
      visitRow(row(index.accountsStatedBy, slot), ACCOUNT, visit);
      visitRow(row(index.issuedSources, slot), SOURCE, visit);
      return;
    }
    case TOPIC: {
      const parent = index.parentOf[slot] as number;
      if (parent !== -1) visit(nodeOf(TOPIC, parent));
      visitRow(row(index.children, slot), TOPIC, visit);
      visitRow(row(index.about, slot), STATEMENT, visit);
      visitRow(row(index.discussedAt, slot), EVENT, visit);
      return;
    }
    case EVENT: {
      const event = index.events[slot] as Event;
      visitIds(event.participants, index.actorOrdinal, ACTOR, visit);
      visitIds(event.topics, index.topicOrdinal, TOPIC, visit);
      if (event.follows !== undefined) visitId(event.follows, index.eventOrdinal, EVENT, visit);
      visitRow(row(index.followers, slot), EVENT, visit);
      visitRow(row(index.atEvent, slot), STATEMENT, visit);
      visitRow(row(index.accountsAtEvent, slot), ACCOUNT, visit);
      visitSources(index, event.evidence, visit);
      return;
    }
    case STATEMENT: {
      const { list, from, to } = linksOf(index.links, slot);
      for (let i = from; i < to; i++) {
        const value = list[i] as number;
        visit(nodeOf(LINK_GROUP[linkField(value)] as number, linkTarget(value)));
      }
      visitRow(row(index.accountsOf, slot), ACCOUNT, visit);
      return;
    }
    case ACCOUNT: {
      const account = index.accounts[slot] as Account;
      const matter = index.matterOf[slot] as number;
      if (matter !== -1) visit(nodeOf(STATEMENT, matter));
      visitIds(account.statedBy, index.actorOrdinal, ACTOR, visit);
      if (account.statedAt !== undefined)
        visitId(account.statedAt, index.eventOrdinal, EVENT, visit);
      visitSources(index, account.evidence, visit);
      return;
    }
    default: {
      const source = index.sources[slot] as Source;
      if (source.issuedBy !== undefined)
        visitIds(source.issuedBy, index.actorOrdinal, ACTOR, visit);
      if (source.translationOf !== undefined)
        visitId(source.translationOf, index.sourceOrdinal, SOURCE, visit);
      visitRow(row(index.translations, slot), SOURCE, visit);
      // The records citing it: read from graphology (a source is expanded only as a walk's start).
      graph.forEachInNeighbor(`source:${source.id}`, (key) => {
        const found = nodeOfKey(index, graph, key);
        if (found !== -1 && groupOf(found) !== SOURCE) visit(found);
      });
    }
  }
}

/** The group of a statement link's other end, by the link's field (see `LinkField`). */
const LINK_GROUP: readonly number[] = (() => {
  const groups: number[] = [];
  groups[LinkField.Party] = ACTOR;
  groups[LinkField.StatedBy] = ACTOR;
  groups[LinkField.Recipient] = ACTOR;
  groups[LinkField.Topic] = TOPIC;
  groups[LinkField.Event] = EVENT;
  groups[LinkField.StatedAt] = EVENT;
  groups[LinkField.Source] = SOURCE;
  return groups;
})();

// Helpers at module level, not closures made on every call: walks call them millions of times.
function visitRow(rows: Int32Array, group: number, visit: (node: number) => void): void {
  for (let i = 0; i < rows.length; i++) visit(nodeOf(group, rows[i] as number));
}

function visitId(
  id: string,
  map: ReadonlyMap<string, number>,
  group: number,
  visit: (node: number) => void,
): void {
  const found = map.get(id);
  if (found !== undefined) visit(nodeOf(group, found));
}

function visitIds(
  ids: readonly string[],
  map: ReadonlyMap<string, number>,
  group: number,
  visit: (node: number) => void,
): void {
  for (let i = 0; i < ids.length; i++) visitId(ids[i] as string, map, group, visit);
}

function visitSources(
  index: GraphIndex,
  spans: readonly { source: string }[],
  visit: (node: number) => void,
): void {
  for (let i = 0; i < spans.length; i++)
    visitId((spans[i] as { source: string }).source, index.sourceOrdinal, SOURCE, visit);
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
