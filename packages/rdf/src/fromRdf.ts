import { InvalidArgumentsError } from "@accordkg/core";
import { type Dataset, safeDefineDataset } from "@accordkg/data";
import { checkedFormat, type RdfFormat } from "./formats";
import { parse } from "./internal/parse";
import { readDataset } from "./internal/read";
import { RdfError, type RdfIssue } from "./rdfError";

/** Options of {@link fromRdf}. */
export interface FromRdfOptions {
  /** The serialization the text is in. */
  readonly format: RdfFormat;
}

/**
 * Reads a dataset back from RDF text that {@link toRdf} or {@link writeRdf} wrote (or that a
 * triple store exported again): `fromRdf(toRdf(buildGraph(d), { format }), { format })` gives a
 * dataset deep-equal to `d`, in every format. Record IRIs are not read for ids (each record's
 * `dcterms:identifier` is), so any `base` reads back. Triples with properties outside the
 * vocabulary are ignored, as are those derived from others (`prov:wasDerivedFrom`, a quote's
 * prefix and suffix). The result is validated with `defineDataset`.
 *
 * Asynchronous because JSON-LD processing is; it never fetches anything (a JSON-LD context other
 * than accordkg's is an error, not a download).
 *
 * @param text - The document.
 * @param options - `format`: the serialization the text is in.
 * @returns A valid, deeply frozen dataset.
 * @throws {@link RdfError} listing every problem: syntax (with the line), missing or malformed
 *   values, references to no record, or dataset rules the records break (`invalid_dataset`).
 * @throws `InvalidArgumentsError` for an unknown format or text that is not a string.
 * @example
 *   const dataset = await fromRdf(toRdf(graph, { format: "trig" }), { format: "trig" });
 */
export async function fromRdf(text: string, options: FromRdfOptions): Promise<Dataset> {
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentsError("fromRdf", 'expected options such as { format: "turtle" }.');
  const format = checkedFormat("fromRdf", options.format);
  if (typeof text !== "string")
    throw new InvalidArgumentsError(
      "fromRdf",
      `expected the RDF text as a string, got ${text === null ? "null" : typeof text}.`,
    );
  const label = `RDF (${format})`;
  const parsed = await parse(text, format);
  if (parsed.issues !== undefined) throw new RdfError(parsed.issues, label);
  const read = readDataset(parsed.quads);
  if (read.issues !== undefined) throw new RdfError(read.issues, label);
  const result = safeDefineDataset(read.input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue): RdfIssue => {
    const [collection, index] = issue.path;
    const subject = read.subjects.get(`${String(collection)}/${String(index)}`);
    return {
      code: "invalid_dataset",
      message: issue.message,
      path: issue.path,
      datasetCode: issue.code,
      ...(subject !== undefined ? { subject } : {}),
      ...(issue.suggestion !== undefined ? { suggestion: issue.suggestion } : {}),
    };
  });
  throw new RdfError(issues, label);
}
