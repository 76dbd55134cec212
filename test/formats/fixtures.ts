import { type AccordGraph, accountsOf, gradeOf, type NodeAttributes } from "@accordkg/core";
import { type DatasetInput, defineDataset } from "@accordkg/data";
import { span } from "../core/fixtures";

/**
 * A source text with everything that trips XML and offsets: XML's special characters and an
 * entity-like `&amp;` that must stay as written, a CDATA terminator, CR LF and lone CR, tabs,
 * Arabic with a right-to-left mark, NEL, LINE SEPARATOR, a byte order mark, a zero-width joiner,
 * and characters outside the Basic Multilingual Plane (one UTF-16 offset ≠ one code point).
 */
export const TRICKY_TEXT = [
  "Ana & Bo met at <Lakeside> \"Hall\" 'A' (AT&amp;T sponsored; ]]> was seen).\r\n",
  "Ana said that Northland and Southland agreed to share the river 𝒳 water.\r",
  "\tقال أنا إن الجانبين اتفقا على تقاسم مياه النهر\u200F 😀.\n",
  "Ana proposed a ceasefire to Southland\u0085 at once.\u2028",
  "Bo warned that Southland would close the border \uFEFF👩\u200D👩\u200D👧.\n",
  "The two leaders discussed fishing quotas.\n",
  "Westland pledged aid to Southland.\n",
  "Ana said the talks were useful < 1 & > 0.",
].join("");

const T = TRICKY_TEXT;
const S = "tricky-report";

/** A small dataset over TRICKY_TEXT with one record of each kind and a topic hierarchy. */
export function trickyInput(): DatasetInput {
  return {
    id: "tricky",
    title: "Tricky text (invented for tests)",
    sources: [
      {
        id: S,
        title: 'Report <"tricky"> & co',
        language: "en-GB",
        text: T,
        publishedAt: "2024-02-03",
        publisher: "Example & Sons",
        url: "https://example.org/report?a=1&b=2",
      },
    ],
    actors: [
      {
        id: "northland",
        kind: "state",
        name: { en: "Northland <N>", ar: "الأرض الشمالية" },
        wikidata: "Q30",
      },
      { id: "southland", kind: "state", name: { en: "Southland", ar: "الأرض الجنوبية" } },
      { id: "westland", kind: "state", name: { en: "Westland" } },
      {
        id: "ana",
        kind: "person",
        name: { en: "Ana 𝒳 Ruiz", ar: "أنا" },
        represents: ["northland"],
        wikidata: "Q6279",
      },
      { id: "bo", kind: "person", name: { en: "Bo" }, represents: ["southland"] },
    ],
    topics: [
      { id: "water", label: { en: "Water & rivers", ar: "المياه" }, wikidata: "Q283" },
      { id: "water-sharing", label: { en: "Sharing water" }, parent: "water" },
      { id: "security", label: { en: "Security" } },
      { id: "ceasefire", label: { en: "Ceasefire" }, parent: "security" },
      { id: "border", label: { en: "Border" }, parent: "security" },
      { id: "fishing", label: { en: "Fishing" } },
      { id: "aid", label: { en: "Aid" } },
      { id: "talks", label: { en: "The talks" } },
    ],
    events: [
      {
        id: "lakeside-meeting",
        kind: "meeting",
        name: { en: "Meeting at <Lakeside>", ar: "اجتماع" },
        date: "2024-02-01",
        place: { name: { en: "Lakeside & Hall", ar: "ليكسايد" }, wikidata: "Q71" },
        participants: ["ana", "bo"],
        topics: ["water", "security"],
        evidence: [span(S, T, 'Ana & Bo met at <Lakeside> "Hall"')],
      },
    ],
    commitments: [
      {
        id: "share-water",
        kind: "agreement",
        parties: ["northland", "southland"],
        topics: ["water-sharing"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "They agreed to share the river's water.", ar: "اتفقا على تقاسم المياه." },
        evidence: [
          span(S, T, "Northland and Southland agreed to share the river 𝒳 water."),
          span(S, T, "اتفقا على تقاسم مياه النهر\u200F 😀"),
        ],
        corroboratedBy: [{ title: "A later communiqué", date: "2024-02-05" }],
      },
      {
        id: "ceasefire-proposal",
        kind: "proposal",
        parties: ["ana"],
        recipients: ["southland"],
        topics: ["ceasefire"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "Ana proposed a ceasefire." },
        evidence: [span(S, T, "Ana proposed a ceasefire to Southland\u0085 at once.\u2028")],
      },
      {
        id: "border-warning",
        kind: "warning",
        parties: ["bo"],
        topics: ["border"],
        statedBy: ["bo"],
        statedAt: "lakeside-meeting",
        summary: { en: "Bo warned of closing the border." },
        evidence: [span(S, T, "close the border \uFEFF👩\u200D👩\u200D👧")],
      },
      {
        id: "aid-pledge",
        kind: "pledge",
        parties: ["westland"],
        recipients: ["southland"],
        topics: ["aid"],
        statedBy: ["ana"],
        summary: { en: "Westland pledged aid to Southland." },
        evidence: [span(S, T, "Westland pledged aid to Southland.")],
      },
      {
        id: "own-pledge",
        kind: "pledge",
        parties: ["westland"],
        topics: ["aid"],
        statedBy: ["ana"],
        summary: { en: "Westland pledged, to no one in particular." },
        evidence: [span(S, T, "Westland pledged")],
      },
    ],
    claims: [
      {
        id: "fishing-discussion",
        kind: "discussion",
        parties: ["ana", "bo"],
        topics: ["fishing"],
        statedBy: ["ana"],
        event: "lakeside-meeting",
        summary: { en: "They discussed fishing quotas." },
        evidence: [span(S, T, "The two leaders discussed fishing quotas.\n")],
      },
      {
        id: "talks-useful",
        kind: "assessment",
        parties: ["ana"],
        topics: ["talks"],
        statedBy: ["ana"],
        summary: { en: "Ana said the talks were useful < 1 & > 0." },
        evidence: [span(S, T, "\tقال أنا")],
      },
    ],
  };
}

export const tricky = () => defineDataset(trickyInput());

/** A dataset with text XML 1.0 cannot carry: a control character and an unpaired surrogate. */
export function unwritableInput(): DatasetInput {
  const text = "Ana\u0001 met Bo.\u000B Later \uD800 they spoke.";
  return {
    id: "unwritable",
    title: "Unwritable",
    sources: [{ id: "s", title: "S", language: "en", text }],
    actors: [
      { id: "ana", kind: "person", name: { en: "Ana\uDC00" } },
      { id: "bo", kind: "person", name: { en: "Bo" } },
    ],
    topics: [{ id: "t", label: { en: "T" } }],
    events: [],
    commitments: [
      {
        id: "c",
        kind: "agreement",
        parties: ["ana", "bo"],
        topics: ["t"],
        statedBy: ["ana"],
        summary: { en: "They met." },
        evidence: [span("s", text, "Ana\u0001 met Bo.")],
      },
    ],
  };
}

/** The record nodes and relation edges of a graph (what the exports carry). */
export function recordNodes(graph: AccordGraph): [string, NodeAttributes][] {
  return graph
    .mapNodes((key, attributes): [string, NodeAttributes] => [key, attributes])
    .filter(([key]) => /^(source|actor|topic|event|commitment|claim|account):/.test(key));
}

type Flat = Record<string, string | number | boolean | readonly string[]>;

/**
 * What the README's attribute table says a node carries, restated here from the records (the
 * test's own oracle, not the package's flattening): only attributes with a value.
 */
export function expectedNode(attributes: NodeAttributes, graph: AccordGraph): Flat {
  const out: Record<string, unknown> = { kind: attributes.kind, id: attributes.record.id };
  const r = attributes.record as unknown as Record<string, unknown>;
  const put = (name: string, value: unknown) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    out[name] = value;
  };
  const text = (value: unknown, lang: "en" | "ar") =>
    (value as Record<string, string> | undefined)?.[lang];
  switch (attributes.kind) {
    case "actor":
      put("type", r.kind);
      put("label", text(r.name, "en"));
      put("label_ar", text(r.name, "ar"));
      put("wikidata", r.wikidata);
      put("represents", r.represents);
      break;
    case "topic":
      put("label", text(r.label, "en"));
      put("label_ar", text(r.label, "ar"));
      put("wikidata", r.wikidata);
      put("parent", r.parent);
      break;
    case "event": {
      const place = r.place as { name: unknown; wikidata?: string } | undefined;
      put("type", r.kind);
      put("label", text(r.name, "en"));
      put("label_ar", text(r.name, "ar"));
      put("date", r.date);
      put("place", text(place?.name, "en"));
      put("place_ar", text(place?.name, "ar"));
      put("place_wikidata", place?.wikidata);
      put("participants", r.participants);
      put("topics", r.topics);
      put("follows", r.follows);
      put("evidence_count", (r.evidence as unknown[]).length);
      break;
    }
    case "commitment":
    case "claim": {
      put("type", r.kind);
      put("label", text(r.summary, "en"));
      put("label_ar", text(r.summary, "ar"));
      put("parties", r.parties);
      put("recipients", r.recipients);
      put("topics", r.topics);
      put("stated_by", r.statedBy);
      put("event", r.event);
      put("stated_at", r.statedAt);
      put("plover", ploverOf(r.kind as string, r));
      put("grade", gradeOf(graph, r.id as string));
      put("accounts", accountsOf(graph, r.id as string).length);
      put("evidence_count", (r.evidence as unknown[]).length);
      put("corroborations", (r.corroboratedBy as unknown[] | undefined)?.length);
      break;
    }
    case "account": {
      put("type", r.kind);
      put("label", text(r.summary, "en"));
      put("label_ar", text(r.summary, "ar"));
      put("stated_by", r.statedBy);
      put("stated_at", r.statedAt);
      put("of", r.of);
      const of = r.of as string;
      const matter = (graph.hasNode(`commitment:${of}`)
        ? graph.getNodeAttributes(`commitment:${of}`).record
        : graph.getNodeAttributes(`claim:${of}`).record) as unknown as Record<string, unknown>;
      put("plover", ploverOf(r.kind as string, matter));
      put("evidence_count", (r.evidence as unknown[]).length);
      break;
    }
    case "source":
      put("label", r.title);
      put("language", r.language);
      put("published", r.publishedAt);
      put("publisher", r.publisher);
      put("url", r.url);
      put("issued_by", r.issuedBy);
      put("translation_of", r.translationOf);
      put("text", r.text);
      break;
  }
  if (typeof attributes.label === "string") out.label = attributes.label;
  for (const name of ["x", "y", "size", "color"] as const)
    if (attributes[name] !== undefined) out[name] = attributes[name];
  return out as Flat;
}

/** The PLOVER category the README's table gives a kind, with the matter's parties and recipients. */
function ploverOf(kind: string, matter: Record<string, unknown>): string | undefined {
  const plover: Record<string, string> = {
    agreement: "AGREE",
    proposal: "REQUEST",
    demand: "REQUEST",
    warning: "THREATEN",
    discussion: "CONSULT",
  };
  const third = ((matter.recipients as string[] | undefined) ?? []).some(
    (x) => !(matter.parties as string[]).includes(x),
  );
  return kind === "pledge" ? (third ? "SUPPORT" : "AGREE") : plover[kind];
}
