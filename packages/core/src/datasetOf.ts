import { COLLECTIONS, type Collection, type Dataset, defineDataset } from "@accordkg/data";
import { InvalidGraphError } from "./errors";
import { builtFrom, type RecordsByKind, recordsOf } from "./internal/store";
import type { AccordGraph, NodeKind } from "./types";

// The collection each kind of record node comes from. `satisfies` makes a new node kind a type
// error here until it is given its collection.
const KIND_OF_COLLECTION = {
  sources: "source",
  actors: "actor",
  topics: "topic",
  events: "event",
  commitments: "commitment",
  claims: "claim",
  accounts: "account",
} as const satisfies Record<Collection, NodeKind>;

/**
 * The dataset `graph` holds: what an export of the graph (to RDF, to a file) should write. For a
 * graph from {@link buildGraph} that has not been changed since, it is the validated dataset the
 * graph was built from (the merged one, for several), the very same object. Once record nodes
 * have been added, dropped or replaced, it is a new dataset made of the records in the graph's
 * nodes, each collection in the order of the original dataset with added records after it, under
 * the original dataset's id and title, validated with `defineDataset`.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @returns A valid, deeply frozen dataset.
 * @throws {@link InvalidGraphError} for a graph `buildGraph` did not build (a `graph.copy()`, a
 *   graph made by hand): it does not say which dataset it holds.
 * @throws {@link @accordkg/data!DatasetError} if changes to the graph left it invalid (a dropped
 *   actor that a commitment names, say).
 * @example
 *   datasetOf(buildGraph(geneva2021)) === geneva2021; // => true
 */
export function datasetOf(graph: AccordGraph): Dataset {
  const built = builtFrom(graph);
  if (built === undefined)
    throw new InvalidGraphError(
      "datasetOf",
      "the graph was not built by buildGraph, so it does not say which dataset it holds. Build it with buildGraph (a graph.copy() is not enough).",
    );
  const { dataset, recordsChanged } = built;
  if (!recordsChanged) return dataset;
  const records: RecordsByKind = recordsOf(graph, "datasetOf");
  const collections: Partial<Record<Collection, readonly { id: string }[]>> = {};
  for (const collection of COLLECTIONS)
    collections[collection] = inDatasetOrder<{ id: string }>(
      records[KIND_OF_COLLECTION[collection]],
      dataset[collection],
    );
  const { sources, actors, topics, events, commitments, claims, accounts, ...header } = dataset;
  return defineDataset({ ...header, ...collections });
}

/** `current` reordered: ids in `original`'s order first, then the rest in the order given. */
function inDatasetOrder<T extends { id: string }>(
  current: readonly T[],
  original: readonly { id: string }[],
): T[] {
  const position = new Map<string, number>(original.map((record, i) => [record.id, i]));
  const known: T[] = [];
  const added: T[] = [];
  for (const record of current) (position.has(record.id) ? known : added).push(record);
  known.sort((a, b) => (position.get(a.id) as number) - (position.get(b.id) as number));
  return [...known, ...added];
}
