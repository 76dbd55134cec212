import { type Dataset, type DatasetInput, defineDataset } from "@accordkg/data";

/** An evidence span for `quote` in `text`, with offsets found by indexOf (it must occur). */
export function span(source: string, text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`fixture: "${quote}" is not in the text`);
  return { source, start, end: start + quote.length, quote };
}

/**
 * A small handmade dataset: two states with their leaders, a third state, a topic hierarchy,
 * one meeting, and one statement of each interesting kind. The sentences are written so that
 * each record's evidence is its own sentence, in the order the records should come out.
 */
export const RIVERS_TEXT = [
  "Ana and Bo met in Lakeside.", // meeting
  "Ana said that Northland and Southland agreed to share the river's water.", // agreement 1
  "Ana proposed a ceasefire to Southland.", // proposal
  "Bo warned that Southland would close the border.", // warning
  "The two leaders discussed fishing quotas and trade.", // discussion
  "Northland and Southland also agreed to a joint survey of the delta.", // agreement 2
  "Westland pledged aid to Southland.", // pledge
  "Ana said the talks were useful.", // assessment
].join(" ");

const T = RIVERS_TEXT;
const S = "rivers-report";

export function riversInput(): DatasetInput {
  return {
    id: "rivers",
    title: "Rivers talks (invented example for tests)",
    sources: [
      {
        id: S,
        title: "Invented report of the rivers talks",
        language: "en",
        text: T,
      },
    ],
    actors: [
      { id: "northland", kind: "state", name: { en: "Northland" } },
      { id: "southland", kind: "state", name: { en: "Southland", ar: "الأرض الجنوبية" } },
      { id: "westland", kind: "state", name: { en: "Westland" } },
      {
        id: "ana",
        kind: "person",
        name: { en: "Ana Ruiz" },
        aliases: ["Ana"],
        represents: ["northland"],
      },
      { id: "bo", kind: "person", name: { en: "Bo Chen" }, represents: ["southland"] },
      { id: "river-commission", kind: "organization", name: { en: "River Commission" } },
    ],
    topics: [
      { id: "water", label: { en: "Water" } },
      { id: "water-sharing", label: { en: "Sharing the river's water" }, parent: "water" },
      { id: "delta-survey", label: { en: "Survey of the delta" }, parent: "water" },
      { id: "security", label: { en: "Security" } },
      { id: "ceasefire", label: { en: "Ceasefire" }, parent: "security" },
      { id: "border", label: { en: "The border" }, parent: "security" },
      { id: "economy", label: { en: "Economy" } },
      { id: "fishing", label: { en: "Fishing quotas" }, parent: "economy" },
      { id: "trade", label: { en: "Trade" }, parent: "economy" },
      { id: "aid", label: { en: "Aid" } },
      { id: "unused-topic", label: { en: "Nobody mentions this" } },
    ],
    events: [
      {
        id: "lakeside-meeting",
        kind: "meeting",
        name: { en: "Meeting in Lakeside" },
        date: "2030-01-01",
        participants: ["ana", "bo"],
        topics: ["water-sharing", "ceasefire", "border", "fishing", "trade"],
        evidence: [span(S, T, "Ana and Bo met in Lakeside.")],
      },
    ],
    // Listed out of text order on purpose: queries return the general order, not this one.
    commitments: [
      {
        id: "westland-aid",
        kind: "pledge",
        parties: ["westland"],
        recipients: ["southland"],
        topics: ["aid"],
        statedBy: ["ana"],
        summary: { en: "Westland pledged aid to Southland." },
        evidence: [span(S, T, "Westland pledged aid to Southland.")],
      },
      {
        id: "delta-survey-agreement",
        kind: "agreement",
        parties: ["northland", "southland"],
        topics: ["delta-survey"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "Northland and Southland agreed to a joint survey of the delta." },
        evidence: [
          span(S, T, "Northland and Southland also agreed to a joint survey of the delta."),
        ],
      },
      {
        id: "water-agreement",
        kind: "agreement",
        parties: ["northland", "southland"],
        topics: ["water-sharing"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "Northland and Southland agreed to share the river's water." },
        evidence: [span(S, T, "Northland and Southland agreed to share the river's water.")],
      },
      {
        id: "ceasefire-proposal",
        kind: "proposal",
        parties: ["ana"],
        recipients: ["southland"],
        topics: ["ceasefire"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "Ana proposed a ceasefire to Southland." },
        evidence: [span(S, T, "Ana proposed a ceasefire to Southland.")],
      },
      {
        id: "border-warning",
        kind: "warning",
        parties: ["southland"],
        recipients: ["northland"],
        topics: ["border"],
        statedBy: ["bo"],
        event: "lakeside-meeting",
        summary: { en: "Bo warned that Southland would close the border." },
        evidence: [span(S, T, "Bo warned that Southland would close the border.")],
      },
    ],
    claims: [
      {
        id: "talks-useful",
        kind: "assessment",
        parties: ["ana"],
        topics: ["water"],
        statedBy: ["ana"],
        summary: { en: "Ana said the talks were useful." },
        evidence: [span(S, T, "Ana said the talks were useful.")],
      },
      {
        id: "discussed-fishing-trade",
        kind: "discussion",
        parties: ["ana", "bo"],
        topics: ["fishing", "trade"],
        statedBy: ["ana"],
        summary: { en: "The two leaders discussed fishing quotas and trade." },
        evidence: [span(S, T, "The two leaders discussed fishing quotas and trade.")],
      },
    ],
  };
}

export const rivers: Dataset = defineDataset(riversInput());

/** The ids of records, for compact assertions. */
export const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
