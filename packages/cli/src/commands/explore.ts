import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { AccordGraph } from "@accordkg/core";
import { renderExplorer } from "@accordkg/explorer";
import { CliError, EXIT } from "../cliError";
import type { Context } from "../context";

export interface ExploreOptions {
  readonly out: string;
  readonly title?: string;
  readonly parties?: string[];
  readonly language: "en" | "ar";
  readonly seed: number;
}

/**
 * `accordkg explore --out explorer.html`: the graph as one self-contained page
 * (`renderExplorer` of `@accordkg/explorer`), written to a file relative to the current folder.
 */
export async function explore(
  ctx: Context,
  graph: AccordGraph,
  options: ExploreOptions,
): Promise<number> {
  const html = renderExplorer(graph, {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.parties === undefined ? {} : { parties: options.parties }),
    labelLanguage: options.language,
    layout: { seed: options.seed },
  });
  const path = resolve(ctx.io.cwd, options.out);
  try {
    await writeFile(path, html);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(`cannot write ${JSON.stringify(options.out)} (${code})`, EXIT.failed);
  }
  ctx.note(
    `Wrote ${options.out} (${(html.length / 1024).toFixed(0)} KiB, ${graph.order.toLocaleString("en-US")} records): open it in a browser; it works offline.`,
  );
  return EXIT.ok;
}
