import { agreedByAll, buildGraph, InvalidArgumentsError, NotFoundError } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ids, rivers, span } from "./fixtures";

// In the general order: by the first evidence span, sources in dataset order. The four Biden
// reports in the Arabic article come first, then the joint statement's, then the two only Putin
// reports.
const GENEVA_AGREEMENTS = [
  "strategic-stability-dialogue",
  "cyber-expert-understandings",
  "iran-nuclear-cooperation",
  "minsk-diplomacy",
  "nuclear-war-cannot-be-won",
  "ambassadors-return",
  "diplomatic-track-consultations",
];

describe("agreedByAll", () => {
  const graph = buildGraph(geneva2021);

  test("returns every agreement binding both sides, whoever says so, in the general order", () => {
    expect(ids(agreedByAll(graph, ["joe-biden", "vladimir-putin"]))).toEqual(GENEVA_AGREEMENTS);
  });

  test("without options, gives the same answer as with the lowest grade", () => {
    const parties = ["united-states", "russia"];
    expect(agreedByAll(graph, parties, {})).toEqual(agreedByAll(graph, parties));
    expect(agreedByAll(graph, parties, { minGrade: "reported" })).toEqual(
      agreedByAll(graph, parties),
    );
  });

  test("treats a leader and the state they represent as the same party, both ways", () => {
    const leaders = agreedByAll(graph, ["joe-biden", "vladimir-putin"]);
    expect(agreedByAll(graph, ["united-states", "russia"])).toEqual(leaders);
    expect(agreedByAll(graph, ["joe-biden", "russia"])).toEqual(leaders);
    expect(agreedByAll(graph, ["united-states", "vladimir-putin"])).toEqual(leaders);
  });

  test("is symmetric in its parties", () => {
    expect(agreedByAll(graph, ["vladimir-putin", "joe-biden"])).toEqual(
      agreedByAll(graph, ["joe-biden", "vladimir-putin"]),
    );
    expect(agreedByAll(graph, ["russia", "united-states"])).toEqual(
      agreedByAll(graph, ["united-states", "russia"]),
    );
  });

  test("accepts node keys as well as ids", () => {
    expect(ids(agreedByAll(graph, ["actor:joe-biden", "actor:vladimir-putin"]))).toEqual(
      GENEVA_AGREEMENTS,
    );
  });

  test("returns only agreements, never proposals, pledges, warnings or claims", () => {
    for (const commitment of agreedByAll(graph, ["united-states"]))
      expect(commitment.kind).toBe("agreement");
    // The US proposal, pledge and warning are not there.
    expect(ids(agreedByAll(graph, ["united-states"]))).toEqual(GENEVA_AGREEMENTS);
  });

  test("returns [] when the parties share no agreement", () => {
    // Ukraine and Iran are only recipients: the agreements concern them but do not bind them.
    expect(agreedByAll(graph, ["united-states", "ukraine"])).toEqual([]);
    expect(agreedByAll(graph, ["iran"])).toEqual([]);
  });

  test("never grows when a party is added", () => {
    const actors = geneva2021.actors.map((actor) => actor.id);
    fc.assert(
      fc.property(
        fc.subarray(actors, { minLength: 1 }),
        fc.constantFrom(...actors),
        (parties, extra) => {
          const before = new Set(ids(agreedByAll(graph, parties)));
          for (const id of ids(agreedByAll(graph, [...parties, extra])))
            expect(before.has(id)).toBe(true);
        },
      ),
    );
  });

  test("returns fresh arrays", () => {
    const first = agreedByAll(graph, ["joe-biden", "vladimir-putin"]);
    first.pop();
    expect(ids(agreedByAll(graph, ["joe-biden", "vladimir-putin"]))).toEqual(GENEVA_AGREEMENTS);
  });

  test("throws NotFoundError naming the function, the id and the nearest actors", () => {
    let error: unknown;
    try {
      agreedByAll(graph, ["bidn", "vladimir-putin"]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.name).toBe("NotFoundError");
    expect(notFound.functionName).toBe("agreedByAll");
    expect(notFound.id).toBe("bidn");
    expect(notFound.expectedKind).toBe("actor");
    expect(notFound.nearest[0]).toBe("joe-biden");
    expect(notFound.message).toBe('agreedByAll: unknown actor "bidn". Did you mean "joe-biden"?');
  });

  test("throws NotFoundError for an id of another kind, saying which", () => {
    expect(() => agreedByAll(graph, ["arms-control"])).toThrow(/is a topic, not an actor/);
    expect(() => agreedByAll(graph, ["topic:arms-control"])).toThrow(NotFoundError);
  });

  test("throws InvalidArgumentsError for no parties or a non-array", () => {
    expect(() => agreedByAll(graph, [])).toThrow(InvalidArgumentsError);
    expect(() => agreedByAll(graph, "joe-biden" as unknown as string[])).toThrow(
      InvalidArgumentsError,
    );
    expect(() => agreedByAll(graph, [42 as unknown as string])).toThrow(InvalidArgumentsError);
  });
});

describe("agreedByAll on a handmade dataset", () => {
  const graph = buildGraph(rivers);

  test("finds both agreements between the leaders, in text order, not dataset order", () => {
    expect(ids(agreedByAll(graph, ["ana", "bo"]))).toEqual([
      "water-agreement",
      "delta-survey-agreement",
    ]);
    expect(agreedByAll(graph, ["northland", "southland"])).toEqual(
      agreedByAll(graph, ["bo", "ana"]),
    );
  });

  test("ignores the proposal, the warning, the pledge and the discussion", () => {
    expect(ids(agreedByAll(graph, ["southland"]))).toEqual([
      "water-agreement",
      "delta-survey-agreement",
    ]);
    expect(agreedByAll(graph, ["westland"])).toEqual([]);
    expect(agreedByAll(graph, ["westland", "southland"])).toEqual([]);
  });

  test("applies representation one hop only, not transitively", () => {
    const text = "X and Z agreed. Y and Z agreed too.";
    const source = "hop-text";
    const dataset = defineDataset({
      id: "hops",
      title: "Hops",
      sources: [{ id: source, title: "Hops", language: "en", text }],
      actors: [
        { id: "x", kind: "state", name: { en: "X" } },
        { id: "y", kind: "state", name: { en: "Y" } },
        { id: "z", kind: "state", name: { en: "Z" } },
        // One envoy for two states: the envoy stands for each, but X does not stand for Y.
        { id: "envoy", kind: "person", name: { en: "Envoy" }, represents: ["x", "y"] },
      ],
      topics: [{ id: "t", label: { en: "T" } }],
      events: [],
      commitments: [
        {
          id: "xz",
          kind: "agreement",
          parties: ["x", "z"],
          topics: ["t"],
          statedBy: ["envoy"],
          summary: { en: "X and Z agreed." },
          evidence: [span(source, text, "X and Z agreed.")],
        },
        {
          id: "yz",
          kind: "agreement",
          parties: ["y", "z"],
          topics: ["t"],
          statedBy: ["envoy"],
          summary: { en: "Y and Z agreed." },
          evidence: [span(source, text, "Y and Z agreed too.")],
        },
      ],
    });
    const hops = buildGraph(dataset);
    expect(ids(agreedByAll(hops, ["envoy", "z"]))).toEqual(["xz", "yz"]);
    expect(ids(agreedByAll(hops, ["x", "z"]))).toEqual(["xz"]);
    expect(ids(agreedByAll(hops, ["y", "z"]))).toEqual(["yz"]);
    expect(agreedByAll(hops, ["x", "y"])).toEqual([]);
  });
});
