import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as data from "@accordkg/data";
import {
  DatasetError,
  defineDataset,
  geneva2021,
  ID_PATTERN,
  Id,
  LANGUAGE_TAG_PATTERN,
  LanguageTag,
  mergeDatasets,
  safeDefineDatasetFromJson,
  WIKIDATA_PATTERN,
  WikidataId,
} from "@accordkg/data";
import { afterAll, describe, expect, test } from "vitest";
import { expectDeeplyFrozen, objectsIn } from "./deepFrozen";
import { INVALID_DIR, minimalJson } from "./invalidCorpus";

const isSchema = (value: unknown) =>
  typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;
const exported = Object.entries(data);
// Data the package exports: every export that is neither code (functions, classes, zod schemas,
// whose mutability is zod's design) nor a RegExp (tested on its own below).
const exportedData = exported.filter(
  ([, value]) =>
    typeof value === "object" && value !== null && !isSchema(value) && !(value instanceof RegExp),
);

let layersTried = 0;
afterAll(() => console.log(`immutability: ${layersTried} frozen layers tried`));

describe("everything @accordkg/data exports is deeply frozen", () => {
  test("the exported data are the constants and the dataset we expect", () => {
    expect(exportedData.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining([
        "ACTOR_KINDS",
        "CLAIM_KINDS",
        "COLLECTIONS",
        "COMMITMENT_KINDS",
        "DATASET_ERROR_CODES",
        "EVENT_KINDS",
        "geneva2021",
      ]),
    );
  });

  test.each(exportedData)("%s refuses every write at every layer", (name, value) => {
    layersTried += expectDeeplyFrozen(value, name);
  });

  test("geneva2021 is frozen down to each evidence span", () => {
    const spans = [...objectsIn(geneva2021)].filter(([path]) => /\.evidence\.\d+$/.test(path));
    expect(spans.length).toBeGreaterThan(20);
    for (const [path, span] of spans) expect(Object.isFrozen(span), path).toBe(true);
  });

  test.each([
    ["ID_PATTERN", ID_PATTERN, Id, "Not An Id"],
    ["LANGUAGE_TAG_PATTERN", LANGUAGE_TAG_PATTERN, LanguageTag, "Arabic language"],
    ["WIKIDATA_PATTERN", WIKIDATA_PATTERN, WikidataId, "6279"],
  ] as const)(
    "changing the exported %s cannot change what validates",
    (_, pattern, schema, bad) => {
      const { source, flags } = pattern;
      // RegExp.prototype.compile rewrites a RegExp in place, even a frozen one (it replaces the
      // matcher, then throws on lastIndex): the exported pattern must not be the schema's own.
      const recompile = (text: string, newFlags: string) => {
        try {
          pattern.compile(text, newFlags);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
      };
      recompile("^.*$", "");
      try {
        expect(schema.safeParse(bad).success).toBe(false);
      } finally {
        recompile(source, flags);
      }
    },
  );
});

describe("every dataset the package returns is deeply frozen", () => {
  test("defineDataset returns a frozen copy and leaves the caller's input alone", () => {
    const input = JSON.parse(minimalJson());
    const before = structuredClone(input);
    const dataset = defineDataset(input);
    layersTried += expectDeeplyFrozen(dataset, "defineDataset(minimal)");
    expect(dataset).not.toBe(input);
    expect(Object.isFrozen(input) || Object.isFrozen(input.commitments)).toBe(false);
    expect(input).toEqual(before);
  });

  test("mergeDatasets returns a frozen dataset", () => {
    const text = "The United States reaffirmed its commitment to the sovereignty of Ukraine.";
    const copied = (id: string) => geneva2021.actors.find((actor) => actor.id === id);
    const own = defineDataset({
      id: "own-notes",
      title: "A contributor's own note",
      sources: [{ id: "own-note-en", title: "A note", language: "en", text }],
      // Records shared with geneva2021 are copied as they are, so the merge keeps one of each.
      actors: [copied("joe-biden"), copied("united-states"), copied("ukraine")],
      topics: [{ id: "ukraine-sovereignty-note", label: { en: "Sovereignty of Ukraine" } }],
      events: [],
      commitments: [
        {
          id: "own-us-commitment-to-ukraine",
          kind: "pledge",
          parties: ["united-states"],
          recipients: ["ukraine"],
          topics: ["ukraine-sovereignty-note"],
          statedBy: ["joe-biden"],
          summary: { en: "The United States reaffirmed its commitment to Ukraine's sovereignty." },
          evidence: [{ source: "own-note-en", start: 0, end: text.length, quote: text }],
        },
      ],
    });
    const merged = mergeDatasets(geneva2021, own);
    layersTried += expectDeeplyFrozen(merged, "mergeDatasets(geneva2021, own)");
    expect(merged.commitments).toHaveLength(geneva2021.commitments.length + 1);
    expect(merged.actors).toHaveLength(geneva2021.actors.length);
  });

  test("a DatasetError's issues and their paths are frozen", () => {
    const json = readFileSync(join(INVALID_DIR, "agreement-same-party-twice.json"), "utf8");
    const result = safeDefineDatasetFromJson(json);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DatasetError);
    layersTried += expectDeeplyFrozen(result.error.issues, "error.issues");
    // `codes` is computed: a fresh array each time, so a caller's change cannot leak.
    expect(result.error.codes).not.toBe(result.error.codes);
  });
});
