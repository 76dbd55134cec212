// extendGraph under random data: an extended graph answers every query exactly as a graph built
// from scratch from the same datasets, and a failed extension changes nothing at all.
import { type AccordGraph, buildGraph, extendGraph, search } from "@accordkg/core";
import {
  type Dataset,
  DatasetError,
  type DatasetInput,
  defineDataset,
  mergeDatasets,
} from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateDataset, generateExtension } from "../../bench/generate";
import { advanceSearchIndex } from "../../packages/core/src/internal/searchIndex";
import { indexOf } from "../../packages/core/src/internal/store";
import { counter, type Draft, fresh } from "./arbitraries";
import { CORRUPTIONS } from "./corruptions";
import { answer, QUERIES, serialized } from "./queries";

const check = counter("extend");

/** A base dataset and a few documents extending it, each generated against what came before. */
const scenario = fc
  .record({
    seed: fc.integer(),
    commitments: fc.integer({ min: 1, max: 40 }),
    actors: fc.integer({ min: 10, max: 30 }),
    accounts: fc.integer({ min: 0, max: 20 }),
    extensions: fc.array(
      fc.record({
        seed: fc.integer(),
        commitments: fc.integer({ min: 0, max: 12 }),
        claims: fc.integer({ min: 0, max: 4 }),
        accounts: fc.integer({ min: 0, max: 5 }),
        olderSources: fc.constantFrom(0, 0, 0.3, 1),
        actors: fc.integer({ min: 0, max: 2 }),
        topics: fc.integer({ min: 0, max: 2 }),
        copies: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ extensions, ...options }) => {
    const base = generateDataset(options);
    const documents: DatasetInput[] = [];
    let known: DatasetInput = base;
    extensions.forEach((extension, i) => {
      const document = generateExtension({ ...extension, base: known, prefix: `x${i}` });
      documents.push(document);
      known = concatenated(known, document);
    });
    return { base, documents };
  });

/** Two dataset inputs' records together (for the generator to pick references from). */
function concatenated(a: DatasetInput, b: DatasetInput): DatasetInput {
  return {
    ...a,
    sources: [...a.sources, ...b.sources],
    actors: [...a.actors, ...b.actors],
    topics: [...a.topics, ...b.topics],
    events: [...a.events, ...b.events],
    commitments: [...a.commitments, ...b.commitments],
    claims: [...(a.claims ?? []), ...(b.claims ?? [])],
    accounts: [...(a.accounts ?? []), ...(b.accounts ?? [])],
  };
}

/** Calls of every query, at random positions, chosen once per run. */
const calls = fc.array(
  fc.record({
    query: fc.constantFrom(...Object.keys(QUERIES)),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 4, maxLength: 16 },
);

type Call = { query: string; at: number[] };

/** Every call's answer, as text (a typed error is an answer too). */
function answers(graph: AccordGraph, dataset: Dataset, list: readonly Call[]): string[] {
  return list.map(
    ({ query, at }) =>
      `${query}(${at}): ${answer(() => (QUERIES[query] as (typeof QUERIES)[string])(graph, dataset, at)).text}`,
  );
}

/** Each query once on some positions, so that every lazily built index exists before a change. */
const EVERY_QUERY: Call[] = Object.keys(QUERIES).flatMap((query) => [
  { query, at: [0, 1, 2] },
  { query, at: [3, 1, 0] },
]);

/** The graph's edges as sorted text: their ends and attributes (keys are numbered differently). */
function edges(graph: AccordGraph): string[] {
  return graph
    .mapEdges(
      (_edge, attributes, source, target) => `${source} ${target} ${JSON.stringify(attributes)}`,
    )
    .sort();
}

describe("extendGraph", () => {
  test("an extended graph answers every query as the graph built from scratch from the same datasets", () => {
    check(
      60,
      fc.property(scenario, calls, fc.boolean(), ({ base, documents }, list, warm) => {
        const defined = defineDataset(base);
        const graph = buildGraph(defined);
        // Half the time the lazy indexes (search, grades, walks) exist before the extensions.
        if (warm) answers(graph, defined, EVERY_QUERY);
        for (const document of documents) extendGraph(graph, document as Dataset);
        const rebuilt = buildGraph(defined, ...(documents as Dataset[]));
        const all = mergedOf(defined, documents);
        expect(graph.order).toBe(rebuilt.order);
        expect(edges(graph)).toEqual(edges(rebuilt));
        expect(answers(graph, all, [...list, ...EVERY_QUERY])).toEqual(
          answers(rebuilt, all, [...list, ...EVERY_QUERY]),
        );
      }),
    );
  });

  test("several documents in one call are several calls, and a document may refer to the ones before it", () => {
    check(
      30,
      fc.property(scenario, calls, ({ base, documents }, list) => {
        const defined = defineDataset(base);
        const once = extendGraph(buildGraph(defined), ...(documents as Dataset[]));
        const rebuilt = buildGraph(defined, ...(documents as Dataset[]));
        const all = mergedOf(defined, documents);
        expect(answers(once, all, list)).toEqual(answers(rebuilt, all, list));
      }),
    );
  });

  test("a failing extension throws the DatasetError and changes nothing: the graph, its indexes, every answer", () => {
    check(
      60,
      fc.property(
        scenario,
        calls,
        fc.constantFrom(...CORRUPTIONS),
        fc.nat(),
        fc.boolean(),
        ({ base, documents }, list, corruption, n, warm) => {
          const defined = defineDataset(base);
          const graph = buildGraph(defined);
          const [first, ...rest] = documents;
          if (first !== undefined && rest.length > 0) extendGraph(graph, first as Dataset);
          const known =
            first !== undefined && rest.length > 0 ? mergedOf(defined, [first]) : defined;
          const next = (rest[0] ?? first) as DatasetInput;
          const broken = fresh(next as Draft);
          try {
            corruption.apply(broken, n);
          } catch {
            fc.pre(false); // this mistake needs records the document does not have
          }
          const probe = [...list, ...EVERY_QUERY];
          if (warm) answers(graph, known, probe);
          const before = { graph: serialized(graph), answers: answers(graph, known, probe) };
          expect(() => extendGraph(graph, broken as Dataset)).toThrow(DatasetError);
          expect(serialized(graph)).toBe(before.graph);
          expect(answers(graph, known, probe)).toEqual(before.answers);
          // And the index is still right for what comes next.
          extendGraph(graph, next as Dataset);
          const all = mergedOf(known, [next]);
          const rebuilt = buildGraph(all);
          expect(answers(graph, all, probe)).toEqual(answers(rebuilt, all, probe));
        },
      ),
    );
  });

  test("a failure inside the graph's own insertion is undone too", () => {
    check(
      30,
      fc.property(scenario, calls, fc.nat(), ({ base, documents }, list, after) => {
        const defined = defineDataset(base);
        const graph = buildGraph(defined);
        const probe = [...list, ...EVERY_QUERY];
        answers(graph, defined, probe);
        const before = { graph: serialized(graph), answers: answers(graph, defined, probe) };
        const add = graph.addDirectedEdgeWithKey.bind(graph);
        let calls = 0;
        const failure = new Error("the machine ran out of something");
        graph.addDirectedEdgeWithKey = ((...args: Parameters<typeof add>) => {
          if (calls++ === after % 40) throw failure;
          return add(...args);
        }) as typeof add;
        let thrown: unknown;
        try {
          extendGraph(graph, documents[0] as Dataset);
        } catch (error) {
          thrown = error;
        }
        graph.addDirectedEdgeWithKey = add;
        fc.pre(thrown !== undefined); // the document had fewer edges than `after`
        expect(thrown).toBe(failure);
        expect(serialized(graph)).toBe(before.graph);
        expect(answers(graph, defined, probe)).toEqual(before.answers);
      }),
    );
  });

  test("a search index read a few records at a time, between extensions, answers as one read at once", () => {
    check(
      60,
      fc.property(
        scenario,
        fc.array(
          fc.record({
            batch: fc.integer({ min: 1, max: 4 }),
            steps: fc.nat(6),
            search: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        ({ base, documents }, slices, picks) => {
          const defined = defineDataset(base);
          const graph = buildGraph(defined);
          // A slice reads `steps` batches, and sometimes a search finishes the index; then an
          // extension comes, while the index is partly read or complete (the next search must
          // read the new records either way).
          slices.forEach(({ batch, steps, search: searched }, i) => {
            for (let step = 0; step < steps; step++)
              advanceSearchIndex(indexOf(graph, "test"), Number.NEGATIVE_INFINITY, batch);
            if (searched) search(graph, "a");
            const document = documents[i];
            if (document !== undefined) extendGraph(graph, document as Dataset);
          });
          for (const document of documents.slice(slices.length))
            extendGraph(graph, document as Dataset);
          const all = mergedOf(defined, documents);
          // Words of summaries (the rows read in slices) and of names.
          const texts = [...all.commitments, ...all.claims, ...all.accounts]
            .flatMap((record) => (record.summary?.en ?? "").split(/\W+/))
            .concat(all.actors.map((actor) => actor.name.en))
            .filter((word) => /\w/.test(word));
          fc.pre(texts.length > 0);
          const probe = picks.map((n) => texts[n % texts.length] as string);
          const rebuilt = buildGraph(all);
          const hits = (g: AccordGraph) =>
            probe.map((text) => search(g, text).map((hit) => `${hit.match} ${hit.record.id}`));
          expect(hits(graph)).toEqual(hits(rebuilt));
        },
      ),
    );
  });
});

/** The datasets merged, as `buildGraph(base, ...documents)` merges them. */
function mergedOf(base: Dataset, documents: readonly DatasetInput[]): Dataset {
  let merged = base;
  for (const document of documents)
    merged = mergeDatasets(merged, defineDataset(document, { extends: [merged] }));
  return merged;
}
