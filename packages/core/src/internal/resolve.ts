import type { LocalizedText } from "@accordkg/data";
import { InvalidArgumentsError, NotFoundError } from "../errors";
import { NODE_KINDS, type NodeKind, type RecordEntry, type Statement } from "../types";
import type { GraphIndex } from "./graphIndex";
import { isRecordNode, kindOfKey } from "./store";
import { type Candidate, nearest } from "./suggest";

type IndexedKind = "actor" | "topic" | "event";

function ordinalsOf(index: GraphIndex, kind: IndexedKind): ReadonlyMap<string, number> {
  return kind === "actor"
    ? index.actorOrdinal
    : kind === "topic"
      ? index.topicOrdinal
      : index.eventOrdinal;
}

function requireString(functionName: string, value: unknown, what: string): string {
  if (typeof value !== "string")
    throw new InvalidArgumentsError(
      functionName,
      `expected ${what} to be a string id such as "joe-biden", got ${describe(value)}.`,
    );
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Which kind of record `id` names in the graph, if any (for the "is a topic, not an actor" hint). */
function kindOfId(index: GraphIndex, hasNode: (key: string) => boolean, id: string) {
  for (const kind of NODE_KINDS) if (hasNode(`${kind}:${id}`)) return kind;
  if (index.sourceOrdinal.has(id)) return "source";
  return undefined;
}

/**
 * The ordinal of the actor, topic or event named by `value`: a dataset id (`joe-biden`) or a
 * node key (`actor:joe-biden`). Anything else is a `NotFoundError` with the nearest ids.
 */
export function ordinalOf(
  index: GraphIndex,
  hasNode: (key: string) => boolean,
  functionName: string,
  kind: IndexedKind,
  value: unknown,
): number {
  const given = requireString(functionName, value, `the ${kind}`);
  const prefixed = kindOfKey(given);
  const id = prefixed === undefined ? given : given.slice(given.indexOf(":") + 1);
  const ordinal =
    prefixed === undefined || prefixed === kind ? ordinalsOf(index, kind).get(id) : undefined;
  if (ordinal !== undefined) return ordinal;
  const actual =
    prefixed !== undefined && prefixed !== kind ? prefixed : kindOfId(index, hasNode, id);
  throw new NotFoundError(
    functionName,
    given,
    kind,
    nearest(id, candidatesOf(index, kind)),
    actual !== undefined && actual !== kind ? actual : undefined,
  );
}

/** The ordinals of a list of actors, checked: a non-empty array of known actors. */
export function actorOrdinals(
  index: GraphIndex,
  hasNode: (key: string) => boolean,
  functionName: string,
  parties: unknown,
): number[] {
  if (!Array.isArray(parties))
    throw new InvalidArgumentsError(
      functionName,
      `expected an array of actor ids such as ["joe-biden", "vladimir-putin"], got ${describe(parties)}.`,
    );
  if (parties.length === 0)
    throw new InvalidArgumentsError(functionName, "expected at least one party, got none.");
  return parties.map((party) => ordinalOf(index, hasNode, functionName, "actor", party));
}

/** The node key and record of any record, named by id or node key. */
export function entryOf(
  index: GraphIndex,
  graph: {
    hasNode(key: string): boolean;
    getNodeAttributes(key: string): unknown;
  },
  functionName: string,
  value: unknown,
  what = "the id",
): { key: string; entry: RecordEntry } {
  const given = requireString(functionName, value, what);
  const keys =
    kindOfKey(given) === undefined ? NODE_KINDS.map((kind) => `${kind}:${given}`) : [given];
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const attributes = graph.getNodeAttributes(key);
    if (isRecordNode(attributes)) return { key, entry: toEntry(attributes) };
  }
  throw new NotFoundError(
    functionName,
    given,
    "record",
    nearest(given, candidatesOf(index, "record")),
  );
}

/**
 * The ordinal of the commitment or claim named by `value` (an id or node key); any other record,
 * or none, is a `NotFoundError` expecting a statement, with the nearest statement ids.
 */
export function statementOrdinalOf(
  index: GraphIndex,
  graph: { hasNode(key: string): boolean; getNodeAttributes(key: string): unknown },
  functionName: string,
  value: unknown,
): number {
  const given = requireString(functionName, value, "the id of a commitment or claim");
  const prefixed = kindOfKey(given);
  const id = prefixed === undefined ? given : given.slice(given.indexOf(":") + 1);
  let actual: NodeKind | undefined;
  for (const kind of prefixed === undefined ? NODE_KINDS : [prefixed]) {
    const key = `${kind}:${id}`;
    if (!graph.hasNode(key) || !isRecordNode(graph.getNodeAttributes(key))) continue;
    if (kind !== "commitment" && kind !== "claim") {
      actual = kind;
      continue;
    }
    const slot = index.statementOrder.slotOf(
      (graph.getNodeAttributes(key) as { record: Statement }).record,
    );
    if (slot !== -1) return slot;
  }
  throw new NotFoundError(
    functionName,
    given,
    "statement",
    nearest(id, statementCandidates(index)),
    actual,
  );
}

function* statementCandidates(index: GraphIndex): Generator<Candidate> {
  for (const statement of index.statements) yield { id: statement.id };
}

function* candidatesOf(index: GraphIndex, kind: IndexedKind | "record"): Generator<Candidate> {
  if (kind === "actor" || kind === "record")
    for (const actor of index.actors)
      yield { id: actor.id, names: [...texts(actor.name), ...(actor.aliases ?? [])] };
  if (kind === "topic" || kind === "record")
    for (const topic of index.topics) yield { id: topic.id, names: texts(topic.label) };
  if (kind === "event" || kind === "record")
    for (const event of index.events) yield { id: event.id, names: texts(event.name) };
  if (kind === "record")
    for (const list of [index.sources, index.statements, index.accounts])
      for (const record of list) yield { id: record.id };
}

const texts = (text: LocalizedText) => (text.ar === undefined ? [text.en] : [text.en, text.ar]);

/** A fresh `{ kind, record }` with nothing else from the node (layout attributes stay behind). */
export function toEntry(attributes: RecordEntry): RecordEntry {
  switch (attributes.kind) {
    case "source":
      return { kind: attributes.kind, record: attributes.record };
    case "actor":
      return { kind: attributes.kind, record: attributes.record };
    case "topic":
      return { kind: attributes.kind, record: attributes.record };
    case "event":
      return { kind: attributes.kind, record: attributes.record };
    case "commitment":
      return { kind: attributes.kind, record: attributes.record };
    case "claim":
      return { kind: attributes.kind, record: attributes.record };
    case "account":
      return { kind: attributes.kind, record: attributes.record };
  }
}
