// A dataset that refers to the records of the datasets it extends instead of copying them:
// `defineDataset(input, { extends: [geneva2021] })`.
import {
  AccordError,
  type Account,
  DatasetError,
  type DatasetInput,
  type DatasetIssue,
  defineDataset,
  defineDatasetFromJson,
  geneva2021,
  InvalidArgumentsError,
  isDefinedDataset,
  mergeDatasets,
  type RecordLookup,
  safeDefineDataset,
  safeDefineDatasetFromJson,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { type DeepMutable, mutable, setAt } from "./fixtures";

const TEXT =
  "Example notes, invented for this test. Biden said the two sides agreed to keep talking about the Arctic.";
const quote = "agreed to keep talking about the Arctic";
const start = TEXT.indexOf(quote);

/** A file that names Geneva's actors, topic and event by id and copies none of them. */
function notes(): DeepMutable<DatasetInput> {
  return mutable<DatasetInput>({
    id: "example-notes",
    title: "Example notes (invented)",
    sources: [{ id: "example-notes-text", title: "Example notes", language: "en", text: TEXT }],
    actors: [],
    topics: [{ id: "arctic-talks", label: { en: "Talks on the Arctic" }, parent: "arctic" }],
    events: [],
    commitments: [
      {
        id: "arctic-talks-continue",
        kind: "agreement",
        parties: ["united-states", "russia"],
        topics: ["arctic-talks"],
        statedBy: ["joe-biden"],
        event: "geneva-summit-2021",
        summary: { en: "The two sides agreed to keep talking about the Arctic (invented)." },
        evidence: [{ source: "example-notes-text", start, end: start + quote.length, quote }],
      },
    ],
  });
}

function issuesOf(run: () => unknown): readonly DatasetIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
  throw new Error("expected a DatasetError");
}

const extendsGeneva = { extends: [geneva2021] };

describe("defineDataset(input, { extends })", () => {
  test("a file may refer to the actors, topics and events of the datasets it extends", () => {
    const mine = defineDataset(notes(), extendsGeneva);
    expect(mine.actors).toEqual([]);
    expect(mine.commitments[0]?.parties).toEqual(["united-states", "russia"]);
    // Without them, the same file names records it does not have.
    expect(issuesOf(() => defineDataset(notes())).map((i) => i.code)).toEqual([
      "unknown_topic",
      "unknown_actor",
      "unknown_actor",
      "unknown_actor",
      "unknown_event",
    ]);
  });

  test("the result is valid with what it extends, not alone: merged, it is what a merge gives", () => {
    const mine = defineDataset(notes(), extendsGeneva);
    expect(Object.isFrozen(mine.commitments[0]?.evidence)).toBe(true);
    expect(isDefinedDataset(mine)).toBe(false);
    const merged = mergeDatasets(geneva2021, mine);
    expect(merged.commitments.at(-1)?.id).toBe("arctic-talks-continue");
    expect(merged.topics.at(-1)?.parent).toBe("arctic");
  });

  test("problems are reported with paths into the file, suggestions from the datasets extended", () => {
    const input = notes();
    setAt(input, ["commitments", 0, "parties", 1], "rusia");
    setAt(input, ["commitments", 0, "statedBy", 0], "arctic");
    setAt(input, ["commitments", 0, "event"], "geneva-sumit-2021");
    const issues = issuesOf(() => defineDataset(input, extendsGeneva));
    expect(issues).toEqual([
      {
        path: ["commitments", 0, "parties", 1],
        code: "unknown_actor",
        message: 'Unknown actor "rusia"',
        suggestion: 'Did you mean "russia"?',
      },
      {
        path: ["commitments", 0, "statedBy", 0],
        code: "wrong_reference_kind",
        message: '"arctic" is a topic (in dataset "geneva-2021"), but a actor is expected here',
      },
      {
        path: ["commitments", 0, "event"],
        code: "unknown_event",
        message: 'Unknown event "geneva-sumit-2021"',
        suggestion: 'Did you mean "geneva-summit-2021"?',
      },
    ]);
  });

  test("evidence may point into a source of the datasets extended, and is checked against its text", () => {
    const [source] = geneva2021.sources;
    const [commitment] = geneva2021.commitments;
    const span = commitment?.evidence[0];
    if (source === undefined || span === undefined) throw new Error("Geneva changed");
    const input = notes();
    setAt(input, ["commitments", 0, "evidence", 1], { ...span });
    expect(() => defineDataset(input, extendsGeneva)).not.toThrow();
    setAt(input, ["commitments", 0, "evidence", 1, "start"], span.start + 1);
    const issues = issuesOf(() => defineDataset(input, extendsGeneva));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["quote_mismatch", ["commitments", 0, "evidence", 1, "quote"]],
    ]);
    expect(issues[0]?.suggestion).toBe(
      `The quote occurs at "start": ${span.start}, "end": ${span.end}.`,
    );
  });

  test("an identical copy of an extended record is fine; a different one is a merge_conflict naming the fields", () => {
    const russia = geneva2021.actors.find((a) => a.id === "russia");
    const input = notes();
    input.actors = [mutable(russia)] as never;
    expect(defineDataset(input, extendsGeneva).actors).toEqual([russia]);

    setAt(input, ["actors", 0, "aliases"], ["Moscow"]);
    expect(issuesOf(() => defineDataset(input, extendsGeneva))).toEqual([
      {
        path: ["actors", 0, "aliases"],
        code: "merge_conflict",
        message:
          'This actor differs from the actor "russia" of dataset "geneva-2021": aliases is ["Moscow"] here and ["Russian Federation","Moscow","موسكو"] there',
        suggestion:
          'Refer to "russia" without copying it (leave it out of this file), or copy it unchanged; a different record needs another id.',
      },
    ]);
    setAt(input, ["actors", 0, "kind"], "organization");
    const [both] = issuesOf(() => defineDataset(input, extendsGeneva));
    expect(both?.path).toEqual(["actors", 0]);
    expect(both?.message).toContain('kind is "organization" here and "state" there');
  });

  test("an id of another kind in the datasets extended is a merge_conflict", () => {
    const input = notes();
    input.topics.push({ id: "russia", label: { en: "Russia as a topic" } } as never);
    expect(issuesOf(() => defineDataset(input, extendsGeneva))).toContainEqual(
      expect.objectContaining({
        path: ["topics", 1, "id"],
        code: "merge_conflict",
        message: 'Id "russia" is a actor in dataset "geneva-2021", and a topic here',
      }),
    );
  });

  test("who represents whom is checked against the actors extended", () => {
    const input = notes();
    input.actors = [
      { id: "aide", kind: "person", name: { en: "An aide" }, represents: ["united-states"] },
    ] as never;
    expect(() => defineDataset(input, extendsGeneva)).not.toThrow();
    setAt(input, ["actors", 0, "represents", 0], "joe-biden");
    expect(issuesOf(() => defineDataset(input, extendsGeneva)).map((i) => i.code)).toEqual([
      "invalid_represents_target",
    ]);
  });

  test("a cycle through the topics extended is found (when a copy changes a parent, it is a conflict first)", () => {
    const input = notes();
    // arctic-talks → arctic (Geneva) → global-security (Geneva): no cycle.
    expect(() => defineDataset(input, extendsGeneva)).not.toThrow();
    // A copy of Geneva's "arctic" whose parent is now arctic-talks: a conflict, and a cycle.
    input.topics.push({
      ...mutable(geneva2021.topics.find((t) => t.id === "arctic")),
      parent: "arctic-talks",
    } as never);
    expect(issuesOf(() => defineDataset(input, extendsGeneva)).map((i) => i.code)).toEqual([
      "merge_conflict",
      "topic_cycle",
    ]);
  });

  test("an account of an extended commitment; repeating an extended account is a duplicate_account", () => {
    const geneva = geneva2021.accounts[0] as Account;
    const input = notes();
    input.accounts = [
      {
        id: "notes-arctic-account",
        of: "strategic-stability-dialogue",
        kind: "agreement",
        statedBy: ["joe-biden"],
        summary: { en: "Biden on the dialogue (invented)." },
        evidence: [{ source: "example-notes-text", start, end: start + quote.length, quote }],
      },
      { ...mutable(geneva), id: "copy-of-a-geneva-account" },
    ] as never;
    expect(issuesOf(() => defineDataset(input, extendsGeneva))).toEqual([
      {
        path: ["accounts", 1],
        code: "duplicate_account",
        message: `Account "copy-of-a-geneva-account" has the same speakers and evidence spans as the account "${geneva.id}"`,
        suggestion:
          "Remove it: the same words would count twice. Another account has other words, or another speaker.",
      },
    ]);
    // An identical copy of the extended account (same id) is that account, not a duplicate.
    input.accounts = [mutable(geneva)] as never;
    expect(() => defineDataset(input, extendsGeneva)).not.toThrow();
  });

  test("the JSON and safe variants take the option too", () => {
    const json = JSON.stringify(notes());
    expect(defineDatasetFromJson(json, extendsGeneva).id).toBe("example-notes");
    expect(safeDefineDatasetFromJson(json, extendsGeneva).success).toBe(true);
    expect(safeDefineDataset(notes(), extendsGeneva).success).toBe(true);
    expect(safeDefineDatasetFromJson(json).success).toBe(false);
  });

  test("records held elsewhere, through a RecordLookup", () => {
    const actors = new Map(geneva2021.actors.map((actor) => [actor.id, actor]));
    const topics = new Map(geneva2021.topics.map((topic) => [topic.id, topic]));
    const lookup: RecordLookup = {
      label: "the archive",
      find: (id) => {
        const actor = actors.get(id);
        if (actor !== undefined) return { kind: "actor", record: actor };
        const topic = topics.get(id);
        return topic === undefined ? undefined : { kind: "topic", record: topic };
      },
      countOf: (kind) => (kind === "actor" ? actors.size : kind === "topic" ? topics.size : 0),
      idsOf: (kind) => (kind === "actor" ? actors.keys() : kind === "topic" ? topics.keys() : []),
      accountsOf: () => [],
    };
    const input = notes();
    delete (input.commitments[0] as { event?: string }).event;
    expect(defineDataset(input, { extends: [lookup] }).commitments).toHaveLength(1);
    setAt(input, ["commitments", 0, "event"], "geneva-summit-2021");
    expect(issuesOf(() => defineDataset(input, { extends: [lookup] })).map((i) => i.code)).toEqual([
      "unknown_event",
    ]);
  });

  test("bad options are a caller bug: an InvalidArgumentsError, an AccordError", () => {
    expect(() => defineDataset(notes(), { extends: geneva2021 as never })).toThrow(
      InvalidArgumentsError,
    );
    expect(() => defineDataset(notes(), { extends: [{ id: "broken" } as never] })).toThrow(
      /defineDataset: options.extends\[0\] is not a valid dataset/,
    );
    expect(() => safeDefineDataset(notes(), "no" as never)).toThrow(AccordError);
  });

  test("a dataset that is not defined yet is validated before it is extended", () => {
    const copy = mutable(geneva2021);
    expect(defineDataset(notes(), { extends: [copy as never] }).id).toBe("example-notes");
  });
});

describe("a record with an unknown field still gets its other checks", () => {
  test("a misspelt field, an unknown reference and a wrong quote in one record: all three at once", () => {
    const input = notes();
    setAt(input, ["commitments", 0, "partys"], ["united-states"]);
    setAt(input, ["commitments", 0, "topics", 0], "arctic-talk");
    setAt(
      input,
      ["commitments", 0, "evidence", 0, "quote"],
      "agreed to keep talking about the arctic",
    );
    const issues = issuesOf(() => defineDataset(input, extendsGeneva));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_key", ["commitments", 0, "partys"]],
      ["unknown_topic", ["commitments", 0, "topics", 0]],
      ["quote_mismatch", ["commitments", 0, "evidence", 0, "quote"]],
    ]);
    expect(issues[0]?.suggestion).toBe('Did you mean "parties"?');
  });

  test("an unknown field inside a span or a label does not hide the record's other problems", () => {
    const input = notes();
    setAt(input, ["commitments", 0, "summary", "fr"], "Texte");
    setAt(input, ["commitments", 0, "evidence", 0, "page"], 3);
    setAt(input, ["commitments", 0, "parties", 0], "united-state");
    expect(issuesOf(() => defineDataset(input, extendsGeneva)).map((i) => i.code)).toEqual([
      "unknown_key",
      "unknown_key",
      "unknown_actor",
    ]);
  });

  test("a record with another shape problem is still left out of the cross-record rules", () => {
    const input = notes();
    setAt(input, ["commitments", 0, "partys"], ["united-states"]);
    setAt(input, ["commitments", 0, "kind"], "accord");
    setAt(input, ["commitments", 0, "topics", 0], "arctic-talk");
    expect(issuesOf(() => defineDataset(input, extendsGeneva)).map((i) => i.code)).toEqual([
      "invalid_value",
      "unknown_key",
    ]);
  });
});
