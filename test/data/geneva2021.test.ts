import { readFileSync } from "node:fs";
import {
  type Actor,
  type Claim,
  type Commitment,
  defineDataset,
  geneva2021,
  isDefinedDataset,
  safeDefineDataset,
} from "@accordkg/data";
import { describe, expect, test } from "vitest";
import {
  genevaCopy,
  genevaJsonText,
  jointStatementPath,
  recordsWithEvidence,
  sourceTextPath,
} from "./fixtures";

const source = geneva2021.sources[0];
const statements: readonly (Commitment | Claim)[] = [
  ...geneva2021.commitments,
  ...geneva2021.claims,
];
const actor = (id: string): Actor | undefined => geneva2021.actors.find((a) => a.id === id);

describe("geneva2021: validity", () => {
  test("is a defined dataset, and its JSON file validates again from scratch", () => {
    expect(isDefinedDataset(geneva2021)).toBe(true);
    const again = safeDefineDataset(JSON.parse(genevaJsonText()));
    expect(again.success ? [] : again.error.issues).toEqual([]);
  });

  test("validates again when copied, and the copy equals the original", () => {
    expect(defineDataset(genevaCopy())).toEqual(geneva2021);
  });

  test("has the record counts the closing note reports", () => {
    const counts = {
      sources: geneva2021.sources.length,
      actors: geneva2021.actors.length,
      topics: geneva2021.topics.length,
      events: geneva2021.events.length,
      commitments: geneva2021.commitments.length,
      claims: geneva2021.claims.length,
      accounts: geneva2021.accounts.length,
    };
    expect(counts).toEqual({
      sources: 20,
      actors: 9,
      topics: 31,
      events: 4,
      commitments: 10,
      claims: 24,
      accounts: 11,
    });
  });
});

describe("geneva2021: evidence", () => {
  const spans = recordsWithEvidence(geneva2021);

  test("every event, commitment, claim and account carries evidence", () => {
    expect(spans.length).toBe(
      geneva2021.events.length +
        geneva2021.commitments.length +
        geneva2021.claims.length +
        geneva2021.accounts.length,
    );
    for (const { where, evidence } of spans) expect(evidence.length, where).toBeGreaterThan(0);
  });

  test("every evidence quote equals text.slice(start, end) of its source", () => {
    const texts = new Map(geneva2021.sources.map((s) => [s.id, s.text]));
    let checked = 0;
    for (const { where, evidence } of spans) {
      for (const span of evidence) {
        const text = texts.get(span.source);
        expect(text, `${where}: source ${span.source}`).toBeDefined();
        expect(text?.slice(span.start, span.end), where).toBe(span.quote);
        expect(span.start, where).toBeLessThan(span.end);
        checked++;
      }
    }
    expect(checked).toBe(spans.reduce((n, s) => n + s.evidence.length, 0));
    expect(checked).toBeGreaterThanOrEqual(26);
  });

  test("the packaged source text is the verbatim article: 2,210 code units, no trailing newline", () => {
    const file = readFileSync(sourceTextPath, "utf8");
    expect(source?.text).toBe(file);
    expect(file.length).toBe(2210);
    expect(file.endsWith("\n")).toBe(false);
    expect(file.startsWith("وقال الرئيس الأمريكي جو بايدن")).toBe(true);
    expect(file.endsWith('ووصف الاجتماع بأنه كان "جيدا وإيجابيا".')).toBe(true);
  });

  test("the first source is the Arabic report", () => {
    expect(source?.id).toBe("geneva-2021-summit-report-ar");
    expect(source?.language).toBe("ar");
  });

  test("the joint statement is the White House's English text and the State Department's Arabic translation, verbatim", () => {
    const en = geneva2021.sources.find((s) => s.id === "joint-statement-2021-en");
    const ar = geneva2021.sources.find((s) => s.id === "joint-statement-2021-ar");
    expect(en?.text).toBe(readFileSync(jointStatementPath("en"), "utf8"));
    expect(ar?.text).toBe(readFileSync(jointStatementPath("ar"), "utf8"));
    expect([en?.text.length, ar?.text.length]).toEqual([861, 1124]);
    expect(en).toMatchObject({
      language: "en",
      publisher: "The White House",
      publishedAt: "2021-06-16",
    });
    expect(en?.issuedBy).toEqual(["joe-biden", "vladimir-putin"]);
    expect(ar).toMatchObject({
      language: "ar",
      publisher: "U.S. Department of State",
      translationOf: "joint-statement-2021-en",
    });
    // A translation is not a text the parties issued: the original is.
    expect(ar?.issuedBy).toBeUndefined();
  });

  test("every source but the seed report records its publisher, language and address", () => {
    for (const s of geneva2021.sources.slice(1)) {
      expect(s.publisher, s.id).toMatch(/\S/);
      expect(s.url, s.id).toMatch(/^https?:\/\//);
      expect(s.language, s.id).toMatch(/^(en|ru|ar)$/);
      expect(s.title.length, s.id).toBeGreaterThan(10);
    }
  });
});

const REPORT = "geneva-2021-summit-report-ar";
const JOINT_TEXT = "joint-statement-2021-en";
const inReport = (s: { evidence: readonly { source: string }[] }) =>
  s.evidence.every((e) => e.source === REPORT);
/** The record's own account and its other accounts: who says it, how, and in which words. */
const accountsOf = (s: Commitment | Claim) => [
  s,
  ...geneva2021.accounts.filter((account) => account.of === s.id),
];

describe("geneva2021: what an analyst relies on", () => {
  test("seven agreements, each binding the United States and Russia", () => {
    const agreements = geneva2021.commitments.filter((c) => c.kind === "agreement");
    expect(agreements.map((a) => a.id).sort()).toEqual([
      "ambassadors-return",
      "cyber-expert-understandings",
      "diplomatic-track-consultations",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
      "nuclear-war-cannot-be-won",
      "strategic-stability-dialogue",
    ]);
    for (const agreement of agreements)
      expect([...agreement.parties].sort(), agreement.id).toEqual(["russia", "united-states"]);
  });

  test("every account that calls a matter agreed quotes words of agreeing, unless it is the joint text", () => {
    const agreeing = /اتفق|الاتفاق|agree|договорил/i;
    let checked = 0;
    for (const s of statements)
      for (const account of accountsOf(s)) {
        if (account.kind !== "agreement") continue;
        if (account.evidence.some((e) => e.source === JOINT_TEXT)) continue;
        expect(
          account.evidence.some((e) => agreeing.test(e.quote)),
          `${account.id} quotes a word of agreeing`,
        ).toBe(true);
        checked++;
      }
    expect(checked).toBe(11);
  });

  test("the unilateral commitments bind only the United States", () => {
    const unilateral = geneva2021.commitments.filter((c) => c.kind !== "agreement");
    expect(unilateral.map((c) => `${c.id}:${c.kind}`).sort()).toEqual([
      "critical-infrastructure-off-limits:proposal",
      "us-commitment-to-ukraine-sovereignty:pledge",
      "us-will-respond:warning",
    ]);
    for (const c of unilateral) expect(c.parties, c.id).toEqual(["united-states"]);
  });

  test("every statement of the Arabic report is stated by Joe Biden: the report relays his account", () => {
    const reported = statements.filter(inReport);
    expect(reported.length).toBe(22);
    for (const s of reported) expect(s.statedBy, s.id).toEqual(["joe-biden"]);
  });

  test("what the joint text says is stated by both presidents together, and nothing else is", () => {
    const joint = [...statements, ...geneva2021.accounts].filter((r) =>
      r.evidence.some((e) => e.source === JOINT_TEXT),
    );
    expect(joint.map((r) => r.id).sort()).toEqual([
      "dialogue-groundwork-for-arms-control",
      "joint-statement-strategic-stability-dialogue",
      "new-start-extension-exemplifies-commitment",
      "nuclear-war-cannot-be-won",
      "progress-despite-tension",
    ]);
    for (const r of joint) expect(r.statedBy, r.id).toEqual(["joe-biden", "vladimir-putin"]);
    for (const r of [...statements, ...geneva2021.accounts])
      if (!joint.includes(r)) expect(r.statedBy, r.id).toHaveLength(1);
  });

  test("every account is linked to a record of the same matter and speaks for one of its parties", () => {
    const byId = new Map(statements.map((s) => [s.id, s]));
    for (const account of geneva2021.accounts) {
      const matter = byId.get(account.of);
      expect(matter, account.id).toBeDefined();
      expect(
        account.statedBy.every((a) => ["joe-biden", "vladimir-putin"].includes(a)),
        account.id,
      ).toBe(true);
      expect(account.summary.en.length, account.id).toBeGreaterThan(20);
    }
  });

  test("no discussion claim is also an agreement: it quotes words of discussing and none of agreeing", () => {
    const discussions = geneva2021.claims.filter((c) => c.kind === "discussion");
    expect(discussions.length).toBe(8);
    const agreementIds = new Set(
      geneva2021.commitments.filter((c) => c.kind === "agreement").map((a) => a.id),
    );
    const discussing = /ناقش|الموضوعات|discuss|touched|covered|обсужда|затрагивал/i;
    const agreeing = /اتفق|الاتفاق|agree|договорил/i;
    for (const d of discussions) {
      expect(agreementIds.has(d.id), d.id).toBe(false);
      for (const account of accountsOf(d)) {
        if (account.kind !== "discussion") continue;
        expect(
          account.evidence.some((e) => discussing.test(e.quote)),
          `${account.id} quotes a word of discussing`,
        ).toBe(true);
        for (const e of account.evidence) expect(e.quote, account.id).not.toMatch(agreeing);
      }
    }
  });

  test("every actor, and every topic the Arabic report names, has an English and an Arabic label", () => {
    for (const a of geneva2021.actors) {
      expect(a.name.en.length, a.id).toBeGreaterThan(0);
      expect(a.name.ar, a.id).toMatch(/\p{Script=Arabic}/u);
    }
    const fromReport = new Set(statements.filter(inReport).flatMap((s) => s.topics));
    expect(fromReport.size).toBeGreaterThan(15);
    for (const t of geneva2021.topics) {
      expect(t.label.en.length, t.id).toBeGreaterThan(0);
      if (fromReport.has(t.id)) expect(t.label.ar, t.id).toMatch(/\p{Script=Arabic}/u);
    }
  });

  test("every commitment, claim and account has an English summary", () => {
    for (const s of [...statements, ...geneva2021.accounts])
      expect(s.summary.en.length, s.id).toBeGreaterThan(10);
  });

  test("Wikidata QIDs are exactly the verified ones, and no others", () => {
    // field-anchors.md, section (d): the QIDs verified when the dataset was written, by record.
    const verified: Record<string, string> = {
      "joe-biden": "Q6279",
      "vladimir-putin": "Q7747",
      "united-states": "Q30",
      russia: "Q159",
      ukraine: "Q212",
      iran: "Q794",
      syria: "Q858",
      afghanistan: "Q889",
      geneva: "Q71",
      arctic: "Q25322",
    };
    const used = [
      ...geneva2021.actors.map((a) => [a.id, a.wikidata] as const),
      ...geneva2021.topics.map((t) => [t.id, t.wikidata] as const),
      ...geneva2021.events.map(
        (e) => [e.place?.name.en.toLowerCase() ?? "", e.place?.wikidata] as const,
      ),
    ].filter(([, qid]) => qid !== undefined);
    for (const [id, qid] of used) expect(qid, id).toBe(verified[id]);
    // Every verified actor carries its QID; Geneva is the place of the summit and the press
    // conferences (the joint statement names no place).
    for (const id of ["joe-biden", "vladimir-putin", "united-states", "russia", "ukraine"])
      expect(actor(id)?.wikidata, id).toBe(verified[id]);
    for (const id of ["iran", "syria", "afghanistan"])
      expect(actor(id)?.wikidata, id).toBe(verified[id]);
    expect(geneva2021.events.map((e) => e.place?.wikidata)).toEqual([
      "Q71",
      "Q71",
      "Q71",
      undefined,
    ]);
    // And no QID hides anywhere else in the data.
    const everywhere = JSON.stringify(geneva2021).match(/"Q\d+"/g) ?? [];
    expect(everywhere.length).toBe(used.length);
  });

  test("leaders represent their states", () => {
    expect(actor("joe-biden")?.represents).toEqual(["united-states"]);
    expect(actor("vladimir-putin")?.represents).toEqual(["russia"]);
  });

  test("every event's date and place are stated by a source among its evidence", () => {
    const dates = /June 16, 2021|16th June, 2021|16 حزيران\/يونيو 2021/;
    for (const event of geneva2021.events) {
      const quotes = event.evidence.map((e) => e.quote).join("\n");
      expect(event.date, event.id).toBe("2021-06-16");
      expect(quotes, `${event.id}: its date`).toMatch(dates);
      if (event.place !== undefined)
        expect(quotes, `${event.id}: its place`).toMatch(/Geneva|جنيف/);
    }
  });

  test("every topic a statement of the report made at the summit refers to is among the summit's topics", () => {
    const summit = geneva2021.events.find((e) => e.kind === "summit");
    expect(summit?.id).toBe("geneva-summit-2021");
    const discussed = new Set(summit?.topics);
    const atSummit = statements.filter((s) => s.event === summit?.id && inReport(s));
    expect(atSummit.length).toBe(14);
    for (const s of atSummit)
      for (const topic of s.topics) expect(discussed.has(topic), `${s.id}: ${topic}`).toBe(true);
  });

  test("each press conference follows the summit; what was said there has it as event or statedAt", () => {
    const pressConferences = geneva2021.events.filter((e) => e.kind === "press-conference");
    expect(pressConferences.map((e) => e.id)).toEqual([
      "biden-press-conference-2021-06-16",
      "putin-press-conference-2021-06-16",
    ]);
    for (const press of pressConferences) expect(press.follows).toBe("geneva-summit-2021");
    // What happened at the summit was stated at the press conference; what was said only there
    // (an aim, an assessment) happened there.
    for (const s of statements.filter(inReport)) {
      if (s.event === "geneva-summit-2021")
        expect(s.statedAt, s.id).toBe("biden-press-conference-2021-06-16");
      else {
        expect(s.event, s.id).toBe("biden-press-conference-2021-06-16");
        expect(s.statedAt, s.id).toBeUndefined();
      }
    }
  });

  test("no editor's note stands in for evidence: the joint statement is an account of its own", () => {
    expect(statements.filter((s) => s.corroboratedBy !== undefined)).toEqual([]);
    const dialogue = statements.find((s) => s.id === "strategic-stability-dialogue");
    expect(dialogue && accountsOf(dialogue).map((a) => a.id)).toContain(
      "joint-statement-strategic-stability-dialogue",
    );
  });
});
