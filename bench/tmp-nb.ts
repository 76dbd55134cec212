import { buildGraph, neighborhood } from "@accordkg/core";
import { defineDataset } from "@accordkg/data";
import { floorNeighborhood } from "./floor";
import { generateDataset } from "./generate";
import { loadN3, n3Neighborhood } from "./n3Peer";
import { buildNeighborhoodIndex, indexedNeighborhood } from "./prototypes/neighborhoodIndex";
import { sampleQueryInputs } from "./queryInputs";
const size = Number(process.argv[2] ?? 100000);
const input = generateDataset({ seed: 42, commitments: size });
const q = sampleQueryInputs(input, 42);
const graph = buildGraph(defineDataset(input));
let t = performance.now();
const nIndex = buildNeighborhoodIndex(graph);
console.log("index build", (performance.now() - t).toFixed(0), "ms");
const store = loadN3(input);
const sig = (es: { kind: string; record: { id: string }; depth: number }[]) => es.map((e) => `${e.depth}${e.kind}:${e.record.id}`).join(",");
for (const a of q.actors.slice(0, 50)) if (sig(neighborhood(graph, a, 2)) !== sig(indexedNeighborhood(nIndex, `actor:${a}`, 2))) throw new Error("differs " + a);
console.log("same answers and order on 50 actors");
const impls: Record<string, (a: string) => unknown[]> = {
  ours: (a) => neighborhood(graph, a, 2),
  prototype: (a) => indexedNeighborhood(nIndex, `actor:${a}`, 2),
  floor: (a) => floorNeighborhood(graph, `actor:${a}`, 2),
  n3: (a) => n3Neighborhood(store, a, 2),
};
for (let rep = 0; rep < 3; rep++)
  for (const [name, f] of Object.entries(impls)) {
    const times: number[] = [];
    for (const a of q.actors) { const s = performance.now(); f(a); times.push(performance.now() - s); }
    times.sort((x, y) => x - y);
    console.log(name.padEnd(10), "median", times[times.length >> 1]!.toFixed(3), "ms  mean", (times.reduce((x, y) => x + y) / times.length).toFixed(3));
  }
