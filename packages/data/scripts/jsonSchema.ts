import { z } from "zod";
import { Dataset } from "../src/dataset";

/**
 * The JSON Schema (draft 2020-12) of a dataset file as a contributor writes it. It checks each
 * record's shape; the cross-record rules (references, quotes) need `defineDataset`.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    $id: "https://unpkg.com/@accordkg/data/schema.json",
    title: "accordkg dataset",
    description:
      "A dataset of diplomatic commitments and claims with evidence spans. This schema checks the shape of each record; run defineDataset (or accordkg validate) for the rules that span records: unique ids, resolvable references and evidence quotes that match their source text.",
  };
}
