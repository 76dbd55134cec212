import { Writable } from "node:stream";
import { buildGraph } from "@accordkg/core";
import { defineDataset } from "@accordkg/data";
import { toRdf, writeRdf } from "@accordkg/rdf";
import { generateDataset } from "./bench/generate";
import { describeDataset } from "./packages/rdf/src/internal/describe";
import { Iris } from "./packages/rdf/src/internal/iris";
import { DEFAULT_BASE } from "./packages/rdf/src/vocabulary";
const d = defineDataset(generateDataset({ seed: 5, commitments: 20000 }));
const g = buildGraph(d);
for (let r = 0; r < 2; r++) {
  let t = performance.now(); let n = 0;
  for (const node of describeDataset(d, new Iris(DEFAULT_BASE))) n += node.properties.length;
  console.log("describe only", (performance.now() - t).toFixed(0), n);
  t = performance.now(); const s = toRdf(g, { format: "n-quads" }); console.log("toRdf nq", (performance.now() - t).toFixed(0), s.length);
  t = performance.now();
  await writeRdf(g, new Writable({ decodeStrings: false, write(c, _e, cb) { cb(); } }), { format: "n-quads" });
  console.log("writeRdf nq", (performance.now() - t).toFixed(0));
  t = performance.now(); toRdf(g, { format: "turtle" }); console.log("toRdf ttl", (performance.now() - t).toFixed(0));
  t = performance.now(); toRdf(g, { format: "json-ld" }); console.log("toRdf jsonld", (performance.now() - t).toFixed(0));
}
