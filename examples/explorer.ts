// The Geneva graph as one self-contained HTML page: open it in a browser, offline or from disk.
//
//   pnpm example explorer [out.html]     (default: geneva-explorer.html in the current folder)
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { renderExplorer } from "@accordkg/explorer";

const out = resolve(process.argv[2] ?? "geneva-explorer.html");
const page = renderExplorer(buildGraph(geneva2021), {
  title: "Biden–Putin summit, Geneva, 16 June 2021",
});
writeFileSync(out, page);
console.log(
  `Wrote ${out} (${(Buffer.byteLength(page) / 1024).toFixed(0)} KiB). Open it in a browser.`,
);
