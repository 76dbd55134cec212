// The shipped SPARQL queries on a real Virtuoso server (the engine behind DBpedia), started for
// this file on 127.0.0.1 in a temporary folder, loaded with N-Quads exports through its bulk
// loader, queried over HTTP, stopped at the end. Geneva and a few small random datasets share the
// server, each under its own base IRI so that their records stay apart.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AccordGraph, buildGraph } from "@accordkg/core";
import { type Dataset, geneva2021 } from "@accordkg/data";
import { toRdf } from "@accordkg/rdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SPARQL_QUERIES, type SparqlQuery } from "../../bench/sparqlQueries";
import { Virtuoso, virtuosoInstalled } from "../../bench/virtuoso";
import {
  GENEVA_QUESTIONS,
  parameterize,
  QUERIES,
  type Question,
  questionsFor,
  randomDatasets,
} from "./sparql";

const installed = virtuosoInstalled();

test.runIf(process.env.CI !== undefined)("Virtuoso is installed, as CI requires", () => {
  expect(installed, "apt-get install virtuoso-opensource-7-bin (.ci/run does)").toBe(true);
});

interface Loaded {
  dataset: Dataset;
  graph: AccordGraph;
  base: string;
  questions: Record<SparqlQuery, Question[]>;
}

describe.runIf(installed)("the shipped SPARQL queries on Virtuoso", () => {
  let server: Virtuoso;
  const geneva = buildGraph(geneva2021);
  const random: Loaded[] = randomDatasets(4, 29).map(({ dataset, numbers }) => ({
    dataset,
    graph: buildGraph(dataset),
    base: `https://example.org/${dataset.id}/`,
    questions: questionsFor(dataset, numbers),
  }));

  beforeAll(async () => {
    server = await Virtuoso.start();
    writeFileSync(join(server.dir, "geneva.nq"), toRdf(geneva, { format: "n-quads" }));
    random.forEach(({ graph, base }, i) => {
      writeFileSync(join(server.dir, `random-${i}.nq`), toRdf(graph, { format: "n-quads", base }));
    });
    await server.load(["geneva.nq", ...random.map((_, i) => `random-${i}.nq`)]);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  const ids = async (query: string) =>
    (await server.select(query)).map((row) => row.id?.value as string).sort();
  const sorted = (values: readonly string[]) => [...values].sort();

  test("agreedByAll, as shipped, returns Geneva's four agreements", async () => {
    expect(await ids(QUERIES.agreedByAll.text)).toEqual([
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
      "strategic-stability-dialogue",
    ]);
  });

  test("Arabic labels come back intact, with their language", async () => {
    const rows = await server.select(
      `SELECT ?label WHERE { <https://w3id.org/accordkg/id/actor/vladimir-putin> <http://www.w3.org/2000/01/rdf-schema#label> ?label . FILTER (LANG(?label) = "ar") }`,
    );
    expect(rows.map((row) => [row.label?.value, row.label?.["xml:lang"]])).toEqual([
      ["فلاديمير بوتين", "ar"],
    ]);
  });

  test.each(SPARQL_QUERIES)("%s answers as the core helper does on Geneva", async (name) => {
    for (const question of GENEVA_QUESTIONS[name]) {
      const expected = sorted(QUERIES[name].helper(geneva, question));
      expect(await ids(parameterize(name, question)), JSON.stringify(question)).toEqual(expected);
    }
  });

  test.each(SPARQL_QUERIES)(
    "%s answers as the core helper does on random datasets",
    async (name) => {
      let nonEmpty = 0;
      for (const { graph, base, questions } of random)
        for (const question of questions[name]) {
          const expected = sorted(QUERIES[name].helper(graph, question));
          if (expected.length > 0) nonEmpty++;
          expect(await ids(parameterize(name, question, base)), JSON.stringify(question)).toEqual(
            expected,
          );
        }
      expect(nonEmpty, "questions with a non-empty answer").toBeGreaterThan(4);
    },
  );
});
