import { type AccordGraph, datasetOf, gradeOf, InvalidArgumentsError } from "@accordkg/core";
import { checkedFormat, type RdfFormat } from "./formats";
import { describeDataset } from "./internal/describe";
import { emitterFor, Pieces } from "./internal/emitters";
import { checkedBase, Iris } from "./internal/iris";

/** Options of {@link toRdf}. */
export interface ToRdfOptions {
  /** The serialization. */
  readonly format: RdfFormat;
  /**
   * Where record IRIs are minted: `base` + `actor/joe-biden`. An absolute http(s) IRI ending in
   * `/`; default {@link DEFAULT_BASE}. Give each dataset its own base to keep the records of
   * unrelated datasets apart in one triple store.
   */
  readonly base?: string;
}

/** `options`, checked. */
export function checkedOptions(
  functionName: string,
  options: unknown,
): { format: RdfFormat; iris: Iris } {
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentsError(
      functionName,
      `expected options such as { format: "turtle" }, got ${options === null ? "null" : typeof options}.`,
    );
  const { format, base } = options as { format?: unknown; base?: unknown };
  return {
    format: checkedFormat(functionName, format),
    iris: new Iris(checkedBase(functionName, base)),
  };
}

/**
 * The graph's dataset as RDF text: Turtle, TriG, N-Quads or JSON-LD, in the vocabulary of
 * docs/rdf.md (W3C PROV-O for who states what, W3C Web Annotation for the evidence, one named
 * graph per source document). {@link fromRdf} reads any of them back to the same dataset. For
 * large graphs, {@link writeRdf} streams the same text without building the string.
 *
 * @param graph - A graph from `buildGraph`; its dataset is `datasetOf(graph)`.
 * @param options - `format`, and optionally `base`.
 * @returns The whole document.
 * @throws `InvalidArgumentsError` for an unknown format or a malformed base.
 * @throws `InvalidGraphError` for a graph `buildGraph` did not build.
 * @example
 *   const turtle = toRdf(buildGraph(geneva2021), { format: "turtle" });
 *   turtle.includes("commitment:minsk-diplomacy a acc:Commitment, acc:Agreement"); // => true
 */
export function toRdf(graph: AccordGraph, options: ToRdfOptions): string {
  const { format, iris } = checkedOptions("toRdf", options);
  const dataset = datasetOf(graph);
  const pieces = new Pieces();
  const emitter = emitterFor(format, pieces, iris);
  for (const node of describeDataset(dataset, iris, (id) => gradeOf(graph, id))) emitter.node(node);
  emitter.end();
  pieces.close();
  return pieces.take().join("");
}
