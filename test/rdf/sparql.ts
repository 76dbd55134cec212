// The shipped SPARQL queries (examples/sparql/*.rq), the core helper each one answers like, and
// the questions both are asked: on Geneva and on random datasets. Shared by the oxigraph and the
// Virtuoso suites, which differ only in the engine that runs the query.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AccordGraph,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  discussedButNotAgreed,
  unilateralCommitments,
} from "@accordkg/core";
import type { Dataset } from "@accordkg/data";
import { defineDataset } from "@accordkg/data";
import { DEFAULT_BASE } from "@accordkg/rdf";
import fc from "fast-check";
import { nth, validInput } from "../properties/arbitraries";

const folder = join(import.meta.dirname, "..", "..", "examples", "sparql");
const read = (name: string) => readFileSync(join(folder, `${name}.rq`), "utf8");

/** A question: the ids it names, by the VALUES variable they go in. */
export interface Question {
  readonly values: Readonly<Record<string, readonly string[]>>;
}

interface QuerySpec {
  /** The query text as shipped. */
  readonly text: string;
  /** The variable whose `dcterms:identifier` the answer is (`?id`). */
  readonly kinds: Readonly<Record<string, "actor" | "topic">>;
  /** The core helper's answer, as ids. */
  readonly helper: (graph: AccordGraph, question: Question) => string[];
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const only = (question: Question, variable: string) => question.values[variable]?.[0] as string;

export const QUERIES: Readonly<Record<string, QuerySpec>> = {
  agreedByAll: {
    text: read("agreedByAll"),
    kinds: { party: "actor" },
    helper: (graph, q) => ids(agreedByAll(graph, q.values.party ?? [])),
  },
  commitmentsAbout: {
    text: read("commitmentsAbout"),
    kinds: { topic: "topic" },
    helper: (graph, q) => ids(commitmentsAbout(graph, only(q, "topic"))),
  },
  unilateralCommitments: {
    text: read("unilateralCommitments"),
    kinds: { actor: "actor" },
    helper: (graph, q) => ids(unilateralCommitments(graph, only(q, "actor"))),
  },
  discussedButNotAgreed: {
    text: read("discussedButNotAgreed"),
    kinds: { party: "actor" },
    helper: (graph, q) => ids(discussedButNotAgreed(graph, q.values.party ?? [])),
  },
};

const KIND_PREFIX =
  /^PREFIX (actor|topic): <https:\/\/w3id\.org\/accordkg\/id\/(actor|topic)\/>$/gm;

/**
 * The shipped query with the question's ids in its VALUES blocks (written with the query's own
 * `actor:` and `topic:` prefixes, pointed at `base`), and HAVING counting as many parties.
 */
export function parameterize(name: string, question: Question, base = DEFAULT_BASE): string {
  const spec = QUERIES[name] as QuerySpec;
  let text = spec.text.replace(
    KIND_PREFIX,
    (_, prefix: string) => `PREFIX ${prefix}: <${base}${prefix}/>`,
  );
  for (const [variable, values] of Object.entries(question.values)) {
    const kind = spec.kinds[variable] as string;
    const block = new RegExp(`VALUES \\?${variable} \\{[^}]*\\}`, "g");
    if (!block.test(text)) throw new Error(`${name}: no VALUES ?${variable} block`);
    text = text.replace(
      block,
      `VALUES ?${variable} { ${values.map((id) => `${kind}:${id}`).join(" ")} }`,
    );
  }
  const parties = question.values.party;
  if (parties !== undefined)
    text = text.replace(
      /HAVING \(COUNT\(DISTINCT \?party\) = \d+\)/g,
      `HAVING (COUNT(DISTINCT ?party) = ${new Set(parties).size})`,
    );
  return text;
}

/** The questions for one dataset: party lists, topics and actors, some with empty answers. */
export function questionsFor(
  dataset: Dataset,
  numbers: readonly number[],
): Record<string, Question[]> {
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
export const GENEVA_QUESTIONS: Record<string, Question[]> = {
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

export { buildGraph };
