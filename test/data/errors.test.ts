import {
  DATASET_ERROR_CODES,
  type DatasetErrorCode,
  type DatasetIssue,
  defineDataset,
  defineDatasetFromJson,
  geneva2021,
  mergeDatasets,
  safeDefineDataset,
  safeDefineDatasetFromJson,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import {
  type DeepMutable,
  deleteAt,
  genevaCopy,
  getAt,
  issuesOf,
  type Path,
  setAt,
} from "./fixtures";

type Geneva = DeepMutable<typeof geneva2021>;

/** Adds a second source with `text` and a span of it to the summit event's evidence. */
/** Where a record added after the shipped ones goes: the next free index of the collection. */
const NEXT_SOURCE = geneva2021.sources.length;
const NEXT_TOPIC = geneva2021.topics.length;

function withNote(d: Geneva, text: string, start: number, end: number, quote?: string): void {
  setAt(d, ["sources", NEXT_SOURCE], {
    id: "test-note",
    title: "A test note",
    language: "ar",
    text,
  });
  setAt(d, ["events", 0, "evidence", 1], {
    source: "test-note",
    start,
    end,
    quote: quote ?? text.slice(start, end),
  });
}

const SPAN: Path = ["commitments", 0, "evidence", 0];
const first = geneva2021.commitments[0]?.evidence[0];
if (first === undefined) throw new Error("fixture: the first commitment has no evidence");

interface Case {
  code: DatasetErrorCode;
  /** What is wrong, in a contributor's words. */
  input: string;
  path: Path;
  issues: () => readonly DatasetIssue[];
}

/** A case that breaks a copy of geneva2021 with `change` and validates it. */
const broken = (
  code: DatasetErrorCode,
  input: string,
  path: Path,
  change: (d: Geneva) => void,
): Case => ({
  code,
  input,
  path,
  issues: () => {
    const d = genevaCopy();
    change(d);
    return issuesOf(d);
  },
});

// One case per error code. Each case changes one thing, so it must produce exactly one issue: its
// code at its path. The last test checks that every code in the catalogue has a case.
const CASES: readonly Case[] = [
  {
    code: "invalid_json",
    input: "a trailing comma in the JSON text",
    path: [],
    issues: () => {
      const result = safeDefineDatasetFromJson('{ "id": "x", }');
      return result.success ? [] : result.error.issues;
    },
  },
  broken(
    "invalid_type",
    "a string where the parties list belongs",
    ["commitments", 0, "parties"],
    (d) => setAt(d, ["commitments", 0, "parties"], "united-states"),
  ),
  broken("missing_field", "a commitment without a summary", ["commitments", 0, "summary"], (d) =>
    deleteAt(d, ["commitments", 0, "summary"]),
  ),
  broken("unknown_key", "a misspelt field `nmae`", ["actors", 1, "nmae"], (d) =>
    setAt(d, ["actors", 1, "nmae"], { en: "Putin" }),
  ),
  broken("invalid_value", "an unknown commitment kind", ["commitments", 2, "kind"], (d) =>
    setAt(d, ["commitments", 2, "kind"], "promise"),
  ),
  broken("empty_string", "an empty title", ["title"], (d) => setAt(d, ["title"], "")),
  broken("empty_list", "an agreement with no parties", ["commitments", 0, "parties"], (d) =>
    setAt(d, ["commitments", 0, "parties"], []),
  ),
  broken("too_long", "a 129-character id", ["id"], (d) => setAt(d, ["id"], "a".repeat(129))),
  broken("invalid_id", "a reference with spaces and capitals", ["claims", 3, "topics", 0], (d) =>
    setAt(d, ["claims", 3, "topics", 0], "Cyber Security"),
  ),
  broken("reserved_id", "a topic called `constructor`", ["topics", NEXT_TOPIC, "id"], (d) =>
    setAt(d, ["topics", NEXT_TOPIC], { id: "constructor", label: { en: "Constructor" } }),
  ),
  broken("invalid_offset", "a negative start", [...SPAN, "start"], (d) =>
    setAt(d, [...SPAN, "start"], -1),
  ),
  broken("invalid_language", "a language name instead of a tag", ["sources", 0, "language"], (d) =>
    setAt(d, ["sources", 0, "language"], "Arabic!"),
  ),
  broken("invalid_wikidata", "a QID without its Q", ["actors", 0, "wikidata"], (d) =>
    setAt(d, ["actors", 0, "wikidata"], "6279"),
  ),
  broken("invalid_date", "a date written in words", ["events", 0, "date"], (d) =>
    setAt(d, ["events", 0, "date"], "16 June 2021"),
  ),
  broken("invalid_url", "a URL without a scheme", ["sources", 0, "url"], (d) =>
    setAt(d, ["sources", 0, "url"], "www.example.org/report"),
  ),
  broken("duplicate_id", "two claims with one id", ["claims", 1, "id"], (d) =>
    setAt(d, ["claims", 1, "id"], "areas-of-common-interest"),
  ),
  broken("duplicate_reference", "a party listed twice", ["commitments", 0, "parties", 2], (d) =>
    setAt(d, ["commitments", 0, "parties", 2], "russia"),
  ),
  broken("unknown_source", "a span naming no source", [...SPAN, "source"], (d) =>
    setAt(d, [...SPAN, "source"], "geneva-2021-summit-report"),
  ),
  broken("unknown_actor", "a misspelt party", ["commitments", 1, "parties", 1], (d) =>
    setAt(d, ["commitments", 1, "parties", 1], "rusia"),
  ),
  broken("unknown_topic", "a misspelt topic", ["commitments", 0, "topics", 0], (d) =>
    setAt(d, ["commitments", 0, "topics", 0], "strategic-stabilty"),
  ),
  broken("unknown_event", "an event id that does not exist", ["claims", 0, "event"], (d) =>
    setAt(d, ["claims", 0, "event"], "geneva-summit"),
  ),
  broken(
    "wrong_reference_kind",
    "a topic among the parties",
    ["commitments", 4, "parties", 0],
    (d) => setAt(d, ["commitments", 4, "parties", 0], "arctic"),
  ),
  broken(
    "empty_source",
    "another source with only white space",
    ["sources", NEXT_SOURCE, "text"],
    (d) =>
      setAt(d, ["sources", NEXT_SOURCE], {
        id: "blank",
        title: "Blank",
        language: "en",
        text: " \n\t",
      }),
  ),
  broken("span_out_of_bounds", "a span past the end of the text", [...SPAN, "end"], (d) =>
    setAt(d, [...SPAN, "end"], 2211),
  ),
  broken("span_reversed", "start and end swapped", [...SPAN, "end"], (d) => {
    setAt(d, [...SPAN, "start"], first.end);
    setAt(d, [...SPAN, "end"], first.start);
  }),
  broken("span_empty", "a span with start equal to end", [...SPAN, "end"], (d) =>
    setAt(d, [...SPAN, "end"], first.start),
  ),
  broken("quote_mismatch", "a quote with a word changed", [...SPAN, "quote"], (d) =>
    setAt(d, [...SPAN, "quote"], first.quote.replace("اليوم", "أمس")),
  ),
  broken(
    "quote_normalization_mismatch",
    "a quote copied through an editor that decomposes أ (NFD)",
    ["claims", 0, "evidence", 0, "quote"],
    (d) => {
      const quote = getAt(d, ["claims", 0, "evidence", 0, "quote"]) as string;
      setAt(d, ["claims", 0, "evidence", 0, "quote"], quote.normalize("NFD"));
    },
  ),
  broken(
    "quote_invisible_mismatch",
    "a quote with a right-to-left mark pasted in",
    [...SPAN, "quote"],
    (d) => setAt(d, [...SPAN, "quote"], `\u200f${first.quote}`),
  ),
  broken(
    "span_splits_surrogate_pair",
    "a span ending inside an emoji",
    ["events", 0, "evidence", 1, "end"],
    (d) => withNote(d, "Deal 🤝 done", 0, 6),
  ),
  broken(
    "span_splits_combining_mark",
    "a span ending before the fatha of its last letter",
    ["events", 0, "evidence", 1, "end"],
    (d) => withNote(d, "اتَّفَقَا على الحوار", 0, 5),
  ),
  broken(
    "agreement_too_few_parties",
    "an agreement binding one party",
    ["commitments", 0, "parties"],
    (d) => setAt(d, ["commitments", 0, "parties"], ["united-states"]),
  ),
  broken("topic_cycle", "a topic that is its own ancestor", ["topics", 2, "parent"], (d) =>
    setAt(d, ["topics", 0, "parent"], "arms-control"),
  ),
  broken("self_representation", "Biden representing himself", ["actors", 0, "represents", 0], (d) =>
    setAt(d, ["actors", 0, "represents", 0], "joe-biden"),
  ),
  broken(
    "invalid_represents_target",
    "Biden representing Putin, a person",
    ["actors", 0, "represents", 0],
    (d) => setAt(d, ["actors", 0, "represents", 0], "vladimir-putin"),
  ),
  broken(
    "state_cannot_represent",
    "the United States representing Russia",
    ["actors", 2, "represents"],
    (d) => setAt(d, ["actors", 2, "represents"], ["russia"]),
  ),
  broken("unknown_statement", "an account of a misspelt commitment", ["accounts", 0, "of"], (d) => {
    const own = getAt(d, ["commitments", 0]) as Geneva["commitments"][number];
    setAt(
      d,
      ["accounts"],
      [
        {
          id: "test-account",
          of: "strategic-stability-dialoge",
          kind: "agreement",
          statedBy: ["vladimir-putin"],
          summary: { en: "Putin's account." },
          evidence: [{ ...own.evidence[0] }],
        },
      ],
    );
  }),
  broken(
    "duplicate_account",
    "an account repeating the commitment's own speaker and span",
    ["accounts", 0],
    (d) => {
      const own = getAt(d, ["commitments", 0]) as Geneva["commitments"][number];
      setAt(
        d,
        ["accounts"],
        [
          {
            id: "test-account",
            of: own.id,
            kind: "agreement",
            statedBy: [...own.statedBy],
            summary: { en: "The same again." },
            evidence: [{ ...own.evidence[0] }],
          },
        ],
      );
    },
  ),
  broken(
    "translation_cycle",
    "a source that is a translation of itself",
    ["sources", 0, "translationOf"],
    (d) => setAt(d, ["sources", 0, "translationOf"], getAt(d, ["sources", 0, "id"])),
  ),
  {
    code: "merge_conflict",
    input: "two datasets with different actors under one id",
    path: ["actors", 0, "name"],
    issues: () => {
      const other = genevaCopy();
      other.id = "other";
      setAt(other, ["actors", 0, "name", "en"], "Joseph R. Biden Jr.");
      try {
        mergeDatasets(geneva2021, defineDataset(other));
      } catch (error) {
        if (error instanceof Error && "issues" in error) return error.issues as DatasetIssue[];
        throw error;
      }
      throw new Error("expected mergeDatasets to throw");
    },
  },
];

describe("each kind of bad input gives its own code, at its path", () => {
  test.for(CASES.map((c) => [c.code, c] as const))("%s", ([, c]) => {
    const issues = c.issues();
    expect(
      issues.map((i) => ({ code: i.code, path: i.path })),
      c.input,
    ).toEqual([{ code: c.code, path: c.path }]);
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });

  test("every code in the catalogue is produced by one of the cases above", () => {
    const produced = new Set(CASES.flatMap((c) => c.issues().map((i) => i.code)));
    const catalogue = Object.keys(DATASET_ERROR_CODES).sort();
    expect([...produced].sort()).toEqual(catalogue);
    expect(CASES.map((c) => c.code).sort()).toEqual(catalogue);
    expect(catalogue.length).toBeGreaterThanOrEqual(15);
  });

  test("every catalogue entry says what causes it and how to fix it", () => {
    for (const [code, entry] of Object.entries(DATASET_ERROR_CODES)) {
      expect(entry.cause.length, code).toBeGreaterThan(15);
      expect(entry.fix.length, code).toBeGreaterThan(10);
    }
  });
});

describe("more bad input", () => {
  test("a fractional offset, a string offset and a missing offset", () => {
    const d = genevaCopy();
    setAt(d, [...SPAN, "start"], 1.5);
    setAt(d, ["commitments", 1, "evidence", 0, "end"], "1129");
    deleteAt(d, ["commitments", 2, "evidence", 0, "start"]);
    expect(issuesOf(d).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid_offset", "commitments.0.evidence.0.start"],
      ["invalid_offset", "commitments.1.evidence.0.end"],
      ["missing_field", "commitments.2.evidence.0.start"],
    ]);
  });

  test("links must be http or https: javascript:, data: and file: URLs are refused", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"]) {
      const d = genevaCopy();
      setAt(d, ["sources", 0, "url"], url);
      setAt(d, ["commitments", 0, "corroboratedBy"], [{ title: "A note", url }]);
      expect(
        issuesOf(d).map((i) => [i.code, i.path.join(".")]),
        url,
      ).toEqual([
        ["invalid_url", "sources.0.url"],
        ["invalid_url", "commitments.0.corroboratedBy.0.url"],
      ]);
    }
  });

  test("an offset beyond the safe integers is an invalid offset", () => {
    const d = genevaCopy();
    setAt(d, [...SPAN, "end"], 2 ** 53);
    expect(issuesOf(d).map((i) => [i.code, i.path])).toEqual([
      ["invalid_offset", [...SPAN, "end"]],
    ]);
  });

  test("a null record is one invalid_type, and validation does not crash on it", () => {
    for (const collection of ["sources", "actors", "topics", "events", "commitments", "claims"]) {
      const d = genevaCopy();
      const records = getAt(d, [collection]) as unknown[];
      records.push(null);
      const issues = issuesOf(d);
      expect(issues[0], collection).toMatchObject({
        code: "invalid_type",
        path: [collection, records.length - 1],
      });
    }
  });

  test("an impossible calendar date", () => {
    const d = genevaCopy();
    setAt(d, ["events", 1, "date"], "2021-02-30");
    expect(issuesOf(d).map((i) => i.code)).toEqual(["invalid_date"]);
  });

  test("`__proto__` as an id is an invalid id, not a prototype change", () => {
    const index = geneva2021.topics.findIndex((t) => t.id === "arctic");
    const issues = issuesOf(
      JSON.parse(JSON.stringify(genevaCopy()).replace('"id":"arctic"', '"id":"__proto__"')),
    );
    expect(issues[0]).toMatchObject({ code: "invalid_id", path: ["topics", index, "id"] });
    expect(Object.getPrototypeOf(geneva2021.topics[index])).toBe(Object.prototype);
  });

  test("a collection that is not a list is one problem, not one per reference to it", () => {
    const d = genevaCopy();
    setAt(d, ["actors"], "joe-biden, vladimir-putin");
    expect(issuesOf(d).map((i) => [i.code, i.path])).toEqual([["invalid_type", ["actors"]]]);
    deleteAt(d, ["actors"]);
    expect(issuesOf(d).map((i) => [i.code, i.path])).toEqual([["missing_field", ["actors"]]]);
  });

  test("a reference to a record whose own shape is broken is not reported as unknown", () => {
    const d = genevaCopy();
    setAt(d, ["actors", 3, "kind"], "country");
    expect(issuesOf(d).map((i) => [i.code, i.path])).toEqual([
      ["invalid_value", ["actors", 3, "kind"]],
    ]);
  });

  test("input that is not an object at all", () => {
    for (const input of [null, 42, "geneva", [], undefined]) {
      const result = safeDefineDataset(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path).toEqual([]);
    }
  });

  test("a record of the wrong kind in every reference field", () => {
    const d = genevaCopy();
    setAt(d, ["events", 0, "participants", 0], "geneva-2021"); // the dataset id is not a record
    setAt(d, ["events", 0, "topics", 0], "joe-biden");
    setAt(d, ["claims", 0, "event"], "arctic");
    setAt(d, ["topics", 1, "parent"], "russia");
    setAt(d, [...SPAN, "source"], "joe-biden");
    // In the order the rules run: topics, then events, then commitments and claims.
    expect(issuesOf(d).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["wrong_reference_kind", "topics.1.parent"],
      ["unknown_actor", "events.0.participants.0"],
      ["wrong_reference_kind", "events.0.topics.0"],
      ["wrong_reference_kind", "commitments.0.evidence.0.source"],
      ["wrong_reference_kind", "claims.0.event"],
    ]);
  });
});

describe("an agreement binds two distinct parties or more", () => {
  const partiesIssues = (parties: string[], kind = "agreement") => {
    const d = genevaCopy();
    setAt(d, ["commitments", 0, "parties"], parties);
    setAt(d, ["commitments", 0, "kind"], kind);
    const result = safeDefineDataset(d);
    return result.success
      ? []
      : result.error.issues.map((i) => [i.code, i.path.join("."), i.message]);
  };

  test("the same party twice is a repeated reference and one distinct party too few", () => {
    expect(partiesIssues(["russia", "russia"])).toEqual([
      ["duplicate_reference", "commitments.0.parties.1", expect.stringContaining('"russia"')],
      [
        "agreement_too_few_parties",
        "commitments.0.parties",
        expect.stringContaining("has 1 distinct party"),
      ],
    ]);
  });

  test("three parties of which two are distinct bind two: only the repetition is wrong", () => {
    for (const parties of [
      ["russia", "russia", "united-states"],
      ["united-states", "russia", "russia"],
      ["russia", "united-states", "russia"],
    ])
      expect(
        partiesIssues(parties).map(([code]) => code),
        parties.join(","),
      ).toEqual(["duplicate_reference"]);
  });

  test("the rule is about agreements: a pledge binds one party", () => {
    expect(partiesIssues(["united-states"], "pledge")).toEqual([]);
    expect(partiesIssues(["united-states", "russia"])).toEqual([]);
    expect(partiesIssues(["united-states"])).toEqual([
      ["agreement_too_few_parties", "commitments.0.parties", expect.any(String)],
    ]);
  });
});

describe("all problems are reported at once", () => {
  test("a dataset with five different errors yields five issues: shape problems first, then cross-record ones", () => {
    const d = genevaCopy();
    setAt(d, ["actors", 1, "kind"], "president"); // shape: invalid_value
    setAt(d, ["topics", 5, "nmae"], "x"); // shape: unknown_key
    setAt(d, ["commitments", 0, "parties", 1], "rusia"); // reference: unknown_actor
    setAt(d, ["commitments", 3, "evidence", 0, "end"], 9999); // span_out_of_bounds
    setAt(d, ["claims", 1, "id"], "minsk-diplomacy"); // duplicate_id
    const issues = issuesOf(d);
    expect(issues.map((i) => i.code)).toEqual([
      "invalid_value",
      "unknown_key",
      "duplicate_id",
      "unknown_actor",
      "span_out_of_bounds",
    ]);
    expect(new Set(issues.map((i) => i.path.join("."))).size).toBe(5);
  });

  test("defineDataset throws the same issues that safeDefineDataset returns", () => {
    const d = genevaCopy();
    setAt(d, ["commitments", 0, "kind"], "treaty");
    setAt(d, ["claims", 0, "parties", 0], "joe-bidden");
    const safe = safeDefineDataset(d);
    expect(() => defineDataset(d)).toThrow(
      expect.objectContaining({
        name: "DatasetError",
        issues: safe.success ? [] : safe.error.issues,
      }),
    );
  });
});

describe("DatasetError", () => {
  test("its message reads well in a terminal", () => {
    const d = genevaCopy();
    setAt(d, ["commitments", 0, "kind"], "treaty");
    setAt(d, ["actors", 1, "nmae"], "Putin");
    setAt(d, ["claims", 0, "parties", 0], "joe-bidden");
    setAt(d, ["commitments", 1, "evidence", 0, "start"], 1014);
    let message = "";
    try {
      defineDataset(d);
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    // What matters, whatever the wording: a header with the count, then one line per problem
    // giving where, what and which code, in the dataset's order, each suggestion under its problem.
    const lines = message.split("\n");
    expect(lines[0]).toBe('Dataset "geneva-2021" has 4 problems:');
    const problems = lines.filter((line) => line.startsWith("  ✖ "));
    expect(problems.map((line) => /^ {2}✖ (\S+): .+ \[(\w+)\]$/.exec(line)?.slice(1))).toEqual([
      ["actors[1].nmae", "unknown_key"],
      ["commitments[0].kind", "invalid_value"],
      ["commitments[1].evidence[0].quote", "quote_mismatch"],
      ["claims[0].parties[0]", "unknown_actor"],
    ]);
    for (const [i, line] of lines.entries())
      if (line.startsWith("      ↳ ")) expect(lines[i - 1], line).toMatch(/^ {2}✖ /);
    expect(lines.filter((line) => line.startsWith("      ↳ "))).toHaveLength(3);
    expect(lines).toHaveLength(1 + 4 + 3);
    expect(message).toMatchInlineSnapshot(`
      "Dataset "geneva-2021" has 4 problems:
        ✖ actors[1].nmae: Unknown field "nmae" [unknown_key]
            ↳ Did you mean "name"?
        ✖ commitments[0].kind: Invalid value "treaty": expected one of "agreement", "pledge", "proposal", "warning", "demand" [invalid_value]
        ✖ commitments[1].evidence[0].quote: Quote does not match the source text at [1014, 1129): the text there is "ى الاتفاق على أن يعمل الخبراء من الجانبين على الوصول لتفا…" [quote_mismatch]
            ↳ The quote occurs at "start": 1012, "end": 1129.
        ✖ claims[0].parties[0]: Unknown actor "joe-bidden" [unknown_actor]
            ↳ Did you mean "joe-biden"?"
    `);
  });

  test("one problem is singular, and JSON errors carry the parser's message", () => {
    const result = safeDefineDatasetFromJson("{ not json");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toMatch(
      /^Dataset has 1 problem:\n {2}✖ \(dataset\): Not valid JSON: /,
    );
    expect(() => defineDatasetFromJson("{ not json")).toThrow(/invalid_json/);
  });

  test("codes lists each distinct code once, in order of first appearance", () => {
    const d = genevaCopy();
    setAt(d, ["claims", 0, "parties", 0], "nobody");
    setAt(d, ["claims", 1, "parties", 0], "no-one");
    setAt(d, ["title"], "");
    const result = safeDefineDataset(d);
    expect(result.success ? [] : result.error.codes).toEqual(["empty_string", "unknown_actor"]);
  });
});

describe("suggestions", () => {
  const suggestionFor = (change: (d: Geneva) => void) => {
    const d = genevaCopy();
    change(d);
    return issuesOf(d).map((i) => i.suggestion);
  };

  test('a near-miss reference gets "Did you mean", among records of the expected kind only', () => {
    expect(suggestionFor((d) => setAt(d, ["commitments", 1, "parties", 1], "rusia"))).toEqual([
      'Did you mean "russia"?',
    ]);
    expect(suggestionFor((d) => setAt(d, ["claims", 0, "topics", 0], "arctik"))).toEqual([
      'Did you mean "arctic"?',
    ]);
    expect(
      suggestionFor((d) => setAt(d, [...SPAN, "source"], "geneva-2021-summit-report")),
    ).toEqual(['Did you mean "geneva-2021-summit-report-ar"?']);
  });

  test("thousands of different typos are all reported; suggestions stop after a budget", () => {
    const d = genevaCopy();
    const id = (i: number) => `republic-${String(i).padStart(6, "0")}`;
    for (let i = 0; i < 1000; i++)
      d.actors.push({ id: id(i), kind: "state", name: { en: `Republic ${i}` } });
    const template = d.claims[0];
    d.accounts = []; // they are accounts of the claims replaced below
    d.claims = Array.from({ length: 400 }, (_, i) => ({
      ...(template as NonNullable<typeof template>),
      id: `claim-${i}`,
      recipients: [id(i).replace("republic", "repablic")],
    }));
    const issues = issuesOf(d);
    expect(issues).toHaveLength(400);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["unknown_actor"]));
    expect(issues[0]?.suggestion).toMatch(/^Did you mean "republic-000000"\?/);
    expect(issues[399]?.suggestion).toBeUndefined();
    const suggested = issues.filter((i) => i.suggestion !== undefined).length;
    expect(suggested).toBeGreaterThan(50);
    expect(suggested).toBeLessThan(400);
  });

  test("a reference far from every id gets no suggestion", () => {
    expect(suggestionFor((d) => setAt(d, ["commitments", 1, "parties", 1], "zanzibar"))).toEqual([
      undefined,
    ]);
  });

  test("a misplaced quote gets the offsets where it does occur", () => {
    const shifted = suggestionFor((d) => {
      setAt(d, [...SPAN, "start"], first.start + 5);
      setAt(d, [...SPAN, "end"], first.end + 5);
    });
    expect(shifted).toEqual([`The quote occurs at "start": ${first.start}, "end": ${first.end}.`]);
    const past = suggestionFor((d) => setAt(d, [...SPAN, "end"], 5000));
    expect(past).toEqual([`The quote occurs at "start": ${first.start}, "end": ${first.end}.`]);
  });

  test("a quote that occurs twice names the first occurrence; one that never occurs says so", () => {
    // «قائمة طويلة من الموضوعات التي ناقشاها خلال القمة» supports two claims; the word بوتين occurs
    // twice in the article.
    const twice = suggestionFor((d) => setAt(d, [...SPAN, "quote"], "بوتين"));
    const at = geneva2021.sources[0]?.text.indexOf("بوتين") ?? -1;
    expect(twice).toEqual([
      `The quote occurs more than once; the first is at "start": ${at}, "end": ${at + 5}.`,
    ]);
    const never = suggestionFor((d) => setAt(d, [...SPAN, "quote"], "قمة هلسنكي"));
    expect(never).toEqual(["The quote does not occur in the source text; copy it verbatim."]);
  });

  test("an unknown field names the closest known field, or lists them all", () => {
    expect(suggestionFor((d) => setAt(d, ["commitments", 0, "partys"], ["russia"]))).toEqual([
      'Did you mean "parties"?',
    ]);
    const far = suggestionFor((d) => setAt(d, ["topics", 0, "colour"], "red"));
    expect(far).toEqual(["Known fields: id, label, parent, wikidata"]);
  });

  test("a normalization mismatch and an invisible mark each say what the source has", () => {
    const [nfd] = suggestionFor((d) => setAt(d, [...SPAN, "quote"], first.quote.normalize("NFD")));
    expect(nfd).toBe("Copy the quote from the source text itself.");
    const [rlm] = suggestionFor((d) => setAt(d, [...SPAN, "quote"], `${first.quote}\u200e`));
    expect(rlm).toBe(`The source has ${JSON.stringify(first.quote)} here.`);
  });
});
