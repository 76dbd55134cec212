// One part of the benchmark at one size, in this process: `bench/run.ts` starts it as a child
// process (`node --expose-gc`), one per (size, part), and reads the JSON it writes to `--out`.
//
// Parts:
// - `ours`: defineDataset (against zod's shape check alone), buildGraph (against the floor, raw
//   graphology insertion), then the queries against the floor and the limit (a Map index).
// - `n3`, `oxigraph`: the peers, loaded with the bench's RDF mapping, answering the same questions.
//
// Every part generates the same dataset from the same seed and draws the same query inputs, and
// records a digest of each answer so that run.ts can check that they all agree.
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import {
  type AccordGraph,
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  extendGraph,
  gradeOf,
  neighborhood,
  perspectives,
  prepareSearch,
  search,
  sharedTopics,
  statedBy,
  topicsDiscussed,
  unilateralCommitments,
} from "@accordkg/core";
import {
  type Dataset,
  type DatasetInput,
  Dataset as DatasetSchema,
  defineDataset,
  mergeDatasets,
} from "@accordkg/data";
import { type RdfFormat, writeRdf } from "@accordkg/rdf";
import { words } from "../packages/core/src/internal/normalize";
import { digest } from "./digest";
import {
  floorAgreedByAll,
  floorCommitmentsAbout,
  floorGraph,
  floorNeighborhood,
  traversalNeighborhood,
} from "./floor";
import { generateDataset, generateExtension } from "./generate";
import { buildMapIndex, limitAgreedByAll, limitCommitmentsAbout } from "./limit";
import { loadN3, n3AgreedByAll, n3CommitmentsAbout, n3Neighborhood, n3Search } from "./n3Peer";
import {
  loadOxigraph,
  oxigraphAgreedByAll,
  oxigraphCommitmentsAbout,
  oxigraphNeighborhood2,
  oxigraphSearch,
} from "./oxigraphPeer";
import { type QueryInputs, sampleQueryInputs } from "./queryInputs";
import { keyOfIri } from "./rdf";
import { parameterize, type Question, type SparqlQuery } from "./sparqlQueries";
import { collectGarbage, maxLiveHeap, median, memoryAfterGc, memoryDelta, now, p95 } from "./stats";
import { Virtuoso, virtuosoInstalled } from "./virtuoso";

/**
 * `ours` measures defineDataset and buildGraph (against zod and the floor); `ours-queries` builds
 * a graph untimed and measures the queries (against the floor and the limit); `ours-extend` adds
 * documents to a graph with extendGraph (against rebuilding the merged graph), checks every query
 * against a graph built from scratch, and measures the queries again. Separate processes, so that
 * run.ts can run them in different lanes: together in one they were the whole run's long pole
 * (194 s of a 3 m 17 s run at 100k, the other core idle for the last 90 s). `rdf` builds a graph
 * untimed, measures writeRdf, then loads the N-Quads into a Virtuoso server and asks it the
 * shipped SPARQL queries over HTTP (and ours the two helpers no other part asks).
 */
export const PARTS = ["ours", "ours-queries", "n3", "oxigraph", "ours-extend", "rdf"] as const;
export type Part = (typeof PARTS)[number];

/** One measured series: its samples' median and p95, in `unit`. */
export interface Series {
  unit: "ms" | "bytes" | "ratio";
  median: number;
  p95: number;
  samples: number;
  /** Set when a time budget stopped the series early (peers' slowest queries at large sizes). */
  capped?: boolean;
}

export interface PartResult {
  part: Part;
  size: number;
  seed: number;
  runs: number;
  records: Record<string, number>;
  /** measure name → implementation → series. */
  series: Record<string, Record<string, Series>>;
  /** query name → implementation → one digest per input (fewer if capped). */
  answers: Record<string, Record<string, string[]>>;
  /** Whole-process figures after the part ran (heap limit, peak RSS). */
  process: { heapLimit: number; maxRss: number; heapUsed: number; maxLiveHeap: number };
  notes: string[];
  /**
   * Set in the copies written after each measure (see `checkpoint`): the part had not finished. A
   * part that crashed or was stopped leaves its last such copy, with the figures it had measured.
   */
  incomplete?: true;
}

/**
 * `--out` when run from the command line. After each measure the part writes what it has so far
 * there, so a part that crashes or is stopped (oxigraph at 1M) keeps its figures; and once
 * defineDataset is measured it creates `<out>.defined`, which run.ts waits for before it starts
 * the peers, so that validation throughput is measured with the other core idle.
 */
let checkpointPath: string | undefined;

function checkpoint(result: PartResult, stage?: "defined"): void {
  if (checkpointPath === undefined) return;
  result.process = processFigures();
  // Written whole and then renamed: a part killed mid-write leaves the previous copy intact.
  writeFileSync(`${checkpointPath}.partial`, JSON.stringify({ ...result, incomplete: true }));
  renameSync(`${checkpointPath}.partial`, checkpointPath);
  if (stage === "defined") writeFileSync(`${checkpointPath}.defined`, "");
}

function processFigures(): PartResult["process"] {
  return {
    heapLimit: getHeapStatistics().heap_size_limit,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
    maxLiveHeap: maxLiveHeap(),
  };
}

const DEPTH = 2;
const started = performance.now();

/** Progress on stderr, so that a long run (an hour at 1M) shows where it is. */
function progress(part: string, message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`   [${part} ${seconds} s] ${message}\n`);
}

function series(unit: Series["unit"], values: readonly number[], capped = false): Series {
  return {
    unit,
    median: median(values),
    p95: p95(values),
    samples: values.length,
    ...(capped ? { capped } : {}),
  };
}

function recordCounts(dataset: DatasetInput): Record<string, number> {
  const counts = {
    sources: dataset.sources.length,
    actors: dataset.actors.length,
    topics: dataset.topics.length,
    events: dataset.events.length,
    commitments: dataset.commitments.length,
    claims: dataset.claims?.length ?? 0,
  };
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/**
 * A query implementation: `run` is what is timed (the query alone); `answer` also turns its
 * result into ids (or node keys) to digest, untimed.
 */
interface Implementation<I> {
  run(input: I): unknown;
  answer(input: I): readonly string[];
}

type Pair = readonly [string, string];

const impl = <I, R>(
  run: (input: I) => R,
  toIds: (result: R) => readonly string[],
): Implementation<I> => ({ run, answer: (input) => toIds(run(input)) });

interface QuerySpec<I> {
  name: string;
  inputs: readonly I[];
  warmup: readonly I[];
  implementations: Record<string, Implementation<I>>;
}

/**
 * Runs each implementation over the warm-up inputs, then once over the inputs untimed to digest
 * the answers, then `runs` timed passes, implementations interleaved pass by pass. With a time
 * budget (the peers' slow questions at large sizes), an implementation gets a tenth of it for
 * warm-up, stops digesting new inputs once it has used 40% and runs timed passes (at least one)
 * over the inputs it digested until the budget is spent; its series is then marked `capped`.
 */
function measureQueries<I>(
  spec: QuerySpec<I>,
  runs: number,
  result: PartResult,
  budgets: Record<string, number> = {},
): void {
  progress(result.part, `${spec.name}: ${Object.keys(spec.implementations).join(", ")}`);
  const names = Object.keys(spec.implementations);
  const answers: Record<string, string[]> = {};
  const times: Record<string, number[]> = {};
  const spent: Record<string, number> = {};
  const budgetOf = (name: string) => budgets[name] ?? Number.POSITIVE_INFINITY;
  for (const name of names) {
    const budgetMs = budgetOf(name);
    const { run, answer } = spec.implementations[name] as Implementation<I>;
    const started = now();
    for (const input of spec.warmup) {
      run(input);
      if (now() - started > budgetMs * 0.1) break;
    }
    const digests: string[] = [];
    const digestStart = now();
    for (const input of spec.inputs) {
      digests.push(digest(answer(input)));
      if (now() - digestStart > budgetMs * 0.4) break;
    }
    answers[name] = digests;
    times[name] = [];
    spent[name] = now() - started;
  }
  for (let run = 0; run < runs; run++) {
    for (const name of names) {
      if (run > 0 && (spent[name] as number) > budgetOf(name)) continue;
      const { run: query } = spec.implementations[name] as Implementation<I>;
      const list = times[name] as number[];
      const count = (answers[name] as string[]).length;
      const passStart = now();
      for (let i = 0; i < count; i++) {
        const input = spec.inputs[i] as I;
        const start = now();
        query(input);
        list.push(now() - start);
      }
      spent[name] = (spent[name] as number) + now() - passStart;
    }
  }
  result.series[spec.name] ??= {};
  result.answers[spec.name] = answers;
  for (const name of names) {
    const list = times[name] as number[];
    const capped = list.length < runs * spec.inputs.length;
    (result.series[spec.name] as Record<string, Series>)[name] = series("ms", list, capped);
  }
  checkpoint(result);
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const keys = (entries: readonly { kind: string; record: { id: string } }[]) =>
  entries.map((e) => `${e.kind}:${e.record.id}`);
const iriKeys = (values: readonly string[]) => values.map(keyOfIri);
const iriIds = (values: readonly string[]) => values.map((v) => v.slice(v.lastIndexOf("/") + 1));

/**
 * The dataset as `JSON.parse` would give it from a dataset file, record by record (one string for
 * the whole dataset would pass V8's string limit at 1M). Datasets arrive as files; the generator
 * instead adds optional fields to records after creating them, which gives V8 more object shapes
 * than parsed JSON has and makes zod's compiled parser about 1.6 times slower on the same data
 * (measured at 100k: 131k against 209k records/s). The generator's own objects are what
 * `test/bench` and the property tests use.
 */
function asReadFromJson(input: DatasetInput): DatasetInput {
  const copy = (records: readonly unknown[] | undefined) =>
    records?.map((record) => JSON.parse(JSON.stringify(record)));
  const out = { ...input } as Record<string, unknown>;
  for (const [key, value] of Object.entries(input))
    if (Array.isArray(value)) out[key] = copy(value);
  return out as DatasetInput;
}

/** Holds the generated input so that a part can let it go (at 1M it is a gigabyte of heap). */
interface Held {
  input?: DatasetInput;
}

/**
 * Validates the held input and lets it go, in a frame of its own: a caller that read the input
 * itself kept it in an interpreter register (an argument slot) until the register was reused,
 * which left the input's objects alive after validation (62 MiB of the first 498 MiB largest live
 * heap at 100k, seen in a heap snapshot as a stack root).
 */
function defineTaken(held: Held): Dataset {
  const { input } = held;
  if (input === undefined) throw new Error("bench: the input was already taken");
  delete held.input;
  return defineDataset(input);
}

/** zod's shape check alone (no cross-record rules); only whether it passed is kept. */
function shapeIsValid(input: DatasetInput): boolean {
  return DatasetSchema.safeParse(input).success;
}

/**
 * defineDataset against zod's shape check alone, interleaved. Returns the last validated dataset
 * and lets the generated input go.
 */
function measureDefine(held: Held, runs: number, result: PartResult): Dataset {
  const defineTimes: number[] = [];
  const shapeTimes: number[] = [];
  let dataset: Dataset | undefined;
  for (let run = 0; run < runs; run++) {
    dataset = undefined;
    collectGarbage(1);
    let start = now();
    const valid = shapeIsValid(held.input as DatasetInput);
    shapeTimes.push(now() - start);
    if (!valid) throw new Error("bench: the generated dataset does not validate");
    collectGarbage(1);
    start = now();
    dataset = defineDataset(held.input);
    defineTimes.push(now() - start);
  }
  if (dataset === undefined) throw new Error("bench: no runs");
  delete held.input;
  result.series.defineDataset = {
    ours: series("ms", defineTimes),
    "zod-shape": series("ms", shapeTimes),
  };
  result.notes.push(`defineDataset: ${result.records.total} records per run`);
  checkpoint(result, "defined");
  return dataset;
}

/** Part `ours`: defineDataset against zod's shape check, buildGraph against the floor. */
function runOurs(held: Held, seed: number, runs: number, result: PartResult) {
  // Warm-up on a small dataset of the same shape: the JIT sees every path before timing starts.
  const small = generateDataset({ seed: seed + 1, commitments: 2000 });
  for (let i = 0; i < 3; i++) {
    shapeIsValid(small);
    const defined = defineDataset(small);
    buildGraph(defined);
    floorGraph(defined);
  }
  progress("ours", "defineDataset");
  const dataset = measureDefine(held, runs, result);

  // buildGraph against raw graphology insertion, interleaved, with the one going first alternating;
  // each graph is dropped before the next build, so that two are never alive at once.
  const build: Record<string, number[]> = { ours: [], floor: [] };
  const heap: Record<string, number[]> = { ours: [], floor: [] };
  const rss: Record<string, number[]> = { ours: [], floor: [] };
  let graph: AccordGraph | undefined;
  for (let run = 0; run < runs; run++) {
    const order =
      (runs - 1 - run) % 2 === 0 ? (["floor", "ours"] as const) : (["ours", "floor"] as const);
    for (const name of order) {
      progress("ours", `build ${run + 1}/${runs}: ${name}`);
      graph = undefined;
      const before = memoryAfterGc();
      const start = now();
      let built: AccordGraph | undefined =
        name === "ours" ? buildGraph(dataset) : floorGraph(dataset);
      (build[name] as number[]).push(now() - start);
      const delta = memoryDelta(before, memoryAfterGc());
      (heap[name] as number[]).push(delta.heapUsed);
      (rss[name] as number[]).push(delta.rss);
      if (name === "ours") graph = built;
      built = undefined;
    }
  }
  if (graph === undefined) throw new Error("bench: no graph");
  result.series.buildGraph = {
    ours: series("ms", build.ours ?? []),
    floor: series("ms", build.floor ?? []),
  };
  result.series["buildGraph heap"] = {
    ours: series("bytes", heap.ours ?? []),
    floor: series("bytes", heap.floor ?? []),
  };
  // Each run's two builds ran back to back, under the same load from the other lane; the ratio
  // within a run is steadier than the ratio of the two medians when that load changes.
  const floorTimes = build.floor ?? [];
  result.series["buildGraph paired ratio"] = {
    ours: series(
      "ratio",
      (build.ours ?? []).map((time, run) => time / (floorTimes[run] as number)),
    ),
  };
  result.series["buildGraph rss"] = {
    ours: series("bytes", rss.ours ?? []),
    floor: series("bytes", rss.floor ?? []),
  };
  result.notes.push(`graph: ${graph.order} nodes, ${graph.size} edges`);
  checkpoint(result);
}

/**
 * Part `ours-queries`: validates and builds untimed (part `ours` times both), then measures the
 * queries against the floor and the limit, and the first walk and search that build their indexes.
 */
/**
 * The two series that read the graph index, against raw graphology and the `Map` index:
 * `agreedByAll` and `commitmentsAbout`, named with `suffix` (on the base graph, or after extensions).
 */
function measureIndexQueries(
  graph: AccordGraph,
  mapIndex: ReturnType<typeof buildMapIndex>,
  queries: QueryInputs,
  suffix: string,
  runs: number,
  result: PartResult,
  budgets: Record<string, number>,
): void {
  measureQueries(
    {
      name: `agreedByAll${suffix}`,
      inputs: queries.pairs,
      warmup: queries.pairsWarmup,
      implementations: {
        ours: impl(([x, y]: Pair) => agreedByAll(graph, [x, y]), ids),
        floor: impl(([x, y]: Pair) => floorAgreedByAll(graph, x, y), ids),
        limit: impl(([x, y]: Pair) => limitAgreedByAll(mapIndex, x, y), ids),
      },
    },
    runs,
    result,
    budgets,
  );
  measureQueries(
    {
      name: `commitmentsAbout${suffix}`,
      inputs: queries.topics,
      warmup: queries.topicsWarmup,
      implementations: {
        ours: impl((t: string) => commitmentsAbout(graph, t), ids),
        floor: impl((t: string) => floorCommitmentsAbout(graph, t), ids),
        limit: impl((t: string) => limitCommitmentsAbout(mapIndex, t), ids),
      },
    },
    runs,
    result,
    budgets,
  );
}

function runOursQueries(
  held: Held,
  queries: QueryInputs,
  runs: number,
  budgetMs: number,
  result: PartResult,
) {
  // The graph-walking baselines get the same time budget as the peers; ours and the limit none.
  const budgets = { floor: budgetMs, "graphology-traversal": budgetMs };
  progress(result.part, "defineDataset and buildGraph (untimed)");
  const dataset = defineTaken(held);
  const ourGraph = buildGraph(dataset);

  // The limit, built from the same records.
  let before = memoryAfterGc();
  let start = now();
  const mapIndex = buildMapIndex(dataset);
  const mapBuild = now() - start;
  const mapHeap = memoryDelta(before, memoryAfterGc()).heapUsed;
  result.notes.push(
    `limit (Map index): built in ${Math.round(mapBuild)} ms, ${(mapHeap / 2 ** 20).toFixed(1)} MiB of heap`,
  );

  measureIndexQueries(ourGraph, mapIndex, queries, "", runs, result, budgets);
  // The first walk, at the depth the series asks for, timed on its own: it once built an adjacency
  // index (12.9 s at 1M); it now reads the graph index's rows, and is the walk's cold start.
  before = memoryAfterGc();
  start = now();
  neighborhood(ourGraph, queries.actors[0] as string, DEPTH);
  const firstWalk = now() - start;
  result.series["neighborhood index"] = { ours: series("ms", [firstWalk]) };
  result.series["neighborhood index heap"] = {
    ours: series("bytes", [memoryDelta(before, memoryAfterGc()).heapUsed]),
  };
  measureQueries(
    {
      name: "neighborhood",
      inputs: queries.actors,
      warmup: queries.actorsWarmup,
      implementations: {
        ours: impl((a: string) => neighborhood(ourGraph, a, DEPTH), keys),
        floor: impl((a: string) => floorNeighborhood(ourGraph, `actor:${a}`, DEPTH), keys),
        "graphology-traversal": impl(
          (a: string) => traversalNeighborhood(ourGraph, `actor:${a}`, DEPTH),
          keys,
        ),
      },
    },
    runs,
    result,
    budgets,
  );
  // The first search builds the search index; it is timed on its own.
  before = memoryAfterGc();
  start = now();
  search(ourGraph, "warm");
  const firstSearch = now() - start;
  result.series["search index"] = {
    ours: series("ms", [firstSearch]),
  };
  result.series["search index heap"] = {
    ours: series("bytes", [memoryDelta(before, memoryAfterGc()).heapUsed]),
  };
  measureQueries(
    {
      name: "search",
      inputs: queries.searches,
      warmup: queries.searchesWarmup,
      implementations: { ours: impl((text: string) => search(ourGraph, text), keys) },
    },
    runs,
    result,
    budgets,
  );
}

/** How many documents `ours-extend` adds, and how many commitments each has. */
export const EXTENSIONS = { documents: 100, commitments: 100 } as const;

/** The documents `ours-extend` adds: each names the base's records, as read from a file. */
function extensionDocuments(base: Dataset, seed: number): DatasetInput[] {
  return Array.from({ length: EXTENSIONS.documents }, (_, i) =>
    asReadFromJson(
      generateExtension({
        seed: seed * 1000 + i,
        base,
        commitments: EXTENSIONS.commitments,
        accounts: 10,
        actors: 1,
        topics: 1,
        copies: 2,
        prefix: `x${i}`,
      }),
    ),
  );
}

type Query = (graph: AccordGraph, input: number) => unknown;

/**
 * Every public query, each asked about the sampled inputs' actors, topics and pairs (by
 * position), for the check that an extended graph answers as one built from scratch.
 */
function everyQuery(queries: QueryInputs, dataset: Dataset): Record<string, Query> {
  const pair = (i: number) => queries.pairs[i % queries.pairs.length] as Pair;
  const actor = (i: number) => queries.actors[i % queries.actors.length] as string;
  const topic = (i: number) => queries.topics[i % queries.topics.length] as string;
  const agreements = dataset.commitments.filter((c) => c.kind === "agreement");
  const agreement = (i: number) => (agreements[i % agreements.length] as { id: string }).id;
  const event = (i: number) => (dataset.events[i % dataset.events.length] as { id: string }).id;
  return {
    agreedByAll: (g, i) => agreedByAll(g, [...pair(i)]),
    agreedByAllJoint: (g, i) => agreedByAll(g, [...pair(i)], { minGrade: "concordant" }),
    accountsOf: (g, i) => accountsOf(g, agreement(i)),
    gradeOf: (g, i) => gradeOf(g, agreement(i)),
    perspectives: (g, i) => perspectives(g, [...pair(i)]),
    commitmentsOf: (g, i) => commitmentsOf(g, actor(i)),
    unilateralCommitments: (g, i) => unilateralCommitments(g, actor(i)),
    commitmentsAbout: (g, i) => commitmentsAbout(g, topic(i)),
    sharedTopics: (g, i) => sharedTopics(g, ...pair(i)),
    topicsDiscussed: (g, i) => topicsDiscussed(g, event(i)),
    discussedButNotAgreed: (g, i) => discussedButNotAgreed(g, [...pair(i)]),
    statedBy: (g, i) => statedBy(g, actor(i)),
    evidenceOf: (g, i) => evidenceOf(g, agreement(i)),
    neighborhood: (g, i) => neighborhood(g, actor(i), DEPTH),
    connection: (g, i) => connection(g, actor(i), topic(i)),
    search: (g, i) => search(g, queries.searches[i % queries.searches.length] as string),
  };
}

/** An answer as text, in its order (the check compares order too). */
const answerText = (value: unknown) => JSON.stringify(value);

/**
 * Part `ours-extend`: builds the base graph untimed, warms its lazy indexes (as a graph in use
 * has them), then adds `EXTENSIONS.documents` documents of `EXTENSIONS.commitments` commitments
 * one by one, each timed with its validation; against rebuilding the merged graph of the base and
 * one document (validation included, `buildGraph(base, document)`). Then every public query on
 * the extended graph is compared with a graph built from scratch from all the datasets, and the
 * bench's four queries are measured again on the extended graph against the floor and the limit.
 */
async function runOursExtend(
  held: Held,
  queries: QueryInputs,
  seed: number,
  runs: number,
  budgetMs: number,
  result: PartResult,
) {
  const budgets = { floor: budgetMs, "graphology-traversal": budgetMs };
  progress(result.part, "defineDataset and buildGraph (untimed)");
  const dataset = defineTaken(held);
  const graph = buildGraph(dataset);
  const documents = extensionDocuments(dataset, seed);
  // A graph in use has its lazy indexes. The search index is prepared as an application would
  // prepare it after loading (prepareSearch, a slice at a time); what a user could notice is the
  // longest the event loop then waited, measured by a timer that asks for a turn every millisecond.
  progress(result.part, "prepareSearch");
  collectGarbage(1);
  let longestWait = 0;
  let preparing = true;
  let lastTurn = now();
  const tick = () => {
    const at = now();
    longestWait = Math.max(longestWait, at - lastTurn);
    lastTurn = at;
    if (preparing) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  let start = now();
  await prepareSearch(graph);
  const prepared = now() - start;
  preparing = false;
  longestWait = Math.max(longestWait, now() - lastTurn);
  start = now();
  search(graph, "warm");
  const firstAfter = now() - start;
  result.series["search index, prepared"] = { ours: series("ms", [prepared]) };
  result.series["prepareSearch longest wait"] = { ours: series("ms", [longestWait]) };
  result.series["first search after prepareSearch"] = { ours: series("ms", [firstAfter]) };
  checkpoint(result);
  neighborhood(graph, queries.actors[0] as string, 1);
  agreedByAll(graph, [...(queries.pairs[0] as Pair)], { minGrade: "joint" });

  progress(result.part, `extendGraph × ${documents.length}`);
  const times: number[] = [];
  for (const document of documents) {
    start = now();
    extendGraph(graph, document as Dataset);
    times.push(now() - start);
  }
  checkpoint(result);
  // Rebuilding the merged graph of the base and one document: what extending saves.
  const rebuilds: number[] = [];
  const rebuildRuns = result.size >= 1_000_000 ? 1 : Math.min(runs, 3);
  for (let run = 0; run < rebuildRuns; run++) {
    progress(result.part, `rebuild ${run + 1}/${rebuildRuns}`);
    collectGarbage(1);
    start = now();
    let rebuilt: AccordGraph | undefined = buildGraph(dataset, documents[0] as Dataset);
    rebuilds.push(now() - start);
    rebuilt = undefined;
    void rebuilt;
  }
  result.series.extendGraph = { ours: series("ms", times), rebuild: series("ms", rebuilds) };
  result.notes.push(
    `extendGraph: ${documents.length} documents of ${EXTENSIONS.commitments} commitments (and a third as many claims, 10 accounts of older statements, a new actor and topic, 2 copied records) added one by one, each timed with its validation; the graph then has ${graph.order} nodes, ${graph.size} edges`,
  );
  checkpoint(result);

  // Every public query, extended against built from scratch.
  progress(result.part, "the graph built from scratch from every dataset (untimed)");
  // Each document checked against the base and those before it (cheap: a lookup), then one merge:
  // merging one at a time validated the whole merged dataset a hundred times (minutes at 1M).
  const defined: Dataset[] = [];
  for (const document of documents)
    defined.push(defineDataset(document, { extends: [dataset, ...defined] }));
  const merged = mergeDatasets(dataset, ...defined);
  let rebuilt: AccordGraph | undefined = buildGraph(merged);
  const every = everyQuery(queries, dataset);
  const extendedAnswers: string[] = [];
  const rebuiltAnswers: string[] = [];
  const perQuery = result.size >= 1_000_000 ? 20 : 50;
  for (const [name, query] of Object.entries(every))
    for (let i = 0; i < perQuery; i++) {
      const ask = (g: AccordGraph) => {
        try {
          return digest([`${name} ${answerText(query(g, i))}`]);
        } catch (error) {
          return digest([`${name} threw ${String(error)}`]);
        }
      };
      extendedAnswers.push(ask(graph));
      rebuiltAnswers.push(ask(rebuilt));
    }
  result.answers["every query, extended"] = { extended: extendedAnswers, rebuilt: rebuiltAnswers };
  rebuilt = undefined;
  checkpoint(result);

  // The bench's queries again, on the extended graph.
  const mapIndex = buildMapIndex(merged);
  measureIndexQueries(graph, mapIndex, queries, " after extensions", runs, result, budgets);
  measureQueries(
    {
      name: "neighborhood after extensions",
      inputs: queries.actors,
      warmup: queries.actorsWarmup,
      implementations: {
        ours: impl((a: string) => neighborhood(graph, a, DEPTH), keys),
        floor: impl((a: string) => floorNeighborhood(graph, `actor:${a}`, DEPTH), keys),
      },
    },
    runs,
    result,
    budgets,
  );
  measureQueries(
    {
      name: "search after extensions",
      inputs: queries.searches,
      warmup: queries.searchesWarmup,
      implementations: { ours: impl((text: string) => search(graph, text), keys) },
    },
    runs,
    result,
    budgets,
  );
}

function runN3(
  held: Held,
  queries: QueryInputs,
  runs: number,
  budgetMs: number,
  result: PartResult,
) {
  const before = memoryAfterGc();
  const start = now();
  progress("n3", "load");
  const store = loadN3(held.input as DatasetInput);
  const loadMs = now() - start;
  const delta = memoryDelta(before, memoryAfterGc());
  delete held.input;
  result.series.buildGraph = { n3: series("ms", [loadMs]) };
  result.series["buildGraph heap"] = { n3: series("bytes", [delta.heapUsed]) };
  result.series["buildGraph rss"] = { n3: series("bytes", [delta.rss]) };
  result.notes.push(`n3: ${store.size} quads`);
  checkpoint(result);
  const searchWords = new Map(
    queries.searches.concat(queries.searchesWarmup).map((s) => [s, words(s)]),
  );
  measureQueries(
    {
      name: "agreedByAll",
      inputs: queries.pairs,
      warmup: queries.pairsWarmup,
      implementations: { n3: impl(([x, y]: Pair) => n3AgreedByAll(store, x, y), iriIds) },
    },
    runs,
    result,
    { n3: budgetMs },
  );
  measureQueries(
    {
      name: "commitmentsAbout",
      inputs: queries.topics,
      warmup: queries.topicsWarmup,
      implementations: { n3: impl((t: string) => n3CommitmentsAbout(store, t), iriIds) },
    },
    runs,
    result,
    { n3: budgetMs },
  );
  measureQueries(
    {
      name: "neighborhood",
      inputs: queries.actors,
      warmup: queries.actorsWarmup,
      implementations: { n3: impl((a: string) => n3Neighborhood(store, a, DEPTH), iriKeys) },
    },
    runs,
    result,
    { n3: budgetMs },
  );
  measureQueries(
    {
      name: "search",
      inputs: queries.searches,
      warmup: queries.searchesWarmup,
      implementations: {
        n3: impl((text: string) => n3Search(store, searchWords.get(text) ?? []), iriKeys),
      },
    },
    runs,
    result,
    { n3: budgetMs },
  );
}

function runOxigraph(
  held: Held,
  queries: QueryInputs,
  runs: number,
  budgetMs: number,
  result: PartResult,
) {
  const before = memoryAfterGc();
  progress("oxigraph", "write N-Triples and load");
  const { store, writeMs, loadMs } = loadOxigraph(held.input as DatasetInput);
  const delta = memoryDelta(before, memoryAfterGc());
  delete held.input;
  result.series.buildGraph = { oxigraph: series("ms", [writeMs + loadMs]) };
  result.series["oxigraph load only"] = { oxigraph: series("ms", [loadMs]) };
  // The store lives in wasm linear memory: outside the V8 heap (its heap delta is about zero),
  // seen in RSS and `external`, and never shrinks. Compare it by RSS.
  result.series["buildGraph rss"] = { oxigraph: series("bytes", [delta.rss]) };
  result.notes.push(
    `oxigraph: ${store.size} triples; N-Triples written in ${Math.round(writeMs)} ms, loaded in ${Math.round(loadMs)} ms; heap Δ ${(delta.heapUsed / 2 ** 20).toFixed(0)} MiB, external Δ ${(delta.external / 2 ** 20).toFixed(0)} MiB`,
  );
  checkpoint(result);
  const searchWords = new Map(
    queries.searches.concat(queries.searchesWarmup).map((s) => [s, words(s)]),
  );
  measureQueries(
    {
      name: "agreedByAll",
      inputs: queries.pairs,
      warmup: queries.pairsWarmup,
      implementations: {
        oxigraph: impl(([x, y]: Pair) => oxigraphAgreedByAll(store, x, y), iriIds),
      },
    },
    runs,
    result,
    { oxigraph: budgetMs },
  );
  measureQueries(
    {
      name: "commitmentsAbout",
      inputs: queries.topics,
      warmup: queries.topicsWarmup,
      implementations: {
        oxigraph: impl((t: string) => oxigraphCommitmentsAbout(store, t), iriIds),
      },
    },
    runs,
    result,
    { oxigraph: budgetMs },
  );
  measureQueries(
    {
      name: "neighborhood",
      inputs: queries.actors,
      warmup: queries.actorsWarmup,
      implementations: { oxigraph: impl((a: string) => oxigraphNeighborhood2(store, a), iriKeys) },
    },
    runs,
    result,
    { oxigraph: budgetMs },
  );
  measureQueries(
    {
      name: "search",
      inputs: queries.searches,
      warmup: queries.searchesWarmup,
      implementations: {
        oxigraph: impl(
          (text: string) => oxigraphSearch(store, searchWords.get(text) ?? []),
          iriKeys,
        ),
      },
    },
    runs,
    result,
    { oxigraph: budgetMs },
  );
}

/** A Writable that keeps nothing: what an export costs without the disk. */
class Discard extends Writable {
  bytes = 0;
  /** Called every `every` bytes (the memory samples). */
  private readonly onProgress: (() => void) | undefined;
  private readonly every: number;
  private next: number;

  constructor(every = Number.POSITIVE_INFINITY, onProgress?: () => void) {
    super({ decodeStrings: false });
    this.every = every;
    this.next = every;
    this.onProgress = onProgress;
  }

  override _write(chunk: string, _encoding: string, done: () => void): void {
    this.bytes += Buffer.byteLength(chunk);
    if (this.onProgress !== undefined && this.bytes >= this.next) {
      this.next += this.every;
      this.onProgress();
    }
    done();
  }
}

/** Times writeRdf of `format` to `writable`, `runs` times with a fresh stream each; ms each. */
async function timeWrite(
  graph: AccordGraph,
  format: RdfFormat,
  runs: number,
  stream: () => Writable,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage(1);
    const start = now();
    await writeRdf(graph, stream(), { format });
    times.push(now() - start);
  }
  return times;
}

/**
 * Asks each input of an async query (Virtuoso over HTTP), as measureQueries does the synchronous
 * ones: a warm-up, one untimed pass to digest the answers, then timed passes within the budget.
 */
async function measureAsyncQueries<I>(
  name: string,
  implementation: string,
  inputs: readonly I[],
  warmup: readonly I[],
  ask: (input: I) => Promise<string[]>,
  runs: number,
  budgetMs: number,
  result: PartResult,
): Promise<void> {
  progress(result.part, `${name}: ${implementation}`);
  const started = now();
  for (const input of warmup) {
    await ask(input);
    if (now() - started > budgetMs * 0.1) break;
  }
  const digests: string[] = [];
  const digestStart = now();
  for (const input of inputs) {
    digests.push(digest(await ask(input)));
    if (now() - digestStart > budgetMs * 0.4) break;
  }
  const times: number[] = [];
  let spent = now() - started;
  for (let run = 0; run < runs; run++) {
    if (run > 0 && spent > budgetMs) break;
    const passStart = now();
    for (let i = 0; i < digests.length; i++) {
      const start = now();
      await ask(inputs[i] as I);
      times.push(now() - start);
    }
    spent += now() - passStart;
  }
  result.series[name] = {
    ...result.series[name],
    [implementation]: series("ms", times, times.length < runs * inputs.length),
  };
  result.answers[name] = { ...result.answers[name], [implementation]: digests };
  checkpoint(result);
}

/**
 * Part `rdf`: writeRdf's time and memory, and Virtuoso (export, bulk load, the shipped SPARQL
 * queries over HTTP) beside ours. The graph is dropped before Virtuoso starts, so the server's
 * memory never adds to the graph's.
 */
async function runRdf(
  held: Held,
  queries: QueryInputs,
  runs: number,
  budgetMs: number,
  result: PartResult,
  scratchDir: string,
): Promise<void> {
  progress("rdf", "defineDataset and buildGraph (untimed)");
  let dataset: Dataset | undefined = defineTaken(held);
  let graph: AccordGraph | undefined = buildGraph(dataset);
  const folder = mkdtempSync(join(scratchDir, "rdf-"));
  const size = result.size;
  const writeRuns = size >= 1_000_000 ? 1 : Math.min(runs, 3);
  try {
    // Writing: N-Quads to a file (what a user loads into a store), Turtle to nowhere.
    progress("rdf", "writeRdf n-quads to a file");
    const nquads = join(folder, "export.nq");
    const nquadsTimes = await timeWrite(graph, "n-quads", writeRuns, () =>
      createWriteStream(nquads),
    );
    const nquadsBytes = statSync(nquads).size;
    result.series["writeRdf n-quads"] = { ours: series("ms", nquadsTimes) };
    // Turtle below 1M only: each export at 1M takes minutes, and the rate per commitment is
    // what the smaller sizes already show.
    let turtle = new Discard();
    if (size < 1_000_000) {
      progress("rdf", "writeRdf turtle");
      const turtleTimes = await timeWrite(graph, "turtle", writeRuns, () => {
        turtle = new Discard();
        return turtle;
      });
      result.series["writeRdf turtle"] = { ours: series("ms", turtleTimes) };
    }
    // Memory: the live heap (after a forced GC) at ten points of an export, against before.
    progress("rdf", "writeRdf memory");
    const before = memoryAfterGc();
    let largest = before.heapUsed;
    const sampled = new Discard(Math.max(1 << 20, Math.floor(nquadsBytes / 10)), () => {
      largest = Math.max(largest, memoryAfterGc().heapUsed);
    });
    await writeRdf(graph, sampled, { format: "n-quads" });
    result.series["writeRdf heap beyond the graph"] = {
      ours: series("bytes", [largest - before.heapUsed]),
    };
    result.notes.push(
      `writeRdf: n-quads ${(nquadsBytes / 2 ** 20).toFixed(0)} MiB${turtle.bytes > 0 ? `, turtle ${(turtle.bytes / 2 ** 20).toFixed(0)} MiB` : ""}; live heap with the graph ${(before.heapUsed / 2 ** 20).toFixed(0)} MiB before the export, at most ${(largest / 2 ** 20).toFixed(0)} MiB during it`,
    );
    checkpoint(result);

    // Ours on the two shipped queries no other part asks, on the inputs Virtuoso gets.
    const pairs = queries.pairs;
    measureQueries(
      {
        name: "unilateralCommitments",
        inputs: queries.actors,
        warmup: queries.actorsWarmup,
        implementations: {
          ours: impl((a: string) => unilateralCommitments(graph as AccordGraph, a), ids),
        },
      },
      runs,
      result,
    );
    measureQueries(
      {
        name: "discussedButNotAgreed",
        inputs: pairs,
        warmup: queries.pairsWarmup,
        implementations: {
          ours: impl(([x, y]: Pair) => discussedButNotAgreed(graph as AccordGraph, [x, y]), ids),
        },
      },
      runs,
      result,
    );
    graph = undefined;
    dataset = undefined;
    collectGarbage(1);

    if (!virtuosoInstalled()) {
      result.notes.push("virtuoso: not installed (apt-get install virtuoso-opensource-7-bin)");
      return;
    }
    progress("rdf", "start Virtuoso");
    // 8 KB pages: 1.3 GB up to 100k commitments, 2.3 GB beyond (the machine has 24 GB).
    const server = await Virtuoso.start({ buffers: size > 100_000 ? 300_000 : 170_000 });
    try {
      renameSync(nquads, join(server.dir, "export.nq"));
      progress("rdf", "Virtuoso bulk load");
      const loadStart = now();
      await server.load(["export.nq"]);
      const loadMs = now() - loadStart;
      result.series.buildGraph = {
        virtuoso: series("ms", [median(nquadsTimes) + loadMs]),
      };
      result.series["virtuoso bulk load"] = { virtuoso: series("ms", [loadMs]) };
      result.notes.push(
        `virtuoso: ${(nquadsBytes / 2 ** 20).toFixed(0)} MiB of N-Quads bulk-loaded in ${(loadMs / 1000).toFixed(1)} s (ld_dir, rdf_loader_run, checkpoint); buildGraph's row gives it writeRdf's time plus the load; database folder ${(folderSize(server.dir) / 2 ** 20).toFixed(0)} MiB after the load`,
      );
      rmSync(join(server.dir, "export.nq"), { force: true });
      checkpoint(result);
      // Each HTTP question takes milliseconds: more time than the peers' budget, for a median
      // that rests on more than a handful of samples.
      const serverBudget = Math.max(budgetMs, size >= 1_000_000 ? 60_000 : 20_000);
      const askIds = async (name: SparqlQuery, question: Question) =>
        (await server.select(parameterize(name, question))).map((row) => row.id?.value ?? "");
      const party = ([x, y]: Pair) => ({ values: { party: [x, y] } });
      await measureAsyncQueries(
        "agreedByAll",
        "virtuoso",
        pairs,
        queries.pairsWarmup,
        (pair) => askIds("agreedByAll", party(pair)),
        runs,
        serverBudget,
        result,
      );
      await measureAsyncQueries(
        "commitmentsAbout",
        "virtuoso",
        queries.topics,
        queries.topicsWarmup,
        (topic) => askIds("commitmentsAbout", { values: { topic: [topic] } }),
        runs,
        serverBudget,
        result,
      );
      await measureAsyncQueries(
        "unilateralCommitments",
        "virtuoso",
        queries.actors,
        queries.actorsWarmup,
        (actor) => askIds("unilateralCommitments", { values: { actor: [actor] } }),
        runs,
        serverBudget,
        result,
      );
      await measureAsyncQueries(
        "discussedButNotAgreed",
        "virtuoso",
        pairs,
        queries.pairsWarmup,
        (pair) => askIds("discussedButNotAgreed", party(pair)),
        runs,
        serverBudget,
        result,
      );
    } finally {
      progress("rdf", "stop Virtuoso");
      await server.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The bytes of the files in a folder (not recursive). */
function folderSize(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder)) total += statSync(join(folder, name)).size;
  return total;
}

export interface MeasureOptions {
  size: number;
  part: Part;
  runs: number;
  seed: number;
  /** Time budget per peer query series, in ms. */
  budgetMs: number;
  /** Where the rdf part writes its export (and Virtuoso its database); default the OS's. */
  scratchDir?: string;
}

export async function measure(options: MeasureOptions): Promise<PartResult> {
  const { size, part, runs, seed, budgetMs } = options;
  const result: PartResult = {
    part,
    size,
    seed,
    runs,
    records: {},
    series: {},
    answers: {},
    process: { heapLimit: 0, maxRss: 0, heapUsed: 0, maxLiveHeap: 0 },
    notes: [],
  };
  const start = now();
  const held: Held = { input: asReadFromJson(generateDataset({ seed, commitments: size })) };
  result.series.generate = { generator: series("ms", [now() - start]) };
  result.records = recordCounts(held.input as DatasetInput);
  const queries = sampleQueryInputs(held.input as DatasetInput, seed);
  if (part === "ours") runOurs(held, seed, runs, result);
  else if (part === "ours-queries") runOursQueries(held, queries, runs, budgetMs, result);
  else if (part === "ours-extend") await runOursExtend(held, queries, seed, runs, budgetMs, result);
  else if (part === "n3") runN3(held, queries, runs, budgetMs, result);
  else if (part === "oxigraph") runOxigraph(held, queries, runs, budgetMs, result);
  else await runRdf(held, queries, runs, budgetMs, result, options.scratchDir ?? tmpdir());
  result.process = processFigures();
  return result;
}

if (process.argv[1]?.endsWith("measure.ts")) {
  const { values } = parseArgs({
    options: {
      size: { type: "string" },
      part: { type: "string", default: "ours" },
      runs: { type: "string", default: "5" },
      seed: { type: "string", default: "42" },
      budget: { type: "string", default: "60000" },
      out: { type: "string" },
    },
  });
  const part = values.part as Part;
  if (!PARTS.includes(part)) throw new Error(`measure: unknown part ${values.part}`);
  checkpointPath = values.out;
  const result = await measure({
    size: Number(values.size),
    part,
    runs: Number(values.runs),
    seed: Number(values.seed),
    budgetMs: Number(values.budget),
    ...(values.out !== undefined ? { scratchDir: dirname(values.out) } : {}),
  });
  const json = JSON.stringify(result);
  if (values.out !== undefined) {
    writeFileSync(`${values.out}.partial`, json);
    renameSync(`${values.out}.partial`, values.out);
  } else console.log(json);
}
