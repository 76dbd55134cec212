import { defineDataset, isDefinedDataset } from "@accordkg/data";
import { agreedByAll, buildGraph, commitmentsAbout, neighborhood, search } from "@accordkg/core";
import { MultiDirectedGraph } from "graphology";
import { buildIndex } from "../../packages/core/src/internal/graphIndex";

const N = Number(process.argv[2] ?? 100000);
const STATES = 200;
const TOPICS = 300;
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = (n: number) => Math.floor(rand() * n);
const actors: any[] = [];
for (let i = 0; i < STATES; i++) actors.push({ id: `state-${i}`, kind: "state", name: { en: `State ${i}` } });
for (let i = 0; i < STATES; i++) actors.push({ id: `leader-${i}`, kind: "person", name: { en: `Leader ${i}` }, represents: [`state-${i}`] });
const topics: any[] = [];
for (let i = 0; i < TOPICS; i++) topics.push({ id: `topic-${i}`, label: { en: `Topic ${i}` }, ...(i >= 10 ? { parent: `topic-${Math.floor(i / 10)}` } : {}) });
const SOURCES = Math.max(1, Math.floor(N / 1000));
const texts: string[][] = Array.from({ length: SOURCES }, () => []);
const lengths = new Array(SOURCES).fill(0);
const kinds = ["agreement", "pledge", "proposal", "warning", "demand"];
const commitments: any[] = [];
for (let i = 0; i < N; i++) {
  const s = i % SOURCES;
  const quote = `Commitment number ${i} was made about topic ${i % TOPICS}. `;
  const start = lengths[s];
  texts[s]!.push(quote);
  lengths[s] += quote.length;
  const kind = kinds[pick(5)]!;
  const a = pick(STATES);
  let b = pick(STATES);
  if (b === a) b = (a + 1) % STATES;
  const parties = kind === "agreement" ? [`state-${a}`, rand() < 0.5 ? `state-${b}` : `leader-${b}`] : [`state-${a}`];
  const t1 = pick(TOPICS);
  const t2 = (t1 + 1 + pick(TOPICS - 1)) % TOPICS;
  commitments.push({
    id: `c-${i}`, kind, parties, topics: rand() < 0.5 ? [`topic-${t1}`] : [`topic-${t1}`, `topic-${t2}`],
    statedBy: [`leader-${a}`], summary: { en: `Commitment ${i} on cooperation and security ${i % 97}` },
    evidence: [{ source: `src-${s}`, start, end: start + quote.length - 1, quote: quote.slice(0, -1) }],
  });
}
const sources = texts.map((t, i) => ({ id: `src-${i}`, title: `Source ${i}`, language: "en", text: t.join("") }));
const makeInput = () => ({ id: "synthetic", title: "Synthetic", sources, actors, topics, events: [], commitments: commitments.splice(0) });
let t = performance.now();
const dataset = defineDataset(makeInput());
console.log("define", (performance.now() - t).toFixed(0), "ms");
const gc = (globalThis as any).gc as () => void;
const MODE = process.argv[3] ?? "both";
gc(); gc();
const h0 = process.memoryUsage().heapUsed;
t = performance.now();
const graph = MODE === "index" ? (buildIndex({sources: dataset.sources, actors: dataset.actors, topics: dataset.topics, events: dataset.events, statements: [...dataset.commitments]}) as never) : MODE.startsWith("raw") ? new MultiDirectedGraph() as never as ReturnType<typeof buildGraph> : buildGraph(dataset);
const tb = performance.now() - t;
gc(); gc();
const h1 = process.memoryUsage().heapUsed;
console.log("buildGraph", tb.toFixed(0), "ms", ((h1 - h0) / 1e6).toFixed(1), "MB", graph.order, graph.size);
if (MODE === "index") process.exit(0);
if (MODE === "ours") console.log("same record?", graph.getNodeAttribute("commitment:c-0", "record") === dataset.commitments[0], isDefinedDataset(dataset));

// raw graphology, same nodes and edges, own attribute object per edge
gc(); gc();
const r0 = process.memoryUsage().heapUsed;
t = performance.now();
const raw = new MultiDirectedGraph();
if (MODE !== "ours") {
for (const s of dataset.sources) raw.addNode(`source:${s.id}`, { kind: "source", record: s });
for (const a of dataset.actors) raw.addNode(`actor:${a.id}`, { kind: "actor", record: a });
for (const x of dataset.topics) raw.addNode(`topic:${x.id}`, { kind: "topic", record: x });
for (const a of dataset.actors) for (const r of a.represents ?? []) raw.addEdge(`actor:${a.id}`, `actor:${r}`, { relation: "represents" });
for (const x of dataset.topics) if (x.parent) raw.addEdge(`topic:${x.id}`, `topic:${x.parent}`, { relation: "subtopic-of" });
if (MODE === "rawnodesfirst") for (const c of dataset.commitments) raw.addNode(`commitment:${c.id}`, { kind: "commitment", record: c });
for (const c of dataset.commitments) {
  const k = `commitment:${c.id}`;
  if (MODE !== "rawnodesfirst") raw.addNode(k, { kind: "commitment", record: c });
  for (const p of c.parties) raw.addEdge(`actor:${p}`, k, { relation: "party-to" });
  for (const p of c.statedBy) raw.addEdge(k, `actor:${p}`, { relation: "stated-by" });
  for (const p of c.topics) raw.addEdge(k, `topic:${p}`, { relation: "about" });
  c.evidence.forEach((e, i) => raw.addEdge(k, `source:${e.source}`, { relation: "evidence", start: e.start, end: e.end, quote: e.quote, index: i }));
}
}
const tr = performance.now() - t;
gc(); gc();
const r1 = process.memoryUsage().heapUsed;
console.log("raw", tr.toFixed(0), "ms", ((r1 - r0) / 1e6).toFixed(1), "MB", raw.order, raw.size);

if (process.env.SNAP) { (await import("node:v8")).writeHeapSnapshot(`/tmp/core-scratch/${MODE}.heapsnapshot`); }
if (MODE !== "both") process.exit(0);
// Map baseline
const map = new Map<string, Set<string>>();
for (const c of dataset.commitments) if (c.kind === "agreement") for (const p of c.parties) {
  let s = map.get(p); if (!s) map.set(p, (s = new Set())); s.add(c.id);
}
const pairs: [string, string][] = [];
for (let i = 0; i < 1000; i++) { const a = pick(STATES); pairs.push([`state-${a}`, `state-${(a + 1 + pick(STATES - 1)) % STATES}`]); }
const time = (label: string, f: () => unknown, reps = 1) => {
  for (let w = 0; w < 2; w++) f();
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) f();
  console.log(label, ((performance.now() - t0) / reps).toFixed(3), "ms");
};
time("agreedByAll x1000", () => { let n = 0; for (const [a, b] of pairs) n += agreedByAll(graph, [a, b]).length; return n; }, 5);
time("map x1000 (no equivalence)", () => { let n = 0; for (const [a, b] of pairs) { const A = map.get(a) ?? new Set(); const B = map.get(b) ?? new Set(); for (const x of A) if (B.has(x)) n++; } return n; }, 5);
time("agreedByAll leaders x1000", () => { let n = 0; for (const [a, b] of pairs) n += agreedByAll(graph, [a.replace('state', 'leader'), b]).length; return n; }, 5);
time("commitmentsAbout x200", () => { let n = 0; for (let i = 0; i < 200; i++) n += commitmentsAbout(graph, `topic-${i}`).length; return n; }, 3);
time("neighborhood d2 x100", () => { let n = 0; for (let i = 0; i < 100; i++) n += neighborhood(graph, `leader-${i}`, 2).length; return n; }, 1);
t = performance.now(); search(graph, "cooperation"); console.log("search first", (performance.now() - t).toFixed(0), "ms");
time("search x100", () => { let n = 0; for (let i = 0; i < 100; i++) n += search(graph, `state ${i}`).length; return n; }, 1);
time("search summary x20", () => { let n = 0; for (let i = 0; i < 20; i++) n += search(graph, `security ${i}`).length; return n; }, 1);
