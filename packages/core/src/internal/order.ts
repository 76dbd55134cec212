import type { Account, Actor, Event, Topic } from "@accordkg/data";
import type { NodeKind, RecordEntry, Statement } from "../types";
import type { GraphIndex } from "./graphIndex";

// Node key → position in `GraphIndex.keys`. Built on the first query that sorts records of
// several kinds (neighborhood, connection), not with the graph: a million-entry Map is time and
// memory that graphs nobody walks should not pay.
const ranks = new WeakMap<GraphIndex, Map<string, number>>();

/**
 * The position of a node in the general order across kinds (see `GraphIndex.keys`); nodes the
 * index does not know (the user's own) come last.
 */
export function rankOf(index: GraphIndex, key: string): number {
  return ranksOf(index).get(key) ?? index.keys.length;
}

/** Node key → position in `GraphIndex.keys`, for every record node. */
export function ranksOf(index: GraphIndex): ReadonlyMap<string, number> {
  let rank = ranks.get(index);
  if (rank === undefined) {
    rank = new Map();
    for (let r = 0; r < index.keys.length; r++) rank.set(index.keys[r] as string, r);
    ranks.set(index, rank);
  }
  return rank;
}

// Ranks are positions in the general order: actors, topics, events, statements, accounts, then
// sources (the order of `GraphIndex.keys`). Callers build their own result literal from these two, in one step
// and one shape, rather than spreading an entry object into it.

/** The kind of the record at `rank`; a statement's comes from the index's byte array. */
export function kindAtRank(index: GraphIndex, rank: number): NodeKind {
  let at = rank;
  if (at < index.actors.length) return "actor";
  at -= index.actors.length;
  if (at < index.topics.length) return "topic";
  at -= index.topics.length;
  if (at < index.events.length) return "event";
  at -= index.events.length;
  if (at < index.statements.length) return index.isCommitment[at] === 1 ? "commitment" : "claim";
  at -= index.statements.length;
  if (at < index.accounts.length) return "account";
  return "source";
}

/** The record at `rank` (the same object as in its node). */
export function recordAtRank(index: GraphIndex, rank: number): RecordEntry["record"] {
  let at = rank;
  if (at < index.actors.length) return index.actors[at] as Actor;
  at -= index.actors.length;
  if (at < index.topics.length) return index.topics[at] as Topic;
  at -= index.topics.length;
  if (at < index.events.length) return index.events[at] as Event;
  at -= index.events.length;
  if (at < index.statements.length) return index.statements[at] as Statement;
  at -= index.statements.length;
  if (at < index.accounts.length) return index.accounts[at] as Account;
  const record = index.sources[at - index.accounts.length];
  if (record === undefined) throw new RangeError(`no record at rank ${rank}`);
  return record;
}
