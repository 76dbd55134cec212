import type { Dataset } from "@accordkg/data";
import { InvalidArgumentsError, InvalidGraphError } from "../errors";
import type { AccordGraph, NodeAttributes, NodeKind, RecordEntry } from "../types";
import { buildIndex, type Collections, type GraphIndex } from "./graphIndex";

// The index of each graph, kept beside the graph rather than in it, so that the graph stays a
// plain graphology graph and the index is collected with it.
interface State {
  index: GraphIndex | undefined;
  /** `graph.order` when the index was last known to match: a cheap check for unseen changes. */
  order: number;
  /**
   * True once edges were added or dropped by anyone but `buildGraph` and `extendGraph`: walks
   * then follow graphology's own adjacency (the edges as they are) instead of the index's.
   */
  edgesEdited: boolean;
  /**
   * True while the edges are those `buildGraph` and `extendGraph` derived from the records; false
   * once the index had to be rebuilt after a user changed a record node (a node added by hand may
   * come without the edges its record implies), so walks then follow graphology's adjacency.
   */
  edgesMatchRecords: boolean;
  /** True while `buildGraph` or `extendGraph` change the graph themselves: their events are ours. */
  muted: boolean;
  /** The number in the key of the next edge `extendGraph` adds (`e<n>`, as `buildGraph` numbers them). */
  nextEdge: number;
  /** The validated dataset `buildGraph` built the graph from (see `datasetOf`). */
  dataset: Dataset | undefined;
  /**
   * Set once a record node is added or dropped or a record replaced after `buildGraph`, by hand
   * or by `extendGraph`: `datasetOf` then reads the records in the nodes. Never reset.
   */
  recordsChanged: boolean;
}

const states = new WeakMap<AccordGraph, State>();

/**
 * Records the index of `graph` and starts watching the graph for changes. `dataset` is given by
 * `buildGraph` (the dataset it built the graph from, so its edges are those its records imply);
 * it is undefined when a query indexes a graph it meets for the first time or again after a
 * change, and a rebuilt index keeps what was recorded.
 */
export function registerIndex(graph: AccordGraph, index: GraphIndex, dataset?: Dataset): void {
  const existing = states.get(graph);
  if (existing !== undefined) {
    existing.index = index;
    existing.order = graph.order;
    if (dataset !== undefined) {
      existing.dataset = dataset;
      existing.recordsChanged = false;
    }
    return;
  }
  const state: State = {
    index,
    order: graph.order,
    edgesEdited: false,
    edgesMatchRecords: dataset !== undefined,
    muted: false,
    nextEdge: graph.size,
    dataset,
    recordsChanged: false,
  };
  states.set(graph, state);
  watch(graph, state);
}

/**
 * The dataset `buildGraph` built `graph` from, and whether its records have changed since (a node
 * added or dropped, a record replaced); undefined for a graph `buildGraph` did not build.
 */
export function builtFrom(
  graph: AccordGraph,
): { readonly dataset: Dataset; readonly recordsChanged: boolean } | undefined {
  const state = states.get(graph);
  if (state?.dataset === undefined) return undefined;
  return { dataset: state.dataset, recordsChanged: state.recordsChanged };
}

const RECORD_ATTRIBUTES = new Set(["kind", "record"]);

/**
 * Drops the index when a change could make it wrong: a record node added or dropped, or a node's
 * `kind` or `record` replaced. Nodes of the user's own (keys outside the record namespaces) do
 * not touch it. Edges do not touch the index (it is built from the records alone, and edges are
 * derived from them), but a walk over the index's links would miss an edge a user added, so edge
 * changes mark the edges edited. Layout attributes (`x`, `y`, …) set through `setNodeAttribute`,
 * `mergeNodeAttributes` or `updateEachNodeAttributes` with hints keep the index. The changes
 * `extendGraph` makes come with the index's own update, so it mutes these while it works.
 */
function watch(graph: AccordGraph, state: State): void {
  const stale = () => {
    if (state.muted) return;
    state.index = undefined;
    state.edgesMatchRecords = false;
    state.recordsChanged = true;
  };
  const nodeChanged = (payload: { key: string }) => {
    if (state.muted) return;
    if (kindOfKey(payload.key) === undefined) state.order = graph.order;
    else stale();
  };
  const edgesChanged = () => {
    if (!state.muted) state.edgesEdited = true;
  };
  graph.on("edgeAdded", edgesChanged);
  graph.on("edgeDropped", edgesChanged);
  graph.on("edgesCleared", edgesChanged);
  graph.on("cleared", edgesChanged);
  graph.on("nodeAdded", nodeChanged);
  graph.on("nodeDropped", nodeChanged);
  graph.on("cleared", stale);
  graph.on("nodeAttributesUpdated", (payload) => {
    if (payload.type === "set" || payload.type === "remove") {
      if (RECORD_ATTRIBUTES.has(String(payload.name))) stale();
    } else if (payload.type === "merge") {
      if ("kind" in payload.data || "record" in payload.data) stale();
    } else stale(); // replace and update: the whole object may have changed
  });
  graph.on("eachNodeAttributesUpdated", (payload) => {
    const names = payload.hints?.attributes;
    if (names === undefined || names.some((name) => RECORD_ATTRIBUTES.has(String(name)))) stale();
  });
}

/**
 * True if the graph's edges may differ from those its records imply: edges were added or dropped
 * other than by `buildGraph` and `extendGraph`, or record nodes were changed by hand.
 */
export function edgesEdited(graph: AccordGraph): boolean {
  const state = states.get(graph);
  return state === undefined || state.edgesEdited || !state.edgesMatchRecords;
}

/**
 * Runs `change` (which adds nodes and edges to `graph` and brings its index up to date itself)
 * with the graph's change events muted, and gives it the next edge number to use; the state
 * keeps the number `change` returns for the next time.
 */
export function changeQuietly(graph: AccordGraph, change: (nextEdge: number) => number): void {
  const state = states.get(graph);
  if (state === undefined) throw new Error("changeQuietly: the graph has no index");
  state.muted = true;
  const order = graph.order;
  try {
    state.nextEdge = change(state.nextEdge);
  } finally {
    state.muted = false;
    if (graph.order !== order) state.recordsChanged = true;
    state.order = graph.order;
  }
}

function isGraph(value: unknown): value is AccordGraph {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AccordGraph).forEachNode === "function" &&
    typeof (value as AccordGraph).on === "function" &&
    typeof (value as AccordGraph).order === "number"
  );
}

/**
 * The index of `graph`: the one `buildGraph` made, or, if the graph did not come from
 * `buildGraph` or has changed since, one rebuilt from the records in its nodes.
 */
export function indexOf(graph: AccordGraph, functionName: string): GraphIndex {
  const state = states.get(graph);
  if (state?.index !== undefined && state.order === graph.order) return state.index;
  if (!isGraph(graph))
    throw new InvalidArgumentsError(
      functionName,
      "expected a graph built by buildGraph (a graphology graph).",
    );
  const index = buildIndex(collectionsOf(graph, functionName));
  registerIndex(graph, index);
  return index;
}

/** Forgets the index of `graph`: the next query builds it again from the records in its nodes. */
export function dropIndex(graph: AccordGraph): void {
  const state = states.get(graph);
  if (state !== undefined) state.index = undefined;
}

const KIND_OF_PREFIX = new Map<string, NodeKind>([
  ["source", "source"],
  ["actor", "actor"],
  ["topic", "topic"],
  ["event", "event"],
  ["commitment", "commitment"],
  ["claim", "claim"],
  ["account", "account"],
]);

/** The kind a node key's prefix names, or undefined for a key outside the record namespaces. */
export function kindOfKey(key: string): NodeKind | undefined {
  const colon = key.indexOf(":");
  return colon === -1 ? undefined : KIND_OF_PREFIX.get(key.slice(0, colon));
}

/** True if `attributes` hold a record (any node `buildGraph` made does). */
export function isRecordNode(attributes: unknown): attributes is NodeAttributes {
  if (typeof attributes !== "object" || attributes === null) return false;
  const { kind, record } = attributes as { kind?: unknown; record?: unknown };
  return (
    typeof kind === "string" &&
    KIND_OF_PREFIX.has(kind) &&
    typeof record === "object" &&
    record !== null &&
    typeof (record as { id?: unknown }).id === "string"
  );
}

// The list fields the index reads, per kind: a light check that a record added by hand has the
// shape of one (records from defineDataset always do), so the rebuild fails with a clear error.
const STATEMENT_LISTS = ["parties", "topics", "statedBy", "evidence"];
const LISTS: Record<NodeKind, readonly string[]> = {
  source: [],
  actor: [],
  topic: [],
  event: ["participants", "topics", "evidence"],
  commitment: STATEMENT_LISTS,
  claim: STATEMENT_LISTS,
  account: ["statedBy", "evidence"],
};

function hasLists(record: object, names: readonly string[]): boolean {
  return names.every((name) => Array.isArray((record as Record<string, unknown>)[name]));
}

/** The records of each kind of node, as `recordsOf` returns them. */
export type RecordsByKind = {
  readonly [K in NodeKind]: Extract<RecordEntry, { kind: K }>["record"][];
};

/**
 * The records in `graph`'s record nodes, by kind, in the graph's node order. Nodes outside the
 * record namespaces are the user's and skipped; a node in one that holds no record of its kind is an
 * `InvalidGraphError` naming `functionName`.
 */
export function recordsOf(graph: AccordGraph, functionName: string): RecordsByKind {
  const records: { [K in NodeKind]: Extract<RecordEntry, { kind: K }>["record"][] } = {
    source: [],
    actor: [],
    topic: [],
    event: [],
    commitment: [],
    claim: [],
    account: [],
  };
  graph.forEachNode((key, attributes) => {
    const kind = kindOfKey(key);
    if (kind === undefined) return; // the user's own nodes: not ours to read
    if (
      !isRecordNode(attributes) ||
      attributes.kind !== kind ||
      `${kind}:${attributes.record.id}` !== key ||
      !hasLists(attributes.record, LISTS[kind])
    )
      throw new InvalidGraphError(
        functionName,
        `node "${key}" does not hold a ${kind} record ({ kind: "${kind}", record }), so the graph cannot be queried. Build graphs with buildGraph, and keep the kind and record of their nodes.`,
      );
    switch (attributes.kind) {
      case "source":
        records.source.push(attributes.record);
        break;
      case "actor":
        records.actor.push(attributes.record);
        break;
      case "topic":
        records.topic.push(attributes.record);
        break;
      case "event":
        records.event.push(attributes.record);
        break;
      case "commitment":
        records.commitment.push(attributes.record);
        break;
      case "claim":
        records.claim.push(attributes.record);
        break;
      case "account":
        records.account.push(attributes.record);
        break;
    }
  });
  return records;
}

function collectionsOf(graph: AccordGraph, functionName: string): Collections {
  const records = recordsOf(graph, functionName);
  return {
    sources: records.source,
    actors: records.actor,
    topics: records.topic,
    events: records.event,
    // The index orders statements by their first span, so commitments may go first.
    statements: [...records.commitment, ...records.claim],
    accounts: records.account,
  };
}
