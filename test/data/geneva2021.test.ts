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
import { genevaCopy, genevaJsonText, recordsWithEvidence, sourceTextPath } from "./fixtures";

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
    };
    expect(counts).toEqual({
      sources: 1,
      actors: 10,
      topics: 24,
      events: 2,
      commitments: 7,
      claims: 15,
    });
  });
});

describe("geneva2021: evidence", () => {
  const spans = recordsWithEvidence(geneva2021);

  test("every event, commitment and claim carries evidence", () => {
    expect(spans.length).toBe(
      geneva2021.events.length + geneva2021.commitments.length + geneva2021.claims.length,
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

  test("the source is described as an Arabic report", () => {
    expect(source?.language).toBe("ar");
    expect(geneva2021.sources).toHaveLength(1);
  });
});

describe("geneva2021: what an analyst relies on", () => {
  test("exactly four agreements, each binding the United States and Russia", () => {
    const agreements = geneva2021.commitments.filter((c) => c.kind === "agreement");
    expect(agreements.map((a) => a.id).sort()).toEqual([
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "minsk-diplomacy",
      "strategic-stability-dialogue",
    ]);
    for (const agreement of agreements)
      expect([...agreement.parties].sort(), agreement.id).toEqual(["russia", "united-states"]);
  });

  test("every agreement quotes words of agreeing (اتفق / الاتفاق), not of proposing or discussing", () => {
    for (const agreement of geneva2021.commitments.filter((c) => c.kind === "agreement"))
      expect(
        agreement.evidence.some((e) => /اتفق|الاتفاق/.test(e.quote)),
        agreement.id,
      ).toBe(true);
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

  test("every statement is stated by Joe Biden: the article is his account", () => {
    expect(statements.length).toBe(22);
    for (const s of statements) expect(s.statedBy, s.id).toEqual(["joe-biden"]);
  });

  test("no discussion claim is also an agreement (no id, and no quote, shared)", () => {
    const discussions = geneva2021.claims.filter((c) => c.kind === "discussion");
    expect(discussions.length).toBeGreaterThan(0);
    const agreements = geneva2021.commitments.filter((c) => c.kind === "agreement");
    const agreementIds = new Set(agreements.map((a) => a.id));
    const agreementQuotes = new Set(agreements.flatMap((a) => a.evidence.map((e) => e.quote)));
    for (const d of discussions) {
      expect(agreementIds.has(d.id), d.id).toBe(false);
      for (const e of d.evidence) expect(agreementQuotes.has(e.quote), d.id).toBe(false);
      expect(
        d.evidence.some((e) => /ناقش|الموضوعات/.test(e.quote)),
        `${d.id} quotes a word of discussing`,
      ).toBe(true);
    }
  });

  test("every actor and topic has an English and an Arabic label", () => {
    for (const a of geneva2021.actors) {
      expect(a.name.en.length, a.id).toBeGreaterThan(0);
      expect(a.name.ar, a.id).toMatch(/\p{Script=Arabic}/u);
    }
    for (const t of geneva2021.topics) {
      expect(t.label.en.length, t.id).toBeGreaterThan(0);
      expect(t.label.ar, t.id).toMatch(/\p{Script=Arabic}/u);
    }
  });

  test("every commitment and claim has an English summary", () => {
    for (const s of statements) expect(s.summary.en.length, s.id).toBeGreaterThan(10);
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
    // Every verified actor carries its QID; Geneva is the place of both events.
    for (const id of ["joe-biden", "vladimir-putin", "united-states", "russia", "ukraine"])
      expect(actor(id)?.wikidata, id).toBe(verified[id]);
    for (const id of ["iran", "syria", "afghanistan"])
      expect(actor(id)?.wikidata, id).toBe(verified[id]);
    expect(geneva2021.events.map((e) => e.place?.wikidata)).toEqual(["Q71", "Q71"]);
    // And no QID hides anywhere else in the data.
    const everywhere = JSON.stringify(geneva2021).match(/"Q\d+"/g) ?? [];
    expect(everywhere.length).toBe(used.length);
  });

  test("leaders represent their states", () => {
    expect(actor("joe-biden")?.represents).toEqual(["united-states"]);
    expect(actor("vladimir-putin")?.represents).toEqual(["russia"]);
  });

  test("every topic a statement at the summit refers to is among the summit's topics", () => {
    const summit = geneva2021.events.find((e) => e.kind === "summit");
    expect(summit?.id).toBe("geneva-summit-2021");
    const discussed = new Set(summit?.topics);
    const atSummit = statements.filter((s) => s.event === summit?.id);
    expect(atSummit.length).toBe(statements.length);
    for (const s of atSummit)
      for (const topic of s.topics) expect(discussed.has(topic), `${s.id}: ${topic}`).toBe(true);
  });

  test("the press conference follows the summit, and statements were made there", () => {
    const press = geneva2021.events.find((e) => e.kind === "press-conference");
    expect(press?.follows).toBe("geneva-summit-2021");
    for (const s of statements) expect(s.statedAt, s.id).toBe(press?.id);
  });

  test("corroboration is an editor's note with its own field, never evidence from another text", () => {
    const corroborated = statements.filter((s) => s.corroboratedBy !== undefined);
    expect(corroborated.map((s) => s.id)).toEqual(["strategic-stability-dialogue"]);
    for (const s of statements)
      for (const e of s.evidence) expect(e.source).toBe("geneva-2021-summit-report-ar");
  });
});
