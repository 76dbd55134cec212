import type { AccordGraph, NodeKind, RecordEntry } from "@accordkg/core";
import type { Collection, Dataset, DatasetInput } from "@accordkg/data";

/**
 * What the page embeds (as JSON) and its script reads: the records, the precomputed layout and
 * the settings. The script rebuilds the graph from `dataset` with `buildGraph`, so the page asks
 * the same queries (`search`, `agreedByAll`) of the same graph as Node would.
 */
export type ExplorerPayload = {
  /** Bumped when the shape changes, so a script never misreads a page of another version. */
  readonly format: 1;
  readonly title: string;
  readonly dataset: DatasetInput;
  /**
   * Node positions, in the order of {@link payloadKeys}: `x[i], y[i]` is where the i-th record's
   * node is drawn.
   */
  readonly layout: { readonly x: readonly number[]; readonly y: readonly number[] };
  /** The actors whose shared agreements the "agreed by all" toggle highlights (may be empty). */
  readonly parties: readonly string[];
  readonly labelLanguage: "en" | "ar";
};

/** The dataset collection each kind of node comes from. */
export const COLLECTION_OF: Readonly<Record<NodeKind, Collection>> = Object.freeze({
  source: "sources",
  actor: "actors",
  topic: "topics",
  event: "events",
  commitment: "commitments",
  claim: "claims",
  account: "accounts",
});

type Records = { -readonly [C in Collection]: Dataset[C][number][] };

/**
 * The records of a graph, as the dataset `buildGraph` would rebuild it from: every node whose
 * attributes hold a record of a known kind, in the graph's order. Nodes a caller added with keys
 * of their own are left out.
 */
export function datasetOf(graph: AccordGraph, id: string, title: string): DatasetInput {
  const records = Object.fromEntries(
    Object.values(COLLECTION_OF).map((collection) => [collection, []]),
  ) as unknown as Records;
  graph.forEachNode((key, attributes) => {
    const { kind, record } = attributes as RecordEntry;
    if (!(kind in COLLECTION_OF) || key !== `${kind}:${record.id}`) return;
    (records[COLLECTION_OF[kind]] as RecordEntry["record"][]).push(record);
  });
  return { id, title, ...records };
}

/** The node keys of a dataset's records, in the order the payload's layout arrays follow. */
export function payloadKeys(dataset: DatasetInput): string[] {
  const keys: string[] = [];
  for (const [kind, collection] of Object.entries(COLLECTION_OF) as [NodeKind, Collection][])
    for (const record of dataset[collection] ?? []) keys.push(`${kind}:${record.id}`);
  return keys;
}
