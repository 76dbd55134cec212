import type { Account, Actor, Event, Source, Topic } from "@accordkg/data";
import type { Statement } from "../types";
import { encodeLink, type GraphIndex, LinkField, smallestSpan } from "./graphIndex";
import { isCommitment } from "./kinds";
import type { MentionKey } from "./order";

/** The records a document adds (those already in the graph left out), each kind in any order. */
export interface Additions {
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly accounts: readonly Account[];
}

/** Where the added records went: the first new slot of each kind (they take the slots after it). */
export interface AddedSlots {
  readonly sources: number;
  readonly actors: number;
  readonly topics: number;
  readonly events: number;
  readonly statements: number;
  readonly accounts: number;
}

const MAX = 0x7fffffff;

/** `array` with room for `length` entries: itself, or a copy twice as long (new entries `fill`). */
function withRoom<A extends Int32Array | Uint8Array>(array: A, length: number, fill = 0): A {
  if (array.length >= length) return array;
  const grown = new (array.constructor as new (n: number) => A)(
    Math.max(length, array.length * 2, 16),
  );
  if (fill !== 0) grown.fill(fill, array.length);
  grown.set(array);
  return grown;
}

/**
 * Adds `added` to `index` in place, in time that follows the added records and the rows they
 * touch, not the index's size: every record gets the next slot of its kind (events, statements
 * and accounts in their order, see order.ts), every row it belongs to gets its slot, and the
 * actors and topics whose first mention moved are put in their new place.
 *
 * `statementSlot` resolves the id of a statement already in the graph (an account's `of`).
 * Throws `OrderExhausted` (order.ts) in the rare case that the order has no room left between
 * two records; the caller then builds the index again from the graph.
 */
export function extendIndex(
  index: GraphIndex,
  added: Additions,
  statementSlot: (id: string) => number,
): AddedSlots {
  const first: AddedSlots = {
    sources: index.sources.length,
    actors: index.actors.length,
    topics: index.topics.length,
    events: index.events.length,
    statements: index.statements.length,
    accounts: index.accounts.length,
  };
  const movedActors = new Set<number>();
  const movedTopics = new Set<number>();

  // Sources first: the order of everything else is by source.
  for (const source of added.sources) {
    index.sourceOrdinal.set(source.id, index.sources.length);
    index.sources.push(source);
  }

  for (const actor of added.actors) {
    const slot = index.actors.length;
    index.actors.push(actor);
    index.actorOrdinal.set(actor.id, slot);
    index.actorOrder.push();
    movedActors.add(slot);
  }
  for (let a = first.actors; a < index.actors.length; a++) {
    index.equivalents.add(a, a);
    for (const id of (index.actors[a] as Actor).represents ?? []) {
      const b = index.actorOrdinal.get(id);
      if (b === undefined || b === a) continue;
      index.equivalents.add(a, b);
      index.equivalents.add(b, a);
    }
  }

  for (const topic of added.topics) {
    const slot = index.topics.length;
    index.topics.push(topic);
    index.topicOrdinal.set(topic.id, slot);
    index.topicOrder.push();
    movedTopics.add(slot);
  }
  index.parentOf = withRoom(index.parentOf, index.topics.length, -1);
  for (let t = first.topics; t < index.topics.length; t++) {
    const parent = (index.topics[t] as Topic).parent;
    const p = parent === undefined ? -1 : (index.topicOrdinal.get(parent) ?? -1);
    index.parentOf[t] = p;
    if (p !== -1) index.children.add(p, t);
  }
  for (let t = first.topics; t < index.topics.length; t++) {
    index.descendants.add(t, t);
    const seen = new Set([t]);
    for (
      let p = index.parentOf[t] as number;
      p !== -1 && !seen.has(p);
      p = index.parentOf[p] as number
    ) {
      seen.add(p);
      index.descendants.add(p, t);
    }
  }

  for (let s = first.sources; s < index.sources.length; s++) {
    const source = index.sources[s] as Source;
    for (const id of source.issuedBy ?? []) {
      const a = index.actorOrdinal.get(id);
      if (a !== undefined) index.issuedSources.add(a, s);
    }
    if (source.translationOf !== undefined) {
      const original = index.sourceOrdinal.get(source.translationOf);
      if (original !== undefined) index.translations.add(original, s);
    }
  }

  const scratch: MentionKey = { source: MAX, start: MAX, end: MAX };
  const noteActor = (a: number, key: MentionKey) => {
    if (index.actorOrder.note(a, key)) movedActors.add(a);
  };
  const noteTopic = (t: number, key: MentionKey) => {
    if (index.topicOrder.note(t, key)) movedTopics.add(t);
  };

  // Events, in their order.
  const events = index.eventOrder.place(added.events);
  for (const event of events.order) {
    index.eventOrdinal.set(event.id, index.events.length);
    index.events.push(event);
  }
  index.eventOrder.commit(first.events, events.values);
  for (let e = first.events; e < index.events.length; e++) {
    const event = index.events[e] as Event;
    const mention = smallestSpan(event.evidence, index.sourceOrdinal, scratch);
    for (const id of event.participants) {
      const a = index.actorOrdinal.get(id);
      if (a === undefined) continue;
      index.participantIn.add(a, e);
      // An event's mention counts only for those nothing else mentions.
      if (index.actorOrder.noteEvent(a, mention) && index.actorOrder.usesEventMention(a))
        movedActors.add(a);
    }
    for (const id of event.topics) {
      const t = index.topicOrdinal.get(id);
      if (t === undefined) continue;
      index.discussedAt.add(t, e);
      if (index.topicOrder.noteEvent(t, mention) && index.topicOrder.usesEventMention(t))
        movedTopics.add(t);
    }
    const followed =
      event.follows === undefined ? undefined : index.eventOrdinal.get(event.follows);
    if (followed !== undefined) index.followers.add(followed, e);
  }

  // Commitments and claims, in their order.
  const statements = index.statementOrder.place(added.statements);
  const newStatement = new Map<string, number>();
  for (const statement of statements.order) {
    newStatement.set(statement.id, index.statements.length);
    index.statements.push(statement);
  }
  index.statementOrder.commit(first.statements, statements.values);
  index.isCommitment = withRoom(index.isCommitment, index.statements.length);
  for (let s = first.statements; s < index.statements.length; s++) {
    const statement = index.statements[s] as Statement;
    index.isCommitment[s] = isCommitment(statement) ? 1 : 0;
    const mention = smallestSpan(statement.evidence, index.sourceOrdinal, scratch);
    const links: number[] = [];
    for (const id of statement.parties) {
      const a = index.actorOrdinal.get(id);
      if (a === undefined) continue;
      index.partyTo.add(a, s);
      if (statement.kind === "agreement") index.agreementsOf.add(a, s);
      noteActor(a, mention);
      links.push(encodeLink(LinkField.Party, a));
    }
    for (const id of statement.statedBy) {
      const a = index.actorOrdinal.get(id);
      if (a === undefined) continue;
      index.spokenBy.add(a, s);
      noteActor(a, mention);
      links.push(encodeLink(LinkField.StatedBy, a));
    }
    for (const id of statement.topics) {
      const t = index.topicOrdinal.get(id);
      if (t === undefined) continue;
      index.about.add(t, s);
      noteTopic(t, mention);
      links.push(encodeLink(LinkField.Topic, t));
    }
    for (const id of statement.recipients ?? []) {
      const a = index.actorOrdinal.get(id);
      if (a === undefined) continue;
      index.recipientOf.add(a, s);
      noteActor(a, mention);
      links.push(encodeLink(LinkField.Recipient, a));
    }
    const event =
      statement.event === undefined ? undefined : index.eventOrdinal.get(statement.event);
    const statedAt =
      statement.statedAt === undefined ? undefined : index.eventOrdinal.get(statement.statedAt);
    if (event !== undefined) {
      index.atEvent.add(event, s);
      links.push(encodeLink(LinkField.Event, event));
    }
    if (statedAt !== undefined) {
      index.atEvent.add(statedAt, s);
      links.push(encodeLink(LinkField.StatedAt, statedAt));
    }
    for (const span of statement.evidence) {
      const source = index.sourceOrdinal.get(span.source);
      if (source !== undefined) links.push(encodeLink(LinkField.Source, source));
    }
    index.links.added.push(links);
  }

  // Accounts, in their order.
  const accounts = index.accountOrder.place(added.accounts);
  for (const account of accounts.order) index.accounts.push(account);
  index.accountOrder.commit(first.accounts, accounts.values);
  index.matterOf = withRoom(index.matterOf, index.accounts.length, -1);
  for (let a = first.accounts; a < index.accounts.length; a++) {
    const account = index.accounts[a] as Account;
    const s = newStatement.get(account.of) ?? statementSlot(account.of);
    index.matterOf[a] = s;
    if (s !== -1) index.accountsOf.add(s, a);
    const at =
      account.statedAt === undefined ? undefined : index.eventOrdinal.get(account.statedAt);
    if (at !== undefined) index.accountsAtEvent.add(at, a);
    const mention = smallestSpan(account.evidence, index.sourceOrdinal, scratch);
    for (const id of account.statedBy) {
      const actor = index.actorOrdinal.get(id);
      if (actor === undefined) continue;
      noteActor(actor, mention);
      index.accountsStatedBy.add(actor, a);
      if (s !== -1) index.accountsBy.add(actor, s);
    }
  }

  index.actorOrder.reorder(movedActors);
  index.topicOrder.reorder(movedTopics);
  index.version++;
  return first;
}
