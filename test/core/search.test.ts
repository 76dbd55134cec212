import { buildGraph, InvalidArgumentsError, search } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { normalize, words } from "../../packages/core/src/internal/normalize";
import { rivers, riversInput } from "./fixtures";

const geneva = buildGraph(geneva2021);
const handmade = buildGraph(rivers);
const hits = (graph: typeof geneva, text: string) =>
  search(graph, text).map((hit) => `${hit.match} ${hit.kind} ${hit.record.id}`);

describe("search", () => {
  test("finds Putin by his Arabic name first", () => {
    const found = search(geneva, "بوتين");
    expect(found[0]).toMatchObject({ kind: "actor", match: "alias" });
    expect(found[0]?.record.id).toBe("vladimir-putin");
    // Then the statements whose Arabic summary names him, never before the actor.
    expect(found.slice(1).every((hit) => hit.match === "summary")).toBe(true);
  });

  test("finds Putin in English, case-insensitively", () => {
    expect(hits(geneva, "putin")[0]).toBe("alias actor vladimir-putin");
    expect(hits(geneva, "PUTIN")).toEqual(hits(geneva, "putin"));
    expect(hits(geneva, "Vladimir Putin")[0]).toBe("name actor vladimir-putin");
  });

  test("finds the United States by its Arabic name, before the group that contains it", () => {
    expect(hits(geneva, "الولايات المتحدة").slice(0, 2)).toEqual([
      "name actor united-states",
      "word actor us-allies",
    ]);
  });

  test("folds ta marbuta, alef with hamza or madda, alef maqsura, tatweel and diacritics", () => {
    const expected = hits(geneva, "الولايات المتحدة");
    expect(hits(geneva, "الولايات المتحده")).toEqual(expected); // ة → ه
    expect(hits(geneva, "الولايـــات المتّحدة")).toEqual(expected); // tatweel, shadda
    // أوكرانيا written with bare alef, and with madda instead of hamza.
    expect(hits(geneva, "اوكرانيا")[0]).toBe("name actor ukraine");
    expect(hits(geneva, "آوكرانيا")[0]).toBe("name actor ukraine");
    expect(hits(geneva, "إيران")).toEqual(hits(geneva, "ايران"));
    expect(hits(geneva, "ايران")[0]).toBe("name actor iran");
    // Alef maqsura and ya meet: "على" in a summary is found as "علي".
    expect(hits(geneva, "علي")).toEqual(hits(geneva, "على"));
    expect(hits(geneva, "على").length).toBeGreaterThan(0);
  });

  test("removes tatweel on its own, from the text searched for and from the names searched", () => {
    const stretched = "الاستـــقرار"; // الاستقرار with three tatweel
    expect(normalize(stretched)).toBe("الاستقرار");
    expect(words(`${stretched} الاستراتيجي`)).toEqual(["الاستقرار", "الاستراتيجي"]);
    const input = riversInput();
    const graph = buildGraph(
      defineDataset({
        ...input,
        topics: [
          ...(input.topics ?? []),
          { id: "stretched", label: { en: "Stretched", ar: stretched } },
          { id: "plain", label: { en: "Plain", ar: "الاستقرار" } },
        ],
      }),
    );
    const both = ["name topic plain", "name topic stretched"];
    expect(hits(graph, "الاستقرار").sort()).toEqual(both);
    expect(hits(graph, "الاستـقرار").sort()).toEqual(both);
  });

  test("matches Arabic words without their attached article or conjunction", () => {
    // الأمن العالمي, الأمن السيبراني: "أمن" alone finds both topics.
    expect(hits(geneva, "أمن").slice(0, 2)).toEqual([
      "word topic global-security",
      "word topic cybersecurity",
    ]);
  });

  test("ranks name, alias, prefix, word, then summary; actors and topics before statements", () => {
    expect(hits(handmade, "water")).toEqual([
      "name topic water",
      "word topic water-sharing",
      "summary commitment water-agreement",
    ]);
    expect(hits(handmade, "ana")).toEqual([
      "alias actor ana",
      "summary commitment ceasefire-proposal",
      "summary claim talks-useful",
    ]);
    expect(hits(handmade, "north")).toEqual([
      "prefix actor northland",
      "summary commitment water-agreement",
      "summary commitment delta-survey-agreement",
    ]);
    // Within a match, actors, topics, events, then sources (by title); statements and accounts
    // by summary.
    expect(hits(geneva, "cyber")).toEqual([
      "prefix topic cybersecurity",
      "word topic critical-infrastructure",
      "word topic cybercrime",
      "word source urdupoint-sputnik-putin-cyber-2021",
      "word source reuters-nationalpost-biden-cyber-2021",
      "summary claim discussed-cybersecurity",
      "summary commitment critical-infrastructure-off-limits",
      "summary commitment cyber-expert-understandings",
      "summary account putin-cyber-consultations",
    ]);
  });

  test("finds events by name, sources by title and statements by summary", () => {
    expect(hits(geneva, "geneva")).toEqual([
      "word event geneva-summit-2021",
      "word source geneva-2021-summit-report-ar",
      "word source ukraina-ru-putin-biden-minsk-2021",
      "word source rev-putin-press-conference-minsk-2021",
      "word source medialine-biden-iran-2021",
    ]);
    expect(hits(geneva, "minsk")).toEqual([
      "word topic minsk-agreements",
      "word source ukraina-ru-putin-biden-minsk-2021",
      "summary commitment minsk-diplomacy",
      "summary account putin-minsk-understanding",
      "summary account biden-minsk-as-reported-in-russian",
    ]);
    expect(hits(handmade, "survey of the delta")).toEqual([
      "name topic delta-survey",
      "summary commitment delta-survey-agreement",
    ]);
    expect(hits(handmade, "delta survey")).toEqual([
      "word topic delta-survey",
      "summary commitment delta-survey-agreement",
    ]);
  });

  test("returns fresh hits holding the frozen records", () => {
    const [hit] = search(geneva, "russia");
    expect(Object.isFrozen(hit?.record)).toBe(true);
    expect(search(geneva, "russia")[0]).not.toBe(hit);
  });

  test("returns [] when nothing matches", () => {
    expect(search(geneva, "atlantis")).toEqual([]);
    expect(search(handmade, "بوتين")).toEqual([]);
  });

  test("throws InvalidArgumentsError for text with no letter or digit", () => {
    expect(() => search(geneva, "")).toThrow(InvalidArgumentsError);
    expect(() => search(geneva, "  —!? ")).toThrow(InvalidArgumentsError);
    expect(() => search(geneva, 7 as unknown as string)).toThrow(InvalidArgumentsError);
  });
});
