import { type AccordGraph, datasetOf, gradeOf, InvalidArgumentsError } from "@accordkg/core";
import { describeDataset } from "./internal/describe";
import { emitterFor, Pieces } from "./internal/emitters";
import { checkedOptions, type ToRdfOptions } from "./toRdf";

/**
 * What {@link writeRdf} writes to: a Node.js `Writable` such as `fs.createWriteStream(path)`,
 * `process.stdout` or an HTTP response (only these methods are used).
 */
export interface RdfWritable {
  write(chunk: string): boolean;
  end(callback?: () => void): unknown;
  once(event: "drain" | "error" | "close", listener: (error?: unknown) => void): unknown;
  removeListener(event: "drain" | "error" | "close", listener: (error?: unknown) => void): unknown;
}

/** Options of {@link writeRdf}. */
export interface WriteRdfOptions extends ToRdfOptions {
  /**
   * End the stream once the document is written (default true), and resolve once it has
   * finished. Pass `false` to keep writing to it, as for `process.stdout`.
   */
  readonly end?: boolean;
}

function isWritable(value: unknown): value is RdfWritable {
  if (typeof value !== "object" || value === null) return false;
  const stream = value as Record<string, unknown>;
  return ["write", "end", "once", "removeListener"].every(
    (method) => typeof stream[method] === "function",
  );
}

/** Resolves when `writable` emits one of `events`; rejects on "error", or on "close" first. */
function waitFor(writable: RdfWritable, success: "drain" | "close"): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      writable.removeListener("drain", onDrain);
      writable.removeListener("error", onError);
      writable.removeListener("close", onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = () => done();
    const onError = (error?: unknown) => done(error ?? new Error("writeRdf: the stream failed"));
    const onClose = () =>
      success === "close"
        ? done()
        : done(new Error("writeRdf: the stream was closed before the export was written"));
    if (success === "drain") writable.once("drain", onDrain);
    writable.once("error", onError);
    writable.once("close", onClose);
  });
}

/**
 * Streams the graph's RDF to `writable`: the same text as {@link toRdf}, written record by
 * record with the stream's backpressure respected, so memory stays flat however large the graph
 * (beyond the graph itself). Resolves once everything is written, and, unless `end: false`, the
 * stream has ended.
 *
 * @param graph - A graph from `buildGraph`; its dataset is `datasetOf(graph)`.
 * @param writable - A Node.js `Writable`.
 * @param options - `format`, and optionally `base` and `end`.
 * @throws `InvalidArgumentsError` for an unknown format, a malformed base or a non-stream.
 * @example
 *   await writeRdf(buildGraph(geneva2021), createWriteStream("geneva.nq"), { format: "n-quads" });
 */
export async function writeRdf(
  graph: AccordGraph,
  writable: RdfWritable,
  options: WriteRdfOptions,
): Promise<void> {
  const { format, iris } = checkedOptions("writeRdf", options);
  if (!isWritable(writable))
    throw new InvalidArgumentsError(
      "writeRdf",
      "expected a Node.js Writable stream (write, end, once, removeListener), such as fs.createWriteStream(path).",
    );
  const end = options.end ?? true;
  const dataset = datasetOf(graph);

  const pieces = new Pieces();
  const emitter = emitterFor(format, pieces, iris);
  // An error the stream reports between two writes ends the export.
  let failure: unknown;
  const onError = (error?: unknown) => {
    failure ??= error ?? new Error("writeRdf: the stream failed");
  };
  writable.once("error", onError);
  // Hands the full pieces to the stream, waiting whenever it asks to (backpressure).
  const flush = async () => {
    for (const piece of pieces.take()) if (!writable.write(piece)) await waitFor(writable, "drain");
  };
  try {
    for (const node of describeDataset(dataset, iris, (id) => gradeOf(graph, id))) {
      emitter.node(node);
      if (pieces.done.length > 0) await flush();
      if (failure !== undefined) throw failure;
    }
    emitter.end();
    pieces.close();
    await flush();
    if (failure !== undefined) throw failure;
  } finally {
    writable.removeListener("error", onError);
  }
  if (end)
    await new Promise<void>((resolve, reject) => {
      writable.once("error", reject);
      // Node calls this once the stream has finished: everything written has been flushed.
      writable.end(() => {
        writable.removeListener("error", reject);
        resolve();
      });
    });
}
