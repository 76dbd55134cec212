import { InvalidArgumentsError } from "./accordError";
import { COLLECTIONS, type Collection, type Dataset } from "./dataset";
import { DatasetError, type DatasetIssue } from "./datasetError";
import { defineDataset } from "./defineDataset";
import { deepEqual, describeDifferences, differingFields } from "./internal/recordDiff";

const KIND: Readonly<Record<Collection, string>> = {
  sources: "source",
  actors: "actor",
  topics: "topic",
  events: "event",
  commitments: "commitment",
  claims: "claim",
  accounts: "account",
};

interface Placed {
  record: { id: string };
  collection: Collection;
  dataset: string;
  index: number;
}

/**
 * Merges datasets into one. A record that appears identically in several datasets (the same id and
 * the same content) is kept once; two different records under one id are a `merge_conflict` naming
 * both datasets, the fields that differ and both values. The result is validated like any
 * dataset, so references may cross datasets. Records keep the order of their first appearance.
 *
 * @throws {@link DatasetError} listing every conflict, or every problem of the merged dataset.
 * @throws {@link InvalidArgumentsError} if no dataset is given.
 * @example
 *   const all = mergeDatasets(geneva2021, mine);
 */
export function mergeDatasets(...datasets: readonly Dataset[]): Dataset {
  if (datasets.length === 0)
    throw new InvalidArgumentsError("mergeDatasets", "expected at least one dataset, got none.");
  const byId = new Map<string, Placed>();
  const merged: Record<Collection, unknown[]> = {
    sources: [],
    actors: [],
    topics: [],
    events: [],
    commitments: [],
    claims: [],
    accounts: [],
  };
  const issues: DatasetIssue[] = [];
  for (const dataset of datasets) {
    for (const collection of COLLECTIONS) {
      dataset[collection].forEach((record, index) => {
        const first = byId.get(record.id);
        if (first === undefined) {
          byId.set(record.id, { record, collection, dataset: dataset.id, index });
          merged[collection].push(record);
        } else if (first.collection !== collection) {
          issues.push({
            path: [collection, index, "id"],
            code: "merge_conflict",
            message: `Dataset "${dataset.id}" has a ${KIND[collection]} under id "${record.id}", which dataset "${first.dataset}" uses for a ${KIND[first.collection]} (${first.collection}[${first.index}])`,
            suggestion: "Rename one of the records: ids are unique across every kind of record.",
          });
        } else if (!deepEqual(first.record, record)) {
          const fields = differingFields(record, first.record);
          issues.push({
            path:
              fields.length === 1 ? [collection, index, fields[0] as string] : [collection, index],
            code: "merge_conflict",
            message: `Dataset "${dataset.id}" has a different ${KIND[collection]} under id "${record.id}" than dataset "${first.dataset}" (${first.collection}[${first.index}]): ${describeDifferences(fields, record, first.record, `in "${dataset.id}"`, `in "${first.dataset}"`)}`,
            suggestion: "Rename one of the records, or make them identical if they are the same.",
          });
        }
      });
    }
  }
  if (issues.length > 0)
    throw new DatasetError(
      issues,
      `Merging ${datasets.map((d) => `"${d.id}"`).join(", ")}`,
      "mergeDatasets",
    );
  const [first] = datasets as [Dataset, ...Dataset[]];
  if (datasets.every((dataset) => dataset === first)) return first;
  // Sorted, so that merging A with B and B with A gives the same header.
  const ids = [...new Set(datasets.map((d) => d.id))].sort();
  const header =
    ids.length === 1
      ? { id: first.id, title: first.title }
      : {
          id: ids.join("-and-").slice(0, 128).replace(/-+$/, ""),
          title: [...new Set(datasets.map((d) => d.title))].sort().join(" + "),
        };
  // A description or `$schema` every dataset shares is kept, so merging copies loses nothing.
  const shared: { description?: string; $schema?: string } = {};
  for (const key of ["description", "$schema"] as const) {
    const value = first[key];
    if (value !== undefined && datasets.every((d) => d[key] === value)) shared[key] = value;
  }
  return defineDataset({ ...header, ...shared, ...merged });
}
