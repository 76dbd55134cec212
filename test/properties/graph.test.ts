import {
  AccordError,
  type AccordGraph,
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  gradeOf,
  neighborhood,
  perspectives,
  search,
  sharedTopics,
  statedBy,
  topicsDiscussed,
  unilateralCommitments,
} from "@accordkg/core";
import { COMMITMENT_KINDS, type Dataset, DatasetError, defineDataset } from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { counter, fresh, nth, validInputWithAccounts as validInput } from "./arbitraries";
import { CORRUPTIONS } from "./corruptions";

const check = counter("graph");

const serialized = (graph: AccordGraph) => JSON.stringify(graph.export());
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
/** The distinct actors at the given positions. */
const actorsAt = (dataset: Dataset, positions: readonly number[]) => [
  ...new Set(positions.map((n) => nth(dataset.actors, n).id)),
];
/**
 * Parties to ask about: half the time the parties of one of the dataset's agreements (so that the
 * answer is not empty), otherwise any actors.
 */
function partiesFor(dataset: Dataset, [first = 0, ...rest]: readonly number[]): string[] {
  const agreements = dataset.commitments.filter((c) => c.kind === "agreement");
  if (first % 2 === 1 || agreements.length === 0) return actorsAt(dataset, [first, ...rest]);
  return [...nth(agreements, rest[0] ?? first).parties];
}

const COMMITMENT_KIND_NAMES = Object.keys(COMMITMENT_KINDS) as (keyof typeof COMMITMENT_KINDS)[];

/** Every public query, each given arguments of the kind it expects, chosen by three numbers. */
const QUERIES: Record<string, (graph: AccordGraph, d: Dataset, n: readonly number[]) => unknown> = {
  agreedByAll: (g, d, n) => agreedByAll(g, partiesFor(d, n)),
  agreedByAllJoint: (g, d, n) => agreedByAll(g, partiesFor(d, n), { minGrade: "joint" }),
  accountsOf: (g, d, [c = 0]) => accountsOf(g, nth(d.commitments, c).id),
  gradeOf: (g, d, [c = 0]) => gradeOf(g, nth(d.commitments, c).id),
  perspectives: (g, d, n) => perspectives(g, partiesFor(d, n)),
  commitmentsOf: (g, d, [a = 0, k = 0]) =>
    commitmentsOf(g, nth(d.actors, a).id, { kinds: [nth(COMMITMENT_KIND_NAMES, k)] }),
  unilateralCommitments: (g, d, [a = 0]) => unilateralCommitments(g, nth(d.actors, a).id),
  commitmentsAbout: (g, d, [t = 0]) => commitmentsAbout(g, nth(d.topics, t).id),
  sharedTopics: (g, d, [a = 0, b = 0]) => sharedTopics(g, nth(d.actors, a).id, nth(d.actors, b).id),
  topicsDiscussed: (g, d, [e = 0]) => topicsDiscussed(g, nth(d.events, e).id),
  discussedButNotAgreed: (g, d, n) => discussedButNotAgreed(g, partiesFor(d, n)),
  statedBy: (g, d, [a = 0]) => statedBy(g, nth(d.actors, a).id),
  evidenceOf: (g, d, [c = 0]) => evidenceOf(g, nth(d.commitments, c).id),
  neighborhood: (g, d, [c = 0, depth = 0]) => neighborhood(g, nth(d.commitments, c).id, depth % 3),
  connection: (g, d, [a = 0, t = 0]) => connection(g, nth(d.actors, a).id, nth(d.topics, t).id),
  search: (g, d, [a = 0, t = 0]) =>
    search(g, a % 2 === 0 ? nth(d.actors, a).name.en : nth(d.topics, t).label.en),
};

/** What a query answered, as text; a typed error (a caller bug) is an answer too. */
function answer(run: () => unknown): { value: unknown; text: string } {
  try {
    const value = run();
    return { value, text: JSON.stringify(value) };
  } catch (error) {
    if (!(error instanceof AccordError)) throw error;
    return { value: undefined, text: `${error.name}: ${error.message}` };
  }
}

const graphInput = validInput.map((input) => {
  const dataset = defineDataset(input);
  return { dataset, graph: buildGraph(dataset) };
});
const positions = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

describe("the graph and its queries under random data", () => {
  test("buildGraph is deterministic: the same input gives the same serialized graph", () => {
    check(
      40,
      fc.property(validInput, (input) => {
        const dataset = defineDataset(input);
        const once = serialized(buildGraph(dataset));
        expect(serialized(buildGraph(dataset))).toBe(once);
        expect(serialized(buildGraph(defineDataset(JSON.parse(JSON.stringify(dataset)))))).toBe(
          once,
        );
        expect(serialized(buildGraph(fresh(input) as Dataset))).toBe(once);
      }),
    );
  });

  test("buildGraph never builds from an invalid dataset: any corruption is a DatasetError", () => {
    check(
      100,
      fc.property(
        validInput,
        fc.constantFrom(...CORRUPTIONS),
        fc.nat(),
        (generated, corruption, n) => {
          const input = fresh(generated);
          corruption.apply(input, n);
          expect(() => buildGraph(input as Dataset)).toThrow(DatasetError);
        },
      ),
    );
  });

  test("agreedByAll is symmetric in its parties and returns only agreements", () => {
    let answered = 0;
    check(
      120,
      fc.property(graphInput, positions, fc.nat(), ({ dataset, graph }, at, rotation) => {
        const parties = partiesFor(dataset, at);
        const turned = parties.map((_, i) => parties[(i + rotation) % parties.length] as string);
        const answer = agreedByAll(graph, parties);
        expect(ids(agreedByAll(graph, turned))).toEqual(ids(answer));
        expect(ids(agreedByAll(graph, [...parties].reverse()))).toEqual(ids(answer));
        for (const commitment of answer) expect(commitment.kind).toBe("agreement");
        if (answer.length > 0) answered++;
      }),
    );
    expect(answered, "runs with a non-empty answer").toBeGreaterThan(30);
  });

  test("agreedByAll never grows when a party is added", () => {
    check(
      120,
      fc.property(graphInput, positions, fc.nat(), ({ dataset, graph }, at, extra) => {
        const parties = partiesFor(dataset, at);
        const more = [...new Set([...parties, nth(dataset.actors, extra).id])];
        const fewer = new Set(ids(agreedByAll(graph, parties)));
        for (const id of ids(agreedByAll(graph, more))) expect(fewer.has(id), id).toBe(true);
      }),
    );
  });

  test("no query changes the graph or anything a query returned before", () => {
    const call = fc.record({
      query: fc.constantFrom(...Object.keys(QUERIES)),
      at: positions,
    });
    check(
      100,
      fc.property(
        graphInput,
        fc.array(call, { minLength: 1, maxLength: 12 }),
        ({ dataset, graph }, calls) => {
          const before = serialized(graph);
          const answers: { value: unknown; text: string }[] = [];
          for (const { query, at } of calls) {
            const run = () => (QUERIES[query] as (typeof QUERIES)[string])(graph, dataset, at);
            const first = answer(run);
            // A careless caller empties what it was given; the next answer must not change.
            const given = answer(run).value;
            if (Array.isArray(given)) given.length = 0;
            expect(answer(run).text, query).toBe(first.text);
            answers.push(first);
            for (const earlier of answers)
              if (earlier.value !== undefined)
                expect(JSON.stringify(earlier.value)).toBe(earlier.text);
          }
          expect(serialized(graph)).toBe(before);
        },
      ),
    );
  });
});
