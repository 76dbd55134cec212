import { Dataset, defineDataset, isDefinedDataset, mergeDatasets } from "@accordkg/data";
import { MultiDirectedGraph } from "graphology";
import { InvalidArgumentsError } from "./errors";
import { evidenceAdder, linkActorsTopicsEvents } from "./internal/edges";
import { buildIndexWithKeys, LinkField, linkField, linkTarget } from "./internal/graphIndex";
import { isCommitment } from "./internal/kinds";
import { registerIndex } from "./internal/store";
import type { AccordGraph, Relation, RelationEdgeAttributes, Statement } from "./types";

// Edges that carry nothing but their relation share one frozen attribute object per relation:
// at a million commitments that is millions of objects not allocated.
const shared = (relation: Exclude<Relation, "evidence">): RelationEdgeAttributes =>
  Object.freeze({ relation });
export const RELATION_ATTRIBUTES: Readonly<
  Record<Exclude<Relation, "evidence">, RelationEdgeAttributes>
> = Object.freeze({
  "party-to": shared("party-to"),
  "stated-by": shared("stated-by"),
  about: shared("about"),
  recipient: shared("recipient"),
  represents: shared("represents"),
  participant: shared("participant"),
  discussed: shared("discussed"),
  "subtopic-of": shared("subtopic-of"),
  "occurred-at": shared("occurred-at"),
  "stated-at": shared("stated-at"),
  follows: shared("follows"),
  "account-of": shared("account-of"),
  "issued-by": shared("issued-by"),
  "translation-of": shared("translation-of"),
});

// The relation of each kind of statement link: `Party` links point at the statement, the rest away
// (`Source` links stand for evidence edges, added from the spans with their attributes).
export const LINK_RELATIONS: Readonly<
  Record<Exclude<LinkField, typeof LinkField.Source>, Exclude<Relation, "evidence">>
> = Object.freeze({
  [LinkField.Party]: "party-to",
  [LinkField.StatedBy]: "stated-by",
  [LinkField.Topic]: "about",
  [LinkField.Recipient]: "recipient",
  [LinkField.Event]: "occurred-at",
  [LinkField.StatedAt]: "stated-at",
});

/** True if the statement `id` is a commitment's node (else it is a claim's). */
const isCommitmentKey = (graph: AccordGraph, id: string) => graph.hasNode(`commitment:${id}`);

/**
 * One valid, frozen dataset from the arguments. A single dataset is validated whole. Several are
 * checked for shape one by one, then merged: the rules that span records (references, above all)
 * are checked on the merged dataset, so one dataset may refer to another's actors and topics.
 */
function validated(datasets: readonly Dataset[]): Dataset {
  if (datasets.length === 1) {
    const [only] = datasets as [Dataset];
    return isDefinedDataset(only) ? only : defineDataset(only);
  }
  const shaped = datasets.map((dataset) => {
    if (isDefinedDataset(dataset)) return dataset;
    const parsed = Dataset.safeParse(dataset);
    // A broken shape: defineDataset throws the DatasetError that lists every problem.
    return parsed.success ? parsed.data : defineDataset(dataset);
  });
  const merged = mergeDatasets(...shaped);
  return isDefinedDataset(merged) ? merged : defineDataset(merged);
}

/**
 * Builds the knowledge graph of one or more datasets: a plain graphology `MultiDirectedGraph`
 * whose nodes hold the frozen records (keys `actor:joe-biden`, `commitment:minsk-diplomacy`, …)
 * and whose edges stand for the relations between them (`party-to`, `about`, `evidence`, …).
 * Several datasets are merged with `mergeDatasets` first. A dataset that did not come from
 * `defineDataset` is validated first, so a graph is never built from bad data.
 *
 * This is the only function that writes to a graph. It also builds the indexes the queries use;
 * they are kept beside the graph, not in it, and rebuilt if the graph is changed afterwards.
 *
 * @example
 *   const graph = buildGraph(geneva2021);
 *   graph.order; // => 59 (one node per record)
 * @throws {@link @accordkg/data!DatasetError} if a dataset is invalid or two datasets conflict.
 * @throws {@link InvalidArgumentsError} if no dataset is given.
 */
export function buildGraph(...datasets: Dataset[]): AccordGraph {
  if (datasets.length === 0)
    throw new InvalidArgumentsError("buildGraph", "expected at least one dataset, got none.");
  const dataset = validated(datasets);

  const { index, keys } = buildIndexWithKeys({
    sources: dataset.sources,
    actors: dataset.actors,
    topics: dataset.topics,
    events: dataset.events,
    statements: [...dataset.commitments, ...dataset.claims],
    accounts: dataset.accounts,
  });

  const graph: AccordGraph = new MultiDirectedGraph();
  // Edge keys are numbered in insertion order, so the same datasets give the same graph.
  let edges = 0;
  const link = (source: string, target: string, relation: Exclude<Relation, "evidence">) => {
    graph.addDirectedEdgeWithKey(`e${edges++}`, source, target, RELATION_ATTRIBUTES[relation]);
  };
  const evidence = evidenceAdder(graph, () => `e${edges++}`);

  // Nodes in the general order, with the index's key strings (shared, not copied).
  const { actors, topics, events, statements, accounts, sources, links } = index;
  let r = 0;
  for (const record of actors) graph.addNode(keys[r++] as string, { kind: "actor", record });
  for (const record of topics) graph.addNode(keys[r++] as string, { kind: "topic", record });
  for (const record of events) graph.addNode(keys[r++] as string, { kind: "event", record });
  const firstStatement = r;
  for (const record of statements)
    graph.addNode(
      keys[r++] as string,
      isCommitment(record) ? { kind: "commitment", record } : { kind: "claim", record },
    );
  for (const record of accounts) graph.addNode(keys[r++] as string, { kind: "account", record });
  for (const record of sources) graph.addNode(keys[r++] as string, { kind: "source", record });

  linkActorsTopicsEvents(index, link, evidence);
  // A statement's links come from the index, which resolved them while reading the records: this
  // loop reads a record only for its evidence spans. A link holds a slot in its kind; keys are in
  // the order actors, topics, events, …, so an actor's key is at its slot, a topic's after the
  // actors, an event's after the topics.
  const firstTopic = actors.length;
  const firstEvent = firstTopic + topics.length;
  statements.forEach((statement: Statement, s) => {
    const key = keys[firstStatement + s] as string;
    const end = links.offsets[s + 1] as number;
    for (let i = links.offsets[s] as number; i < end; i++) {
      const value = links.links[i] as number;
      const field = linkField(value);
      if (field === LinkField.Source) continue;
      const slot = linkTarget(value);
      const other = keys[
        field === LinkField.Topic
          ? firstTopic + slot
          : field === LinkField.Event || field === LinkField.StatedAt
            ? firstEvent + slot
            : slot
      ] as string;
      if (field === LinkField.Party) link(other, key, "party-to");
      else link(key, other, LINK_RELATIONS[field]);
    }
    evidence(key, statement.evidence);
  });

  for (const account of accounts) {
    const key = `account:${account.id}`;
    link(
      key,
      `${isCommitmentKey(graph, account.of) ? "commitment" : "claim"}:${account.of}`,
      "account-of",
    );
    for (const actor of account.statedBy) link(key, `actor:${actor}`, "stated-by");
    if (account.statedAt !== undefined) link(key, `event:${account.statedAt}`, "stated-at");
    evidence(key, account.evidence);
  }
  for (const source of sources) {
    const key = `source:${source.id}`;
    for (const actor of source.issuedBy ?? []) link(key, `actor:${actor}`, "issued-by");
    if (source.translationOf !== undefined)
      link(key, `source:${source.translationOf}`, "translation-of");
  }

  registerIndex(graph, index, dataset);
  return graph;
}
