import { buildGraph } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { toRdf } from "@accordkg/rdf";
import oxigraph from "oxigraph";
import { describe, expect, test } from "vitest";
import { SPARQL_QUERIES } from "../../bench/sparqlQueries";
import { GENEVA_QUESTIONS, parameterize, QUERIES, questionsFor, randomDatasets } from "./sparql";

type Store = InstanceType<typeof oxigraph.Store>;

/** The ids a SELECT query answers, sorted. */
function answer(store: Store, query: string): string[] {
  const rows = store.query(query, { use_default_graph_as_union: true }) as Map<
    string,
    { value: string }
  >[];
  return rows.map((row) => row.get("id")?.value as string).sort();
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe("the shipped SPARQL queries on oxigraph", () => {
  const graph = buildGraph(geneva2021);
  const store = new oxigraph.Store();
  store.load(toRdf(graph, { format: "n-quads" }), { format: "application/n-quads" });

  test("agreedByAll, as shipped, returns Geneva's four agreements", () => {
    expect(answer(store, QUERIES.agreedByAll.text)).toEqual([
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
      "strategic-stability-dialogue",
    ]);
  });

  test.each(SPARQL_QUERIES)("%s answers as the core helper does on Geneva", (name) => {
    for (const question of GENEVA_QUESTIONS[name]) {
      const expected = sorted(QUERIES[name].helper(graph, question));
      expect(answer(store, parameterize(name, question)), JSON.stringify(question)).toEqual(
        expected,
      );
    }
  });

  test.each(SPARQL_QUERIES)("%s answers as the core helper does on random datasets", (name) => {
    let nonEmpty = 0;
    for (const { dataset, numbers } of randomDatasets(6, 13)) {
      const random = buildGraph(dataset);
      const local = new oxigraph.Store();
      const base = `https://example.org/${dataset.id}/`;
      local.load(toRdf(random, { format: "n-quads", base }), { format: "application/n-quads" });
      for (const question of questionsFor(dataset, numbers)[name]) {
        const expected = sorted(QUERIES[name].helper(random, question));
        if (expected.length > 0) nonEmpty++;
        expect(answer(local, parameterize(name, question, base)), JSON.stringify(question)).toEqual(
          expected,
        );
      }
    }
    expect(nonEmpty, "questions with a non-empty answer").toBeGreaterThan(5);
  });
});
