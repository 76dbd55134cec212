import type { NodeKind, RecordEntry, Statement } from "../types";
import type { GraphIndex } from "./graphIndex";
import { isRecordNode, kindOfKey } from "./store";

// A record node as the walks and the search index name it: its kind's group (the general order
// across kinds: actors, topics, events, commitments and claims together, accounts, sources) in
// the high bits, its slot in the low 27. Sorting node numbers sorts them by group, then by slot.
export const ACTOR = 0;
export const TOPIC = 1;
export const EVENT = 2;
export const STATEMENT = 3;
export const ACCOUNT = 4;
export const SOURCE = 5;
export const GROUPS = 6;
const SHIFT = 27;
const MASK = (1 << SHIFT) - 1;

export const nodeOf = (group: number, slot: number): number => (group << SHIFT) | slot;
export const groupOf = (node: number): number => node >>> SHIFT;
export const slotOf = (node: number): number => node & MASK;

const GROUP_OF_KIND: Readonly<Record<NodeKind, number>> = {
  actor: ACTOR,
  topic: TOPIC,
  event: EVENT,
  commitment: STATEMENT,
  claim: STATEMENT,
  account: ACCOUNT,
  source: SOURCE,
};

/** The number of slots of each group (the size of a mark array per group). */
export function groupSizes(index: GraphIndex): number[] {
  return [
    index.actors.length,
    index.topics.length,
    index.events.length,
    index.statements.length,
    index.accounts.length,
    index.sources.length,
  ];
}

/** The kind of the record at `node`; a statement's comes from the index's byte array. */
export function kindOfNode(index: GraphIndex, node: number): NodeKind {
  switch (groupOf(node)) {
    case ACTOR:
      return "actor";
    case TOPIC:
      return "topic";
    case EVENT:
      return "event";
    case STATEMENT:
      return index.isCommitment[slotOf(node)] === 1 ? "commitment" : "claim";
    case ACCOUNT:
      return "account";
    default:
      return "source";
  }
}

/** The record at `node` (the same object as in its graph node). */
export function recordOfNode(index: GraphIndex, node: number): RecordEntry["record"] {
  const slot = slotOf(node);
  const record = (() => {
    switch (groupOf(node)) {
      case ACTOR:
        return index.actors[slot];
      case TOPIC:
        return index.topics[slot];
      case EVENT:
        return index.events[slot];
      case STATEMENT:
        return index.statements[slot];
      case ACCOUNT:
        return index.accounts[slot];
      default:
        return index.sources[slot];
    }
  })();
  if (record === undefined) throw new RangeError(`no record at node ${node}`);
  return record;
}

/**
 * The node of the record whose graph key is `key`, or -1 for a node that holds no record the
 * index knows. Actors, topics, events and sources are found by id; commitments, claims and
 * accounts by their place in the order (see `SpanOrder.slotOf`).
 */
export function nodeOfKey(
  index: GraphIndex,
  graph: { hasNode(key: string): boolean; getNodeAttributes(key: string): unknown },
  key: string,
): number {
  const kind = kindOfKey(key);
  if (kind === undefined || !graph.hasNode(key)) return -1;
  const id = key.slice(kind.length + 1);
  const group = GROUP_OF_KIND[kind];
  let slot: number | undefined;
  if (group === ACTOR) slot = index.actorOrdinal.get(id);
  else if (group === TOPIC) slot = index.topicOrdinal.get(id);
  else if (group === EVENT) slot = index.eventOrdinal.get(id);
  else if (group === SOURCE) slot = index.sourceOrdinal.get(id);
  else {
    const attributes = graph.getNodeAttributes(key);
    if (!isRecordNode(attributes)) return -1;
    slot =
      group === STATEMENT
        ? index.statementOrder.slotOf(attributes.record as Statement)
        : index.accountOrder.slotOf(attributes.record as never);
  }
  return slot === undefined || slot === -1 ? -1 : nodeOf(group, slot);
}

/** Two nodes in the general order: by group, then by the group's own order. */
export function compareNodes(index: GraphIndex, a: number, b: number): number {
  const group = groupOf(a);
  if (group !== groupOf(b)) return group - groupOf(b);
  const [x, y] = [slotOf(a), slotOf(b)];
  switch (group) {
    case ACTOR:
      return (index.actorOrder.rank[x] as number) - (index.actorOrder.rank[y] as number);
    case TOPIC:
      return (index.topicOrder.rank[x] as number) - (index.topicOrder.rank[y] as number);
    case EVENT:
      return index.eventOrder.valueOf(x) - index.eventOrder.valueOf(y);
    case STATEMENT:
      return index.statementOrder.valueOf(x) - index.statementOrder.valueOf(y);
    case ACCOUNT:
      return index.accountOrder.valueOf(x) - index.accountOrder.valueOf(y);
    default:
      return x - y;
  }
}

/**
 * `nodes` in the general order, as a fresh array. They are sorted as numbers (group, then slot),
 * which is the general order but for actors and topics (ordered by mention, not slot) and for
 * misplaced records; those groups are then put in order on their own.
 */
export function inGeneralOrder(index: GraphIndex, nodes: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(nodes).sort();
  let from = 0;
  while (from < sorted.length) {
    const group = groupOf(sorted[from] as number);
    let to = from + 1;
    while (to < sorted.length && groupOf(sorted[to] as number) === group) to++;
    if (to - from > 1) arrangeGroup(index, sorted, from, to, group);
    from = to;
  }
  return sorted;
}

function arrangeGroup(
  index: GraphIndex,
  nodes: Int32Array,
  from: number,
  to: number,
  group: number,
) {
  if (group === ACTOR || group === TOPIC) {
    const rank = group === ACTOR ? index.actorOrder.rank : index.topicOrder.rank;
    const part = Array.from(nodes.subarray(from, to)).sort(
      (a, b) => (rank[slotOf(a)] as number) - (rank[slotOf(b)] as number),
    );
    nodes.set(part, from);
    return;
  }
  const order =
    group === EVENT
      ? index.eventOrder
      : group === STATEMENT
        ? index.statementOrder
        : group === ACCOUNT
          ? index.accountOrder
          : undefined;
  if (order === undefined || order.misplaced === 0) return;
  const slots = Int32Array.from(nodes.subarray(from, to), slotOf);
  const arranged = order.arrange(slots);
  for (let i = 0; i < arranged.length; i++) nodes[from + i] = nodeOf(group, arranged[i] as number);
}

/** One `{ kind, record, … }` literal of one shape per call site: see `entryOfNode` callers. */
export function groupOfKind(kind: NodeKind): number {
  return GROUP_OF_KIND[kind];
}
