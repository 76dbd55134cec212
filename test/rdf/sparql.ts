// The shipped SPARQL queries (examples/sparql/*.rq), the core helper each one answers like, and
// the questions both are asked: on Geneva and on random datasets. Shared by the oxigraph and the
// Virtuoso suites, which differ only in the engine that runs the query.
import {
  type AccordGraph,
  agreedByAll,
  commitmentsAbout,
  discussedButNotAgreed,
  unilateralCommitments,
} from "@accordkg/core";
import { type Dataset, defineDataset } from "@accordkg/data";
import fc from "fast-check";
import {
  parameterize,
  type Question,
  SPARQL_QUERIES,
  type SparqlQuery,
  sparqlText,
} from "../../bench/sparqlQueries";
import { nth, validInput } from "../properties/arbitraries";

export { parameterize, type Question };

interface QuerySpec {
  /** The query text as shipped. */
  readonly text: string;
  /** The core helper's answer, as ids. */
  readonly helper: (graph: AccordGraph, question: Question) => string[];
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const only = (question: Question, variable: string) => question.values[variable]?.[0] as string;

const HELPERS: Record<SparqlQuery, QuerySpec["helper"]> = {
  agreedByAll: (graph, q) => ids(agreedByAll(graph, q.values.party ?? [])),
  commitmentsAbout: (graph, q) => ids(commitmentsAbout(graph, only(q, "topic"))),
  unilateralCommitments: (graph, q) => ids(unilateralCommitments(graph, only(q, "actor"))),
  discussedButNotAgreed: (graph, q) => ids(discussedButNotAgreed(graph, q.values.party ?? [])),
};

export const QUERIES: Readonly<Record<SparqlQuery, QuerySpec>> = Object.fromEntries(
  SPARQL_QUERIES.map((name) => [name, { text: sparqlText(name), helper: HELPERS[name] }]),
) as Record<SparqlQuery, QuerySpec>;

/** The questions for one dataset: party lists, topics and actors, some with empty answers. */
export function questionsFor(
  dataset: Dataset,
  numbers: readonly number[],
): Record<SparqlQuery, Question[]> {
  const agreements = dataset.commitments.filter((c) => c.kind === "agreement");
  const parties = (n: number, m: number): string[] => {
    // Half the time the parties of an agreement (a non-empty answer), else any two actors.
    if (n % 2 === 0 && agreements.length > 0) return [...nth(agreements, m).parties];
    return [...new Set([nth(dataset.actors, n).id, nth(dataset.actors, m).id])];
  };
  const pairs = numbers.map((n, i) => parties(n, numbers[(i + 1) % numbers.length] as number));
  return {
    agreedByAll: pairs.map((party) => ({ values: { party } })),
    discussedButNotAgreed: pairs.map((party) => ({ values: { party } })),
    commitmentsAbout: numbers.map((n) => ({ values: { topic: [nth(dataset.topics, n).id] } })),
    unilateralCommitments: numbers.map((n) => ({ values: { actor: [nth(dataset.actors, n).id] } })),
  };
}

/** A few small random datasets, the same ones on every run (a fixed seed). */
export function randomDatasets(
  count: number,
  seed: number,
): { dataset: Dataset; numbers: number[] }[] {
  return fc
    .sample(fc.tuple(validInput, fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
      numRuns: count,
      seed,
    })
    .map(([input, numbers]) => ({ dataset: defineDataset(input), numbers }));
}

/** The Geneva questions: the parties, topics and actors the docs ask about. */
export const GENEVA_QUESTIONS: Record<SparqlQuery, Question[]> = {
  agreedByAll: [
    { values: { party: ["joe-biden", "vladimir-putin"] } },
    { values: { party: ["united-states", "russia"] } },
    { values: { party: ["united-states"] } },
    { values: { party: ["joe-biden", "ukraine"] } },
  ],
  discussedButNotAgreed: [
    { values: { party: ["joe-biden", "vladimir-putin"] } },
    { values: { party: ["united-states", "russia"] } },
  ],
  commitmentsAbout: [
    { values: { topic: ["strategic-stability"] } },
    { values: { topic: ["ukraine-file"] } },
    { values: { topic: ["international-security"] } },
    { values: { topic: ["arctic"] } },
  ],
  unilateralCommitments: [{ values: { actor: ["joe-biden"] } }, { values: { actor: ["russia"] } }],
};
