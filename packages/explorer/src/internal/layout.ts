import type { AccordGraph } from "@accordkg/core";
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/**
 * Node positions from ForceAtlas2, the same for the same graph, seed and iterations: the start
 * positions come from a seeded generator, and ForceAtlas2 itself draws no random numbers. Runs on
 * a simple undirected copy of `keys`' nodes (parallel edges merged), so the caller's graph is not
 * written to and a pair of records linked several ways is not pulled together several times.
 * Rounded to 1/100 of a unit: the page is lighter and nothing visible changes.
 */
export function layoutOf(
  graph: AccordGraph,
  keys: readonly string[],
  seed: number,
  iterations: number,
): { x: number[]; y: number[] } {
  const random = mulberry32(seed);
  const copy = new UndirectedGraph();
  // Start on a disc as wide as the graph will be, so the layout does not spend its first
  // iterations unfolding a crowd.
  const radius = Math.sqrt(keys.length) * 10;
  for (const key of keys)
    copy.addNode(key, { x: (random() - 0.5) * radius, y: (random() - 0.5) * radius });
  for (const key of keys)
    graph.forEachOutNeighbor(key, (neighbor) => {
      if (neighbor !== key && copy.hasNode(neighbor)) copy.mergeEdge(key, neighbor);
    });
  const positions =
    iterations > 0 && copy.size > 0
      ? forceAtlas2(copy, {
          iterations,
          // Barnes–Hut from 500 nodes (inferSettings waits until 2,000): exact repulsion is
          // quadratic, 50 ms an iteration at 1,750 nodes against 20 ms.
          settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 500 },
        })
      : Object.fromEntries(copy.mapNodes((key, { x, y }) => [key, { x, y }]));
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    x: keys.map((key) => round(positions[key]?.x ?? 0)),
    y: keys.map((key) => round(positions[key]?.y ?? 0)),
  };
}

/**
 * The default number of ForceAtlas2 iterations for a graph of `order` nodes: 300 up to 800 nodes,
 * then fewer (250,000 ÷ nodes, at least 30) so that an iteration budget keeps rendering to seconds.
 */
export function defaultIterations(order: number): number {
  return Math.max(30, Math.min(300, Math.round(250_000 / order)));
}

// A small seeded generator (mulberry32): Math.random cannot be seeded, and the page must not
// change from one render to the next.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
