// Accounts and evidence grades: who says a matter was agreed, in whose words, and how strong the
// evidence is that every party subscribes to it. Geneva for the real answers; a handmade dataset
// for every grade and every way of being divergent.
import {
  accountsOf,
  agreedByAll,
  buildGraph,
  evidenceOf,
  gradeOf,
  InvalidArgumentsError,
  NotFoundError,
  perspectives,
  search,
  statedBy,
  topicsDiscussed,
} from "@accordkg/core";
import { type DatasetInput, defineDataset, EVIDENCE_GRADES, geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { ids, span } from "./fixtures";

const geneva = buildGraph(geneva2021);
const US_RUSSIA = ["united-states", "russia"];

describe("evidence grades on Geneva", () => {
  test("minGrade joint returns exactly the agreements of the joint statement", () => {
    expect(ids(agreedByAll(geneva, US_RUSSIA, { minGrade: "joint" }))).toEqual([
      "strategic-stability-dialogue",
      "nuclear-war-cannot-be-won",
    ]);
  });

  test("minGrade concordant adds what each side's own account says, separately", () => {
    expect(ids(agreedByAll(geneva, US_RUSSIA, { minGrade: "concordant" }))).toEqual([
      "strategic-stability-dialogue",
      "cyber-expert-understandings",
      "nuclear-war-cannot-be-won",
    ]);
  });

  test("the Iran agreement is one-sided: only Biden's account says so", () => {
    expect(gradeOf(geneva, "iran-nuclear-cooperation")).toBe("one-sided");
    const accounts = accountsOf(geneva, "iran-nuclear-cooperation");
    expect(accounts.map((a) => a.speaksFor)).toEqual([["united-states"]]);
  });

  test("the cyber agreement is concordant through Biden's and Putin's separate accounts, with no joint text", () => {
    expect(gradeOf(geneva, "cyber-expert-understandings")).toBe("concordant");
    const attesting = accountsOf(geneva, "cyber-expert-understandings").filter((a) => a.attests);
    expect(attesting.some((a) => a.joint)).toBe(false);
    expect(attesting.map((a) => [a.id, a.statedBy.join("+"), a.speaksFor.join("+")])).toEqual([
      ["cyber-expert-understandings", "joe-biden", "united-states"],
      ["putin-cyber-consultations", "vladimir-putin", "russia"],
      ["biden-cyber-experts-en", "joe-biden", "united-states"],
    ]);
  });

  test("every grade is one of EVIDENCE_GRADES, and minGrade filters by their order", () => {
    const all = agreedByAll(geneva, US_RUSSIA);
    for (const [rank, grade] of EVIDENCE_GRADES.entries()) {
      const kept = ids(agreedByAll(geneva, US_RUSSIA, { minGrade: grade }));
      expect(kept).toEqual(
        ids(all).filter((id) => EVIDENCE_GRADES.indexOf(gradeOf(geneva, id)) <= rank),
      );
    }
  });

  test("grades claims too: the joint statement's claims are joint, a discussion only Biden reports is one-sided", () => {
    expect(gradeOf(geneva, "progress-despite-tension")).toBe("joint");
    expect(gradeOf(geneva, "discussed-syria-humanitarian-situation")).toBe("one-sided");
    // Both leaders say they discussed the Arctic, each in his own words.
    expect(gradeOf(geneva, "discussed-arctic")).toBe("concordant");
  });

  test("a commitment with one party, stated by that party, is concordant", () => {
    expect(gradeOf(geneva, "us-commitment-to-ukraine-sovereignty")).toBe("concordant");
  });

  test("rejects a grade that is not in EVIDENCE_GRADES", () => {
    expect(() =>
      agreedByAll(geneva, US_RUSSIA, { minGrade: "strong" as unknown as "joint" }),
    ).toThrow(InvalidArgumentsError);
    expect(() =>
      agreedByAll(geneva, US_RUSSIA, { minGrade: "strong" as unknown as "joint" }),
    ).toThrow(/the grades are joint, concordant, one-sided, reported/);
  });
});

describe("accountsOf", () => {
  test("gives the record's own account first, then the others in the general order", () => {
    const accounts = accountsOf(geneva, "strategic-stability-dialogue");
    expect(accounts.map((a) => [a.id, a.primary, a.kind, a.joint])).toEqual([
      ["strategic-stability-dialogue", true, "agreement", false],
      ["joint-statement-strategic-stability-dialogue", false, "agreement", true],
      ["putin-strategic-stability-consultations", false, "agreement", false],
      ["biden-strategic-stability-dialogue-en", false, "agreement", false],
    ]);
    const [own, joint, putin] = accounts;
    expect(own?.sources).toEqual(["geneva-2021-summit-report-ar"]);
    expect(own?.statedAt).toBe("biden-press-conference-2021-06-16");
    expect(joint?.sources).toEqual(["joint-statement-2021-en", "joint-statement-2021-ar"]);
    expect(joint?.speaksFor).toEqual(["united-states", "russia"]);
    expect(joint?.statedAt).toBe("joint-statement-2021-06-16");
    expect(putin?.evidence[0]?.quote).toMatch(/^Мы договорились/);
    expect(putin?.summary.en).toMatch(/inter-agency/);
  });

  test("keeps a framing that differs from the record's, and says it does not attest it", () => {
    const putin = accountsOf(geneva, "minsk-diplomacy").find(
      (a) => a.id === "putin-minsk-understanding",
    );
    expect(putin).toMatchObject({ kind: "assessment", attests: false, speaksFor: ["russia"] });
  });

  test("hands out frozen accounts in a fresh array, and works for claims and node keys", () => {
    const first = accountsOf(geneva, "commitment:cyber-expert-understandings");
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]?.speaksFor)).toBe(true);
    first.pop();
    expect(accountsOf(geneva, "cyber-expert-understandings")).toHaveLength(3);
    expect(accountsOf(geneva, "claim:discussed-arctic").map((a) => a.id)).toEqual([
      "discussed-arctic",
      "putin-arctic-discussed",
      "biden-arctic-discussed-en",
    ]);
  });

  test("throws NotFoundError for an unknown id, or an id of another kind, with a suggestion", () => {
    expect(() => accountsOf(geneva, "strategic-stability-dialog")).toThrow(
      'accountsOf: unknown commitment or claim "strategic-stability-dialog". Did you mean "strategic-stability-dialogue"?',
    );
    expect(() => gradeOf(geneva, "arms-control")).toThrow(
      /"arms-control" is a topic, not a commitment or claim/,
    );
    let error: unknown;
    try {
      accountsOf(geneva, "putin-cyber-consultations");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).expectedKind).toBe("statement");
    expect((error as NotFoundError).message).toMatch(/is an account, not a commitment or claim/);
  });
});

describe("perspectives on Geneva", () => {
  const view = perspectives(geneva, US_RUSSIA);
  const byId = (list: readonly { record: { id: string } }[]) => list.map((p) => p.record.id);

  test("agreed: what both sides' own accounts, or their joint text, call agreed", () => {
    expect(view.agreed.map((p) => [p.record.id, p.grade, p.agreedAccordingTo])).toEqual([
      ["strategic-stability-dialogue", "joint", ["united-states", "russia"]],
      ["cyber-expert-understandings", "concordant", ["united-states", "russia"]],
      ["nuclear-war-cannot-be-won", "joint", ["united-states", "russia"]],
    ]);
  });

  test("onlyAccordingTo: what one side alone calls agreed", () => {
    expect(Object.keys(view.onlyAccordingTo)).toEqual(US_RUSSIA);
    expect(byId(view.onlyAccordingTo["united-states"] ?? [])).toEqual([
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
    ]);
    expect(byId(view.onlyAccordingTo.russia ?? [])).toEqual([
      "ambassadors-return",
      "diplomatic-track-consultations",
    ]);
    expect(view.reported).toEqual([]);
  });

  test("divergent: Minsk, which Biden calls agreed and Putin only his reading of Biden's view", () => {
    expect(view.divergent.map((p) => [p.record.id, p.accounts.map((a) => a.kind)])).toEqual([
      ["minsk-diplomacy", ["agreement", "assessment", "agreement"]],
    ]);
  });

  test("each entry carries the record's grade and every account of it", () => {
    for (const p of [...view.agreed, ...view.divergent]) {
      expect(p.grade).toBe(gradeOf(geneva, p.record.id));
      expect(p.accounts).toEqual(accountsOf(geneva, p.record.id));
    }
  });

  test("keys onlyAccordingTo by the parties as given, and treats a leader as their state", () => {
    const leaders = perspectives(geneva, ["joe-biden", "vladimir-putin"]);
    expect(Object.keys(leaders.onlyAccordingTo)).toEqual(["joe-biden", "vladimir-putin"]);
    expect(byId(leaders.agreed)).toEqual(byId(view.agreed));
    expect(byId(leaders.onlyAccordingTo["vladimir-putin"] ?? [])).toEqual(
      byId(view.onlyAccordingTo.russia ?? []),
    );
  });

  test("throws like the other queries on bad parties", () => {
    expect(() => perspectives(geneva, [])).toThrow(InvalidArgumentsError);
    expect(() => perspectives(geneva, ["rusia"])).toThrow(NotFoundError);
  });
});

describe("the other queries cover the new sources", () => {
  test("statedBy includes the matters a speaker gives another account of", () => {
    const putin = ids(statedBy(geneva, "vladimir-putin"));
    expect(putin).toContain("strategic-stability-dialogue");
    expect(putin).toContain("cyber-expert-understandings");
    expect(putin).toContain("ambassadors-return");
    expect(putin).not.toContain("iran-nuclear-cooperation");
    // Biden states the joint statement's records together with Putin.
    expect(ids(statedBy(geneva, "joe-biden"))).toContain("nuclear-war-cannot-be-won");
  });

  test("evidenceOf gives a record's own spans, then each other account's, marked with its id", () => {
    const spans = evidenceOf(geneva, "cyber-expert-understandings");
    expect(spans.map((s) => [s.account ?? "(own)", s.source, s.index])).toEqual([
      ["(own)", "geneva-2021-summit-report-ar", 0],
      ["putin-cyber-consultations", "urdupoint-sputnik-putin-cyber-2021", 0],
      ["putin-cyber-consultations", "interfax-ua-putin-cyber-2021", 1],
      ["biden-cyber-experts-en", "reuters-nationalpost-biden-cyber-2021", 0],
    ]);
    expect(spans[1]?.statedBy).toEqual(["vladimir-putin"]);
    expect(spans[1]?.language).toBe("en");
    expect(spans[2]?.language).toBe("ru");
    // An account's own evidence, asked for by its id.
    expect(evidenceOf(geneva, "putin-cyber-consultations").map((s) => s.source)).toEqual([
      "urdupoint-sputnik-putin-cyber-2021",
      "interfax-ua-putin-cyber-2021",
    ]);
  });

  test("search finds English words in English text: account summaries and source titles", () => {
    const hits = search(geneva, "inter-agency consultations");
    expect(hits.map((h) => `${h.match} ${h.kind} ${h.record.id}`)).toEqual([
      "summary account putin-strategic-stability-consultations",
    ]);
    expect(search(geneva, "joint statement").map((h) => `${h.kind} ${h.record.id}`)).toContain(
      "source joint-statement-2021-en",
    );
  });

  test("topicsDiscussed at Putin's press conference includes the matters of accounts given there", () => {
    const topics = ids(topicsDiscussed(geneva, "putin-press-conference-2021-06-16"));
    // Putin's account of the cyber agreement was given there; that agreement is about cybersecurity.
    expect(topics).toContain("cybersecurity");
    expect(topics).toContain("strategic-stability");
  });
});

// A handmade dataset: two states, their leaders, a third-party observer, and one matter per
// grade, so every rule of the grading is met once.
const TEXT = [
  "Joint communique of Ana and Bo: the two countries agree to open the border.", // 0 joint text
  "Ana said the two countries agreed on fishing quotas.", // 1
  "Bo said the two countries agreed on fishing quotas too.", // 2
  "Ana said they agreed on a ferry line.", // 3
  "An observer said the two countries agreed on a bridge.", // 4
  "Bo said the ferry line was only discussed.", // 5
].join(" ");
const REPORT_TEXT = "A report: Ana and Bo agreed to open the border.";

function handmade(): DatasetInput {
  const statement = (id: string, quote: string, statedBy: string[], source = "notes") => ({
    id,
    kind: "agreement" as const,
    parties: ["northland", "southland"],
    topics: ["links"],
    statedBy,
    summary: { en: quote },
    evidence: [span(source, source === "notes" ? TEXT : REPORT_TEXT, quote)],
  });
  return {
    id: "grades",
    title: "Every grade once (invented)",
    sources: [
      {
        id: "notes",
        title: "Invented notes",
        language: "en",
        text: TEXT,
      },
      {
        id: "communique",
        title: "Invented joint communique",
        language: "en",
        text: TEXT.slice(0, TEXT.indexOf(" Ana said")),
        issuedBy: ["ana", "bo"],
      },
      { id: "report", title: "Invented report", language: "en", text: REPORT_TEXT },
    ],
    actors: [
      { id: "northland", kind: "state", name: { en: "Northland" } },
      { id: "southland", kind: "state", name: { en: "Southland" } },
      { id: "ana", kind: "person", name: { en: "Ana" }, represents: ["northland"] },
      { id: "bo", kind: "person", name: { en: "Bo" }, represents: ["southland"] },
      { id: "observer", kind: "person", name: { en: "An observer" } },
    ],
    topics: [{ id: "links", label: { en: "Links between the countries" } }],
    events: [],
    commitments: [
      statement("open-border", "Ana and Bo agreed to open the border.", ["observer"], "report"),
      statement("fishing", "Ana said the two countries agreed on fishing quotas.", ["ana"]),
      statement("ferry", "Ana said they agreed on a ferry line.", ["ana"]),
      statement("bridge", "An observer said the two countries agreed on a bridge.", ["observer"]),
    ],
    accounts: [
      {
        id: "communique-border",
        of: "open-border",
        kind: "agreement",
        statedBy: ["ana", "bo"],
        summary: { en: "The communique says the two countries agree to open the border." },
        evidence: [
          span(
            "communique",
            TEXT,
            "Joint communique of Ana and Bo: the two countries agree to open the border.",
          ),
        ],
      },
      {
        id: "bo-fishing",
        of: "fishing",
        kind: "agreement",
        statedBy: ["bo"],
        summary: { en: "Bo said they agreed on fishing quotas." },
        evidence: [span("notes", TEXT, "Bo said the two countries agreed on fishing quotas too.")],
      },
      {
        id: "bo-ferry",
        of: "ferry",
        kind: "discussion",
        statedBy: ["bo"],
        summary: { en: "Bo said the ferry line was only discussed." },
        evidence: [span("notes", TEXT, "Bo said the ferry line was only discussed.")],
      },
    ],
  };
}

describe("grades and perspectives on a handmade dataset", () => {
  const graph = buildGraph(defineDataset(handmade()));

  test("one matter per grade", () => {
    expect(["open-border", "fishing", "ferry", "bridge"].map((id) => gradeOf(graph, id))).toEqual([
      "joint",
      "concordant",
      "one-sided",
      "reported",
    ]);
  });

  test("a text both leaders state is not joint unless its source names them both as issuers", () => {
    const input = handmade();
    const communique = input.sources[1];
    if (communique === undefined) throw new Error("fixture: no communique");
    const { issuedBy: _, ...unsigned } = communique;
    const sources = [input.sources[0], unsigned, input.sources[2]];
    const graphWithout = buildGraph(defineDataset({ ...input, sources }));
    expect(gradeOf(graphWithout, "open-border")).toBe("concordant");
  });

  test("perspectives sorts each matter by who calls it agreed", () => {
    const view = perspectives(graph, ["northland", "southland"]);
    // In the general order: by the record's first span, and the border's is in the last source.
    expect(view.agreed.map((p) => p.record.id)).toEqual(["fishing", "open-border"]);
    expect(view.onlyAccordingTo.northland?.map((p) => p.record.id)).toEqual(["ferry"]);
    expect(view.onlyAccordingTo.southland).toEqual([]);
    expect(view.reported.map((p) => p.record.id)).toEqual(["bridge"]);
    expect(view.divergent.map((p) => p.record.id)).toEqual(["ferry"]);
  });
});
