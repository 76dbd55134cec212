import { NODE_KINDS, type NodeKind, RELATIONS } from "@accordkg/core";
import { deepFreeze } from "./internal/deepFreeze";

/**
 * The type of a flat attribute. `list` is a list of record ids: GEXF declares it `liststring`;
 * GraphML, which has no list type, declares it `string` and joins the ids with `|` (ids are
 * kebab-case slugs, so they never contain one).
 */
export type AttributeType = "string" | "integer" | "double" | "boolean" | "list";

/** What an attribute holds, its type, and the kinds of node (or the relations) that carry it. */
export interface AttributeSpec {
  readonly type: AttributeType;
  /** The node kinds (for node attributes) or relations (for edge attributes) that carry it. */
  readonly on: readonly string[];
  readonly description: string;
}

const STATEMENTS = ["commitment", "claim"] as const satisfies readonly NodeKind[];
// Statements and their other accounts: what someone says, in someone's words.
const SAID = ["commitment", "claim", "account"] as const satisfies readonly NodeKind[];
// Copies: freezing these tables must not freeze the constants of @accordkg/core.
const ALL: readonly NodeKind[] = [...NODE_KINDS];

/**
 * The flat, typed attributes that {@link toGexf} and {@link toGraphml} give each node, in the
 * order the files declare them. A node carries those that apply to its kind and have a value.
 * In GEXF, `label` is the node's label and `x`, `y`, `size` and `color` are its `viz` elements;
 * every other attribute is a typed `attvalue`. In GraphML, each is a `<key>` with its
 * `attr.type` and this description.
 */
export const NODE_ATTRIBUTES = deepFreeze({
  kind: {
    type: "string",
    on: ALL,
    description: "The kind of record: source, actor, topic, event, commitment or claim.",
  },
  id: { type: "string", on: ALL, description: "The record's id in the dataset." },
  type: {
    type: "string",
    on: ["actor", "event", ...SAID],
    description:
      "The record's own kind: person, state, organization or group (actors); summit, meeting… (events); agreement, pledge, proposal, warning or demand (commitments); discussion, position, assessment or objective (claims); for an account, how it frames its matter (any of the last two).",
  },
  label: {
    type: "string",
    on: ALL,
    description:
      "In English: an actor's or event's name, a topic's label, a source's title, a commitment's, claim's or account's summary (a layout's own label, if one was set, takes its place).",
  },
  label_ar: {
    type: "string",
    on: ALL,
    description: "The same in Arabic, where the record has it.",
  },
  wikidata: {
    type: "string",
    on: ["actor", "topic"],
    description: "The Wikidata item id (QID), such as Q6279.",
  },
  represents: {
    type: "list",
    on: ["actor"],
    description: "The states or organizations a person or group acts for.",
  },
  parent: { type: "string", on: ["topic"], description: "The id of the broader topic." },
  date: { type: "string", on: ["event"], description: "The date, YYYY-MM-DD." },
  place: { type: "string", on: ["event"], description: "The place's name in English." },
  place_ar: { type: "string", on: ["event"], description: "The place's name in Arabic." },
  place_wikidata: { type: "string", on: ["event"], description: "The place's Wikidata QID." },
  participants: { type: "list", on: ["event"], description: "The actors who took part." },
  follows: {
    type: "string",
    on: ["event"],
    description:
      "The event this one came after and belongs with (a press conference after a summit).",
  },
  parties: {
    type: "list",
    on: STATEMENTS,
    description: "Who is bound (commitments) or whose position or action it is (claims).",
  },
  recipients: {
    type: "list",
    on: STATEMENTS,
    description: "Who it is addressed to, aimed at or meant to benefit, without being bound.",
  },
  topics: {
    type: "list",
    on: ["event", ...STATEMENTS],
    description: "What it is about (statements) or what was discussed there (events).",
  },
  stated_by: {
    type: "list",
    on: SAID,
    description: "Who says so: the speaker whose account this is.",
  },
  event: { type: "string", on: STATEMENTS, description: "The event at which it was made." },
  stated_at: {
    type: "string",
    on: SAID,
    description: "The event at which the speaker said so, when different (a press conference).",
  },
  of: {
    type: "string",
    on: ["account"],
    description: "The commitment or claim this is an account of.",
  },
  plover: {
    type: "string",
    on: SAID,
    description:
      "The nearest PLOVER event category (AGREE, SUPPORT, REQUEST, THREATEN, CONSULT) of its kind; absent for kinds PLOVER does not code as events.",
  },
  grade: {
    type: "string",
    on: STATEMENTS,
    description:
      "The evidence grade, from its accounts: joint, concordant, one-sided or reported (see gradeOf in @accordkg/core).",
  },
  accounts: {
    type: "integer",
    on: STATEMENTS,
    description: "How many accounts attest or frame it, its own included (see accountsOf).",
  },
  evidence_count: {
    type: "integer",
    on: ["event", ...SAID],
    description: "How many evidence spans support it (one evidence edge each).",
  },
  corroborations: {
    type: "integer",
    on: STATEMENTS,
    description:
      "How many documents an editor's note says corroborate it (not part of the source).",
  },
  language: {
    type: "string",
    on: ["source"],
    description: "The BCP 47 tag of the text's language, such as ar.",
  },
  published: { type: "string", on: ["source"], description: "The publication date, YYYY-MM-DD." },
  publisher: { type: "string", on: ["source"], description: "Who published it." },
  url: { type: "string", on: ["source"], description: "Where it was published." },
  issued_by: {
    type: "list",
    on: ["source"],
    description: "Who issued the text as their own (both presidents for a joint statement).",
  },
  translation_of: {
    type: "string",
    on: ["source"],
    description: "The source this text is a translation of.",
  },
  text: {
    type: "string",
    on: ["source"],
    description:
      "The verbatim text that the evidence edges' start and end offsets (UTF-16 code units) point into.",
  },
  x: { type: "double", on: ALL, description: "Layout position, when a layout set one." },
  y: { type: "double", on: ALL, description: "Layout position, when a layout set one." },
  size: { type: "double", on: ALL, description: "Layout size, when a layout set one." },
  color: { type: "string", on: ALL, description: "Layout colour, when a layout set one." },
} as const satisfies Record<string, AttributeSpec>);

/**
 * The flat, typed attributes of each edge, in the order the files declare them. In GEXF the
 * relation is also the edge's `kind`.
 */
export const EDGE_ATTRIBUTES = deepFreeze({
  relation: {
    type: "string",
    on: [...RELATIONS],
    description: "The relation the edge stands for (party-to, stated-by, about, evidence…).",
  },
  start: {
    type: "integer",
    on: ["evidence"],
    description: "Where the quote starts in the source's text: UTF-16 code units, inclusive.",
  },
  end: {
    type: "integer",
    on: ["evidence"],
    description: "Where the quote ends in the source's text: UTF-16 code units, exclusive.",
  },
  quote: { type: "string", on: ["evidence"], description: "The exact words of the source." },
  index: {
    type: "integer",
    on: ["evidence"],
    description: "The span's position in the record's evidence list, from 0.",
  },
} as const satisfies Record<string, AttributeSpec>);

/** The name of a node attribute: a key of {@link NODE_ATTRIBUTES}. */
export type NodeAttributeName = keyof typeof NODE_ATTRIBUTES;
/** The name of an edge attribute: a key of {@link EDGE_ATTRIBUTES}. */
export type EdgeAttributeName = keyof typeof EDGE_ATTRIBUTES;

/** A flat attribute's value: text, a number, a boolean, or a list of ids. */
export type FlatValue = string | number | boolean | readonly string[];
