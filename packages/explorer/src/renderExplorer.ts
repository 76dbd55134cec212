import {
  type AccordGraph,
  agreedByAll,
  InvalidArgumentsError,
  type RecordEntry,
} from "@accordkg/core";
import { z } from "zod";
import { ExplorerOptions } from "./explorerOptions";
import { appAssets } from "./internal/appAssets";
import { pageOf } from "./internal/html";
import { defaultIterations, layoutOf } from "./internal/layout";
import { datasetOf, type ExplorerPayload, payloadKeys } from "./internal/payload";

/**
 * One self-contained HTML page that explores `graph` in a browser: the graph drawn with sigma.js
 * (colour and shape by kind, size by degree), a search in English and Arabic (core's `search`),
 * a details panel with each statement's parties, speaker and quotes in their paragraph, a toggle
 * that highlights what the parties all agreed on (core's `agreedByAll`), filters by kind, topic
 * and source, and "expand" to walk a neighbourhood step by step.
 *
 * The page works offline and from the file system: its script and style sheet are inline, and its
 * Content-Security-Policy forbids every network request and every script but its own (by hash).
 * The records are embedded as JSON that no string can break out of, and shown as text only.
 * The layout (ForceAtlas2 from seeded positions) is computed here, so the same graph and options
 * give the same page, byte for byte. The graph is not changed.
 *
 * @param graph - A graph from `buildGraph`. Nodes you added with keys of your own are left out.
 * @param options - See {@link ExplorerOptions}; every option may be left out.
 * @returns The page, as a string to write to an `.html` file.
 * @throws {@link @accordkg/core!InvalidArgumentsError} if an option is invalid (every problem listed).
 * @throws {@link @accordkg/core!NotFoundError} if `parties` names an unknown actor.
 * @example
 *   import { writeFileSync } from "node:fs";
 *   writeFileSync("geneva.html", renderExplorer(buildGraph(geneva2021), { title: "Geneva, 16 June 2021" }));
 */
export function renderExplorer(graph: AccordGraph, options: ExplorerOptions = {}): string {
  const parsed = ExplorerOptions.safeParse(options);
  if (!parsed.success)
    throw new InvalidArgumentsError(
      "renderExplorer",
      `invalid options:\n${z.prettifyError(parsed.error)}`,
    );
  const { title, labelLanguage, layout } = parsed.data;
  const dataset = datasetOf(graph, "explorer", title);
  const keys = payloadKeys(dataset);
  const parties =
    parsed.data.parties === undefined
      ? defaultParties(graph)
      : parsed.data.parties.map((party) => (party.startsWith("actor:") ? party : `actor:${party}`));
  // Checks the parties (NotFoundError names an unknown one, with a suggestion).
  if (parties.length > 0) agreedByAll(graph, parties);
  const payload: ExplorerPayload = {
    format: 1,
    title,
    dataset,
    layout: layoutOf(graph, keys, layout.seed, layout.iterations ?? defaultIterations(keys.length)),
    parties,
    labelLanguage,
  };
  return pageOf(payload, appAssets());
}

/**
 * The two actors bound together by the most agreements (first in the graph's order on a tie), as
 * node keys; none if no agreement binds two actors.
 */
function defaultParties(graph: AccordGraph): string[] {
  const pairs = new Map<string, number>();
  let best: string | undefined;
  graph.forEachNode((_, attributes) => {
    const { kind, record } = attributes as RecordEntry;
    if (kind !== "commitment" || record.kind !== "agreement") return;
    const parties = [...new Set(record.parties)];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const pair = `actor:${parties[i]}\n actor:${parties[j]}`;
        const count = (pairs.get(pair) ?? 0) + 1;
        pairs.set(pair, count);
        if (best === undefined || count > (pairs.get(best) ?? 0)) best = pair;
      }
  });
  return best === undefined ? [] : best.split("\n ");
}
