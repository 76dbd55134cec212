// `pnpm exec tsx --conditions=@accordkg/source bench/explorer.ts [--commitments N]… [--geneva]
// [--iterations N] [--runs N]`: what the explorer costs. For Geneva and for generated datasets it
// renders the page in Node (ForceAtlas2 included), then opens it from disk in Debian's Chromium
// (WebGL2 through SwiftShader) and reads the time from navigation to sigma's first drawn frame,
// the time to answer a search, and the time to redraw; it prints one row per dataset.
/// <reference lib="dom" />
// (DOM types for the code that page.evaluate runs in the page.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type AccordGraph, buildGraph, search } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { renderExplorer } from "@accordkg/explorer";
import { chromium, type Page } from "playwright-core";
import { generateDataset } from "./generate";

type Explorer = { firstDrawMs?: number; sigma?: { refresh: () => void } };
type ExplorerWindow = { accordkgExplorer?: Explorer };

const { values } = parseArgs({
  options: {
    commitments: { type: "string", multiple: true },
    geneva: { type: "boolean", default: false },
    iterations: { type: "string" },
    runs: { type: "string", default: "3" },
    /** A path prefix: writes `<prefix>-<nodes>.png`, the page as first drawn. */
    screenshot: { type: "string" },
  },
});
const sizes = (values.commitments ?? (values.geneva ? [] : ["10000"])).map(Number);
const runs = Number(values.runs);

type Row = {
  dataset: string;
  nodes: number;
  edges: number;
  renderMs: number;
  pageKiB: number;
  firstDrawMs: number[];
  /** The page's performance marks of its first run (ms from navigation start). */
  marks: Record<string, number>;
  searchMs: number;
  /** A search after the page's `accordkg:search-prepared` mark (second run). */
  preparedSearchMs: number;
  /** When the page had prepared its search index (ms from navigation start, second run). */
  preparedAtMs: number;
  redrawMs: number;
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const scratch = mkdtempSync(join(tmpdir(), "accordkg-explorer-bench-"));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--no-first-run",
  ],
  env: { ...process.env, HOME: scratch },
});

async function measure(name: string, graph: AccordGraph): Promise<Row> {
  const started = performance.now();
  const iterations =
    values.iterations === undefined ? {} : { iterations: Number(values.iterations) };
  const page = renderExplorer(graph, { title: name, layout: iterations });
  const renderMs = performance.now() - started;
  const file = join(scratch, `${name.replace(/\W+/g, "-")}.html`);
  writeFileSync(file, page);
  const row: Row = {
    dataset: name,
    nodes: graph.order,
    edges: graph.size,
    renderMs,
    pageKiB: Buffer.byteLength(page) / 1024,
    firstDrawMs: [],
    marks: {},
    searchMs: 0,
    preparedSearchMs: Number.NaN,
    preparedAtMs: Number.NaN,
    redrawMs: 0,
  };
  const text = search(graph, "Biden").length > 0 ? "Biden" : "بو";
  for (let run = 0; run < runs; run++) {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(String(error)));
    await tab.goto(pathToFileURL(file).href, { timeout: 600_000 });
    await tab.waitForSelector("html[data-drawn]", { timeout: 300_000 });
    if (errors.length > 0) throw new Error(`${name}: ${errors.join("; ")}`);
    row.firstDrawMs.push(
      (await tab.evaluate(
        () => (window as unknown as ExplorerWindow).accordkgExplorer?.firstDrawMs,
      )) ?? Number.NaN,
    );
    if (run === 0) {
      row.marks = await tab.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType("mark")
            .filter((mark) => mark.name.startsWith("accordkg:"))
            .map((mark) => [mark.name.slice("accordkg:".length), Math.round(mark.startTime)]),
        ),
      );
      if (values.screenshot)
        await tab.screenshot({ path: `${values.screenshot}-${row.nodes}.png` });
      // A search right after the first draw, while the page is still preparing core's search
      // index (prepareSearch): it finishes the index itself. The page's own answer time.
      row.searchMs = await searchOnPage(tab, text);
      row.redrawMs = await tab.evaluate(() => {
        const sigma = (window as unknown as ExplorerWindow).accordkgExplorer?.sigma;
        const t0 = performance.now();
        sigma?.refresh();
        return performance.now() - t0;
      });
    }
    if (run === 1) {
      // A search once the page has prepared the index, as a reader who looks before typing.
      await tab.waitForFunction(
        () => performance.getEntriesByName("accordkg:search-prepared").length > 0,
        undefined,
        { timeout: 300_000 },
      );
      row.preparedAtMs = await tab.evaluate(
        () => performance.getEntriesByName("accordkg:search-prepared")[0]?.startTime ?? Number.NaN,
      );
      row.preparedSearchMs = await searchOnPage(tab, text);
    }
    await tab.close();
  }
  return row;
}

/** Types `text` into the page's search and presses Enter; the milliseconds until it answered. */
function searchOnPage(tab: Page, text: string): Promise<number> {
  return tab.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>("#search") as HTMLInputElement;
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    return performance.now() - t0;
  }, text);
}

const rows: Row[] = [];
try {
  if (values.geneva || values.commitments === undefined)
    rows.push(await measure("Geneva 2021", buildGraph(geneva2021)));
  for (const commitments of sizes) {
    const graph = buildGraph(defineDataset(generateDataset({ seed: 1, commitments })));
    rows.push(await measure(`${commitments.toLocaleString("en")} commitments`, graph));
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(
  "| dataset | nodes | edges | renderExplorer (Node, layout included) | page size | first draw (median of runs) | search (right after the first draw) | search index prepared at | search (once prepared) | redraw |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of rows)
  console.log(
    `| ${row.dataset} | ${row.nodes.toLocaleString("en")} | ${row.edges.toLocaleString("en")} | ${(row.renderMs / 1000).toFixed(1)} s | ${(row.pageKiB / 1024).toFixed(2)} MiB | ${(median(row.firstDrawMs) / 1000).toFixed(2)} s (${row.firstDrawMs.map((ms) => (ms / 1000).toFixed(2)).join(", ")}) | ${row.searchMs.toFixed(0)} ms | ${(row.preparedAtMs / 1000).toFixed(2)} s | ${row.preparedSearchMs.toFixed(0)} ms | ${row.redrawMs.toFixed(0)} ms |`,
  );
console.log(
  "\nWhere the first run's time went (ms from navigation start, the page's performance marks):",
);
for (const row of rows)
  console.log(
    `${row.dataset}: ${Object.entries(row.marks)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(", ")}`,
  );
