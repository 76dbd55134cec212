import { agreedByAll, buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { toRdf } from "@accordkg/rdf";
import oxigraph from "oxigraph";
import { describe, expect, test } from "vitest";
import type { SparqlQuery } from "../../bench/sparqlQueries";
import {
  GENEVA_QUESTIONS,
  parameterize,
  QUERIES,
  questionsFor,
  randomDatasets,
  SPARQL_QUERIES,
} from "./sparql";

type Store = InstanceType<typeof oxigraph.Store>;

/** The rows a SELECT query answers, each read as its helper's answer would be, sorted. */
function answer(store: Store, name: SparqlQuery, query: string): string[] {
  // The named graphs hold the data: query their union, as Virtuoso does by default.
  const rows = store.query(query, { use_default_graph_as_union: true }) as Map<
    string,
    { value: string }
  >[];
  return rows
    .map((row) => QUERIES[name].read(Object.fromEntries([...row].map(([k, v]) => [k, v.value]))))
    .sort();
}

const sorted = (values: readonly string[]) => [...values].sort();

describe("the shipped SPARQL queries on oxigraph", () => {
  const graph = buildGraph(geneva2021);
  const store = new oxigraph.Store();
  store.load(toRdf(graph, { format: "n-quads" }), { format: "application/n-quads" });
  const random = randomDatasets(6, 13).map(({ dataset, numbers }) => {
    const base = `https://example.org/${dataset.id}/`;
    const local = new oxigraph.Store();
    const randomGraph = buildGraph(dataset);
    local.load(toRdf(randomGraph, { format: "n-quads", base }), {
      format: "application/n-quads",
    });
    return { graph: randomGraph, store: local, base, questions: questionsFor(dataset, numbers) };
  });

  test("agreedByAll, as shipped, returns the agreements of Biden and Putin in Geneva", () => {
    const agreements = sorted(agreedByAll(graph, ["joe-biden", "vladimir-putin"]).map((c) => c.id));
    expect(agreements.length).toBeGreaterThanOrEqual(4);
    expect(answer(store, "agreedByAll", QUERIES.agreedByAll.text)).toEqual(agreements);
  });

  test("gradeOf meets every grade Geneva has: joint, concordant, one-sided", () => {
    const grades = new Set(
      GENEVA_QUESTIONS.gradeOf.flatMap((question) =>
        answer(store, "gradeOf", parameterize("gradeOf", question)),
      ),
    );
    expect([...grades].sort()).toEqual(
      expect.arrayContaining(["concordant", "joint", "one-sided"]),
    );
  });

  test.each(SPARQL_QUERIES)("%s answers as the core helper does on Geneva", (name) => {
    for (const question of GENEVA_QUESTIONS[name]) {
      const expected = sorted(QUERIES[name].helper(graph, question));
      expect(answer(store, name, parameterize(name, question)), JSON.stringify(question)).toEqual(
        expected,
      );
    }
  });

  test.each(SPARQL_QUERIES)("%s answers as the core helper does on random datasets", (name) => {
    let nonEmpty = 0;
    for (const { graph: randomGraph, store: local, base, questions } of random)
      for (const question of questions[name]) {
        const expected = sorted(QUERIES[name].helper(randomGraph, question));
        if (expected.length > 0) nonEmpty++;
        expect(
          answer(local, name, parameterize(name, question, base)),
          JSON.stringify(question),
        ).toEqual(expected);
      }
    expect(nonEmpty, "questions with a non-empty answer").toBeGreaterThan(5);
  });
});
