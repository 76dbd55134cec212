// The shipped SPARQL queries (examples/sparql/*.rq), the core helper each one answers like, and
// the questions both are asked: on Geneva and on random datasets. Shared by the oxigraph and the
// Virtuoso suites, which differ only in the engine that runs the query.
import {
  type AccordGraph,
  accountsOf,
  agreedByAll,
  commitmentsAbout,
  discussedButNotAgreed,
  gradeOf,
  unilateralCommitments,
} from "@accordkg/core";
import { type Dataset, defineDataset, geneva2021 } from "@accordkg/data";
import fc from "fast-check";
import {
  parameterize,
  type Question,
  SPARQL_QUERIES,
  type SparqlQuery,
  sparqlText,
} from "../../bench/sparqlQueries";
import { nth, validInputWithAccounts } from "../properties/arbitraries";

export { parameterize, type Question };

/** A row of a SELECT answer: variable → value (IRIs and literals alike). */
export type Row = Readonly<Record<string, string>>;

interface QuerySpec {
  /** The query text as shipped. */
  readonly text: string;
  /** The core helper's answer, one string per expected row. */
  readonly helper: (graph: AccordGraph, question: Question) => string[];
  /** A row of the query's answer, as the same string. */
  readonly read: (row: Row) => string;
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const only = (question: Question, variable: string) => question.values[variable]?.[0] as string;
/** `commitment:x` → `x`. */
const local = (name: string) => name.slice(name.indexOf(":") + 1);
/** The local name of an IRI in the accordkg namespace: `…/ns#Agreement` → `agreement`. */
const vocabulary = (iri: string | undefined) => (iri ?? "").slice((iri ?? "").indexOf("#") + 1);
const byId = (row: Row) => row.id ?? "";

export const QUERIES: Readonly<Record<SparqlQuery, QuerySpec>> = {
  agreedByAll: {
    text: sparqlText("agreedByAll"),
    helper: (graph, q) => ids(agreedByAll(graph, q.values.party ?? [])),
    read: byId,
  },
  commitmentsAbout: {
    text: sparqlText("commitmentsAbout"),
    helper: (graph, q) => ids(commitmentsAbout(graph, only(q, "topic"))),
    read: byId,
  },
  unilateralCommitments: {
    text: sparqlText("unilateralCommitments"),
    helper: (graph, q) => ids(unilateralCommitments(graph, only(q, "actor"))),
    read: byId,
  },
  discussedButNotAgreed: {
    text: sparqlText("discussedButNotAgreed"),
    helper: (graph, q) => ids(discussedButNotAgreed(graph, q.values.party ?? [])),
    read: byId,
  },
  accountsOf: {
    text: sparqlText("accountsOf"),
    helper: (graph, q) =>
      accountsOf(graph, local(only(q, "statement"))).map((a) =>
        [a.id, a.primary, a.kind, a.attests, [...a.statedBy].sort().join(" ")].join("|"),
      ),
    read: (row) =>
      [
        row.id,
        row.primary === "true" || row.primary === "1",
        vocabulary(row.kind).toLowerCase(),
        row.attests === "true" || row.attests === "1",
        (row.statedBy ?? "").split(" ").sort().join(" "),
      ].join("|"),
  },
  gradeOf: {
    text: sparqlText("gradeOf"),
    helper: (graph, q) => [gradeOf(graph, local(only(q, "statement")))],
    read: (row) => vocabulary(row.grade),
  },
};

/** A question about each commitment and claim of a dataset, for the per-record queries. */
function perRecord(dataset: Dataset): Question[] {
  return [
    ...dataset.commitments.map((c) => ({ values: { statement: [`commitment:${c.id}`] } })),
    ...dataset.claims.map((c) => ({ values: { statement: [`claim:${c.id}`] } })),
  ];
}

/** The questions for one dataset: party lists, topics, actors and records, some with empty answers. */
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
  // Records with other accounts first: those are the ones whose answers are interesting.
  const accounted = new Set(dataset.accounts.map((account) => account.of));
  const records = perRecord(dataset).sort(
    (a, b) =>
      Number(accounted.has(local(only(b, "statement")))) -
      Number(accounted.has(local(only(a, "statement")))),
  );
  return {
    agreedByAll: pairs.map((party) => ({ values: { party } })),
    discussedButNotAgreed: pairs.map((party) => ({ values: { party } })),
    commitmentsAbout: numbers.map((n) => ({ values: { topic: [nth(dataset.topics, n).id] } })),
    unilateralCommitments: numbers.map((n) => ({ values: { actor: [nth(dataset.actors, n).id] } })),
    accountsOf: records.slice(0, 12),
    gradeOf: records.slice(0, 12),
  };
}

/** A few small random datasets with accounts, the same ones on every run (a fixed seed). */
export function randomDatasets(
  count: number,
  seed: number,
): { dataset: Dataset; numbers: number[] }[] {
  return fc
    .sample(fc.tuple(validInputWithAccounts, fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
      numRuns: count,
      seed,
    })
    .map(([input, numbers]) => ({ dataset: defineDataset(input), numbers }));
}

/** The Geneva questions: every pair of its leaders and states, topic, actor and record. */
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
  commitmentsAbout: geneva2021.topics.map((t) => ({ values: { topic: [t.id] } })),
  unilateralCommitments: geneva2021.actors.map((a) => ({ values: { actor: [a.id] } })),
  accountsOf: perRecord(geneva2021),
  gradeOf: perRecord(geneva2021),
};

export { SPARQL_QUERIES };
