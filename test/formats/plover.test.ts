import { Writable } from "node:stream";
import { buildGraph, InvalidArgumentsError, NotFoundError, type Statement } from "@accordkg/core";
import { CLAIM_KINDS, COMMITMENT_KINDS, defineDataset, geneva2021 } from "@accordkg/data";
import {
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  type PloverRecord,
  ploverCategoryOf,
  ploverRecords,
  toPlover,
  writePlover,
} from "@accordkg/formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { counter, validInput } from "../properties/arbitraries";
import { TRICKY_TEXT, tricky } from "./fixtures";

// The PLOVER manual's field tables, copied from openeventdata/PLOVER:PLOVER_MANUAL.tex at commit
// 5e0c24f (draft 0.7b1), chapter "Data Fields": the test's own statement of the format, so that it
// can catch the exporter drifting from the manual (the package's constants are checked against it).
const RECORD_FIELDS = {
  // name: [required, content]
  id: [true, "unique identifier"],
  has_event: [false, "event has been coded (True/False)"],
  date: [true, "date in YYYY-MM-DD format"],
  time: [false, "ISO 8601-formatted time"],
  enddate: [false, "date in YYYY-MM-DD format"],
  endtime: [false, "ISO 8601-formatted time"],
  actor: [true, "list of entity objects"],
  recipient: [false, "list of entity objects"],
  event: [true, "list of event categories"],
  event_loc: [false, "location object for event"],
  event_text: [false, "list of texts of event"],
  quad_code: [false, "1, 2, 3 or 4"],
  event_scale: [false, "floating point scale value"],
  mode: [false, "list of modes"],
  context: [false, "list of contexts"],
  link: [false, "link identifier"],
  text: [false, "text from which the record was coded"],
  text_info: [false, "textInfo object for text"],
  cite_info: [false, "citeInfo object for text"],
  coder: [false, "coder identification"],
  coded_date: [false, "date of coding"],
  coded_time: [false, "time of coding in ISO 8601-formatted time"],
  comment: [false, "any text"],
} as const;
const ENTITY_FIELDS = [
  "code",
  "sector",
  "entity_text",
  "identifier_id",
  "identifier_text",
  "religion",
  "ethnicity",
  "office",
  "gender",
  "age",
];
const TEXT_INFO_FIELDS = ["sequence", "start", "end", "text_story"];
const CITE_INFO_FIELDS = [
  "corpus",
  "citation",
  "url",
  "title",
  "language",
  "publication",
  "license",
  "copyright",
  "coder",
  "codebook",
  "version",
];
const LOCATION_FIELDS = [
  "extracted_place",
  "resolved_place",
  "geonameid",
  "lat",
  "lon",
  "city",
  "district",
  "province",
  "country",
  "country_code",
  "feature_class",
  "feature_code",
  "resolution",
];
// The manual's 16 categories with their modes (from the category chapters and the score table).
const MODES: Record<string, readonly string[]> = {
  AGREE: [],
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  ACCUSE: ["disapprove", "investigate", "allege"],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: [
    "seize",
    "restrict",
    "censor",
    "curfew",
    "martial-law",
    "arrest",
    "deport",
    "withhold",
    "misinformation",
    "cyber",
  ],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "sexual",
    "targeted",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "aerial",
    "drone",
    "heavy-weapons",
    "crowd-control",
    "unconventional",
  ],
};
// Quad categories, as the manual gives them per category.
const QUAD: Record<string, string> = {
  AGREE: "VERBAL COOPERATION",
  CONSULT: "VERBAL COOPERATION",
  SUPPORT: "VERBAL COOPERATION",
  CONCEDE: "VERBAL COOPERATION",
  COOPERATE: "MATERIAL COOPERATION",
  AID: "MATERIAL COOPERATION",
  RETREAT: "MATERIAL COOPERATION",
  REQUEST: "VERBAL CONFLICT",
  ACCUSE: "VERBAL CONFLICT",
  REJECT: "VERBAL CONFLICT",
  THREATEN: "VERBAL CONFLICT",
  PROTEST: "MATERIAL CONFLICT",
  SANCTION: "MATERIAL CONFLICT",
  MOBILIZE: "MATERIAL CONFLICT",
  COERCE: "MATERIAL CONFLICT",
  ASSAULT: "MATERIAL CONFLICT",
};
// CAMEO's and GDELT's QuadClass numbering (the manual does not number them).
const QUAD_CODE: Record<string, number> = {
  "VERBAL COOPERATION": 1,
  "MATERIAL COOPERATION": 2,
  "VERBAL CONFLICT": 3,
  "MATERIAL CONFLICT": 4,
};
const CONTEXTS = [
  "military",
  "intelligence",
  "executive",
  "legislative",
  "election",
  "political_institutions",
  "pro_democracy",
  "pro_autocracy",
  "economic",
  "legal",
  "reparations",
  "human_rights",
  "rights_freedoms",
  "repression",
  "human_security",
  "gender",
  "lgbt",
  "religion_ethnicity",
  "inequality",
  "diplomatic",
  "territory",
  "peacekeeping",
  "health",
  "asylum",
  "migration",
  "disasters",
  "natural_resource",
  "environment",
  "technology",
  "terrorism",
  "cbrn",
  "cyber",
  "misinformation",
  "crime",
  "corruption",
  "illegal_drugs",
  "trafficking",
];
const EXTENSION = "accordkg"; // the one field the README documents beyond the manual's

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every way `record` departs from the manual's field tables; [] when it follows them. */
function fieldTableViolations(record: unknown): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  if (!isObject(record)) return ["not an object"];
  for (const key of Object.keys(record))
    if (!(key in RECORD_FIELDS) && key !== EXTENSION) fail(`unknown field ${key}`);
  for (const [name, [required]] of Object.entries(RECORD_FIELDS))
    if (required && !(name in record)) fail(`missing required ${name}`);
  const entityList = (name: string, value: unknown, nonEmpty: boolean) => {
    if (!Array.isArray(value) || (nonEmpty && value.length === 0))
      return fail(`${name}: not a list of entities`);
    for (const entity of value) {
      if (!isObject(entity)) return fail(`${name}: entity is not an object`);
      for (const key of Object.keys(entity))
        if (!ENTITY_FIELDS.includes(key) && key !== EXTENSION) fail(`${name}: entity field ${key}`);
      if ("identifier_id" in entity && !/^Q[1-9][0-9]*$/.test(String(entity.identifier_id)))
        fail(`${name}: identifier_id ${entity.identifier_id} is not a Wikidata id`);
      if ("identifier_text" in entity && typeof entity.identifier_text !== "string")
        fail(`${name}: identifier_text`);
    }
  };
  if (typeof record.id !== "string" || record.id === "") fail("id");
  if ("has_event" in record && typeof record.has_event !== "boolean") fail("has_event");
  if (typeof record.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(record.date)) fail("date");
  entityList("actor", record.actor, true);
  if ("recipient" in record) entityList("recipient", record.recipient, true);
  const events = record.event;
  if (!Array.isArray(events) || events.some((e) => !(e in MODES))) fail("event: not categories");
  else if (events.length === 0 && record.has_event !== false) fail("event: empty but has_event");
  if ("event_text" in record) {
    const texts = record.event_text;
    if (!Array.isArray(texts) || texts.some((t) => typeof t !== "string")) fail("event_text");
  }
  if ("quad_code" in record) {
    const category = (events as string[])[0] as string;
    if (record.quad_code !== QUAD_CODE[QUAD[category] as string]) fail("quad_code");
  }
  if ("event_scale" in record) {
    const scale = record.event_scale;
    if (typeof scale !== "number" || scale < -10 || scale > 10) fail("event_scale");
  }
  if (record.mode !== null && record.mode !== undefined) {
    const allowed = new Set((events as string[]).flatMap((e) => MODES[e] ?? []));
    if (!Array.isArray(record.mode) || record.mode.some((m) => !allowed.has(m))) fail("mode");
  }
  if (record.context !== null && record.context !== undefined) {
    const list = record.context;
    if (!Array.isArray(list) || list.length === 0 || list.some((c) => !CONTEXTS.includes(c)))
      fail("context");
  }
  if ("link" in record && typeof record.link !== "string") fail("link");
  if ("text_info" in record) {
    const info = record.text_info;
    if (!isObject(info)) fail("text_info");
    else {
      for (const key of Object.keys(info))
        if (!TEXT_INFO_FIELDS.includes(key)) fail(`text_info.${key}`);
      if (!Number.isInteger(info.start) || !Number.isInteger(info.end)) fail("text_info offsets");
      if ((info.start as number) > (info.end as number)) fail("text_info reversed");
    }
  }
  if ("cite_info" in record) {
    const cite = record.cite_info;
    if (!isObject(cite)) fail("cite_info");
    else {
      for (const key of Object.keys(cite))
        if (!CITE_INFO_FIELDS.includes(key)) fail(`cite_info.${key}`);
      if ("language" in cite && !/^[a-z]{2}$/.test(String(cite.language)))
        fail("cite_info.language is not ISO 639-1");
    }
  }
  if ("event_loc" in record) {
    const location = record.event_loc;
    if (!isObject(location)) fail("event_loc");
    else
      for (const key of Object.keys(location))
        if (!LOCATION_FIELDS.includes(key) && key !== EXTENSION) fail(`event_loc.${key}`);
  }
  return problems;
}

const geneva = buildGraph(geneva2021);
const records = [...ploverRecords(geneva)];
const byId = (id: string) => records.find((r) => r.id === id) as PloverRecord;

describe("the PLOVER vocabulary", () => {
  test("has the manual's 16 categories, with their quad categories", () => {
    expect(Object.keys(PLOVER_CATEGORIES).sort()).toEqual(Object.keys(MODES).sort());
    for (const [category, { quad, score }] of Object.entries(PLOVER_CATEGORIES)) {
      expect(quad, category).toBe(QUAD_CODE[QUAD[category] as string]);
      expect(score).toBeGreaterThanOrEqual(-10);
      expect(score).toBeLessThanOrEqual(10);
    }
  });

  test("has the manual's 37 general contexts, in its order", () => {
    expect([...PLOVER_CONTEXTS]).toEqual(CONTEXTS);
  });

  test("gives each kind the category that the kind tables of @accordkg/data name", () => {
    const statement = (kind: string, recipients?: string[]) =>
      ({ kind, parties: ["a"], ...(recipients ? { recipients } : {}) }) as unknown as Statement;
    for (const [kind, { plover }] of Object.entries({ ...COMMITMENT_KINDS, ...CLAIM_KINDS })) {
      const categories = [
        ploverCategoryOf(statement(kind)),
        ploverCategoryOf(statement(kind, ["b"])),
      ];
      for (const category of categories)
        if (category === undefined) expect(plover, kind).toMatch(/^\(no event/);
        else expect(plover, kind).toContain(category);
    }
    expect(ploverCategoryOf(statement("pledge", ["b"]))).toBe("SUPPORT");
    expect(ploverCategoryOf(statement("pledge", ["a"]))).toBe("AGREE");
    expect(ploverCategoryOf(statement("pledge"))).toBe("AGREE");
  });
});

describe("ploverRecords", () => {
  test("gives one record per commitment and claim of Geneva, in the order of the text", () => {
    expect(records).toHaveLength(geneva2021.commitments.length + geneva2021.claims.length);
    expect(records[0]?.id).toBe("areas-of-common-interest");
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  test("every Geneva record follows the manual's field table", () => {
    for (const record of records) expect(fieldTableViolations(record), record.id).toEqual([]);
  });

  test("the field table check fails on records that break it", () => {
    const good = byId("minsk-diplomacy");
    const broken: [string, unknown][] = [
      ["missing required date", { ...good, date: undefined }],
      ["event: not categories", { ...good, event: ["AGREED"] }],
      [
        "actor: identifier_id Q-12 is not a Wikidata id",
        { ...good, actor: [{ identifier_id: "Q-12" }] },
      ],
      ["unknown field source", { ...good, source: "x" }],
      ["context", { ...good, context: ["weather"] }],
      ["mode", { ...good, mode: ["phone"] }],
      ["quad_code", { ...good, quad_code: 4 }],
      ["cite_info.language is not ISO 639-1", { ...good, cite_info: { language: "ara" } }],
    ];
    for (const [problem, record] of broken)
      expect(fieldTableViolations(JSON.parse(JSON.stringify(record))).join("; ")).toContain(
        problem.startsWith("missing") ? "date" : problem,
      );
  });

  test("agreements are AGREE between the two states, with their Wikidata ids, dated by the summit", () => {
    const record = byId("minsk-diplomacy");
    expect(record.event).toEqual(["AGREE"]);
    expect(record.has_event).toBe(true);
    expect(record.quad_code).toBe(1);
    expect(record.event_scale).toBe(2.5);
    expect(record.date).toBe("2021-06-16");
    expect(record.accordkg.date_basis).toBe("event");
    expect(record.actor.map((a) => a.identifier_id)).toEqual(["Q30", "Q159"]);
    expect(record.recipient?.map((a) => a.identifier_id)).toEqual(["Q212"]);
    expect(record.accordkg.stated_by.map((a) => a.identifier_id)).toEqual(["Q6279"]);
    expect(record.link).toBe("geneva-summit-2021");
    expect(record.event_loc).toEqual({
      resolved_place: "Geneva",
      accordkg: { wikidata: "Q71", name_ar: "جنيف" },
    });
    expect(record.mode).toBeNull();
    expect(record.context).toBeNull();
  });

  test("each kind gets its category: pledge to a third party SUPPORT, proposal REQUEST, warning THREATEN, discussion CONSULT", () => {
    expect(byId("us-commitment-to-ukraine-sovereignty").event).toEqual(["SUPPORT"]);
    expect(byId("critical-infrastructure-off-limits").event).toEqual(["REQUEST"]);
    expect(byId("us-will-respond").event).toEqual(["THREATEN"]);
    expect(byId("us-will-respond").quad_code).toBe(3);
    expect(byId("discussed-arms-control").event).toEqual(["CONSULT"]);
    for (const id of [
      "areas-of-common-interest",
      "did-what-he-came-for",
      "objective-clarify-priorities",
    ]) {
      expect(byId(id).event).toEqual([]);
      expect(byId(id).has_event).toBe(false);
      expect(byId(id).quad_code).toBeUndefined();
    }
  });

  test("event_text holds the quotes, and text_info's offsets find the first in the source", () => {
    const texts = new Map(geneva2021.sources.map((s) => [s.id, Array.from(s.text)]));
    for (const record of records) {
      const quotes = [...geneva2021.commitments, ...geneva2021.claims]
        .find((s) => s.id === record.id)
        ?.evidence.map((e) => e.quote);
      expect(record.event_text).toEqual(quotes);
      const { start, end } = record.text_info;
      const points = texts.get(record.cite_info.citation) ?? [];
      expect(points.slice(start, end).join("")).toBe(record.event_text[0]);
      const source = geneva2021.sources.find((s) => s.id === record.cite_info.citation);
      expect(record.cite_info).toMatchObject({
        title: source?.title,
        language: source?.language.slice(0, 2),
        codebook: "accordkg-kinds+plover-0.7b1",
      });
    }
  });

  test("each record carries its evidence grade and every account of it, its own first", () => {
    expect(byId("strategic-stability-dialogue").accordkg.grade).toBe("joint");
    expect(byId("cyber-expert-understandings").accordkg.grade).toBe("concordant");
    expect(byId("iran-nuclear-cooperation").accordkg.grade).toBe("one-sided");
    const minsk = byId("minsk-diplomacy").accordkg.accounts;
    expect(minsk.map((a) => `${a.id} ${a.kind} ${a.event.join()} ${a.speaks_for.join()}`)).toEqual([
      "minsk-diplomacy agreement AGREE united-states",
      "putin-minsk-understanding assessment  russia",
      "biden-minsk-as-reported-in-russian agreement AGREE united-states",
    ]);
    expect(minsk[0]?.primary).toBe(true);
    expect(minsk[1]?.stated_by.map((e) => e.identifier_id)).toEqual(["Q7747"]);
    const joint = byId("strategic-stability-dialogue").accordkg.accounts.find((a) => a.joint);
    expect(joint?.stated_by.map((e) => e.identifier_id)).toEqual(["Q6279", "Q7747"]);
  });

  test("text_info counts code points, so characters outside the BMP do not shift it", () => {
    const graph = buildGraph(tricky());
    const points = Array.from(TRICKY_TEXT);
    for (const record of ploverRecords(graph)) {
      const { start, end } = record.text_info;
      expect(points.slice(start, end).join(""), record.id).toBe(record.event_text[0]);
      const [span] = record.accordkg.evidence;
      expect(TRICKY_TEXT.slice(span?.start, span?.end)).toBe(record.event_text[0]);
    }
    const warning = [...ploverRecords(graph)].find((r) => r.id === "border-warning");
    // Two astral characters (𝒳, 😀) come before it: code points trail UTF-16 units by two.
    expect(warning?.text_info.start).toBe((warning?.accordkg.evidence[0]?.start ?? 0) - 2);
  });

  test("dates come from the event, the event it was stated at, or the source's publication", () => {
    const graph = buildGraph(tricky());
    const byTricky = new Map([...ploverRecords(graph)].map((r) => [r.id, r]));
    expect(byTricky.get("share-water")?.accordkg.date_basis).toBe("event");
    expect(byTricky.get("border-warning")?.accordkg.date_basis).toBe("stated_at");
    expect(byTricky.get("aid-pledge")?.date).toBe("2024-02-03");
    expect(byTricky.get("aid-pledge")?.accordkg.date_basis).toBe("source_published");
    expect(byTricky.get("aid-pledge")?.event).toEqual(["SUPPORT"]);
    expect(byTricky.get("own-pledge")?.event).toEqual(["AGREE"]);
    expect(byTricky.get("share-water")?.cite_info.language).toBe("en");
  });

  test("contexts: a topic's contexts reach the records about it and about the topics below it", () => {
    const graph = buildGraph(tricky());
    const withContexts = [
      ...ploverRecords(graph, {
        contexts: {
          water: ["natural_resource"],
          ceasefire: ["military", "diplomatic"],
          security: ["military"],
        },
      }),
    ];
    const get = (id: string) => withContexts.find((r) => r.id === id);
    expect(get("share-water")?.context).toEqual(["natural_resource"]);
    expect(get("ceasefire-proposal")?.context).toEqual(["military", "diplomatic"]);
    expect(get("border-warning")?.context).toEqual(["military"]);
    expect(get("fishing-discussion")?.context).toBeNull();
    for (const record of withContexts) expect(fieldTableViolations(record)).toEqual([]);
  });

  test("contexts: an unknown topic or a context outside PLOVER's is refused at the call", () => {
    const graph = buildGraph(tricky());
    expect(() => ploverRecords(graph, { contexts: { watr: ["economic"] } })).toThrow(NotFoundError);
    expect(() => ploverRecords(graph, { contexts: { water: ["weather" as never] } })).toThrow(
      InvalidArgumentsError,
    );
  });

  test("every record of random datasets follows the field table and points at its quote", () => {
    const check = counter("ploverRecords");
    check(
      25,
      fc.property(validInput, (input) => {
        const dataset = defineDataset(input);
        const graph = buildGraph(dataset);
        const texts = new Map(dataset.sources.map((s) => [s.id, Array.from(s.text)]));
        let count = 0;
        for (const record of ploverRecords(graph)) {
          count++;
          expect(fieldTableViolations(record), record.id).toEqual([]);
          const points = texts.get(record.cite_info.citation) ?? [];
          expect(points.slice(record.text_info.start, record.text_info.end).join("")).toBe(
            record.event_text[0],
          );
        }
        expect(count).toBe(dataset.commitments.length + dataset.claims.length);
      }),
    );
  });

  test("shares frozen entity objects between records", () => {
    const a = byId("minsk-diplomacy").actor[0];
    expect(a).toBe(byId("strategic-stability-dialogue").actor[0]);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a?.accordkg)).toBe(true);
  });
});

describe("toPlover and writePlover", () => {
  test("toPlover is JSON Lines: one record per line, each line ending with a newline", () => {
    const jsonl = toPlover(geneva);
    expect(jsonl.endsWith("\n")).toBe(true);
    const lines = jsonl.slice(0, -1).split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(JSON.stringify(records)));
  });

  test("escapes the characters some line readers break lines at", () => {
    const jsonl = toPlover(buildGraph(tricky()));
    expect(jsonl).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(jsonl).toContain("Southland\\u0085 at once.\\u2028");
    const lines = jsonl.slice(0, -1).split("\n");
    expect(lines).toHaveLength(7);
    const proposal = lines.map((l) => JSON.parse(l)).find((r) => r.id === "ceasefire-proposal");
    expect(proposal.event_text[0]).toBe(
      "Ana proposed a ceasefire to Southland\u0085 at once.\u2028",
    );
  });

  test("writePlover streams what toPlover returns, waiting for the stream to drain", async () => {
    const input = fc.sample(validInput, { seed: 3, numRuns: 1 })[0];
    const graph = buildGraph(defineDataset(input as never));
    const chunks: string[] = [];
    let drains = 0;
    const stream = new Writable({
      highWaterMark: 256,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        chunks.push(chunk);
        setTimeout(done, 1);
      },
    });
    stream.on("drain", () => drains++);
    await writePlover(graph, stream, { corpus: "random" });
    expect(chunks.join("")).toBe(toPlover(graph, { corpus: "random" }));
    expect(drains).toBeGreaterThan(0);
  });

  test("writePlover refuses bad options before writing anything", async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    await expect(writePlover(geneva, stream, { contexts: { nowhere: ["cyber"] } })).rejects.toThrow(
      NotFoundError,
    );
    expect(chunks).toEqual([]);
  });
});
