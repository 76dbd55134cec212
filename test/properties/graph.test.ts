import { agreedByAll, buildGraph } from "@accordkg/core";
import { type Dataset, DatasetError, defineDataset } from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { counter, fresh, nth, validInputWithAccounts as validInput } from "./arbitraries";
import { CORRUPTIONS } from "./corruptions";
import { answer, ids, partiesFor, QUERIES, serialized } from "./queries";

const check = counter("graph");

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
