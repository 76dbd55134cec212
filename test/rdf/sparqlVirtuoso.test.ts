// The shipped SPARQL queries on a real Virtuoso server (the engine behind DBpedia), started for
// this file on 127.0.0.1 in a temporary folder, loaded with N-Quads exports through its bulk
// loader, queried over HTTP, stopped at the end. Geneva and a few small random datasets share the
// server, each under its own base IRI so that their records stay apart.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AccordGraph, agreedByAll, buildGraph, gradeOf } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { toRdf } from "@accordkg/rdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SparqlQuery } from "../../bench/sparqlQueries";
import { Virtuoso, virtuosoInstalled } from "../../bench/virtuoso";
import {
  GENEVA_QUESTIONS,
  parameterize,
  QUERIES,
  type Question,
  questionsFor,
  randomDatasets,
  SPARQL_QUERIES,
} from "./sparql";

const installed = virtuosoInstalled();

test.runIf(process.env.CI !== undefined)("Virtuoso is installed, as CI requires", () => {
  expect(installed, "apt-get install virtuoso-opensource-7-bin (.ci/run does)").toBe(true);
});

interface Loaded {
  graph: AccordGraph;
  base: string;
  questions: Record<SparqlQuery, Question[]>;
}

const sorted = (values: readonly string[]) => [...values].sort();

describe.runIf(installed)("the shipped SPARQL queries on Virtuoso", () => {
  let server: Virtuoso;
  const geneva = buildGraph(geneva2021);
  const random: Loaded[] = randomDatasets(4, 29).map(({ dataset, numbers }) => ({
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

  /** The rows a SELECT query answers over HTTP, each read as its helper's answer would be. */
  const answer = async (name: SparqlQuery, query: string) =>
    sorted(
      (await server.select(query)).map((row) =>
        QUERIES[name].read(
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value.value])),
        ),
      ),
    );

  test("agreedByAll, as shipped, returns the agreements of Biden and Putin in Geneva", async () => {
    const agreements = sorted(
      agreedByAll(geneva, ["joe-biden", "vladimir-putin"]).map((c) => c.id),
    );
    expect(agreements.length).toBeGreaterThanOrEqual(4);
    expect(await answer("agreedByAll", QUERIES.agreedByAll.text)).toEqual(agreements);
  });

  test("gradeOf, as shipped, says the Strategic Stability Dialogue rests on a joint text", async () => {
    expect(gradeOf(geneva, "strategic-stability-dialogue")).toBe("joint");
    expect(await answer("gradeOf", QUERIES.gradeOf.text)).toEqual(["joint"]);
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
      expect(await answer(name, parameterize(name, question)), JSON.stringify(question)).toEqual(
        expected,
      );
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
          expect(
            await answer(name, parameterize(name, question, base)),
            JSON.stringify(question),
          ).toEqual(expected);
        }
      expect(nonEmpty, "questions with a non-empty answer").toBeGreaterThan(4);
    },
  );
});
