import {
  AccordError,
  Dataset,
  DatasetError,
  defineDataset,
  geneva2021,
  InvalidArgumentsError,
  isDefinedDataset,
  mergeDatasets,
  safeDefineDataset,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { genevaCopy, setAt } from "./fixtures";

const TEXT = "Les deux présidents ont convenu de poursuivre le dialogue.";

/**
 * A second document that reuses Geneva's actors by id: its commitment names `joe-biden` and
 * `russia` without defining them. Its shape is valid (`Dataset.parse`), but it cannot stand on its
 * own (`defineDataset` rejects it); only a merge with geneva2021 resolves its references.
 */
const followUp = Dataset.parse({
  id: "follow-up-note",
  title: "A follow-up note",
  sources: [{ id: "follow-up-note-fr", title: "Note", language: "fr", text: TEXT }],
  actors: [],
  topics: [],
  events: [],
  commitments: [
    {
      id: "continue-dialogue",
      kind: "agreement",
      parties: ["united-states", "russia"],
      topics: ["strategic-stability"],
      statedBy: ["joe-biden"],
      summary: { en: "The two presidents agreed to continue the dialogue." },
      evidence: [{ source: "follow-up-note-fr", start: 20, end: 35, quote: TEXT.slice(20, 35) }],
    },
  ],
});

describe("mergeDatasets", () => {
  test("references across datasets resolve", () => {
    const alone = safeDefineDataset(followUp);
    expect(alone.success ? [] : alone.error.codes).toEqual(["unknown_actor", "unknown_topic"]);

    const merged = mergeDatasets(geneva2021, followUp);
    expect(isDefinedDataset(merged)).toBe(true);
    expect(merged.sources.map((s) => s.id)).toEqual([
      ...geneva2021.sources.map((s) => s.id),
      "follow-up-note-fr",
    ]);
    expect(merged.commitments.map((c) => c.id)).toEqual([
      ...geneva2021.commitments.map((c) => c.id),
      "continue-dialogue",
    ]);
  });

  test("identical records with the same id are kept once, in order of first appearance", () => {
    const overlap = genevaCopy();
    overlap.id = "overlap";
    overlap.title = "Overlap";
    overlap.commitments = overlap.commitments.slice(2, 4);
    overlap.claims = [];
    overlap.accounts = [];
    const merged = mergeDatasets(geneva2021, defineDataset(overlap), followUp);
    expect(merged.actors).toEqual(geneva2021.actors);
    expect(merged.topics).toEqual(geneva2021.topics);
    expect(merged.claims).toEqual(geneva2021.claims);
    expect(merged.accounts).toEqual(geneva2021.accounts);
    expect(merged.commitments).toHaveLength(geneva2021.commitments.length + 1);
    const ids = [...merged.sources, ...merged.actors, ...merged.commitments].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a different record under the same id is a merge_conflict that names both datasets, the fields that differ and both values", () => {
    const other = genevaCopy();
    other.id = "revised-geneva";
    setAt(other, ["commitments", 3, "kind"], "pledge");
    setAt(other, ["commitments", 3, "parties"], ["united-states"]);
    let error: unknown;
    try {
      mergeDatasets(geneva2021, defineDataset(other));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { issues, message } = error as DatasetError;
    expect(issues).toHaveLength(1);
    // Two fields differ: the path is the record, the message names both fields and their values.
    expect(issues[0]).toMatchObject({ code: "merge_conflict", path: ["commitments", 3] });
    expect(issues[0]?.message).toContain('"revised-geneva"');
    expect(issues[0]?.message).toContain('"geneva-2021"');
    expect(issues[0]?.message).toContain('"minsk-diplomacy"');
    expect(issues[0]?.message).toContain(
      'kind is "pledge" in "revised-geneva" and "agreement" in "geneva-2021"',
    );
    expect(issues[0]?.message).toContain(
      'parties is ["united-states"] in "revised-geneva" and ["united-states","russia"] in "geneva-2021"',
    );
    expect(message).toMatch(/^Merging "geneva-2021", "revised-geneva" has 1 problem:/);
  });

  test("one id used by records of different kinds in two datasets is a conflict too", () => {
    const other = Dataset.parse({
      ...followUp,
      id: "clash",
      topics: [{ id: "russia", label: { en: "Russia as a topic" } }],
      commitments: [],
    });
    expect(() => mergeDatasets(geneva2021, other)).toThrow(/topic under id "russia"/);
  });

  test("merging a dataset with itself returns an equal dataset", () => {
    expect(mergeDatasets(geneva2021, geneva2021)).toEqual(geneva2021);
    expect(mergeDatasets(geneva2021)).toEqual(geneva2021);
    const copy = defineDataset(genevaCopy());
    expect(mergeDatasets(geneva2021, copy)).toEqual(geneva2021);
  });

  test("the merged header does not depend on the order of the datasets", () => {
    const ab = mergeDatasets(geneva2021, followUp);
    const ba = mergeDatasets(followUp, geneva2021);
    expect([ab.id, ab.title]).toEqual([ba.id, ba.title]);
    expect(ab.id).toBe("follow-up-note-and-geneva-2021");
  });

  test("the merged result is validated: a merge that breaks a rule is reported", () => {
    const duplicate = Dataset.parse({
      ...followUp,
      id: "bad",
      commitments: [
        {
          ...followUp.commitments[0],
          evidence: [{ ...followUp.commitments[0]?.evidence[0], end: 999 }],
        },
      ],
    });
    expect(() => mergeDatasets(geneva2021, duplicate)).toThrow(/span_out_of_bounds/);
  });

  test("one differing field is the path: an editor jumps to it", () => {
    const other = genevaCopy();
    other.id = "other";
    setAt(other, ["actors", 0, "aliases"], ["Biden"]);
    expect(() => mergeDatasets(geneva2021, defineDataset(other))).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: "merge_conflict",
            path: ["actors", 0, "aliases"],
            message: expect.stringMatching(/aliases is \["Biden"\] in "other" and \["Biden",/),
          }),
        ],
      }),
    );
  });

  test("merging nothing is a caller bug: an InvalidArgumentsError, an AccordError", () => {
    expect(() => mergeDatasets()).toThrow(InvalidArgumentsError);
    expect(() => mergeDatasets()).toThrow(AccordError);
  });
});
