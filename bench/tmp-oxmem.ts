import oxigraph from "oxigraph";
import { generateDataset } from "./generate";
import { toNTriples } from "./rdf";
const size = Number(process.argv[2] ?? 100000);
const input = generateDataset({ seed: 42, commitments: size });
const chunks = toNTriples(input, 50000);
const m0 = process.memoryUsage();
const store = new oxigraph.Store();
const t = performance.now();
let i = 0;
for (const c of chunks) { store.load(c, { format: "application/n-triples", no_transaction: true }); if (++i % 40 === 0) console.log(i, ((performance.now() - t) / 1000).toFixed(0), "s", ((process.memoryUsage().external - m0.external) / 2 ** 20).toFixed(0), "MiB ext"); }
const m1 = process.memoryUsage();
console.log(size, "triples", store.size, "load", ((performance.now() - t) / 1000).toFixed(1), "s; external Δ", ((m1.external - m0.external) / 2 ** 20).toFixed(0), "MiB; arrayBuffers Δ", ((m1.arrayBuffers - m0.arrayBuffers) / 2 ** 20).toFixed(0), "MiB; rss Δ", ((m1.rss - m0.rss) / 2 ** 20).toFixed(0), "bytes/triple", ((m1.external - m0.external) / store.size).toFixed(0));
