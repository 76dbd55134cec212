import {
  type Account,
  type Actor,
  type Dataset,
  DatasetError,
  type DatasetIssue,
  type Event,
  type FoundRecord,
  InvalidArgumentsError,
  type RecordKind,
  type RecordLookup,
  type Source,
  safeDefineDataset,
  type Topic,
} from "@accordkg/data";
import { RELATION_ATTRIBUTES } from "./buildGraph";
import { extendAccountCaches } from "./internal/accounts";
import { evidenceAdder, linkActorsTopicsEvents } from "./internal/edges";
import { type Additions, extendIndex } from "./internal/extendIndex";
import type { GraphIndex } from "./internal/graphIndex";
import { isCommitment } from "./internal/kinds";
import { OrderExhausted } from "./internal/order";
import { row } from "./internal/rows";
import { changeQuietly, dropIndex, indexOf, isRecordNode } from "./internal/store";
import type { AccordGraph, Relation, Statement } from "./types";

/** The records of the graph, as `defineDataset`'s `extends` reads them: no copy, no rebuild. */
function graphLookup(graph: AccordGraph, index: GraphIndex): RecordLookup {
  const node = (key: string): FoundRecord["record"] | undefined => {
    if (!graph.hasNode(key)) return undefined;
    const attributes = graph.getNodeAttributes(key);
    return isRecordNode(attributes) ? attributes.record : undefined;
  };
  const statementOf = (id: string): Statement | undefined =>
    (node(`commitment:${id}`) ?? node(`claim:${id}`)) as Statement | undefined;
  const lists: Record<RecordKind, () => readonly { id: string }[]> = {
    source: () => index.sources,
    actor: () => index.actors,
    topic: () => index.topics,
    event: () => index.events,
    commitment: () => index.statements.filter(isCommitment),
    claim: () => index.statements.filter((s) => !isCommitment(s)),
    account: () => index.accounts,
  };
  return {
    label: "the graph",
    find(id) {
      // The index's maps first; commitments, claims and accounts by their node.
      const actor = index.actorOrdinal.get(id);
      if (actor !== undefined) return { kind: "actor", record: index.actors[actor] as Actor };
      const topic = index.topicOrdinal.get(id);
      if (topic !== undefined) return { kind: "topic", record: index.topics[topic] as Topic };
      const event = index.eventOrdinal.get(id);
      if (event !== undefined) return { kind: "event", record: index.events[event] as Event };
      const source = index.sourceOrdinal.get(id);
      if (source !== undefined) return { kind: "source", record: index.sources[source] as Source };
      for (const kind of ["commitment", "claim", "account"] as const) {
        const record = node(`${kind}:${id}`);
        if (record !== undefined) return { kind, record } as FoundRecord;
      }
      return undefined;
    },
    countOf(kind) {
      if (kind === "commitment" || kind === "claim") {
        let commitments = 0;
        for (let s = 0; s < index.statements.length; s++)
          commitments += index.isCommitment[s] as number;
        return kind === "commitment" ? commitments : index.statements.length - commitments;
      }
      return lists[kind]().length;
    },
    idsOf: (kind) => lists[kind]().map((record) => record.id),
    accountsOf(id) {
      const statement = statementOf(id);
      const s = statement === undefined ? -1 : index.statementOrder.slotOf(statement);
      if (s === -1) return [];
      return Array.from(row(index.accountsOf, s), (a) => index.accounts[a] as Account);
    },
  };
}

/** The records of `datasets` that the graph does not hold yet, each once, in dataset order. */
function additionsOf(graph: AccordGraph, datasets: readonly Dataset[]): Additions {
  const seen = new Set<string>();
  const fresh = <T extends { id: string }>(records: readonly T[], kindOf: (record: T) => string) =>
    records.filter((record) => {
      const key = `${kindOf(record)}:${record.id}`;
      if (seen.has(key) || graph.hasNode(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    sources: fresh(
      datasets.flatMap((d) => d.sources),
      () => "source",
    ),
    actors: fresh(
      datasets.flatMap((d) => d.actors),
      () => "actor",
    ),
    topics: fresh(
      datasets.flatMap((d) => d.topics),
      () => "topic",
    ),
    events: fresh(
      datasets.flatMap((d) => d.events),
      () => "event",
    ),
    statements: fresh<Statement>(
      datasets.flatMap((d): Statement[] => [...d.commitments, ...d.claims]),
      (s) => (isCommitment(s) ? "commitment" : "claim"),
    ),
    accounts: fresh(
      datasets.flatMap((d) => d.accounts),
      () => "account",
    ),
  };
}

/**
 * Adds the nodes and edges of `added` to `graph`: the same nodes and edges `buildGraph` would
 * make for these records, in the same shapes, edge keys numbered on from `nextEdge`. Returns the
 * next free number. Every edge has a new record at one end at least.
 */
function addNodesAndEdges(graph: AccordGraph, added: Additions, nextEdge: number, keys: string[]) {
  let edges = nextEdge;
  const key = () => {
    while (graph.hasEdge(`e${edges}`)) edges++;
    return `e${edges++}`;
  };
  const link = (source: string, target: string, relation: Exclude<Relation, "evidence">) => {
    graph.addDirectedEdgeWithKey(key(), source, target, RELATION_ATTRIBUTES[relation]);
  };
  const evidence = evidenceAdder(graph, key);
  const statementKey = (id: string) =>
    graph.hasNode(`commitment:${id}`) ? `commitment:${id}` : `claim:${id}`;

  const addNode = (nodeKey: string, attributes: Parameters<AccordGraph["addNode"]>[1]) => {
    graph.addNode(nodeKey, attributes);
    keys.push(nodeKey);
  };
  for (const record of added.actors) addNode(`actor:${record.id}`, { kind: "actor", record });
  for (const record of added.topics) addNode(`topic:${record.id}`, { kind: "topic", record });
  for (const record of added.events) addNode(`event:${record.id}`, { kind: "event", record });
  for (const record of added.statements)
    addNode(
      `${isCommitment(record) ? "commitment" : "claim"}:${record.id}`,
      isCommitment(record) ? { kind: "commitment", record } : { kind: "claim", record },
    );
  for (const record of added.accounts) addNode(`account:${record.id}`, { kind: "account", record });
  for (const record of added.sources) addNode(`source:${record.id}`, { kind: "source", record });

  linkActorsTopicsEvents(added, link, evidence);
  for (const statement of added.statements) {
    const at = `${isCommitment(statement) ? "commitment" : "claim"}:${statement.id}`;
    for (const actor of statement.parties) link(`actor:${actor}`, at, "party-to");
    for (const actor of statement.statedBy) link(at, `actor:${actor}`, "stated-by");
    for (const topic of statement.topics) link(at, `topic:${topic}`, "about");
    for (const actor of statement.recipients ?? []) link(at, `actor:${actor}`, "recipient");
    if (statement.event !== undefined) link(at, `event:${statement.event}`, "occurred-at");
    if (statement.statedAt !== undefined) link(at, `event:${statement.statedAt}`, "stated-at");
    evidence(at, statement.evidence);
  }
  for (const account of added.accounts) {
    const at = `account:${account.id}`;
    link(at, statementKey(account.of), "account-of");
    for (const actor of account.statedBy) link(at, `actor:${actor}`, "stated-by");
    if (account.statedAt !== undefined) link(at, `event:${account.statedAt}`, "stated-at");
    evidence(at, account.evidence);
  }
  for (const source of added.sources) {
    const at = `source:${source.id}`;
    for (const actor of source.issuedBy ?? []) link(at, `actor:${actor}`, "issued-by");
    if (source.translationOf !== undefined)
      link(at, `source:${source.translationOf}`, "translation-of");
  }
  return edges;
}

/**
 * Adds documents to a graph built by {@link buildGraph}, in place, without building it again.
 * Each dataset is checked against itself, the graph's records and the datasets before it in the
 * call: its references may point at anything already in the graph (a new document names
 * Geneva's actors, topics, events and sources, and gives new accounts of its agreements, without
 * copying them); a record identical to one already there is kept once; a different record under
 * an id the graph already uses is a `merge_conflict` that names both and the fields that differ.
 * Then its nodes and edges are added, and the indexes the queries use are brought up to date.
 *
 * The cost follows the new records and the rows they touch (their parties' and topics' numbers of
 * statements), not the size of the graph: at a million commitments, adding a document of a
 * hundred takes milliseconds where building the graph again takes minutes (docs/performance.md,
 * "Extending a graph"). Every query then answers exactly as on a graph built from scratch from the
 * same datasets (`buildGraph(base, ...datasets)`), in the same order.
 *
 * Atomic: if any dataset has a problem, the `DatasetError` lists every problem of every dataset
 * given, and the graph, its indexes and every answer stay exactly as they were.
 *
 * @param graph - A graph from {@link buildGraph} (or extended before).
 * @param datasets - The documents to add, in order; defined with `defineDataset` or not (they are
 *   checked either way, against the graph).
 * @returns The graph itself, extended.
 * @throws {@link @accordkg/data!DatasetError} listing every problem; nothing is added then.
 * @throws {@link InvalidArgumentsError} if no dataset is given.
 * @throws {@link InvalidGraphError} if `graph` holds nodes that are not records of their kind.
 * @example
 *   const graph = buildGraph(geneva2021);
 *   extendGraph(graph, myNotes); // refers to joe-biden, russia, arctic… without copying them
 *   agreedByAll(graph, ["united-states", "russia"]); // Geneva's agreements and the notes'
 */
export function extendGraph(graph: AccordGraph, ...datasets: Dataset[]): AccordGraph {
  if (datasets.length === 0)
    throw new InvalidArgumentsError("extendGraph", "expected at least one dataset, got none.");
  const index = indexOf(graph, "extendGraph");
  const lookup = graphLookup(graph, index);
  const valid: Dataset[] = [];
  const issues: DatasetIssue[] = [];
  const labels: string[] = [];
  datasets.forEach((dataset, i) => {
    const result = safeDefineDataset(dataset, { extends: [lookup, ...valid] });
    const id = (dataset as { id?: unknown } | null)?.id;
    labels.push(typeof id === "string" && id.length <= 128 ? `"${id}"` : `#${i + 1}`);
    if (result.success) valid.push(result.data);
    else
      for (const issue of result.error.issues)
        issues.push(datasets.length === 1 ? issue : { ...issue, dataset: labels[i] as string });
  });
  if (issues.length > 0)
    throw new DatasetError(
      issues,
      datasets.length === 1
        ? `Extending the graph with dataset ${labels[0]}`
        : `Extending the graph with datasets ${labels.join(", ")}`,
      "extendGraph",
    );

  const added = additionsOf(graph, valid);
  if (Object.values(added).every((records) => records.length === 0)) return graph;
  const keys: string[] = [];
  try {
    changeQuietly(graph, (nextEdge) => addNodesAndEdges(graph, added, nextEdge, keys));
  } catch (error) {
    // Nothing here should fail once the datasets are valid; if it does, undo what was added.
    changeQuietly(graph, (nextEdge) => {
      for (const key of keys) if (graph.hasNode(key)) graph.dropNode(key);
      return nextEdge;
    });
    throw error;
  }
  try {
    const first = extendIndex(index, added, (id) => {
      const statement = lookup.find(id)?.record as Statement | undefined;
      return statement === undefined ? -1 : index.statementOrder.slotOf(statement);
    });
    extendAccountCaches(index, first);
  } catch (error) {
    // The graph holds the new records; its index is built again from them on the next query.
    dropIndex(graph);
    if (!(error instanceof OrderExhausted)) {
      changeQuietly(graph, (nextEdge) => {
        for (const key of keys) if (graph.hasNode(key)) graph.dropNode(key);
        return nextEdge;
      });
      throw error;
    }
  }
  return graph;
}
