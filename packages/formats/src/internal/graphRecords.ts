import {
  type AccordGraph,
  type EdgeAttributes,
  InvalidArgumentsError,
  InvalidGraphError,
  NODE_KINDS,
  type NodeAttributes,
  type NodeKind,
  RELATIONS,
} from "@accordkg/core";
import type { Account, Actor, Claim, Commitment, Event, Source, Topic } from "@accordkg/data";

const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);
const RELATION_NAMES: ReadonlySet<string> = new Set(RELATIONS);

/** Throws unless `graph` looks like a graphology graph (a caller passing a dataset, say). */
export function assertGraph(graph: unknown, functionName: string): asserts graph is AccordGraph {
  const candidate = graph as Partial<AccordGraph> | null;
  if (
    candidate === null ||
    typeof candidate !== "object" ||
    typeof candidate.forEachNode !== "function" ||
    typeof candidate.forEachEdge !== "function"
  )
    throw new InvalidArgumentsError(
      functionName,
      "expected a graph from buildGraph (a graphology graph), got something else. Build one with buildGraph(dataset) first.",
    );
}

/**
 * The record kind a node key's namespace names (`actor` for `actor:joe-biden`), or undefined for
 * keys outside the record namespaces, which are the caller's own nodes.
 */
function namespaceOf(key: string): NodeKind | undefined {
  const colon = key.indexOf(":");
  if (colon < 0) return undefined;
  const prefix = key.slice(0, colon);
  return KINDS.has(prefix) ? (prefix as NodeKind) : undefined;
}

/**
 * True when `key` is a record node the exports carry. Nodes outside the record namespaces are
 * the caller's own and are left out; a node in a record namespace that holds no record of that
 * kind makes the graph unreadable, as it does for the queries.
 */
export function isRecordNode(
  key: string,
  attributes: NodeAttributes,
  functionName: string,
): boolean {
  const kind = namespaceOf(key);
  if (kind === undefined) return false;
  const record = (attributes as { record?: { id?: unknown } }).record;
  if (attributes.kind !== kind || typeof record?.id !== "string" || `${kind}:${record.id}` !== key)
    throw new InvalidGraphError(
      functionName,
      `node "${key}" does not hold the ${kind} record its key names (kind "${String(attributes.kind)}"). Rebuild the graph with buildGraph, or keep your own nodes outside the record namespaces (e.g. "note:1").`,
    );
  return true;
}

/** True when an edge is one of the graph's relations between two record nodes. */
export function isRelationEdge(
  attributes: EdgeAttributes,
  source: string,
  target: string,
): boolean {
  return (
    RELATION_NAMES.has(attributes.relation) &&
    namespaceOf(source) !== undefined &&
    namespaceOf(target) !== undefined
  );
}

/** The record type each node kind holds. */
interface RecordOf {
  source: Source;
  actor: Actor;
  topic: Topic;
  event: Event;
  commitment: Commitment;
  claim: Claim;
  account: Account;
}

/** The record of kind `kind` with id `id`, or undefined when the graph has no such node. */
export function recordIn<K extends NodeKind>(
  graph: AccordGraph,
  kind: K,
  id: string,
): RecordOf[K] | undefined {
  const key = `${kind}:${id}`;
  if (!graph.hasNode(key)) return undefined;
  const attributes = graph.getNodeAttributes(key);
  // The kind is checked, so the record is of that kind (the union cannot be narrowed by a generic).
  return attributes.kind === kind ? (attributes.record as RecordOf[K]) : undefined;
}
