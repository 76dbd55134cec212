import { InvalidArgumentsError } from "./errors";
import { nextTurn, now } from "./internal/host";
import { advanceSearchIndex } from "./internal/searchIndex";
import { indexOf } from "./internal/store";
import type { AccordGraph } from "./types";

/** Options of {@link prepareSearch}. */
export interface PrepareSearchOptions {
  /**
   * How long each slice of work may run before the event loop gets its turn, in milliseconds.
   * Default 10. Each slice ends after the statement batch that passes it, and a garbage
   * collection can lengthen one.
   */
  readonly sliceMs?: number;
  /** Stops the preparation: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignalLike;
}

/** What {@link prepareSearch} reads of an `AbortSignal` (the DOM's and Node's both fit). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/**
 * Builds the index that {@link search} reads, a slice at a time, yielding to the event loop
 * between slices, so that an application (a server, a page) stays responsive while it is built and
 * the first search does not pay for it. Without it the first search builds the index itself, at
 * once: about 0.6 s at 100,000 commitments and 8 s at a million on the machines the project is
 * measured on (docs/performance.md).
 *
 * The queries' answers never depend on it: a search that comes before the preparation ends
 * finishes the index itself, from where the preparation had got to. Records `extendGraph` adds
 * are read by the next search (or the next preparation). An aborted preparation keeps the part it
 * built for the next search.
 *
 * @param graph - A graph from {@link buildGraph}.
 * @param options - The length of a slice and an `AbortSignal`.
 * @returns A promise that resolves once the index holds every record of the graph.
 * @throws {@link InvalidArgumentsError} if `graph` was not built by `buildGraph`, or `sliceMs` is
 *   not a positive number (thrown at once, not through the promise).
 * @example
 *   const graph = buildGraph(geneva2021);
 *   await prepareSearch(graph);
 *   search(graph, "بوتين")[0]?.record.id; // => "vladimir-putin"
 */
export function prepareSearch(
  graph: AccordGraph,
  options: PrepareSearchOptions = {},
): Promise<void> {
  indexOf(graph, "prepareSearch");
  const { sliceMs = 10, signal } = options;
  if (typeof sliceMs !== "number" || !(sliceMs > 0))
    throw new InvalidArgumentsError(
      "prepareSearch",
      `expected sliceMs to be a positive number of milliseconds, got ${String(sliceMs)}.`,
    );
  return (async () => {
    for (;;) {
      if (signal?.aborted === true) throw signal.reason ?? new Error("prepareSearch: aborted");
      // Looked up again each slice: a graph changed through graphology's own methods gets a new
      // index, whose search index starts over.
      const index = indexOf(graph, "prepareSearch");
      if (advanceSearchIndex(index, now() + sliceMs)) return;
      await nextTurn();
    }
  })();
}
