import oxigraph from "oxigraph";
import { generateDataset } from "./generate";
import { toNTriples } from "./rdf";

const size = Number(process.argv[2] ?? 100000);
const mode = process.argv[3] ?? "bulk-chunks";
const input = generateDataset({ seed: 42, commitments: size });
let t = performance.now();
const chunks = toNTriples(
  input,
  mode.includes("small") ? 5000 : mode.includes("big") ? 200000 : 50000,
);
console.log(
  "write",
  ((performance.now() - t) / 1000).toFixed(1),
  "s",
  chunks.length,
  "chunks",
  chunks.reduce((a, c) => a + c.length, 0) / 1e6,
  "M chars",
);
const store = new oxigraph.Store();
t = performance.now();
if (mode === "bulk-one")
  store.load(chunks.join(""), { format: "application/n-triples", no_transaction: true });
else if (mode === "default") store.load(chunks, { format: "application/n-triples" });
else if (mode.startsWith("bulk-calls"))
  for (const c of chunks) store.load(c, { format: "application/n-triples", no_transaction: true });
else store.load(chunks, { format: "application/n-triples", no_transaction: true });
console.log(
  mode,
  "load",
  ((performance.now() - t) / 1000).toFixed(1),
  "s",
  store.size,
  "rss",
  (process.memoryUsage().rss / 2 ** 20).toFixed(0),
  "MiB",
);
